/**
 * A fully connected layer on plain arrays, z = W·x + b, and the matrix product, small enough to
 * read; the notebooks compare them with TensorFlow.js.
 *
 * @module
 */
/**
 * A fully connected layer on one input: z = W·x + b, where row j of W holds neuron j's weights.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { dense } from "./linear.ts";
 * // z₁ = 1·2 + 2·3 + 1 = 9 and z₂ = 0·2 + (−1)·3 + 0 = −3
 * assert.ok(dense([[1, 2], [0, -1]], [2, 3], [1, 0]).join() === "9,-3");
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
 * import assert from "node:assert/strict";
 * import { matMul } from "./linear.ts";
 * assert.ok(JSON.stringify(matMul([[1, 2]], [[3], [4]])) === "[[11]]");
 * ```
 */
export function matMul(A: number[][], B: number[][]): number[][] {
  if (A[0]?.length !== B.length) {
    throw new Error(`Cannot multiply ${A.length}×${A[0]?.length} by ${B.length}×${B[0]?.length}`);
  }
  return A.map((row) => B[0].map((_, k) => row.reduce((sum, a, i) => sum + a * B[i][k], 0)));
}
