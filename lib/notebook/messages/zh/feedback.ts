/**
 * Chinese: the verdicts and phrases that every exercise check shares (`exercises/feedback.ts`),
 * written as a Chinese author would, in the tutorial's voice (对了, 还不对, 提示).
 *
 * @module
 */
import type { feedback as English } from "../en/feedback.ts";

/**
 * The shared phrases of the exercise checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { feedback } from "./feedback.ts";
 * assert.equal(feedback.notYet(feedback.notIt("4")), "还不对：4 不是要找的答案。");
 * ```
 */
export const feedback: typeof English = {
  noAnswer: "把 `undefined` 换成你的答案，再运行一次这个单元格。",
  right: (answer) => `对了：${answer}。`,
  notYet: (explanation) => `还不对：${explanation}`,
  matches: (subject, mistakes) =>
    `${subject} ${mistakes[0]}${mistakes.slice(1).map((m) => `或者，它${m}`).join("")}`,
  notIt: (answer) => `${answer} 不是要找的答案。`,
  notWhole: (answer) => `答案是一个整数，而 ${answer} 不是。`,
  hint: (hint) => `提示：${hint}`,
  list: (items) => items.join("、"),
  sentences: (sentences) => sentences.join(""),
  fieldRight: (name) => `${name} 对了。`,
  text: (text) => `字符串 "${text}"`,
  aFunction: "一个函数",
  bigint: (digits) => `BigInt 值 ${digits}n`,
  array: (length) => `一个有 ${length} 个值的数组`,
  aPromise: "一个 Promise",
  object: (json) => `对象 \`${json}\``,
  anObject: "一个对象",
  value: (text) => `值 ${text}`,
  aNumber: "一个数",
  gotNaN: (what) =>
    `这里要的是${what}，得到的却是 NaN（「not a number」，不是数）：有一步计算没有得出数值，` +
    "比如 0 / 0，或者拿 undefined 做了运算。",
  gotInfinite: (what, answer) =>
    `这里要的是${what}，得到的却是 ${answer}：除以了 0，或者数值溢出了。`,
  gotText: (what, described) => `这里要的是${what}，得到的却是${described}：写数字时不要加引号。`,
  gotFunction: (what) => `这里要的是${what}，得到的却是一个函数：调用它，把它返回的值填进来。`,
  gotOther: (what, described) => `这里要的是${what}，得到的却是${described}。`,
  notArray: (what, described) => `这里要的是一个数组（${what}），得到的却是${described}。`,
  wrongLength: (length, what, got) => `要给 ${length} 个数（${what}），你给了 ${got} 个。`,
  entryNotNumber: (index, described) => `数组中索引为 ${index} 的一项是${described}，不是数。`,
  notObject: (shape, described) => `要给一个对象 \`${shape}\`，得到的却是${described}。`,
  missingField: (field, shape) => `答案里没有 \`${field}\`：请给出 \`${shape}\`。`,
  badField: (field, problem) => `\`${field}\`：${problem}`,
  notFunction: (described) =>
    `这里要的是一个函数，得到的却是${described}：只写函数名，不要调用它。`,
  threw: (inputs, error) => `输入 ${inputs} 时它抛出了错误：${error}`,
  returnsPromise: "它返回的是一个 Promise：把函数前面的 `async` 去掉，这个函数没有什么需要等待的。",
  returnsUndefined: (inputs) =>
    `输入 ${inputs} 时它返回了 undefined：是不是忘了写 \`return\`？（函数体用花括号括起来时，` +
    "一定要写 return。）",
  returnsOther: (inputs, described) => `输入 ${inputs} 时它返回了${described}，不是一个数。`,
};
