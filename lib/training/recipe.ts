/**
 * The tutorial's recipe, and the checks that every way of training applies to its settings. This
 * module loads no TensorFlow.js: the fast and scratch engines and the command's flags use it.
 *
 * @module
 */
import type { ImageSet } from "../data/dataset.ts";

/** The tutorial's layer sizes: 784 pixels in, three hidden layers of 64, 10 digits out. */
export const TUTORIAL_LAYERS: readonly number[] = [784, 64, 64, 64, 10];

/** The tutorial's recipe: Adam with learning rate 0.001, batches of 15, 2 epochs, seed 0. */
export const TUTORIAL_RECIPE = { epochs: 2, batchSize: 15, learningRate: 0.001, seed: 0 } as const;

/** A setting that cannot be used: a learning rate, a batch size, layer sizes, a set's labels … */
export class SettingError extends RangeError {
  override name = "SettingError";
}

/** The largest seed: seeds are 32-bit unsigned whole numbers. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * Checks that `value` is a whole number from `min` to `max` and returns it; otherwise throws a
 * RangeError that names the setting.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkWhole } from "./recipe.ts";
 * assert.equal(checkWhole("epochs", 2), 2);
 * assert.throws(() => checkWhole("epochs", 1.5), /epochs must be a whole number of at least 1/);
 * ```
 */
export function checkWhole(name: string, value: number, min = 1, max = Infinity): number {
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    const range = max === Infinity
      ? `of at least ${min}`
      : `from ${min} to ${max.toLocaleString("en-US")}`;
    throw new SettingError(`${name} must be a whole number ${range}, got ${value}`);
  }
  return value;
}

/**
 * Checks a learning rate: a finite number above 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkLearningRate } from "./recipe.ts";
 * assert.equal(checkLearningRate(0.001), 0.001);
 * assert.throws(() => checkLearningRate(-1), /learning rate must be a number above 0/);
 * ```
 */
export function checkLearningRate(value: number): number {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new SettingError(`The learning rate must be a number above 0, got ${value}`);
  }
  return value;
}

/**
 * Checks a seed: a whole number from 0 to 2³² − 1, so that every seed gives its own weights and
 * shuffles (larger numbers would silently wrap around onto smaller ones).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSeed } from "./recipe.ts";
 * assert.equal(checkSeed(7), 7);
 * assert.throws(() => checkSeed(1e300), /seed must be a whole number from 0 to 4,294,967,295/);
 * ```
 */
export function checkSeed(value: number): number {
  return checkWhole("The seed", value, 0, MAX_SEED);
}

/**
 * Checks layer sizes: at least an input and an output layer, each a whole number of at least 1.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkLayers } from "./recipe.ts";
 * assert.deepEqual(checkLayers([784, 64, 10]), [784, 64, 10]);
 * assert.throws(() => checkLayers([784, 0, 10]), /Layer sizes must be two or more/);
 * ```
 */
export function checkLayers(sizes: readonly number[]): readonly number[] {
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new SettingError(
      `Layer sizes must be two or more whole numbers of at least 1 (inputs first), got [${sizes}]`,
    );
  }
  return sizes;
}

/**
 * Checks that a set can be learnt by a network of these layer sizes: it has images, each image
 * has as many pixels as the network has inputs, and every label names one of its outputs.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkImageSet } from "./recipe.ts";
 * const set = { images: new Uint8Array(8), labels: new Uint8Array([0, 3]), count: 2, rows: 2, cols: 2 };
 * checkImageSet(set, [4, 5]);
 * assert.throws(() => checkImageSet(set, [4, 3]), /The set has label 3, but a network with only 3 outputs/);
 * ```
 */
export function checkImageSet(set: ImageSet, sizes: readonly number[], what = "The set"): void {
  if (set.count < 1) throw new SettingError(`${what} is empty: there is nothing to learn from`);
  const pixels = set.rows * set.cols;
  if (pixels !== sizes[0]) {
    throw new SettingError(
      `${what} has images of ${set.rows} × ${set.cols} = ${pixels} pixels, but the network ` +
        `reads ${sizes[0]} inputs`,
    );
  }
  const outputs = sizes[sizes.length - 1];
  let largest = 0;
  for (let i = 0; i < set.count; i++) if (set.labels[i] > largest) largest = set.labels[i];
  if (largest >= outputs) {
    throw new SettingError(
      `${what} has label ${largest}, but a network with only ${outputs} outputs can give ` +
        `labels 0 to ${outputs - 1}`,
    );
  }
}
