/**
 * Softmax on plain arrays: as the formula reads (it overflows), computed safely, and in log space.
 *
 * @module
 */
/**
 * Softmax exactly as the formula reads, e^zᵢ / Σⱼ e^zⱼ. Overflows to NaN for large scores; see
 * {@linkcode softmax}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { naiveSoftmax } from "./softmax.ts";
 * assert.equal(naiveSoftmax([0, 0])[0], 0.5);
 * assert.ok(Number.isNaN(naiveSoftmax([1000, 1001])[0])); // e^1000 is Infinity
 * ```
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
 * import assert from "node:assert/strict";
 * import { softmax } from "./softmax.ts";
 * const p = softmax([1, 5, 3]);
 * assert.ok(p.map((v) => v.toFixed(3)).join() === "0.016,0.867,0.117");
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
 * import assert from "node:assert/strict";
 * import { logSoftmax } from "./softmax.ts";
 * assert.ok(Math.abs(logSoftmax([0, 0])[0] - Math.log(0.5)) < 1e-12);
 * ```
 */
export function logSoftmax(z: number[]): number[] {
  const max = Math.max(...z);
  const logSum = max + Math.log(z.reduce((sum, v) => sum + Math.exp(v - max), 0));
  return z.map((v) => v - logSum);
}
