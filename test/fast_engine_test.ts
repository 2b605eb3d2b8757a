import assert from "node:assert/strict";
import { loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { FastEngine } from "../lib/engines/fast.ts";
import { ScratchEngine } from "../lib/engines/scratch.ts";
import { layerViews, share } from "../lib/engines/_fast_thread.ts";
import {
  denseBackwardFast,
  denseForwardFast,
  KernelWorkspace,
} from "../lib/engines/_fast_kernels.ts";
import { denseBackward, denseForward } from "../lib/network/scratch.ts";
import { train } from "../lib/training/loop.ts";
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
  const work = new KernelWorkspace(); // one workspace for every size: it grows as needed
  // Inputs without zeros, half zeros (as after ReLU) and mostly zeros (as MNIST's pixels).
  for (const zeros of [0, 0.5, 0.85]) {
    for (const n of [1, 3, 4, 7, 15]) {
      const [inputs, outputs] = [37, 9];
      const A = randomArray(n * inputs, 1, zeros),
        W = randomArray(outputs * inputs, 2),
        b = randomArray(outputs, 3);
      const [Z1, Z2] = [new Float32Array(n * outputs), new Float32Array(n * outputs)];
      denseForward(A, n, W, b, Z1);
      denseForwardFast(A, n, W, b, Z2, work);
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
      denseBackwardFast(A, n, W, dZ, fast.dW, fast.db, fast.dA, work);
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
  const reference = ScratchEngine.create({ seed: 0 });
  const [plain] = await train(reference, small, { epochs: 1, evaluateOn: check });
  const expected = await reference.weights();
  for (const threads of [1, 2]) {
    const engine = await FastEngine.create({ threads, seed: 0 });
    assert.equal(engine.threads, threads);
    assert.equal(engine.description, `fast, ${threads} thread${threads > 1 ? "s" : ""}`);
    const [epoch] = await train(engine, small, { epochs: 1, evaluateOn: check });
    assert.ok(Math.abs(epoch.meanLoss - plain.meanLoss) < 1e-4, `${threads} threads`);
    assert.ok(Math.abs(epoch.accuracy! - plain.accuracy!) <= 0.004);
    const weights = await engine.weights();
    const maxDiff = Math.max(
      ...weights.map((w, i) => Math.max(...Array.from(w, (v, j) => Math.abs(v - expected[i][j])))),
    );
    assert.ok(maxDiff < 1e-3, `weights differ by ${maxDiff}`);
    engine.dispose();
  }
});

Deno.test("two threads split layers of odd sizes and compute what one thread computes", async () => {
  const layers = [784, 9, 5, 3];
  const run = async (threads: number) => {
    const engine = await FastEngine.create({ layers, seed: 2, maxBatch: 7, threads });
    const losses = [];
    for (let start = 0; start < 140; start += 7) {
      const x = small.images.subarray(start * 784, (start + 7) * 784);
      engine.step({
        x: Float32Array.from(x, (v) => v / 255),
        labels: small.labels.subarray(start, start + 7).map((l) => l % 3),
        size: 7,
      });
      losses.push(await engine.readLoss());
    }
    const weights = await engine.weights();
    engine.dispose();
    return { losses, weights };
  };
  const [one, two] = [await run(1), await run(2)];
  assert.ok(one.losses.every((loss, i) => Math.abs(loss - two.losses[i]) < 1e-5), "losses");
  assert.ok(one.losses.at(-1)! < one.losses[0], "it learns");
  for (const [i, w] of one.weights.entries()) {
    assert.ok(close(w, two.weights[i], 1e-5), `parameter array ${i}`);
  }
});

Deno.test("the fast engine refuses a batch larger than it was made for", async () => {
  const engine = await FastEngine.create({ layers: [784, 8, 10], maxBatch: 4, threads: 2 });
  assert.throws(
    () => engine.step({ x: new Float32Array(5 * 784), labels: new Uint8Array(5), size: 5 }),
    /A batch of 5 is larger than this engine's maxBatch \(4\)/,
  );
  engine.step({
    x: new Float32Array(4 * 784).fill(0.5),
    labels: new Uint8Array([1, 2, 3, 4]),
    size: 4,
  });
  assert.ok(Number.isFinite(await engine.readLoss()));
  engine.dispose();
});

/** Runs `action` and fails the test if it takes longer than `seconds` (a hang, not slowness). */
async function within<T>(seconds: number, action: () => Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([action(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const batchOfSix = {
  x: Float32Array.from(small.images.subarray(0, 6 * 784), (v) => v / 255),
  labels: small.labels.slice(0, 6),
  size: 6,
};

Deno.test("a worker that fails mid-training reaches the caller as an error, at once", async () => {
  await within(5, async () => {
    const engine = await FastEngine.create({ layers: [784, 8, 10], threads: 2, failAtStep: 3 });
    engine.step(batchOfSix);
    engine.step(batchOfSix);
    const started = performance.now();
    assert.throws(() => {
      engine.step(batchOfSix); // the worker throws during this step
      engine.step(batchOfSix); // or this thread notices at the next meeting
    }, /The fast engine's worker failed: failing at step 3/);
    assert.ok(performance.now() - started < 1000, "within a second");
    // From now on the engine says why it cannot go on, and cleans up without waiting.
    assert.throws(
      () => engine.step(batchOfSix),
      /failing at step 3, as the test asked \(the engine cannot go on: create a new one\)/,
    );
    await assert.rejects(engine.weights(), /failing at step 3/);
    engine.dispose();
    engine.dispose();
  });
});

Deno.test("a worker that fails as it starts rejects create(), and the process goes on", async () => {
  await within(5, async () => {
    await assert.rejects(
      FastEngine.create({ layers: [784, 8, 10], threads: 2, failAtStep: 0 }),
      /The fast engine's worker failed: failing as it starts/,
    );
  });
  // Had the worker's error escaped, this process would have ended with "Unhandled error in
  // child worker" before reaching this line.
  const engine = await FastEngine.create({ layers: [784, 8, 10], threads: 2 });
  engine.step(batchOfSix);
  engine.dispose();
});

Deno.test("disposing the fast engine stops its worker without waiting", async () => {
  await within(5, async () => {
    const engine = await FastEngine.create({ threads: 2 });
    engine.step(batchOfSix);
    engine.dispose();
    engine.dispose();
    assert.throws(() => engine.step(batchOfSix), /The fast engine has been disposed/);
    assert.throws(() => engine.network, /has been disposed/);
    await assert.rejects(engine.readLoss(), /has been disposed/);
    await assert.rejects(engine.predict(check), /has been disposed/);
  });
});
