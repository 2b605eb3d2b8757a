import assert from "node:assert/strict";
import { batchesPerEpoch, batchOf, shuffledBatches } from "../lib/data/batches.ts";
import type { ImageSet } from "../lib/data/dataset.ts";
import { createRandom } from "../lib/data/random.ts";

/** Image i has every pixel equal to i, and label i % 10. */
function numberedSet(count: number): ImageSet {
  const images = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) images.fill(i, i * 4, i * 4 + 4);
  return {
    images,
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
    count,
    rows: 2,
    cols: 2,
  };
}

Deno.test("shuffledBatches() visits every image once, with its own label", () => {
  const set = numberedSet(103);
  const seen: number[] = [];
  for (const batch of shuffledBatches(set, 15, createRandom(1))) {
    for (let j = 0; j < batch.size; j++) {
      const image = Math.round(batch.x[j * 4] * 255);
      assert.equal(batch.labels[j], image % 10);
      seen.push(image);
    }
  }
  assert.deepEqual(seen.sort((a, b) => a - b), Array.from({ length: 103 }, (_, i) => i));
});

Deno.test("shuffledBatches() gives the same batches for the same seed and others for another", () => {
  const set = numberedSet(50);
  const order = (seed: number) =>
    [...shuffledBatches(set, 7, createRandom(seed))].flatMap((b) => [...b.labels]);
  assert.deepEqual(order(4), order(4));
  assert.notDeepEqual(order(4), order(5));
  const sizes = [...shuffledBatches(set, 7, createRandom(0))].map((b) => b.size);
  assert.deepEqual(sizes, [7, 7, 7, 7, 7, 7, 7, 1]);
  assert.equal(batchesPerEpoch(60000, 15), 4000);
  assert.equal(batchesPerEpoch(50, 7), 8);
});

Deno.test("shuffledBatches({ reuse: true }) gives the same batches in one pair of arrays", () => {
  const set = numberedSet(50);
  const copies = [...shuffledBatches(set, 7, createRandom(2))]
    .map((b) => [[...b.labels], [...b.x], b.size]);
  const reused: unknown[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for (const b of shuffledBatches(set, 7, createRandom(2), { reuse: true })) {
    reused.push([[...b.labels], [...b.x], b.size]);
    buffers.add(b.x.buffer);
  }
  assert.deepEqual(reused, copies);
  assert.equal(buffers.size, 1);
});

Deno.test("batches scale pixels from 0…255 to 0…1", () => {
  const set: ImageSet = {
    images: new Uint8Array([0, 51, 255, 128]),
    labels: new Uint8Array([1]),
    count: 1,
    rows: 2,
    cols: 2,
  };
  const { x } = batchOf(set, 0, 1);
  assert.deepEqual([...x].map((v) => +v.toFixed(4)), [0, 0.2, 1, 0.502]);
  const [only] = shuffledBatches(set, 15, createRandom(0));
  assert.deepEqual(only.x, x);
});

Deno.test("batchOf() stops at the end of the set", () => {
  const batch = batchOf(numberedSet(10), 8, 5);
  assert.equal(batch.size, 2);
  assert.deepEqual([...batch.labels], [8, 9]);
});

Deno.test("shuffledBatches() rejects a batch size that is not a positive whole number", () => {
  for (const size of [0, -1, 1.5]) {
    assert.throws(
      () => shuffledBatches(numberedSet(3), size, createRandom(0)).next(),
      /Batch size must be/,
    );
  }
});
