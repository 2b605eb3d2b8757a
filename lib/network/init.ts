/**
 * Where every network of the course starts: seeded random weights, drawn the way PyTorch's
 * `nn.Linear` draws them, as plain arrays. Every engine starts from these, so that for a seed the
 * TensorFlow.js, scratch and fast networks begin identical. Loads no TensorFlow.js.
 *
 * @module
 */
import { createRandom, uniformArray } from "../data/random.ts";
import { checkLayers, checkSeed } from "../training/recipe.ts";

/**
 * The initial parameters of a network, as plain arrays in the order of
 * `Network.getWeights()`: every weight and bias drawn uniformly from
 * [−1/√inputs, 1/√inputs], as PyTorch's `nn.Linear` does. Every engine starts from these.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { initialWeights } from "./init.ts";
 * const [W, b] = initialWeights([4, 2], 0);
 * assert.equal(W.length, 8);
 * assert.ok([...W, ...b].every((w) => Math.abs(w) <= 1 / 2));
 * ```
 */
export function initialWeights(sizes: readonly number[], seed = 0): Float32Array[] {
  checkLayers(sizes);
  const random = createRandom(checkSeed(seed));
  const arrays: Float32Array[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const [inputs, outputs] = [sizes[i - 1], sizes[i]];
    const bound = 1 / Math.sqrt(inputs);
    arrays.push(uniformArray(outputs * inputs, -bound, bound, random));
    arrays.push(uniformArray(outputs, -bound, bound, random));
  }
  return arrays;
}
