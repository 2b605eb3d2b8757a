/**
 * Checks for the exercises on training speed: the fixed cost and the cost per image of a step,
 * from two timings, and the seconds an epoch takes.
 *
 * @module
 */
import { messages } from "../messages/mod.ts";
import {
  echo,
  Feedback,
  fieldSentence,
  fmt,
  judge,
  judgeNumber,
  type Mistake,
  notYet,
} from "./feedback.ts";
import { checkNumber, readFields } from "./answers.ts";

/**
 * Checks the fixed cost `a` and the cost per image `b` (both in ms) of a step taking
 * t = a + b·batch, from the times `t15` and `t256` (ms) of a step at batch 15 and at batch 256
 * (or at the two `batches` given): b = (t256 − t15) / (256 − 15) and a = t15 − 15·b. Right within
 * 1% of each (and 0.001 ms). Recognises a and b swapped, seconds instead of milliseconds, the time
 * per image at one batch size, dividing by the wrong count, and an `a` that follows from a wrong
 * `b`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFixedCost } from "./speed.ts";
 * // a = 1 ms, b = 0.1 ms: t15 = 2.5 ms, t256 = 26.6 ms.
 * assert.ok(checkFixedCost(2.5, 26.6, { a: 1, b: 0.1 }).ok);
 * assert.match(checkFixedCost(2.5, 26.6, { a: 0.1, b: 1 }).message, /swaps a and b/);
 * // Timed on a busy machine, batch 256 came out faster: the arithmetic is right, the times are not.
 * assert.match(checkFixedCost(26.6, 2.5, { a: 28.1, b: -0.1 }).message, /machine was busy/);
 * ```
 */
export function checkFixedCost(
  t15: number,
  t256: number,
  answer: { a: number; b: number } | undefined,
  batches: readonly [number, number] = [15, 256],
): Feedback {
  const [small, large] = batches;
  if (!(large > small && small > 0)) {
    throw new RangeError(
      `checkFixedCost: the two batch sizes must be positive and different, smaller first; got ` +
        `${small} and ${large}.`,
    );
  }
  const given = readFields(answer, ["a", "b"]);
  if (given instanceof Feedback) return given;
  const say = messages().speed, common = messages().feedback;
  const [a, b] = given;
  const bWant = (t256 - t15) / (large - small);
  const aWant = t15 - small * bWant;
  const tolerance = (x: number) => Math.max(0.01 * Math.abs(x), 1e-3);
  const shown = `{ a: ${echo(a)}, b: ${echo(b)} }`;
  const verdict = judge(given, [aWant, bWant], [tolerance(aWant), tolerance(bWant)], [
    { value: [bWant, aWant], message: say.fixedSwapped },
    { value: [aWant / 1000, bWant / 1000], message: say.fixedSeconds },
  ]);
  if (verdict === true) {
    return new Feedback(
      true,
      say.fixedRight(fmt(aWant), fmt(bWant)) + (bWant < 0 ? say.fixedNoisy : ""),
    );
  }
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const bMistakes: Mistake[] = [
    { value: t256 / large, message: say.perImage(large) },
    { value: t15 / small, message: say.perImage(small) },
    { value: (t256 - t15) / large, message: say.dividesByLarge(large, small) },
    { value: -bWant, message: say.bWrongSign(small, large) },
  ];
  const aMistakes: Mistake[] = [
    { value: t15, message: say.aWholeTime(small) },
    { value: t15 + small * bWant, message: say.aAddsImages(small) },
  ];
  const bVerdict = judgeNumber(b, bWant, tolerance(bWant), bMistakes);
  let aVerdict = judgeNumber(a, aWant, tolerance(aWant), aMistakes);
  if (aVerdict !== true && bVerdict !== true) {
    const follows = t15 - small * b;
    if (Math.abs(a - follows) <= tolerance(follows)) aVerdict = [say.aFollowsB];
  }
  const part = (name: string, value: number, verdict: true | string[], hint: string) =>
    fieldSentence(name, value, verdict) +
    (verdict !== true && verdict.length === 0 ? common.hint(hint) : "");
  return new Feedback(
    false,
    common.notYet(common.sentences([
      part("b", b, bVerdict, say.bHint(small, large)),
      part("a", a, aVerdict, say.aHint(small)),
    ])),
  );
}

/**
 * Checks the seconds one epoch takes: `msPerStep` × the steps in an epoch (the images divided by
 * the batch size, rounded up) / 1000. Right within 1%, but an answer that exactly matches a known
 * mistake is explained even then: rounding the steps down or not at all, milliseconds or minutes
 * instead of seconds, and multiplying by the images instead of the steps.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkEpochSeconds } from "./speed.ts";
 * // 938 steps of 12 ms: 11.256 s.
 * assert.ok(checkEpochSeconds(12, 64, 60000, 11.26).ok);
 * assert.match(checkEpochSeconds(12, 64, 60000, 11256).message, /milliseconds/);
 * ```
 */
export function checkEpochSeconds(
  msPerStep: number,
  batchSize: number,
  images: number,
  answer: number | undefined,
): Feedback {
  const say = messages().speed;
  const steps = Math.ceil(images / batchSize), whole = Math.floor(images / batchSize);
  const expected = (msPerStep * steps) / 1000;
  const roundUp = say.roundUp(images % batchSize);
  return checkNumber(answer, expected, {
    tolerance: 0.01 * expected,
    right: say.epochRight(steps, fmt(msPerStep), fmt(expected)),
    hint: say.epochHint,
    mistakes: [
      { value: (msPerStep * whole) / 1000, message: say.lastStep(roundUp) },
      { value: (msPerStep * images) / batchSize / 1000, message: say.fractionOfStep(roundUp) },
      { value: msPerStep * steps, message: say.epochMilliseconds },
      { value: msPerStep * whole, message: say.epochMillisecondsLastStep(roundUp) },
      { value: (msPerStep * images) / 1000, message: say.epochImages },
      { value: (msPerStep * steps) / 60000, message: say.epochMinutes },
    ],
  });
}
