/**
 * A baseline that needs no learning: the average picture of each digit, and a classifier that
 * gives each image the label of the average it is closest to. Whatever a network scores must be
 * compared with this, to know what the learning bought.
 *
 * @module
 */
import type { ImageSet } from "./dataset.ts";

/**
 * The average image of each class: for each label, the mean of every pixel over the images with
 * that label (values 0 … 255, `rows × cols` each).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { averageDigits } from "./average_digits.ts";
 * const set = { images: new Uint8Array([0, 100, 200, 0, 50, 50]), labels: new Uint8Array([1, 1, 0]),
 *   count: 3, rows: 1, cols: 2 };
 * assert.deepEqual(averageDigits(set, 2).map((a) => [...a]), [[50, 50], [100, 50]]);
 * ```
 */
export function averageDigits(set: ImageSet, classes = 10): Float32Array[] {
  const pixels = set.rows * set.cols;
  const sums = Array.from({ length: classes }, () => new Float64Array(pixels));
  const counts = new Array(classes).fill(0);
  for (let i = 0; i < set.count; i++) {
    const sum = sums[set.labels[i]], offset = i * pixels;
    counts[set.labels[i]]++;
    for (let p = 0; p < pixels; p++) sum[p] += set.images[offset + p];
  }
  return sums.map((sum, label) =>
    Float32Array.from(sum, (v) => (counts[label] ? v / counts[label] : 0))
  );
}

/**
 * For each image of a set, the label of the closest average (the smallest sum of squared pixel
 * differences).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { nearestAverage } from "./average_digits.ts";
 * const averages = [Float32Array.of(0, 0), Float32Array.of(255, 255)];
 * const set = { images: new Uint8Array([250, 200, 10, 0]), labels: new Uint8Array([1, 0]),
 *   count: 2, rows: 1, cols: 2 };
 * assert.deepEqual([...nearestAverage(averages, set)], [1, 0]);
 * ```
 */
export function nearestAverage(averages: readonly Float32Array[], set: ImageSet): Uint8Array {
  const pixels = set.rows * set.cols;
  const labels = new Uint8Array(set.count);
  for (let i = 0; i < set.count; i++) {
    const offset = i * pixels;
    let best = 0, bestDistance = Infinity;
    averages.forEach((average, label) => {
      let distance = 0;
      for (let p = 0; p < pixels; p++) {
        const d = set.images[offset + p] - average[p];
        distance += d * d;
      }
      if (distance < bestDistance) [best, bestDistance] = [label, distance];
    });
    labels[i] = best;
  }
  return labels;
}
