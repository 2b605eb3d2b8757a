import { expectations as english } from "../10_from_scratch.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/10_from_scratch.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the derivation agreeing with tf.grad": /两列之间最大的差是 ([\d.e+-]+)/,
  "the verdict written from the number": /反向传播是对的/,
  "the loss and gradients agreeing with TensorFlow.js":
    /损失：我们的代码算出 (\d\.\d+)，TensorFlow\.js 算出 (\d\.\d+)。梯度之间最多相差 ([\d.e+-]+)/,
  "the scratch network learning as well as TensorFlow.js in one epoch on 10,000":
    /纯 TypeScript<\/td><td>(0\.\d+)<\/td>[\s\S]*TensorFlow\.js（\w+）<\/td><td>(0\.\d+)<\/td>/,
  "both loss curves": /<svg[\s\S]*平均损失[\s\S]*训练步数/,
  "the speed of both at batches of 15 and 256":
    /<th>实现<\/th><th>批次大小<\/th><th>每步毫秒数<\/th>/,
  "the plain loops' time growing with the batch much more than TensorFlow.js's":
    /纯 TypeScript 变成原来的 (\d+\.\d) 倍，TensorFlow\.js 变成原来的 (\d+\.\d) 倍/,
  "TensorFlow.js faster at batch 256":
    /批次大小为 256 时，TensorFlow\.js 更快：纯 TypeScript 用的时间是它的 \d+\.\d 倍/,
});
