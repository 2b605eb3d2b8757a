/**
 * A small two-dimensional problem for seeing what activation functions buy: points on two
 * concentric rings, which no straight line can separate, and the decision regions a network
 * draws over the plane.
 *
 * @module
 */
import { tf } from "./backend.ts";
import type { Batch } from "../data/batches.ts";
import { createNetwork, type Network } from "./network.ts";
import { createRandom } from "../data/random.ts";
import { trainStep } from "../engines/tfjs.ts";

/** Labelled points in the plane: `x` holds (x, y) pairs, one point after another. */
export type PointSet = Batch;

/**
 * `count` points: half on a ring of radius 1 (label 0), half on a ring of radius 2.2 (label 1),
 * each pushed by seeded noise.
 *
 * @example
 * ```ts
 * import { makeRings } from "./points.ts";
 * const rings = makeRings(100, 1);
 * console.assert(rings.size === 100 && rings.x.length === 200);
 * ```
 */
export function makeRings(count: number, seed = 0, noise = 0.25): PointSet {
  const random = createRandom(seed);
  const x = new Float32Array(count * 2);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const label = i % 2;
    const angle = random() * 2 * Math.PI;
    const radius = (label ? 2.2 : 1) + (random() - 0.5) * 2 * noise;
    x[2 * i] = radius * Math.cos(angle);
    x[2 * i + 1] = radius * Math.sin(angle);
    labels[i] = label;
  }
  return { x, labels, size: count };
}

/**
 * Trains a network of the given layer sizes (2 inputs, 2 classes) on all the points at once,
 * with Adam, and returns it with its accuracy on those points.
 *
 * @example
 * ```ts
 * import { useBackend } from "./backend.ts";
 * import { makeRings, trainOnPoints } from "./points.ts";
 * await useBackend("cpu");
 * const { network, accuracy } = trainOnPoints([2, 16, 2], makeRings(200), { steps: 50 });
 * console.assert(accuracy > 0.4);
 * network.dispose();
 * ```
 */
export function trainOnPoints(
  layers: number[],
  points: PointSet,
  options: { steps?: number; learningRate?: number; seed?: number } = {},
): { network: Network; accuracy: number } {
  const network = createNetwork({ layers, seed: options.seed ?? 0 });
  const optimizer = tf.train.adam(options.learningRate ?? 0.03);
  for (let step = 0; step < (options.steps ?? 400); step++) trainStep(network, optimizer, points);
  optimizer.dispose();
  const predicted = tf.tidy(() =>
    tf.argMax(network.logits(tf.tensor2d(points.x, [points.size, 2])), 1).dataSync()
  );
  const correct = points.labels.filter((label, i) => label === predicted[i]).length;
  return { network, accuracy: correct / points.size };
}

/** One square of a decision map: its centre and the network's probability of class 1 there. */
export interface RegionCell {
  x: number;
  y: number;
  probability: number;
}

/**
 * The network's probability of class 1 over a grid covering [−extent, extent]².
 *
 * @example
 * ```ts
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * import { decisionRegions } from "./points.ts";
 * await useBackend("cpu");
 * const network = createNetwork({ layers: [2, 2] });
 * console.assert(decisionRegions(network, 3, 10).length === 100);
 * network.dispose();
 * ```
 */
export function decisionRegions(network: Network, extent = 3.2, resolution = 60): RegionCell[] {
  const step = (2 * extent) / resolution;
  const grid = new Float32Array(resolution * resolution * 2);
  for (let row = 0; row < resolution; row++) {
    for (let col = 0; col < resolution; col++) {
      const i = row * resolution + col;
      grid[2 * i] = -extent + (col + 0.5) * step;
      grid[2 * i + 1] = -extent + (row + 0.5) * step;
    }
  }
  const probabilities = tf.tidy(() =>
    tf.softmax(network.logits(tf.tensor2d(grid, [resolution * resolution, 2]))).dataSync()
  );
  return Array.from({ length: resolution * resolution }, (_, i) => ({
    x: grid[2 * i],
    y: grid[2 * i + 1],
    probability: probabilities[2 * i + 1],
  }));
}
