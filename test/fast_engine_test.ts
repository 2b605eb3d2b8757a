import assert from "node:assert/strict";
import { loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { FastTrainer, trainFast } from "../lib/engines/fast.ts";
import { layerViews, share } from "../lib/engines/_fast_thread.ts";
import { denseBackwardFast, denseForwardFast } from "../lib/engines/_fast_kernels.ts";
import { denseBackward, denseForward, ScratchNetwork } from "../lib/network/scratch.ts";
import { trainScratch } from "../lib/engines/scratch.ts";
import { createRandom } from "../lib/data/random.ts";

const { train: trainSet, test: testSet } = await loadDataset();
const small = takeFirst(trainSet, 1500), check = takeFirst(testSet, 500);

const randomArray = (n: number, seed: number, zeros = 0) => {
  const random = createRandom(seed);
  return Float32Array.from({ length: n }, () => (random() < zeros ? 0 : random() * 2 - 1));
};
const close = (a: Float32Array, b: Float32Array, tolerance: number) =>
  a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

Deno.test("the fast dense kernels compute what the plain ones compute, for any batch and input", () => {
  // Inputs without zeros, half zeros (as after ReLU) and mostly zeros (as MNIST's pixels).
  for (const zeros of [0, 0.5, 0.85]) {
    for (const n of [1, 3, 4, 7, 15]) {
      const [inputs, outputs] = [37, 9];
      const A = randomArray(n * inputs, 1, zeros),
        W = randomArray(outputs * inputs, 2),
        b = randomArray(outputs, 3);
      const [Z1, Z2] = [new Float32Array(n * outputs), new Float32Array(n * outputs)];
      denseForward(A, n, W, b, Z1);
      denseForwardFast(A, n, W, b, Z2);
      // The same products added in the same order: the very same numbers.
      assert.deepEqual(Z2, Z1, `forward, n = ${n}, zeros ${zeros}`);
      const dZ = randomArray(n * outputs, 4, 0.5);
      const plain = {
        dW: new Float32Array(W.length),
        db: new Float32Array(outputs),
        dA: new Float32Array(A.length),
      };
      const fast = structuredClone(plain);
      denseBackward(A, n, W, dZ, plain.dW, plain.db, plain.dA);
      denseBackwardFast(A, n, W, dZ, fast.dW, fast.db, fast.dA);
      const where = `n = ${n}, zeros ${zeros}`;
      assert.ok(
        close(plain.dW, fast.dW, 1e-5) && close(plain.db, fast.db, 1e-6),
        `dW, db, ${where}`,
      );
      assert.ok(close(plain.dA, fast.dA, 1e-5), `dA, ${where}`);
    }
  }
});

Deno.test("share() splits rows and parameters between threads without gaps", () => {
  assert.deepEqual([share(15, 2, 0), share(15, 2, 1)], [[0, 8], [8, 15]]);
  assert.deepEqual([share(1, 2, 0), share(1, 2, 1)], [[0, 1], [1, 1]]);
  const views = layerViews(new Float32Array(3 * 2 + 2 + 2 * 1 + 1), [3, 2, 1]);
  assert.deepEqual([views.W.map((w) => w.length), views.b.map((b) => b.length)], [[6, 2], [2, 1]]);
});

Deno.test("the fast engine trains like the plain scratch network, on one thread or two", async () => {
  const reference = ScratchNetwork.create([784, 64, 64, 64, 10], { seed: 0 });
  const [plain] = await trainScratch(reference, small, { epochs: 1, testSet: check });
  for (const threads of [1, 2]) {
    const result = await trainFast(small, { epochs: 1, threads, testSet: check });
    assert.equal(result.threads, threads);
    assert.ok(Math.abs(result.epochs[0].meanLoss - plain.meanLoss) < 1e-4, `${threads} threads`);
    assert.ok(Math.abs(result.epochs[0].testAccuracy! - plain.testAccuracy!) <= 0.004);
    const maxDiff = Math.max(
      ...result.weights.map((w, i) =>
        Math.max(...Array.from(w, (v, j) => Math.abs(v - reference.toArrays()[i][j])))
      ),
    );
    assert.ok(maxDiff < 1e-3, `weights differ by ${maxDiff}`);
  }
});

Deno.test("two threads split layers of odd sizes and compute what one thread computes", async () => {
  const layers = [784, 9, 5, 3];
  const train = async (threads: number) => {
    const trainer = await FastTrainer.create({ layers, seed: 2, maxBatch: 7, threads });
    const losses = [];
    for (let start = 0; start < 140; start += 7) {
      const x = small.images.subarray(start * 784, (start + 7) * 784);
      const batch = {
        x: Float32Array.from(x, (v) => v / 255),
        labels: small.labels.subarray(start, start + 7).map((l) => l % 3),
        size: 7,
      };
      losses.push(trainer.step(batch));
    }
    const weights = trainer.weights();
    trainer.dispose();
    return { losses, weights };
  };
  const [one, two] = [await train(1), await train(2)];
  assert.ok(one.losses.every((loss, i) => Math.abs(loss - two.losses[i]) < 1e-5), "losses");
  assert.ok(one.losses.at(-1)! < one.losses[0], "it learns");
  for (const [i, w] of one.weights.entries()) {
    assert.ok(close(w, two.weights[i], 1e-5), `parameter array ${i}`);
  }
});

Deno.test("the fast engine is deterministic for a seed and thread count", async () => {
  const run = async () =>
    (await trainFast(takeFirst(trainSet, 600), { epochs: 1, threads: 2, seed: 3 })).weights;
  assert.deepEqual(await run(), await run());
});

Deno.test("a FastTrainer refuses a batch larger than it was made for, and stops its worker", async () => {
  const trainer = await FastTrainer.create({ layers: [784, 8, 10], maxBatch: 4, threads: 2 });
  assert.throws(
    () => trainer.step({ x: new Float32Array(5 * 784), labels: new Uint8Array(5), size: 5 }),
    /larger than the trainer's maxBatch/,
  );
  const loss = trainer.step({
    x: new Float32Array(4 * 784).fill(0.5),
    labels: new Uint8Array([1, 2, 3, 4]),
    size: 4,
  });
  assert.ok(Number.isFinite(loss));
  trainer.dispose();
});
