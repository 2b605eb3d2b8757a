/**
 * Seeded random numbers, so that the same seed gives the same weights, the same shuffle and the
 * same results on every run.
 *
 * @module
 */

/** A source of uniform random numbers in [0, 1). */
export type Random = () => number;

/**
 * A fast, seeded generator (Mulberry32): the same seed always gives the same sequence.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createRandom } from "./random.ts";
 * const a = createRandom(42), b = createRandom(42);
 * assert.ok(a() === b());
 * ```
 */
export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) {
    throw new RangeError(`Seed must be a finite number, got ${seed}`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The numbers 0 … n−1 in an order shuffled by the Fisher–Yates algorithm.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createRandom, shuffledIndices } from "./random.ts";
 * const order = shuffledIndices(5, createRandom(1));
 * assert.ok([...order].sort().join() === "0,1,2,3,4");
 * ```
 */
export function shuffledIndices(n: number, random: Random): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i];
    order[i] = order[j];
    order[j] = swap;
  }
  return order;
}

/**
 * A Float32Array of `n` numbers drawn uniformly from [low, high).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createRandom, uniformArray } from "./random.ts";
 * const values = uniformArray(100, -1, 1, createRandom(7));
 * assert.ok(values.every((v) => v >= -1 && v < 1));
 * ```
 */
export function uniformArray(n: number, low: number, high: number, random: Random): Float32Array {
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = low + (high - low) * random();
  return values;
}
