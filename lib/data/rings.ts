/**
 * A small two-dimensional problem that no straight line can solve: points on two concentric
 * rings, labelled by their ring.
 *
 * @module
 */
import type { Batch } from "./batches.ts";
import { createRandom } from "./random.ts";

/** Labelled points in the plane: `x` holds (x, y) pairs, one point after another. */
export type PointSet = Batch;

/**
 * `count` points: half on a ring of radius 1 (label 0), half on a ring of radius 2.2 (label 1),
 * each pushed by seeded noise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { makeRings } from "./rings.ts";
 * const rings = makeRings(100, 1);
 * assert.ok(rings.size === 100 && rings.x.length === 200);
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
