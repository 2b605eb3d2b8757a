import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { makeRings } from "../lib/data/rings.ts";
import { trainOnPoints } from "../lib/network/points.ts";

await useBackend("wasm");

Deno.test("makeRings() puts label 0 near radius 1 and label 1 near radius 2.2, seeded", () => {
  const rings = makeRings(200, 7);
  for (let i = 0; i < rings.size; i++) {
    const r = Math.hypot(rings.x[2 * i], rings.x[2 * i + 1]);
    const centre = rings.labels[i] ? 2.2 : 1;
    assert.ok(Math.abs(r - centre) <= 0.25 + 1e-6, `point ${i} at radius ${r}`);
  }
  assert.deepEqual(makeRings(20, 7), makeRings(20, 7));
  assert.notDeepEqual(makeRings(20, 7).x, makeRings(20, 8).x);
});

Deno.test("a ReLU network separates the rings and a linear model cannot", async () => {
  const before = tf.memory().numTensors;
  const rings = makeRings(400, 0);
  const linear = await trainOnPoints([2, 2], rings);
  const relu = await trainOnPoints([2, 16, 16, 2], rings);
  assert.ok(linear.accuracy < 0.7, `linear ${linear.accuracy}`);
  assert.ok(relu.accuracy > 0.97, `relu ${relu.accuracy}`);
  linear.network.dispose();
  relu.network.dispose();
  assert.equal(tf.memory().numTensors, before);
});
