import assert from "node:assert/strict";
import { createRandom, shuffledIndices, uniformArray } from "../lib/data/random.ts";

Deno.test("createRandom() gives the same sequence for the same seed, another for another", () => {
  const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
  assert.deepEqual(draw(3), draw(3));
  assert.notDeepEqual(draw(3), draw(4));
  assert.ok(draw(9).every((v) => v >= 0 && v < 1));
  assert.throws(() => createRandom(NaN), /Seed must be a finite number/);
});

Deno.test("createRandom() is close to uniform", () => {
  const random = createRandom(11);
  const buckets = new Array(10).fill(0);
  for (let i = 0; i < 100000; i++) buckets[Math.floor(random() * 10)]++;
  assert.ok(buckets.every((b) => Math.abs(b - 10000) < 500), `buckets ${buckets}`);
});

Deno.test("shuffledIndices() is a permutation that depends on the seed", () => {
  const a = shuffledIndices(1000, createRandom(1));
  assert.deepEqual([...a].sort((x, y) => x - y), Array.from({ length: 1000 }, (_, i) => i));
  assert.deepEqual(a, shuffledIndices(1000, createRandom(1)));
  assert.notDeepEqual(a, shuffledIndices(1000, createRandom(2)));
});

Deno.test("uniformArray() stays inside its bounds", () => {
  const values = uniformArray(10000, -0.5, 0.25, createRandom(5));
  assert.ok(values.every((v) => v >= -0.5 && v < 0.25));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  assert.ok(Math.abs(mean - -0.125) < 0.01, `mean ${mean}`);
});
