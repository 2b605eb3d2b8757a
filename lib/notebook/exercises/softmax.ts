/**
 * Checks for the exercises on softmax and the loss: a softmax the learner writes, the loss −ln p
 * of a probability, and the gradient of that loss with respect to the scores.
 *
 * @module
 */
import { softmax } from "../../maths/mod.ts";
import {
  callCandidate,
  checkNumber,
  describe,
  echo,
  Feedback,
  fmt,
  judge,
  notYet,
  readNumbers,
  type VectorMistake,
} from "./feedback.ts";

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
  const cases = [[1, 5, 3], [0, 0, 0, 0], [-2, 7.5], [1000, 1001, 1002]];
  for (const z of cases) {
    const result = callCandidate(candidate, [[...z]], `[${z}]`);
    if (result instanceof Feedback) return result;
    const want = softmax(z);
    const value = result.value;
    if (!Array.isArray(value) && !ArrayBuffer.isView(value)) {
      return new Feedback(
        false,
        value === undefined
          ? `For [${z}] it returns undefined: did you forget \`return\`?`
          : `For [${z}] it returns ${describe(value)}, not an array of probabilities.`,
      );
    }
    const got = Array.from(value as ArrayLike<unknown>) as number[];
    if (got.length !== want.length) {
      return new Feedback(false, `For [${z}] it should return ${want.length} numbers.`);
    }
    const bad = got.findIndex((v) => typeof v !== "number");
    if (bad >= 0) {
      return new Feedback(false, `For [${z}] entry ${bad} is ${describe(got[bad])}, not a number.`);
    }
    if (got.some((v, i) => !(Math.abs(v - want[i]) < 1e-9))) {
      const sum = got.reduce((a, b) => a + b, 0);
      const hint = z[0] >= 1000
        ? " Large scores overflow e^z: subtract the largest score first."
        : Math.abs(sum - 1) > 1e-6
        ? ` They add up to ${fmt(sum)}, not 1: divide each exponential by the sum of all of them.`
        : "";
      return new Feedback(
        false,
        `For [${z}] it gives [${got.map((v) => v.toFixed(4))}], expected ` +
          `[${want.map((v) => v.toFixed(4))}].${hint}`,
      );
    }
  }
  return new Feedback(true, "Your softmax is right, and safe for large scores.");
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
  const p = probability;
  const loss = -Math.log(p);
  return checkNumber(answer, loss, {
    tolerance: 1e-3,
    right: `Right: −ln ${p} ≈ ${fmt(loss)}.`,
    hint: "the loss is minus the natural logarithm of the probability of the true class.",
    mistakes: [
      {
        value: Math.log(p),
        message: "is ln p without the minus sign: ln p is negative for p < 1, and a loss is " +
          "positive.",
      },
      {
        value: -Math.log10(p),
        message: "is −log₁₀ p: the loss uses the natural logarithm ln, `Math.log` (not " +
          "`Math.log10`).",
      },
      {
        value: -Math.log2(p),
        message: "is −log₂ p: the loss uses the natural logarithm ln, `Math.log`.",
      },
      {
        value: -Math.log(100 * p),
        message: `takes the probability in percent (${fmt(100 * p)}): in the formula p is a ` +
          `share between 0 and 1, ${p}.`,
      },
      {
        value: Math.log(100 * p),
        message: `takes the probability in percent (${fmt(100 * p)}) and drops the minus sign: ` +
          `the formula is −ln p, with p = ${p}.`,
      },
      {
        value: 1 - p,
        message: "is 1 − p, the probability of being wrong: the loss is a logarithm.",
      },
      {
        value: -Math.log(1 - p),
        message: "is −ln(1 − p): use the probability of the true class itself.",
      },
      {
        value: p,
        message: "is the probability itself: the loss is minus its logarithm.",
      },
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
  const p = softmax(scores);
  const oneHot = (k: number) => scores.map((_, i) => (i === k ? 1 : 0));
  const expected = p.map((v, i) => v - oneHot(label)[i]);
  const given = readNumbers(answer, scores.length, "one per score");
  if (given instanceof Feedback) return given;
  const mistakes: VectorMistake[] = [
    {
      value: p,
      message: "is softmax(z) itself: the gradient also subtracts the one-hot vector of the " +
        "true class.",
    },
    {
      value: expected.map((v) => -v),
      message: "has the wrong sign: it is the one-hot vector minus softmax(z), and the loss " +
        "grows in that direction. Subtract the one-hot vector from the probabilities.",
    },
    {
      value: oneHot(label).map((v) => -v / p[label]),
      message: "is the gradient with respect to the probabilities, −1/p at the true class: " +
        "carry it on through softmax to get the gradient with respect to the scores z.",
    },
    {
      value: oneHot(label).map((v) => -v),
      message: "is −onehot(label) alone: add the probabilities softmax(z).",
    },
  ];
  for (let k = 0; k < scores.length; k++) {
    if (k === label) continue;
    mistakes.push({
      value: p.map((v, i) => v - oneHot(k)[i]),
      message: `subtracts 1 at index ${k}, but the true class is ${label}: the one-hot vector ` +
        "has its 1 at the label's index (counting from 0).",
    });
  }
  const verdict = judge(given, expected, 1e-3, mistakes);
  const shown = `[${given.map(echo).join(", ")}]`;
  if (verdict === true) return new Feedback(true, `Right: the gradient is ${shown}.`);
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const wrong = expected.map((_, i) => i).filter((i) =>
    !(Math.abs(given[i] - expected[i]) <= 1e-3)
  );
  return new Feedback(
    false,
    `Not yet: ${wrong.length === 1 ? "entry" : "entries"} ${wrong.join(", ")} ` +
      `${wrong.length === 1 ? "is" : "are"} off. Hint: entry k is the probability softmax ` +
      "gives class k, minus 1 when k is the true class.",
  );
}
