/**
 * Checks for the exercises at the end of each notebook: the learner passes an answer (a number,
 * an array, an object, or a function they wrote) and gets a {@linkcode Feedback}, "✔ …" when it is
 * right, or "✘ …" saying what is wrong and how to get there, shown as one line of Markdown.
 * `undefined`, the placeholder in an exercise's cell, asks for an answer.
 *
 * One file per topic: `images.ts`, `layers.ts`, `softmax.ts`, `activations.ts`, `learning.ts`,
 * `evaluation.ts`, `speed.ts`; `feedback.ts` holds the verdict, {@linkcode checkNumber} and the
 * helpers they share.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkLoss } from "./mod.ts";
 * assert.equal(String(checkLoss(0.867, 0.1427)), "✔ Right: −ln 0.867 ≈ 0.1427.");
 * assert.equal(
 *   String(checkLoss(0.867, undefined)),
 *   "✘ Replace `undefined` with your answer and run the cell again.",
 * );
 * ```
 *
 * @module
 */
export { Feedback, type Mistake, NO_ANSWER } from "./feedback.ts";
export { checkNumber } from "./answers.ts";
export * from "./images.ts";
export * from "./layers.ts";
export * from "./softmax.ts";
export * from "./activations.ts";
export * from "./learning.ts";
export * from "./evaluation.ts";
export * from "./history.ts";
export * from "./speed.ts";
