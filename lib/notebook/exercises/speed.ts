/**
 * Checks for the exercises on training speed: the fixed cost and the cost per image of a step,
 * from two timings, and the seconds an epoch takes.
 *
 * @module
 */
import {
  checkNumber,
  echo,
  Feedback,
  fmt,
  judge,
  type Mistake,
  notYet,
  readFields,
} from "./feedback.ts";

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
  const [a, b] = given;
  const bWant = (t256 - t15) / (large - small);
  const aWant = t15 - small * bWant;
  const tolerance = (x: number) => Math.max(0.01 * Math.abs(x), 1e-3);
  const shown = `{ a: ${echo(a)}, b: ${echo(b)} }`;
  const verdict = judge(given, [aWant, bWant], [tolerance(aWant), tolerance(bWant)], [
    {
      value: [bWant, aWant],
      message: "swaps a and b: a is the fixed cost, the time a step would take with no images, " +
        "and b the cost of each image.",
    },
    {
      value: [aWant / 1000, bWant / 1000],
      message: "is in seconds: the timings are in milliseconds, and so are a and b.",
    },
  ]);
  if (verdict === true) {
    return new Feedback(
      true,
      `Right: a fixed cost of ${fmt(aWant)} ms a step, plus ${fmt(bWant)} ms per image.`,
    );
  }
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const bMistakes: Mistake[] = [
    {
      value: t256 / large,
      message: `is the time per image at batch ${large}, which still carries a share of the ` +
        `fixed cost: compare the two timings instead.`,
    },
    {
      value: t15 / small,
      message: `is the time per image at batch ${small}, which still carries a share of the ` +
        `fixed cost: compare the two timings instead.`,
    },
    {
      value: (t256 - t15) / large,
      message: `divides by ${large}: the extra time t${large} − t${small} pays for the ` +
        `${large - small} extra images.`,
    },
    {
      value: -bWant,
      message: `has the wrong sign: subtract t${small} from t${large}.`,
    },
  ];
  const aMistakes: Mistake[] = [
    {
      value: t15,
      message: `is the whole time at batch ${small}: subtract the cost of its ${small} images.`,
    },
    {
      value: t15 + small * bWant,
      message: `adds the cost of the ${small} images: subtract it.`,
    },
  ];
  const bVerdict = judge([b], [bWant], tolerance(bWant), toVector(bMistakes));
  let aVerdict = judge([a], [aWant], tolerance(aWant), toVector(aMistakes));
  if (aVerdict !== true && bVerdict !== true) {
    const follows = t15 - small * b;
    if (Math.abs(a - follows) <= tolerance(follows)) {
      aVerdict = ["follows from your b: fix b first."];
    }
  }
  const part = (name: string, value: number, verdict: true | string[], hint: string) =>
    verdict === true
      ? `${name} is right.`
      : verdict.length > 0
      ? notYet(`${name} = ${echo(value)}`, verdict).replace(/^Not yet: /, "")
      : `${name} = ${echo(value)} is not it. Hint: ${hint}`;
  return new Feedback(
    false,
    `Not yet: ${
      part(
        "b",
        b,
        bVerdict,
        `two batch sizes give two equations, a + ${small}·b = t${small} and ` +
          `a + ${large}·b = t${large}; subtract them.`,
      )
    } ${part("a", a, aVerdict, `put b back into a + ${small}·b = t${small}.`)}`,
  );
}

function toVector(mistakes: readonly Mistake[]) {
  return mistakes.map((m) => ({ value: [m.value], message: m.message }));
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
  const steps = Math.ceil(images / batchSize);
  const expected = (msPerStep * steps) / 1000;
  const roundUp = `a last, smaller batch of ${images % batchSize} images is a step too, so ` +
    "round the number of steps up";
  return checkNumber(answer, expected, {
    tolerance: 0.01 * expected,
    right: `Right: ${steps} steps of ${fmt(msPerStep)} ms, ${fmt(expected)} s an epoch.`,
    hint: "multiply the time of one step by the number of steps in an epoch, and convert to " +
      "seconds.",
    mistakes: [
      {
        value: (msPerStep * Math.floor(images / batchSize)) / 1000,
        message: `leaves out the last step: ${roundUp}.`,
      },
      {
        value: (msPerStep * images) / batchSize / 1000,
        message: `counts a fraction of a step: ${roundUp}.`,
      },
      {
        value: msPerStep * steps,
        message: "is in milliseconds: divide by 1000 for seconds.",
      },
      {
        value: msPerStep * Math.floor(images / batchSize),
        message: `is in milliseconds, and leaves out the last step: ${roundUp}, then divide by ` +
          "1000 for seconds.",
      },
      {
        value: (msPerStep * images) / 1000,
        message: "multiplies by the images: a step handles a whole batch, so multiply by the " +
          "number of steps.",
      },
      {
        value: (msPerStep * steps) / 60000,
        message: "is in minutes: give seconds.",
      },
    ],
  });
}
