/**
 * English: the feedback of the check on reading a training history (`exercises/history.ts`).
 *
 * @module
 */

/**
 * The feedback of the training-history check, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { history } from "./history.ts";
 * assert.equal(history.notBelow(300, "0.6", "0.5"), "at step 300 the loss is 0.6, not below 0.5.");
 * ```
 */
export const history = {
  aStepOrNull: "a step, or null",
  aStep: "a step",
  noneBelowRight: (t: string) => `Right: no recorded loss is below ${t}.`,
  noneBelowRightLowest: (t: string, loss: string, step: number) =>
    `Right: no recorded loss is below ${t} (the lowest is ${loss}, at step ${step}).`,
  noneBelow: (t: string) => `no recorded loss is below ${t}. When none is, the answer is \`null\`.`,
  noneBelowLowest: (t: string, loss: string, step: number) =>
    `no recorded loss is below ${t}; the lowest is ${loss}, at step ${step}. When none is, the ` +
    "answer is `null`.",
  someBelow: (t: string) => `some recorded losses are below ${t}.`,
  positionFromZero: "is the position of the point in the history, counted from 0, not its " +
    "step: read the point's `step`.",
  position: "is the position of the point in the history, not its step: read the point's " +
    "`step`.",
  lossThere: "is the loss at that point: give its step.",
  lastBelow: (t: string) =>
    `is the last recorded step with a loss below ${t}: the question asks for the first.`,
  lowestLoss: (t: string) => `is where the loss is lowest, not where it first drops below ${t}.`,
  exactlyAt: (t: string) => `has a loss of exactly ${t}: below means strictly less.`,
  pointBefore: (loss: string, t: string) =>
    `is the point before: its loss, ${loss}, is not below ${t} yet.`,
  firstBelowRight: (t: string, step: number, loss: string) =>
    `Right: the loss first drops below ${t} at step ${step} (${loss}).`,
  noSuchStep: (step: string, t: string, every: number | null) =>
    `no point of the history has step ${step}` +
    (every ? `; the history records a point every ${every} steps` : "") +
    `. Look for the first point whose \`loss\` is below ${t}, and give its \`step\`.`,
  earlierBelow: (step: number, loss: string, t: string) =>
    `at step ${step} the loss, ${loss}, is below ${t}, but an earlier point's already is.`,
  notBelow: (step: number, loss: string, t: string) =>
    `at step ${step} the loss is ${loss}, not below ${t}.`,
};
