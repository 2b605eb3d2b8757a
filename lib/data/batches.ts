/**
 * Mini-batches: the network learns from a few images at a time, in a new random order each epoch.
 *
 * Batches are plain typed arrays built from views into the dataset's bytes, so nothing the size of
 * the dataset is copied or converted per step.
 *
 * @module
 */
import type { ImageSet } from "./dataset.ts";
import { type Random, shuffledIndices } from "./random.ts";

/** A mini-batch: `size` images as rows of pixels in [0, 1], with their labels. */
export interface Batch {
  /** `size × pixels` numbers, image after image; 0 is background and 1 full ink. */
  x: Float32Array;
  /** The label of each image. */
  labels: Uint8Array;
  /** How many images (the last batch of an epoch may be smaller than the batch size). */
  size: number;
}

const INV_255 = 1 / 255;

/** Copies `length` bytes of `source` from `from` into `target` at `to`, scaled to 0 … 1. */
function scaleInto(
  target: Float32Array,
  to: number,
  source: Uint8Array,
  from: number,
  length: number,
): void {
  for (let i = 0; i < length; i++) target[to + i] = source[from + i] * INV_255;
}

/**
 * The images `start … start + count − 1` of a set as one batch, in order.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { batchOf } from "./batches.ts";
 * const set = { images: new Uint8Array([0, 255, 51, 102]), labels: new Uint8Array([3, 4]),
 *   count: 2, rows: 1, cols: 2 };
 * const { x, labels } = batchOf(set, 1, 1);
 * assert.ok(Math.abs(x[0] - 0.2) < 1e-6 && labels[0] === 4);
 * ```
 */
export function batchOf(set: ImageSet, start: number, count: number): Batch {
  const end = Math.min(start + count, set.count);
  const pixels = set.rows * set.cols;
  const x = new Float32Array((end - start) * pixels);
  scaleInto(x, 0, set.images, start * pixels, (end - start) * pixels);
  return { x, labels: set.labels.slice(start, end), size: end - start };
}

/**
 * One epoch of mini-batches in a shuffled order drawn from `random` (pass the same seeded
 * generator to get the same batches). Every image appears exactly once.
 *
 * With `reuse`, every batch is written into the same arrays, which saves allocating them 4,000
 * times an epoch: a batch is then only valid until the next one is drawn.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { shuffledBatches } from "./batches.ts";
 * import { createRandom } from "./random.ts";
 * const set = { images: new Uint8Array(5 * 4), labels: new Uint8Array([0, 1, 2, 3, 4]),
 *   count: 5, rows: 2, cols: 2 };
 * const sizes = [...shuffledBatches(set, 2, createRandom(0))].map((b) => b.size);
 * assert.ok(sizes.join() === "2,2,1");
 * ```
 */
export function* shuffledBatches(
  set: ImageSet,
  batchSize: number,
  random: Random,
  options: { reuse?: boolean } = {},
): Generator<Batch> {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`Batch size must be a positive whole number, got ${batchSize}`);
  }
  const order = shuffledIndices(set.count, random);
  const pixels = set.rows * set.cols;
  const shared = options.reuse
    ? { x: new Float32Array(batchSize * pixels), labels: new Uint8Array(batchSize) }
    : undefined;
  for (let start = 0; start < set.count; start += batchSize) {
    const size = Math.min(batchSize, set.count - start);
    const x = shared ? shared.x.subarray(0, size * pixels) : new Float32Array(size * pixels);
    const labels = shared ? shared.labels.subarray(0, size) : new Uint8Array(size);
    for (let j = 0; j < size; j++) {
      const index = order[start + j];
      scaleInto(x, j * pixels, set.images, index * pixels, pixels);
      labels[j] = set.labels[index];
    }
    yield { x, labels, size };
  }
}

/**
 * How many batches one epoch of `count` images has at `batchSize` (4,000 for 60,000 at 15): the
 * last, smaller batch counts too.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { batchesPerEpoch } from "./batches.ts";
 * assert.equal(batchesPerEpoch(60000, 15), 4000);
 * assert.equal(batchesPerEpoch(60000, 64), 938);
 * ```
 */
export function batchesPerEpoch(count: number, batchSize: number): number {
  return Math.ceil(count / batchSize);
}
