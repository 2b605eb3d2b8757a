/**
 * English: the feedback of the checks on training speed (`exercises/speed.ts`).
 *
 * @module
 */

/**
 * The feedback of the speed checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { speed } from "./speed.ts";
 * assert.equal(speed.epochMinutes, "is in minutes: give seconds.");
 * ```
 */
export const speed = {
  // checkFixedCost: a step takes t = a + b·batch; `small` and `large` are the two batch sizes.
  fixedSwapped: "swaps a and b: a is the fixed cost, the time a step would take with no " +
    "images, and b the cost of each image.",
  fixedSeconds: "is in seconds: the timings are in milliseconds, and so are a and b.",
  fixedRight: (a: string, b: string) =>
    `Right: a fixed cost of ${a} ms a step, plus ${b} ms per image.`,
  fixedNoisy:
    " But a cost per image below zero cannot be: the machine was busy while the sweep timed the " +
    "steps. Run the sweep again when it is quiet.",
  perImage: (batch: number) =>
    `is the time per image at batch ${batch}, which still carries a share of the fixed ` +
    "cost: compare the two timings instead.",
  dividesByLarge: (large: number, small: number) =>
    `divides by ${large}: the extra time t${large} − t${small} pays for the ` +
    `${large - small} extra images.`,
  bWrongSign: (small: number, large: number) =>
    `has the wrong sign: subtract t${small} from t${large}.`,
  aWholeTime: (small: number) =>
    `is the whole time at batch ${small}: subtract the cost of its ${small} images.`,
  aAddsImages: (small: number) => `adds the cost of the ${small} images: subtract it.`,
  aFollowsB: "follows from your b: fix b first.",
  bHint: (small: number, large: number) =>
    `two batch sizes give two equations, a + ${small}·b = t${small} and ` +
    `a + ${large}·b = t${large}; subtract them.`,
  aHint: (small: number) => `put b back into a + ${small}·b = t${small}.`,
  // checkEpochSeconds
  roundUp: (images: number) =>
    `a last, smaller batch of ${images} images is a step too, so round the number of steps up`,
  epochRight: (steps: number, ms: string, seconds: string) =>
    `Right: ${steps} steps of ${ms} ms, ${seconds} s an epoch.`,
  epochHint: "multiply the time of one step by the number of steps in an epoch, and convert to " +
    "seconds.",
  lastStep: (roundUp: string) => `leaves out the last step: ${roundUp}.`,
  fractionOfStep: (roundUp: string) => `counts a fraction of a step: ${roundUp}.`,
  epochMilliseconds: "is in milliseconds: divide by 1000 for seconds.",
  epochMillisecondsLastStep: (roundUp: string) =>
    `is in milliseconds, and leaves out the last step: ${roundUp}, then divide by 1000 for ` +
    "seconds.",
  epochImages: "multiplies by the images: a step handles a whole batch, so multiply by the " +
    "number of steps.",
  epochMinutes: "is in minutes: give seconds.",
};
