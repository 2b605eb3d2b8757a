/**
 * The maths of the course on plain arrays, small enough to read: a layer z = W·x + b, softmax,
 * log-softmax and the activation functions with their derivatives. The notebooks compare these
 * with TensorFlow.js to show both compute the same thing.
 *
 * @module
 */

/**
 * A fully connected layer on one input: z = W·x + b, where row j of W holds neuron j's weights.
 *
 * @example
 * ```ts
 * import { dense } from "./maths.ts";
 * // z₁ = 1·2 + 2·3 + 1 = 9 and z₂ = 0·2 + (−1)·3 + 0 = −3
 * console.assert(dense([[1, 2], [0, -1]], [2, 3], [1, 0]).join() === "9,-3");
 * ```
 */
export function dense(W: number[][], x: number[], b: number[]): number[] {
  if (W.length !== b.length) {
    throw new Error(`W has ${W.length} rows (neurons) but b has ${b.length} biases`);
  }
  return W.map((row, j) => {
    if (row.length !== x.length) {
      throw new Error(`Row ${j} of W has ${row.length} weights but x has ${x.length} inputs`);
    }
    return row.reduce((sum, w, i) => sum + w * x[i], b[j]);
  });
}

/**
 * The matrix product A·B.
 *
 * @example
 * ```ts
 * import { matMul } from "./maths.ts";
 * console.assert(JSON.stringify(matMul([[1, 2]], [[3], [4]])) === "[[11]]");
 * ```
 */
export function matMul(A: number[][], B: number[][]): number[][] {
  if (A[0]?.length !== B.length) {
    throw new Error(`Cannot multiply ${A.length}×${A[0]?.length} by ${B.length}×${B[0]?.length}`);
  }
  return A.map((row) => B[0].map((_, k) => row.reduce((sum, a, i) => sum + a * B[i][k], 0)));
}

/**
 * Softmax exactly as the formula reads, e^zᵢ / Σⱼ e^zⱼ. Overflows to NaN for large scores; see
 * {@linkcode softmax}.
 */
export function naiveSoftmax(z: number[]): number[] {
  const exps = z.map(Math.exp);
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Softmax computed safely: subtracting the largest score first changes nothing in the result
 * (the factor e^−max cancels) but keeps every exponential at most 1.
 *
 * @example
 * ```ts
 * import { softmax } from "./maths.ts";
 * const p = softmax([1, 5, 3]);
 * console.assert(p.map((v) => v.toFixed(3)).join() === "0.016,0.867,0.117");
 * ```
 */
export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  return naiveSoftmax(z.map((v) => v - max));
}

/**
 * log(softmax(z)) computed without leaving log space: zᵢ − (max + log Σⱼ e^(zⱼ − max)).
 *
 * @example
 * ```ts
 * import { logSoftmax } from "./maths.ts";
 * console.assert(Math.abs(logSoftmax([0, 0])[0] - Math.log(0.5)) < 1e-12);
 * ```
 */
export function logSoftmax(z: number[]): number[] {
  const max = Math.max(...z);
  const logSum = max + Math.log(z.reduce((sum, v) => sum + Math.exp(v - max), 0));
  return z.map((v) => v - logSum);
}

/** An activation function with its derivative and its formula in LaTeX. */
export interface Activation {
  /** The function. */
  f: (x: number) => number;
  /** Its derivative. */
  df: (x: number) => number;
  /** The formula, in LaTeX. */
  formula: string;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The common activation functions, by name.
 *
 * @example
 * ```ts
 * import { ACTIVATIONS } from "./maths.ts";
 * console.assert(ACTIVATIONS.relu.f(-2) === 0 && ACTIVATIONS.relu.df(3) === 1);
 * console.assert(ACTIVATIONS.sigmoid.f(0) === 0.5);
 * ```
 */
export const ACTIVATIONS: Record<"sigmoid" | "tanh" | "relu" | "leakyRelu", Activation> = {
  sigmoid: {
    f: sigmoid,
    df: (x) => sigmoid(x) * (1 - sigmoid(x)),
    formula: "\\sigma(x) = \\frac{1}{1 + e^{-x}}",
  },
  tanh: {
    f: Math.tanh,
    df: (x) => 1 - Math.tanh(x) ** 2,
    formula: "\\tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}",
  },
  relu: {
    f: (x) => Math.max(0, x),
    df: (x) => (x > 0 ? 1 : 0),
    formula: "\\operatorname{ReLU}(x) = \\max(0, x)",
  },
  leakyRelu: {
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
 * import { linspace } from "./maths.ts";
 * console.assert(linspace(0, 1, 5).join() === "0,0.25,0.5,0.75,1");
 * ```
 */
export function linspace(start: number, stop: number, count: number): number[] {
  if (count < 2) return [start];
  return Array.from({ length: count }, (_, i) => start + ((stop - start) * i) / (count - 1));
}
