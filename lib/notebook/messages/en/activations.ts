/**
 * English: the feedback of the checks on activation functions (`exercises/activations.ts`).
 *
 * @module
 */

/**
 * The feedback of the activation checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { activations } from "./activations.ts";
 * assert.equal(activations.derivativeRight("tanh"), "That is the derivative of tanh.");
 * ```
 */
export const activations = {
  // checkDerivative; `name` is the activation's name in code ("tanh").
  derivativeRight: (name: string) => `That is the derivative of ${name}.`,
  derivativeItself: (name: string) =>
    `that is ${name} itself, not its slope. The derivative says how fast the function ` +
    "changes at x.",
  derivativeMinus: (name: string) => `that is minus the derivative of ${name}: check the signs.`,
  derivativeAt: (x: number, got: number, name: string, slope: string) =>
    `At x = ${x} it gives ${got}, but the slope of ${name} there is ${slope}.`,
  // checkReluBackward
  reluInputs: (z: string, upstream: string) => `z = ${z} and upstream = ${upstream}`,
  reluUndefined: (inputs: string) =>
    `On ${inputs} it returns undefined: did you forget \`return\`?`,
  reluWhat: "one gradient per input",
  reluOn: (inputs: string, problem: string) => `On ${inputs}: ${problem}`,
  reluSlopeAlone: "is the ReLU's slope alone: multiply it by the upstream gradient (chain rule).",
  reluAtZero: "lets the gradient through at z = 0: the course takes the ReLU's slope at 0 to be " +
    "0, so pass it only where z > 0.",
  reluGatesUpstream: "gates on the sign of the upstream gradient: the gate is z, the ReLU's " +
    "input, and negative gradients flow back too.",
  reluPassesAll: "passes every gradient through: where z ≤ 0 the ReLU is flat, so no gradient " +
    "flows back there.",
  reluForward: "is ReLU(z), the forward pass: the backward pass returns gradients.",
  reluTimesValue: "multiplies by ReLU(z), the function's value, instead of its slope (1 or 0).",
  reluReversed: "is the other way round: the gradient passes where z > 0 and stops elsewhere.",
  reluGivesMistake: (inputs: string, gives: string, mistake: string) =>
    `on ${inputs} it gives ${gives}, which ${mistake}`,
  reluGives: (inputs: string, gives: string) =>
    `on ${inputs} it gives ${gives}. Hint: the ReLU's slope is 1 where z > 0 and 0 ` +
    "elsewhere; multiply the upstream gradient by it.",
  reluRight: "Your ReLU backward pass is right, z = 0 included.",
};
