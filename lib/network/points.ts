/**
 * Networks on points of the plane (such as the two rings of `data/rings.ts`), for seeing what
 * activation functions buy: training a small network on all the points at once, and the decision
 * regions it draws over the plane.
 *
 * @module
 */
import { tf } from "./backend.ts";
import type { PointSet } from "../data/rings.ts";
import { createOptimizer, trainStep } from "./learn.ts";
import { createNetwork, type Network } from "./network.ts";

/**
 * Trains a network of the given layer sizes (2 inputs, 2 classes) on all the points at once,
 * with Adam, and returns it with its accuracy on those points.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { makeRings } from "../data/rings.ts";
 * import { trainOnPoints } from "./points.ts";
 * await useBackend("cpu");
 * const { network, accuracy } = await trainOnPoints([2, 16, 2], makeRings(200), { steps: 50 });
 * assert.ok(accuracy > 0.4);
 * network.dispose();
 * ```
 */
export async function trainOnPoints(
  layers: number[],
  points: PointSet,
  options: { steps?: number; learningRate?: number; seed?: number } = {},
): Promise<{ network: Network; accuracy: number }> {
  const network = createNetwork({ layers, seed: options.seed ?? 0 });
  const optimizer = createOptimizer("adam", options.learningRate ?? 0.03);
  for (let step = 0; step < (options.steps ?? 400); step++) {
    trainStep(network, optimizer, points).dispose();
  }
  optimizer.dispose();
  const best = tf.tidy(() => tf.argMax(network.logits(tf.tensor2d(points.x, [points.size, 2])), 1));
  const predicted = await best.data();
  best.dispose();
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
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * import { decisionRegions } from "./points.ts";
 * await useBackend("cpu");
 * const network = createNetwork({ layers: [2, 2] });
 * assert.equal((await decisionRegions(network, 3, 10)).length, 100);
 * network.dispose();
 * ```
 */
export async function decisionRegions(
  network: Network,
  extent = 3.2,
  resolution = 60,
): Promise<RegionCell[]> {
  const step = (2 * extent) / resolution;
  const grid = new Float32Array(resolution * resolution * 2);
  for (let row = 0; row < resolution; row++) {
    for (let col = 0; col < resolution; col++) {
      const i = row * resolution + col;
      grid[2 * i] = -extent + (col + 0.5) * step;
      grid[2 * i + 1] = -extent + (row + 0.5) * step;
    }
  }
  const softmax = tf.tidy(() =>
    tf.softmax(network.logits(tf.tensor2d(grid, [resolution * resolution, 2])))
  );
  const probabilities = await softmax.data();
  softmax.dispose();
  return Array.from({ length: resolution * resolution }, (_, i) => ({
    x: grid[2 * i],
    y: grid[2 * i + 1],
    probability: probabilities[2 * i + 1],
  }));
}
