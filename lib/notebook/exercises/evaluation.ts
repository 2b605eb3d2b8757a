/**
 * Checks for the exercises on evaluating a network: an accuracy function the learner writes,
 * the class with the lowest accuracy, and counts of confident mistakes and unsure successes.
 *
 * @module
 */
import { messages } from "../messages/mod.ts";
import { echo, Feedback, fmt, judge, type Mistake, NO_ANSWER } from "./feedback.ts";
import { callCandidate, checkNumber, rejectNonNumber, rejectResult } from "./answers.ts";

/**
 * Checks an accuracy function the learner writes: the share (0 to 1) of positions where the
 * predicted class equals the label. Tested on plain and typed arrays, all right, none right, and
 * empty arrays, for which the accuracy must be 0 (there is nothing right; 0 / 0 would be NaN).
 * Recognises returning the count of right predictions, a percent, the error rate, and NaN for
 * empty arrays.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkAccuracyFunction } from "./evaluation.ts";
 * const accuracy = (predicted: ArrayLike<number>, labels: ArrayLike<number>) => {
 *   let right = 0;
 *   for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) right++;
 *   return labels.length === 0 ? 0 : right / labels.length;
 * };
 * assert.ok(checkAccuracyFunction(accuracy).ok);
 * const count = (p: ArrayLike<number>, l: ArrayLike<number>) =>
 *   Array.from(p).filter((v, i) => v === l[i]).length;
 * assert.match(checkAccuracyFunction(count).message, /how many are right/);
 * ```
 */
export function checkAccuracyFunction(
  candidate: ((predicted: ArrayLike<number>, labels: ArrayLike<number>) => number) | undefined,
): Feedback {
  const cases: [ArrayLike<number>, ArrayLike<number>][] = [
    [[3, 1, 4, 1, 5], [3, 1, 4, 0, 0]],
    [[7, 7, 2], [7, 7, 2]],
    [[0, 1, 2, 3], [1, 2, 3, 0]],
    [Int32Array.of(1, 2, 3, 4, 5, 6, 7, 8), Uint8Array.of(1, 2, 3, 4, 5, 6, 0, 0)],
    [[], []],
  ];
  const say = messages().evaluation;
  for (const [predicted, labels] of cases) {
    const shown = say.accuracyInputs(`[${Array.from(predicted)}]`, `[${Array.from(labels)}]`);
    const copy = (a: ArrayLike<number>) => Array.isArray(a) ? [...a] : (a as Int32Array).slice();
    const result = callCandidate(candidate, [copy(predicted), copy(labels)], shown);
    if (result instanceof Feedback) return result;
    const invalid = rejectResult(result.value, shown);
    if (invalid) return invalid;
    const got = result.value as number;
    const n = labels.length;
    let right = 0;
    for (let i = 0; i < n; i++) if (predicted[i] === labels[i]) right++;
    const want = n === 0 ? 0 : right / n;
    const verdict = judge([got], [want], 1e-9, [
      { value: [right], message: say.accuracyCount },
      { value: [100 * want], message: say.accuracyPercent },
      { value: [1 - want], message: say.accuracyErrorRate },
      { value: [n - right], message: say.accuracyWrongCount },
    ]);
    if (verdict === true) continue;
    const returns = say.accuracyReturns(shown, echo(got));
    if (n === 0) {
      return new Feedback(
        false,
        Number.isNaN(got) ? say.accuracyEmptyNaN(returns) : say.accuracyEmpty(returns),
      );
    }
    return new Feedback(
      false,
      verdict.length > 0
        ? say.accuracyWhich(returns, verdict[0])
        : say.accuracyExpected(returns, fmt(want), right, n),
    );
  }
  return new Feedback(true, say.accuracyRight);
}

/** Each class's images and right predictions, for the classes present among the labels. */
function perClass(labels: ArrayLike<number>, predicted: ArrayLike<number>, check: string) {
  if (labels.length !== predicted.length) {
    throw new RangeError(
      `${check}: ${labels.length} labels but ${predicted.length} predictions; pass the labels ` +
        "and the predictions of the same images.",
    );
  }
  const images = new Map<number, number>();
  const right = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    images.set(labels[i], (images.get(labels[i]) ?? 0) + 1);
    if (predicted[i] === labels[i]) right.set(labels[i], (right.get(labels[i]) ?? 0) + 1);
  }
  const accuracy = new Map<number, number>();
  for (const [c, count] of images) accuracy.set(c, (right.get(c) ?? 0) / count);
  return { images, right, accuracy };
}

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

/**
 * Checks which class has the lowest accuracy: among the images whose label is c, the share
 * predicted as c. The answer is the class's label (an integer), or its name when `classNames`
 * are given; if several classes tie for the lowest, any of them is right. A wrong answer is told
 * its class's accuracy and how many classes do worse; recognised are the class with the most
 * mistakes in number, grouping by the predicted class, the best class, and counting from 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkLowestAccuracyClass } from "./evaluation.ts";
 * const labels = [0, 0, 1, 1, 1, 1, 2, 2];
 * const predicted = [0, 0, 1, 1, 1, 2, 2, 0];
 * assert.ok(checkLowestAccuracyClass(labels, predicted, 2).ok);
 * assert.match(
 *   checkLowestAccuracyClass(labels, predicted, 1).message,
 *   /class 1 has an accuracy of 75\.0% \(3 of 4 right\), and 1 class does worse/,
 * );
 * ```
 */
export function checkLowestAccuracyClass(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  answer: number | string | undefined,
  classNames?: readonly string[],
): Feedback {
  const { images, right, accuracy } = perClass(labels, predicted, "checkLowestAccuracyClass");
  if (images.size === 0) {
    throw new RangeError("checkLowestAccuracyClass: there are no labels to compute accuracies of.");
  }
  const lowest = Math.min(...accuracy.values());
  const worst = [...accuracy].filter(([, a]) => a === lowest).map(([c]) => c);
  const say = messages().evaluation, { list, notYet: wrong } = messages().feedback;
  const named = (c: number) =>
    `${c}${classNames?.[c] !== undefined ? say.className(classNames[c]) : ""}`;
  if (answer === undefined) return NO_ANSWER;
  let cls: number;
  if (typeof answer === "string" && classNames?.includes(answer)) {
    cls = classNames.indexOf(answer);
  } else {
    const invalid = rejectNonNumber(answer, say.aClassLabel);
    if (invalid) {
      return typeof answer === "string" && classNames
        ? new Feedback(false, say.notAClassName(answer))
        : invalid;
    }
    cls = answer as number;
  }
  if (!images.has(cls)) {
    const known = [...images.keys()].sort((a, b) => a - b);
    return new Feedback(false, say.noSuchLabel(echo(cls), known[0], known.at(-1)!));
  }
  const acc = accuracy.get(cls)!;
  if (acc === lowest) {
    const tie = worst.length > 1
      ? say.tiedWith(list(worst.filter((c) => c !== cls).map(named)))
      : "";
    return new Feedback(true, say.lowestRight(named(cls), percent(acc), tie));
  }
  const worse = [...accuracy.values()].filter((a) => a < acc).length;
  const base = say.classAccuracy(
    named(cls),
    percent(acc),
    right.get(cls) ?? 0,
    images.get(cls)!,
    worse,
  );
  const errors = new Map([...images].map(([c, n]) => [c, n - (right.get(c) ?? 0)]));
  const mostErrors = Math.max(...errors.values());
  const byPrediction = new Map<number, [number, number]>();
  for (let i = 0; i < predicted.length; i++) {
    const [n, r] = byPrediction.get(predicted[i]) ?? [0, 0];
    byPrediction.set(predicted[i], [n + 1, r + (predicted[i] === labels[i] ? 1 : 0)]);
  }
  const precision = [...byPrediction].map(([c, [n, r]]) => [c, r / n] as const);
  const lowestPrecision = Math.min(...precision.map(([, p]) => p));
  const why = errors.get(cls) === mostErrors
    ? say.mostMistakes
    : precision.some(([c, p]) => c === cls && p === lowestPrecision)
    ? say.byPrediction
    : worst.includes(cls - 1)
    ? say.countsFromOne
    : acc === Math.max(...accuracy.values())
    ? say.highest
    : say.lowestHint;
  return new Feedback(false, wrong(base + why));
}

/** The top probability of each image, from `count × classes` probabilities, row by row. */
function topProbabilities(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  check: string,
): number[] {
  const n = labels.length;
  const classes = probabilities.length / n;
  if (predicted.length !== n || !Number.isInteger(classes) || n === 0) {
    throw new RangeError(
      `${check}: expected as many predictions as labels (${n}, got ${predicted.length}) and ` +
        `labels × classes probabilities (got ${probabilities.length}), one row per image.`,
    );
  }
  return Array.from({ length: n }, (_, i) => {
    let top = -Infinity;
    for (let c = 0; c < classes; c++) top = Math.max(top, probabilities[i * classes + c]);
    return top;
  });
}

/** Counts the images for which `keep(right, top)` holds. */
function countWhere(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  top: readonly number[],
  keep: (right: boolean, top: number) => boolean,
): number {
  return top.filter((p, i) => keep(predicted[i] === labels[i], p)).length;
}

/**
 * Checks how many images are predicted right with a top probability below `threshold` (0.5 by
 * default): right but unsure. `probabilities` holds `labels.length × classes` numbers, one row per
 * image, as `predict()` returns them. Recognises counting all unsure images, the unsure mistakes,
 * the confident right ones, every right one, a top probability equal to the threshold, and a share
 * or percent instead of a count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkUnsureButRight } from "./evaluation.ts";
 * const labels = [0, 1, 1];
 * const predicted = [0, 1, 0];
 * const probabilities = [0.4, 0.3, 0.3, 0.1, 0.9, 0, 0.45, 0.35, 0.2];
 * assert.ok(checkUnsureButRight(labels, predicted, probabilities, 1).ok);
 * assert.match(checkUnsureButRight(labels, predicted, probabilities, 2).message, /right or wrong/);
 * ```
 */
export function checkUnsureButRight(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  answer: number | undefined,
  threshold = 0.5,
): Feedback {
  const top = topProbabilities(labels, predicted, probabilities, "checkUnsureButRight");
  const count = (keep: (right: boolean, top: number) => boolean) =>
    countWhere(labels, predicted, top, keep);
  const expected = count((right, p) => right && p < threshold);
  const n = labels.length;
  const t = fmt(threshold);
  const say = messages().evaluation;
  const mistakes: Mistake[] = [
    { value: count((_, p) => p < threshold), message: say.unsureAll(t) },
    { value: count((right, p) => !right && p < threshold), message: say.unsureMistakes },
    { value: count((right, p) => right && p <= threshold), message: say.unsureEqual(t) },
    { value: count((right, p) => right && p >= threshold), message: say.unsureConfident(t) },
    { value: count((right) => right), message: say.everyRight },
    { value: expected / n, message: say.share },
    { value: (100 * expected) / n, message: say.percent },
  ];
  return checkNumber(answer, expected, {
    integer: true,
    mistakes,
    right: say.unsureRight(expected, t),
    hint: say.unsureHint(t),
  });
}

/**
 * Checks how many images are predicted wrong with a top probability of at least `threshold` (0.9
 * by default): confident but wrong. `probabilities` holds `labels.length × classes` numbers, one
 * row per image. Recognises counting all confident images, the confident right ones, the unsure
 * mistakes, every mistake, a top probability strictly above the threshold only, and a share or
 * percent instead of a count.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkConfidentButWrong } from "./evaluation.ts";
 * const labels = [0, 1, 1];
 * const predicted = [0, 0, 0];
 * const probabilities = [0.95, 0.05, 0.92, 0.08, 0.6, 0.4];
 * assert.ok(checkConfidentButWrong(labels, predicted, probabilities, 1).ok);
 * assert.match(checkConfidentButWrong(labels, predicted, probabilities, 2).message, /right or wrong/);
 * ```
 */
export function checkConfidentButWrong(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  answer: number | undefined,
  threshold = 0.9,
): Feedback {
  const top = topProbabilities(labels, predicted, probabilities, "checkConfidentButWrong");
  const count = (keep: (right: boolean, top: number) => boolean) =>
    countWhere(labels, predicted, top, keep);
  const expected = count((right, p) => !right && p >= threshold);
  const n = labels.length;
  const t = fmt(threshold);
  const say = messages().evaluation;
  const mistakes: Mistake[] = [
    { value: count((_, p) => p >= threshold), message: say.confidentAll(t) },
    { value: count((right, p) => right && p >= threshold), message: say.confidentRightOnes },
    { value: count((right, p) => !right && p < threshold), message: say.confidentUnsure(t) },
    { value: count((right) => !right), message: say.everyMistake },
    { value: count((right, p) => !right && p > threshold), message: say.confidentStrict(t) },
    { value: expected / n, message: say.share },
    { value: (100 * expected) / n, message: say.percent },
  ];
  return checkNumber(answer, expected, {
    integer: true,
    mistakes,
    right: say.confidentRight(expected, t),
    hint: say.confidentHint(t),
  });
}
