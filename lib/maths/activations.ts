/**
 * The common activation functions with their derivatives, and evenly spaced points to draw them.
 *
 * @module
 */

/** An activation function with its name in words, its derivative and its formula in LaTeX. */
export interface Activation {
  /** Its name in words, for legends and prose ("leaky ReLU"). */
  label: string;
  /** The function. */
  f: (x: number) => number;
  /** Its derivative. */
  df: (x: number) => number;
  /** The formula, in LaTeX. */
  formula: string;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The common activation functions, by name in code, each with a `label` in words for charts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ACTIVATIONS } from "./activations.ts";
 * assert.ok(ACTIVATIONS.relu.f(-2) === 0 && ACTIVATIONS.relu.df(3) === 1);
 * assert.ok(ACTIVATIONS.sigmoid.f(0) === 0.5);
 * assert.equal(ACTIVATIONS.leakyRelu.label, "leaky ReLU");
 * ```
 */
export const ACTIVATIONS: Record<"sigmoid" | "tanh" | "relu" | "leakyRelu", Activation> = {
  sigmoid: {
    label: "sigmoid",
    f: sigmoid,
    df: (x) => sigmoid(x) * (1 - sigmoid(x)),
    formula: "\\sigma(x) = \\frac{1}{1 + e^{-x}}",
  },
  tanh: {
    label: "tanh",
    f: Math.tanh,
    df: (x) => 1 - Math.tanh(x) ** 2,
    formula: "\\tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}",
  },
  relu: {
    label: "ReLU",
    f: (x) => Math.max(0, x),
    df: (x) => (x > 0 ? 1 : 0),
    formula: "\\operatorname{ReLU}(x) = \\max(0, x)",
  },
  leakyRelu: {
    label: "leaky ReLU",
    f: (x) => (x > 0 ? x : 0.01 * x),
    df: (x) => (x > 0 ? 1 : 0.01),
    formula: "\\operatorname{LeakyReLU}(x) = \\max(0.01x, x)",
  },
};

/**
 * `count` evenly spaced numbers from `start` to `stop`, both included.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { linspace } from "./activations.ts";
 * assert.ok(linspace(0, 1, 5).join() === "0,0.25,0.5,0.75,1");
 * ```
 */
export function linspace(start: number, stop: number, count: number): number[] {
  if (count < 2) return [start];
  return Array.from({ length: count }, (_, i) => start + ((stop - start) * i) / (count - 1));
}
