/**
 * English: the feedback of the checks on softmax, the loss and its gradient
 * (`exercises/softmax.ts`).
 *
 * @module
 */

/**
 * The feedback of the softmax checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { softmax } from "./softmax.ts";
 * assert.equal(softmax.lossRight("0.867", "0.1427"), "Right: −ln 0.867 ≈ 0.1427.");
 * ```
 */
export const softmax = {
  // checkSoftmax; `scores` is shown as "[1,5,3]".
  softmaxUndefined: (scores: string) =>
    `For ${scores} it returns undefined: did you forget \`return\`?`,
  softmaxNotArray: (scores: string, described: string) =>
    `For ${scores} it returns ${described}, not an array of probabilities.`,
  softmaxLength: (scores: string, length: number) =>
    `For ${scores} it should return ${length} numbers.`,
  softmaxEntry: (scores: string, index: number, described: string) =>
    `For ${scores} entry ${index} is ${described}, not a number.`,
  softmaxOverflow: " Large scores overflow e^z: subtract the largest score first.",
  softmaxSum: (sum: string) =>
    ` They add up to ${sum}, not 1: divide each exponential by the sum of all of them.`,
  softmaxGives: (scores: string, got: string, want: string, hint: string) =>
    `For ${scores} it gives ${got}, expected ${want}.${hint}`,
  softmaxRight: "Your softmax is right, and safe for large scores.",
  // checkLoss
  lossRight: (p: string, loss: string) => `Right: −ln ${p} ≈ ${loss}.`,
  lossHint: "the loss is minus the natural logarithm of the probability of the true class.",
  lossNoMinus: "is ln p without the minus sign: ln p is negative for p < 1, and a loss is " +
    "positive.",
  lossLog10: "is −log₁₀ p: the loss uses the natural logarithm ln, `Math.log` (not " +
    "`Math.log10`).",
  lossLog2: "is −log₂ p: the loss uses the natural logarithm ln, `Math.log`.",
  lossPercent: (percent: string, p: string) =>
    `takes the probability in percent (${percent}): in the formula p is a share between 0 ` +
    `and 1, ${p}.`,
  lossPercentNoMinus: (percent: string, p: string) =>
    `takes the probability in percent (${percent}) and drops the minus sign: the formula is ` +
    `−ln p, with p = ${p}.`,
  lossOneMinus: "is 1 − p, the probability of being wrong: the loss is a logarithm.",
  lossOfOneMinus: "is −ln(1 − p): use the probability of the true class itself.",
  lossItself: "is the probability itself: the loss is minus its logarithm.",
  // checkSoftmaxGradient
  gradientWhat: "one per score",
  gradientItself: "is softmax(z) itself: the gradient also subtracts the one-hot vector of the " +
    "true class.",
  gradientSign: "has the wrong sign: it is the one-hot vector minus softmax(z), and the loss " +
    "grows in that direction. Subtract the one-hot vector from the probabilities.",
  gradientOfProbabilities: "is the gradient with respect to the probabilities, −1/p at the " +
    "true class: carry it on through softmax to get the gradient with respect to the scores z.",
  gradientOneHotAlone: "is −onehot(label) alone: add the probabilities softmax(z).",
  gradientIndex: (index: number, label: number) =>
    `subtracts 1 at index ${index}, but the true class is ${label}: the one-hot vector has its ` +
    "1 at the label's index (counting from 0).",
  gradientRight: (gradient: string) => `Right: the gradient is ${gradient}.`,
  gradientEntriesOff: (entries: readonly number[]) =>
    `${entries.length === 1 ? "entry" : "entries"} ${entries.join(", ")} ` +
    `${entries.length === 1 ? "is" : "are"} off. Hint: entry k is the probability softmax ` +
    "gives class k, minus 1 when k is the true class.",
};
