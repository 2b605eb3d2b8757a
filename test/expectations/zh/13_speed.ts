import { expectations as english } from "../13_speed.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/13_speed.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the machine's cores and backend": /个逻辑核心；TensorFlow\.js 运行在 \*\*wasm\*\* 上/,
  "the batch-size sweep as a chart": /tfjs-wasm[\s\S]*<svg[\s\S]*每秒学习的图片数/,
  "the sweep as a table":
    /<th>每步毫秒数<\/th>[\s\S]*<td>tfjs-wasm<\/td><td>15<\/td>[\s\S]*<td>fast（[12] 个线程）<\/td><td>256<\/td>/,
  "the sweep in words": /快速引擎的速度是 TensorFlow\.js 的 (\d+\.\d) 倍/,
  "accuracy after a fixed time, on the validation set":
    /<th>4 秒内的步数<\/th>[\s\S]*<th>验证集正确率<\/th>/,
  "which backends load": /<td>wasm<\/td><td>能：wasm<\/td><\/tr><tr><td>cpu<\/td><td>能：cpu<\/td>/,
  "WebGPU measured, or said to be missing": /WebGPU 运行在 \*\*|这台机器上没有 WebGPU/,
  "the share of zero pixels": /全部训练像素中有 \*\*(\d+)%\*\* 是 0/,
  "one epoch with the fast engine":
    /用「fast（[12] 个线程）」引擎训练 1 轮：\*\*[\d.]+ 秒\*\*，测试集正确率 (0\.\d+)/,
});
