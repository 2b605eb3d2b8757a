/**
 * Checks for the exercises on softmax and the loss: a softmax the learner writes, the loss −ln p
 * of a probability, and the gradient of that loss with respect to the scores.
 *
 * @module
 */
import { softmax } from "../../maths/mod.ts";
import { messages } from "../messages/mod.ts";
import { echo, Feedback, fmt, judge, notYet, type VectorMistake } from "./feedback.ts";
import { callCandidate, checkNumber, describe, readNumbers } from "./answers.ts";

/**
 * Checks a softmax written by the learner on small, equal, negative and very large scores (each
 * probability within 1e-9). Recognises a naive softmax that overflows, and one that does not
 * divide by the sum.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSoftmax } from "./softmax.ts";
 * import { softmax } from "../../maths/mod.ts";
 * assert.ok(checkSoftmax(softmax).ok);
 * assert.match(checkSoftmax((z) => z).message, /For \[1,5,3\] it gives/);
 * ```
 */
export function checkSoftmax(candidate: ((z: number[]) => number[]) | undefined): Feedback {
  const say = messages().softmax;
  const cases = [[1, 5, 3], [0, 0, 0, 0], [-2, 7.5], [1000, 1001, 1002]];
  for (const z of cases) {
    const scores = `[${z}]`;
    const result = callCandidate(candidate, [[...z]], scores);
    if (result instanceof Feedback) return result;
    const want = softmax(z);
    const value = result.value;
    if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
      return new Feedback(
        false,
        value === undefined
          ? say.softmaxUndefined(scores)
          : say.softmaxNotArray(scores, describe(value)),
      );
    }
    const got = Array.from(value as ArrayLike<unknown>) as number[];
    if (got.length !== want.length) {
      return new Feedback(false, say.softmaxLength(scores, want.length));
    }
    const bad = got.findIndex((v) => typeof v !== "number");
    if (bad >= 0) return new Feedback(false, say.softmaxEntry(scores, bad, describe(got[bad])));
    if (got.some((v, i) => !(Math.abs(v - want[i]) < 1e-9))) {
      const sum = got.reduce((a, b) => a + b, 0);
      const hint = z[0] >= 1000
        ? say.softmaxOverflow
        : Math.abs(sum - 1) > 1e-6
        ? say.softmaxSum(fmt(sum))
        : "";
      const shown = (values: number[]) => `[${values.map((v) => v.toFixed(4))}]`;
      return new Feedback(false, say.softmaxGives(scores, shown(got), shown(want), hint));
    }
  }
  return new Feedback(true, say.softmaxRight);
}

/**
 * Checks the loss −ln p for the probability p given to the true class (tolerance 1e-3): for
 * p = 0.867 it is 0.1427. Recognises the base-10 and base-2 logarithms, the missing minus sign,
 * p taken in percent, and 1 − p.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkLoss } from "./softmax.ts";
 * assert.ok(checkLoss(0.867, 0.1427).ok);
 * assert.match(checkLoss(0.867, -Math.log(0.867)).message, /^Right/);
 * assert.match(checkLoss(0.867, -0.1427).message, /without the minus sign/);
 * assert.match(checkLoss(0.867, -Math.log10(0.867)).message, /natural logarithm/);
 * ```
 */
export function checkLoss(probability: number, answer: number | undefined): Feedback {
  if (!(probability > 0 && probability <= 1)) {
    throw new RangeError(
      `checkLoss: the probability must be in (0, 1], got ${probability}; a probability in ` +
        "percent must be divided by 100.",
    );
  }
  const say = messages().softmax;
  const p = probability, shown = String(p), percent = fmt(100 * p);
  const loss = -Math.log(p);
  return checkNumber(answer, loss, {
    tolerance: 1e-3,
    right: say.lossRight(shown, fmt(loss)),
    hint: say.lossHint,
    mistakes: [
      { value: Math.log(p), message: say.lossNoMinus },
      { value: -Math.log10(p), message: say.lossLog10 },
      { value: -Math.log2(p), message: say.lossLog2 },
      { value: -Math.log(100 * p), message: say.lossPercent(percent, shown) },
      { value: Math.log(100 * p), message: say.lossPercentNoMinus(percent, shown) },
      { value: 1 - p, message: say.lossOneMinus },
      { value: -Math.log(1 - p), message: say.lossOfOneMinus },
      { value: p, message: say.lossItself },
    ],
  });
}

/**
 * Checks the gradient of the loss −ln softmax(z)_label with respect to the scores z:
 * softmax(z) − onehot(label), one number per score (tolerance 1e-3 each). Recognises forgetting
 * to subtract the one-hot vector, subtracting it at the wrong index, the opposite sign, and the
 * gradient −onehot/p with respect to the probabilities instead of the scores.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSoftmaxGradient } from "./softmax.ts";
 * import { softmax } from "../../maths/mod.ts";
 * const p = softmax([1, 5, 3]);
 * assert.ok(checkSoftmaxGradient([1, 5, 3], 1, [p[0], p[1] - 1, p[2]]).ok);
 * assert.match(checkSoftmaxGradient([1, 5, 3], 1, p).message, /is softmax\(z\) itself/);
 * ```
 */
export function checkSoftmaxGradient(
  scores: number[],
  label: number,
  answer: number[] | undefined,
): Feedback {
  if (!Number.isInteger(label) || label < 0 || label >= scores.length) {
    throw new RangeError(
      `checkSoftmaxGradient: the label must be the index of one of the ${scores.length} ` +
        `scores, 0 to ${scores.length - 1}; got ${label}.`,
    );
  }
  const say = messages().softmax;
  const p = softmax(scores);
  const oneHot = (k: number) => scores.map((_, i) => (i === k ? 1 : 0));
  const expected = p.map((v, i) => v - oneHot(label)[i]);
  const given = readNumbers(answer, scores.length, say.gradientWhat);
  if (given instanceof Feedback) return given;
  const mistakes: VectorMistake[] = [
    { value: p, message: say.gradientItself },
    { value: expected.map((v) => -v), message: say.gradientSign },
    { value: oneHot(label).map((v) => -v / p[label]), message: say.gradientOfProbabilities },
    { value: oneHot(label).map((v) => -v), message: say.gradientOneHotAlone },
  ];
  for (let k = 0; k < scores.length; k++) {
    if (k === label) continue;
    mistakes.push({
      value: p.map((v, i) => v - oneHot(k)[i]),
      message: say.gradientIndex(k, label),
    });
  }
  const verdict = judge(given, expected, 1e-3, mistakes);
  const shown = `[${given.map(echo).join(", ")}]`;
  if (verdict === true) return new Feedback(true, say.gradientRight(shown));
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const wrong = expected.map((_, i) => i).filter((i) =>
    !(Math.abs(given[i] - expected[i]) <= 1e-3)
  );
  return new Feedback(false, messages().feedback.notYet(say.gradientEntriesOff(wrong)));
}
