/**
 * Chinese: what the notebook outputs say: the training monitor's progress line and chart, the
 * drawing pad, and the notice about a missing CJK font.
 *
 * @module
 */
import type { notebook as English } from "../en/notebook.ts";

/**
 * The texts of the training monitor, the drawing pad and the language notice, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebook } from "./notebook.ts";
 * assert.equal(notebook.step("100", "1,000"), "第 100 步，共 1,000 步");
 * ```
 */
export const notebook: typeof English = {
  validationAccuracy: "验证集正确率",
  epoch: (epoch, epochs) => `**第 ${epoch}/${epochs} 轮**`,
  step: (step, total) => `第 ${step} 步，共 ${total} 步`,
  loss: (loss) => `损失 ${loss}`,
  accuracy: (label, percent) => `${label} ${percent}%`,
  speed: (imagesPerSecond) => `每秒 ${imagesPerSecond} 张图片`,
  seconds: (seconds) => `${seconds} 秒`,
  epochAccuracy: (epoch, percent) => `第 ${epoch} 轮 ${percent}%`,
  testAccuracyAfter: (epochs) => `每轮训练后的测试集正确率：${epochs}`,
  stepAxis: "训练步数",
  lossAxis: "损失",
  clear: "清除",
  drawHere: "在正中间写一个大大的数字。",
  networkSees: "网络看到的样子（28 × 28）",
  itsAnswer: "它的答案",
  padAsText: "[手写数字画板：请在 Jupyter 或浏览器中打开]",
  missingFont: "没有找到中文字体：这门课用 Skia（通过 @napi-rs/canvas）画的 PNG 图片里，汉字会" +
    "显示成一个个方框。在 Debian 或 Ubuntu 上可以这样装一个：`sudo apt-get install " +
    "fonts-wqy-microhei`；其他系统装任意一款中文（CJK）字体就行，比如 Noto Sans CJK。装好后" +
    "重启内核。",
};
