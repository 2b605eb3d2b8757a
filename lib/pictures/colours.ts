/**
 * The course's colours, shared by the charts, the diagrams and the drawing pad: Tableau's blue,
 * orange and red, as Observable Plot and Vega use them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { BLUE, ORANGE, RED } from "./colours.ts";
 * assert.deepEqual([BLUE, ORANGE, RED], ["#4c78a8", "#f58518", "#e45756"]);
 * ```
 *
 * @module
 */

/** The first series: the loss, positive values, the highlighted neuron's lines. */
export const BLUE = "#4c78a8";
/** The second series: the accuracy, the highlighted neuron. */
export const ORANGE = "#f58518";
/** The third series and what is negative or wrong. */
export const RED = "#e45756";
