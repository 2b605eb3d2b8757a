import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { createEngine } from "../lib/engines/create.ts";
import { TfjsEngine } from "../lib/engines/tfjs.ts";
import { createNetwork } from "../lib/network/network.ts";
import { evaluate, predict } from "../lib/network/predict.ts";
import { type EngineName, ENGINES } from "../lib/training/engine.ts";
import { DivergedError, train } from "../lib/training/loop.ts";

await useBackend("wasm");
const { train: trainSet, test: testSet } = await loadDataset();
const small = takeFirst(trainSet, 3000), check = takeFirst(testSet, 1000);
const options = { backend: "wasm", threads: 2 };

Deno.test("every engine starts from the same weights for a seed", async () => {
  const weights = [];
  for (const name of ENGINES) {
    const engine = await createEngine(name, { ...options, seed: 11 });
    weights.push(await engine.weights());
    engine.dispose();
  }
  assert.deepEqual(weights[1], weights[0]);
  assert.deepEqual(weights[2], weights[0]);
});

Deno.test("every engine learns the recipe on 3,000 images to well above chance, alike", async () => {
  const accuracy: Record<string, number[]> = {};
  for (const name of ENGINES) {
    const engine = await createEngine(name, { ...options, seed: 0, maxBatch: 32 });
    const epochs = await train(engine, small, { epochs: 2, batchSize: 32, evaluateOn: check });
    assert.ok(epochs[1].meanLoss < epochs[0].meanLoss, name);
    accuracy[name] = epochs.map((e) => e.accuracy!);
    assert.equal((await engine.evaluate(check)).accuracy, epochs[1].accuracy, `${name}: evaluate`);
    engine.dispose();
  }
  for (const name of ENGINES) {
    assert.ok(accuracy[name][1] > 0.8, `${name}: ${accuracy[name]}`);
    // The same mathematics on the same batches: only float rounding tells them apart.
    assert.ok(Math.abs(accuracy[name][1] - accuracy.scratch[1]) < 0.02, `${name} vs scratch`);
  }
});

Deno.test("training is deterministic: same seed, same weights and accuracy", async () => {
  for (const name of ["tfjs", "fast"] as EngineName[]) {
    const run = async (seed: number) => {
      const engine = await createEngine(name, { ...options, seed });
      const [result] = await train(engine, takeFirst(trainSet, 600), {
        epochs: 1,
        seed,
        evaluateOn: takeFirst(testSet, 500),
      });
      const weights = await engine.weights();
      engine.dispose();
      return { weights, accuracy: result.accuracy };
    };
    const [a, b, c] = [await run(5), await run(5), await run(6)];
    assert.deepEqual(a, b, name);
    assert.notDeepEqual(a.weights, c.weights, name);
  }
});

Deno.test("readLoss() is the mean loss of the steps since the last reading", async () => {
  for (const name of ENGINES) {
    const engine = await createEngine(name, { ...options, layers: [784, 16, 10], seed: 1 });
    assert.ok(Number.isNaN(await engine.readLoss()), `${name}: no steps yet`);
    const batches = [0, 1, 2].map((i) => ({
      x: Float32Array.from(
        trainSet.images.subarray(i * 15 * 784, (i + 1) * 15 * 784),
        (v) => v / 255,
      ),
      labels: trainSet.labels.slice(i * 15, (i + 1) * 15),
      size: 15,
    }));
    engine.step(batches[0]);
    const first = await engine.readLoss();
    engine.step(batches[1]);
    engine.step(batches[2]);
    const mean = await engine.readLoss();
    assert.ok(Math.abs(first - Math.log(10)) < 0.3, `${name}: first loss ${first}`);
    assert.ok(mean > 0 && mean < first + 0.5, `${name}: ${mean}`);
    engine.dispose();
  }
});

Deno.test("the TensorFlow.js engine leaks no tensor, and trains a network it was given", async () => {
  const before = tf.memory().numTensors;
  const engine = await TfjsEngine.create({ backend: "wasm", seed: 0 });
  await train(engine, takeFirst(trainSet, 1500), { epochs: 1, reportEvery: 7 });
  engine.dispose();
  assert.equal(tf.memory().numTensors, before);

  const network = createNetwork({ seed: 3 });
  const wrapped = new TfjsEngine(network, { optimizer: "sgd", learningRate: 0.1 });
  const epochs = await train(wrapped, small, { epochs: 2, evaluateOn: check });
  assert.ok(epochs[1].accuracy! > 0.6, `SGD accuracy ${epochs[1].accuracy}`);
  wrapped.dispose();
  assert.equal((await evaluate(network, check)).accuracy, epochs[1].accuracy, "still usable");
  network.dispose();
  assert.equal(tf.memory().numTensors, before);
});

Deno.test("evaluate() and predict() count correctly and free their tensors", async () => {
  const network = createNetwork({ seed: 4 });
  const before = tf.memory().numTensors;
  const part = takeFirst(testSet, 2600); // more than one chunk of 2,500
  const { labels, probabilities } = await predict(network, part);
  const { accuracy, correct, count } = await evaluate(network, part);
  assert.equal(tf.memory().numTensors, before);
  assert.equal(count, 2600);
  assert.equal(correct, labels.filter((l, i) => l === part.labels[i]).length);
  assert.equal(accuracy, correct / 2600);
  for (const i of [0, 1234, 2599]) {
    const row = probabilities.subarray(i * 10, i * 10 + 10);
    assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-5);
    assert.equal(labels[i], row.indexOf(Math.max(...row)));
  }
  const slice = await predict(network, testSet, 2490, 20);
  assert.deepEqual(slice.labels, labels.subarray(2490, 2510));
  network.dispose();
});

Deno.test("train() reports progress, follows a schedule and reads the injected clock", async () => {
  const engine = await createEngine("scratch", { layers: [784, 8, 10], seed: 0 });
  const reports: { epoch: number; step: number; learningRate: number; seconds: number }[] = [];
  let now = 0;
  const epochs = await train(engine, takeFirst(trainSet, 300), {
    epochs: 2,
    batchSize: 10, // 30 steps an epoch
    reportEvery: 12,
    schedule: ({ epoch }) => (epoch === 1 ? 0.01 : 0.001),
    clock: () => (now += 250),
    onProgress: ({ epoch, step, learningRate, seconds }) =>
      void reports.push({ epoch, step, learningRate, seconds }),
  });
  assert.deepEqual(reports.map((r) => [r.epoch, r.step]), [
    [1, 12],
    [1, 24],
    [1, 30],
    [2, 12],
    [2, 24],
    [2, 30],
  ]);
  assert.deepEqual(reports.map((r) => r.learningRate), [0.01, 0.01, 0.01, 0.001, 0.001, 0.001]);
  assert.ok(reports.every((r, i) => i === 0 || r.seconds > reports[i - 1].seconds));
  assert.equal(epochs.length, 2);
  assert.ok(epochs.every((e) => e.seconds > 0 && Number.isFinite(e.meanLoss)));
});

Deno.test("train() stops at the next step when its signal is aborted", async () => {
  const engine = await createEngine("scratch", { layers: [784, 8, 10] });
  const controller = new AbortController();
  let steps = 0;
  await assert.rejects(
    train(engine, takeFirst(trainSet, 3000), {
      batchSize: 10,
      reportEvery: 5,
      signal: controller.signal,
      onProgress: ({ step }) => {
        steps = step;
        if (step === 20) controller.abort(new Error("time is up"));
      },
    }),
    /time is up/,
  );
  assert.equal(steps, 20);
  // A timeout fires too: the loop lets timers run between reports.
  await assert.rejects(
    train(engine, trainSet, { epochs: 50, signal: AbortSignal.timeout(200) }),
    (error: Error) => error.name === "TimeoutError",
  );
});

Deno.test("a loss that stops being a number stops training with DivergedError", async () => {
  for (const name of ["tfjs", "fast"] as EngineName[]) {
    const engine = await createEngine(name, { ...options, learningRate: 1e9 });
    await assert.rejects(
      train(engine, takeFirst(trainSet, 3000), { epochs: 1, reportEvery: 10 }),
      (error: Error) => {
        assert.ok(error instanceof DivergedError, `${name}: ${error}`);
        assert.match(error.message, /Training diverged: the loss became (NaN|Infinity)/);
        assert.match(error.message, /learning rate \(1000000000\) is probably too large/);
        return true;
      },
    );
    engine.dispose();
  }
});

Deno.test("train() rejects a bad recipe, labels the network cannot give, an empty set", async () => {
  const engine = await createEngine("scratch", { layers: [784, 10] });
  const set = takeFirst(trainSet, 20);
  const cases: [object, RegExp][] = [
    [{ epochs: 0 }, /epochs must be a whole number of at least 1, got 0/],
    [{ batchSize: 2.5 }, /batch size must be a whole number from 1 to 20, got 2.5/],
    [{ batchSize: 21 }, /batch size must be a whole number from 1 to 20, got 21/],
    [{ seed: -1 }, /seed must be a whole number from 0 to 4,294,967,295, got -1/],
    [{ seed: 1e300 }, /seed must be a whole number/],
  ];
  for (const [bad, message] of cases) await assert.rejects(train(engine, set, bad), message);
  const threeClasses = await createEngine("scratch", { layers: [784, 3] });
  await assert.rejects(
    train(threeClasses, set),
    /training set has label 9, but a network with only 3 outputs can give labels 0 to 2/,
  );
  await assert.rejects(train(engine, takeFirst(trainSet, 0)), /training set is empty/);
  assert.throws(() => engine.learningRate = -1, /learning rate must be a number above 0/);
});

Deno.test("createEngine() checks its options with clear messages", async () => {
  const cases: [EngineName, object, RegExp][] = [
    ["fast", { threads: Number.NaN }, /threads must be a whole number from 1 to 2, got NaN/],
    ["fast", { layers: [784, 0, 10] }, /Layer sizes must be two or more whole numbers/],
    ["scratch", { layers: [784, 6.5, 10] }, /Layer sizes must be two or more whole numbers/],
    ["tfjs", { layers: [] }, /Layer sizes must be two or more whole numbers/],
    ["scratch", { learningRate: Number.NaN }, /learning rate must be a number above 0, got NaN/],
    ["fast", { learningRate: -0.1 }, /learning rate must be a number above 0, got -0.1/],
    ["tfjs", { backend: "gpu" }, /Unknown backend "gpu"/],
  ];
  for (const [name, bad, message] of cases) {
    await assert.rejects(createEngine(name, bad), message, `${name} ${JSON.stringify(bad)}`);
  }
  await assert.rejects(createEngine("turbo" as EngineName), /Unknown engine "turbo"/);
});

Deno.test("every engine refuses to be used after dispose(), and dispose() twice is harmless", async () => {
  for (const name of ENGINES) {
    const engine = await createEngine(name, { ...options, layers: [784, 8, 10] });
    engine.dispose();
    engine.dispose();
    const batch = { x: new Float32Array(784), labels: new Uint8Array([1]), size: 1 };
    assert.throws(() => engine.step(batch), /has been disposed: create a new one/, name);
    await assert.rejects(engine.readLoss(), /has been disposed/, name);
    await assert.rejects(engine.weights(), /has been disposed/, name);
    await assert.rejects(engine.evaluate(check), /has been disposed/, name);
  }
});

Deno.test("every engine refuses a bad learning rate when it is set, not at the next step", async () => {
  for (const name of ["tfjs", "scratch", "fast"] as const) {
    const engine = await createEngine(name, { threads: 1 });
    try {
      assert.throws(() => engine.learningRate = Number.NaN, /learning rate must be a number/);
      assert.throws(() => engine.learningRate = 0, /learning rate must be a number above 0/);
      engine.learningRate = 0.01;
      assert.equal(engine.learningRate, 0.01, name);
    } finally {
      engine.dispose();
    }
  }
});
