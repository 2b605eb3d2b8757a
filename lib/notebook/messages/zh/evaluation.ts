/**
 * Chinese: the feedback of the checks on evaluating a network (`exercises/evaluation.ts`).
 *
 * @module
 */
import type { evaluation as English } from "../en/evaluation.ts";

/** "0 的", but "0（Coat）的": no space after a closing bracket. */
const possessive = (cls: string) => cls.endsWith("）") ? `${cls}的` : `${cls} 的`;

/**
 * The feedback of the evaluation checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluation } from "./evaluation.ts";
 * assert.equal(
 *   evaluation.unsureRight(1, "0.5"),
 *   "对了：有 1 张图片预测对了，但最高概率低于 0.5。",
 * );
 * ```
 */
export const evaluation: typeof English = {
  accuracyInputs: (predicted, labels) => `predicted = ${predicted}、labels = ${labels}`,
  accuracyReturns: (inputs, got) => `输入 ${inputs} 时它返回 ${got}`,
  accuracyEmptyNaN: (returns) =>
    `${returns}（0 / 0）：没有任何预测时应该返回 0，所以要先检查数组是不是空的。`,
  accuracyEmpty: (returns) => `${returns}：没有任何预测时，正确率是 0。`,
  accuracyCount: "答对的个数：还要除以预测的总数。",
  accuracyPercent: "一个百分数：要返回 0 到 1 之间的比例。",
  accuracyErrorRate: "预测错误的比例：要数的是相等的那些。",
  accuracyWrongCount: "答错的个数：要数相等的那些，再做除法。",
  accuracyWhich: (returns, mistake) => `${returns}，这是${mistake}`,
  accuracyExpected: (returns, want, right, total) =>
    `${returns}，应该是 ${want}（${total} 个里答对 ${right} 个）。`,
  accuracyRight: "你的正确率函数是对的，空数组的情况也没问题。",
  aClassLabel: "一个类别标签",
  notAClassName: (answer) => `「${answer}」不是任何一个类别的名字；请给出它的标签。`,
  noSuchLabel: (label, first, last) =>
    `没有哪张图片的标签是 ${label}：标签从 ${first} 到 ${last}。`,
  className: (name) => `（${name}）`,
  tiedWith: (classes) => `（与 ${classes} 并列）`,
  lowestRight: (cls, accuracy, tie) =>
    `对了：类别 ${possessive(cls)}正确率最低，是 ${accuracy}${tie}。`,
  classAccuracy: (cls, accuracy, right, images, worse) =>
    `类别 ${
      possessive(cls)
    }正确率是 ${accuracy}（${images} 张里对了 ${right} 张），还有 ${worse} 个` +
    "类别比它更差。",
  mostMistakes: "按数量算，它错得最多，但它的图片也更多：要比较的是每个类别答对的比例，" +
    "而不是错误的个数。",
  byPrediction: "网络预测出它的时候，错得最多：要按图片的真实标签分组，而不是按预测分组。",
  countsFromOne: "是从 1 开始数的吗？标签从 0 开始。",
  highest: "这是正确率最高的类别：要找的是最低的。",
  lowestHint: "提示：对每个标签，用预测正确的图片数除以带这个标签的图片数，再取最小的那个。",
  unsureAll: (t) => `数了所有最高概率低于 ${t} 的图片，不管对错：只保留预测对的。`,
  unsureMistakes: "数的是没把握又预测错的图片：要保留预测对的。",
  unsureEqual: (t) => `把最高概率正好等于 ${t} 的也算进去了：「低于」是严格小于。`,
  unsureConfident: (t) => `数的是有把握又预测对的图片（${t} 及以上）：要的是低于 ${t} 的。`,
  everyRight: "数了所有预测对的图片，不管概率是多少。",
  share: "是占所有图片的比例：要给出图片的张数。",
  percent: "是占所有图片的百分比：要给出图片的张数。",
  unsureRight: (count, t) => `对了：有 ${count} 张图片预测对了，但最高概率低于 ${t}。`,
  unsureHint: (t) => `数一数预测等于标签、并且最高概率低于 ${t} 的图片。`,
  confidentAll: (t) => `数了所有最高概率在 ${t} 及以上的图片，不管对错：只保留预测错的。`,
  confidentRightOnes: "数的是有把握又预测对的图片：要保留预测错的。",
  confidentUnsure: (t) => `数的是没把握的错误（低于 ${t}）：要的是 ${t} 及以上的。`,
  everyMistake: "数了所有预测错的图片，不管概率是多少。",
  confidentStrict: (t) => `漏掉了最高概率正好等于 ${t} 的图片：「至少」是包含等于的。`,
  confidentRight: (count, t) => `对了：有 ${count} 张图片预测错了，最高概率却在 ${t} 及以上。`,
  confidentHint: (t) => `数一数预测和标签不同、并且最高概率在 ${t} 及以上的图片。`,
};
