/**
 * TensorFlow.js on WebGPU: the same numbers as on wasm, no leaked tensor, no synchronous read on
 * the training and evaluation path, weights that load on wasm, and a clear error without an
 * adapter. Needs a WebGPU adapter (on Debian, Mesa's software one: `mesa-vulkan-drivers`);
 * without one the tests are skipped with a warning, except under CI, where they are required.
 */
import assert from "node:assert/strict";
import { describeBackend, gpuAdapter, tf, useBackend } from "../lib/network/backend.ts";
import { batchOf } from "../lib/data/batches.ts";
import { type ImageSet, loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { TfjsEngine } from "../lib/engines/tfjs.ts";
import { createOptimizer, trainStep } from "../lib/network/learn.ts";
import { nllLoss, oneHot } from "../lib/network/loss.ts";
import { createNetwork } from "../lib/network/network.ts";
import { predict } from "../lib/network/predict.ts";
import { loadWeights, saveWeights } from "../lib/network/weights.ts";
import { train } from "../lib/training/loop.ts";
import { idxBytes, runDeno } from "./_helpers.ts";

await useBackend("wasm");
const { train: trainSet, test: testSet } = await loadDataset();

// Without an adapter the tests are skipped with a message; under CI they are required.
const adapterMissing = await useBackend("webgpu").then(() => null, (error: Error) => error.message);
if (adapterMissing) {
  if (Deno.env.get("CI")) throw new Error(`CI must run the WebGPU tests, but: ${adapterMissing}`);
  console.warn(`%cSkipping the WebGPU tests: ${adapterMissing}`, "color: orange");
}
await useBackend("wasm");
const ignore = adapterMissing !== null;

/** Largest absolute difference between two arrays of the same length. */
function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
  return max;
}

/** What one backend computes for the course's network on three batches of 15 MNIST images. */
interface Figures {
  logProbs: Float32Array;
  loss: number;
  gradients: Float32Array[];
  afterAdam: Float32Array[];
  tensorsLeft: number;
}

const batches = [0, 1, 2].map((i) => batchOf(trainSet, 1000 + 15 * i, 15));

/** The forward pass, the loss and its gradients on the first batch, then 3 Adam steps. */
async function figures(backend: string): Promise<Figures> {
  await useBackend(backend);
  const before = tf.memory().numTensors;
  const network = createNetwork({ seed: 7 });
  const [x, targets] = tf.tidy(() => [
    tf.tensor2d(batches[0].x, [15, 784]),
    tf.tensor2d(oneHot(batches[0].labels, 10), [15, 10]),
  ]);
  const logProbsTensor = network.forward(x as tf.Tensor2D);
  const { value, grads } = tf.variableGrads(
    () => nllLoss(network.forward(x as tf.Tensor2D), targets as tf.Tensor2D),
    network.variables,
  );
  // Every read asynchronous: dataSync() throws on webgpu.
  const logProbs = (await logProbsTensor.data()) as Float32Array;
  const loss = (await value.data())[0];
  const gradients = await Promise.all(
    network.variables.map(async (v) => (await grads[v.name].data()) as Float32Array),
  );
  tf.dispose([x, targets, logProbsTensor, value, ...Object.values(grads)]);
  const optimizer = createOptimizer("adam", 0.001);
  const losses = batches.map((batch) => trainStep(network, optimizer, batch));
  await Promise.all(losses.map((l) => l.data()));
  tf.dispose(losses);
  const afterAdam = await network.getWeights();
  optimizer.dispose();
  network.dispose();
  return { logProbs, loss, gradients, afterAdam, tensorsLeft: tf.memory().numTensors - before };
}

Deno.test({
  name: "useBackend('webgpu') starts the webgpu backend and says which adapter it runs on",
  ignore,
  async fn() {
    assert.equal(await useBackend("webgpu"), "webgpu");
    assert.equal(tf.getBackend(), "webgpu");
    const adapter = gpuAdapter();
    assert.ok(adapter, "gpuAdapter() on webgpu");
    assert.ok(adapter.description.length > 0, "a description");
    assert.equal(typeof adapter.isFallbackAdapter, "boolean");
    assert.equal(typeof adapter.vendor, "string");
    assert.equal(
      describeBackend(),
      `webgpu on ${adapter.description}${adapter.isFallbackAdapter ? ", software" : ""}`,
    );
    const engine = await TfjsEngine.create({ backend: "webgpu", layers: [784, 8, 10] });
    assert.equal(engine.description, `TensorFlow.js on ${describeBackend()}`);
    engine.dispose();
    await useBackend("wasm");
    assert.equal(gpuAdapter(), null);
    assert.equal(describeBackend(), "wasm");
  },
});

Deno.test({
  name: "on webgpu the forward pass, the loss, the gradients and 3 Adam steps agree with wasm",
  ignore,
  async fn() {
    const wasm = await figures("wasm");
    const gpu = await figures("webgpu");
    await useBackend("wasm");
    // Measured on Mesa's lavapipe: log-probabilities 2e-7 apart, loss 0, gradients 7e-9, weights
    // after the 3 steps 8e-7 (float32 sums in another order).
    assert.ok(maxDiff(wasm.logProbs, gpu.logProbs) < 1e-5, "log-probabilities");
    assert.ok(Math.abs(wasm.loss - gpu.loss) < 1e-5, `loss ${wasm.loss} vs ${gpu.loss}`);
    assert.ok(wasm.loss > 2 && wasm.loss < 2.6, `an untrained network's loss: ${wasm.loss}`);
    assert.equal(gpu.gradients.length, 8);
    gpu.gradients.forEach((g, i) => {
      assert.ok(g.some((v) => v !== 0), `gradient ${i} is not all zeros`);
      assert.ok(maxDiff(wasm.gradients[i], g) < 1e-6, `gradient ${i}`);
    });
    gpu.afterAdam.forEach((w, i) => {
      assert.ok(maxDiff(wasm.afterAdam[i], w) < 1e-5, `weights ${i} after 3 Adam steps`);
    });
    // The steps moved the weights by much more than the tolerance (Adam's first steps move
    // every weight by about the learning rate).
    const start = createNetwork({ seed: 7 });
    const initial = await start.getWeights();
    start.dispose();
    assert.ok(maxDiff(initial[0], gpu.afterAdam[0]) > 1e-3, "Adam moved the weights");
    assert.deepEqual([wasm.tensorsLeft, gpu.tensorsLeft], [0, 0], "tensors left");
  },
});

Deno.test({
  name: "a network trained on webgpu by the training loop gives the same predictions on wasm",
  ignore,
  async fn() {
    await useBackend("webgpu");
    // A synchronous read of a large tensor throws on webgpu (small ones are answered from the
    // CPU): the training and evaluation below would fail on any such read.
    const large = tf.tidy(() => tf.matMul(tf.ones([2500, 784]), tf.ones([784, 10])));
    const warn = console.warn; // TensorFlow.js's advice to read asynchronously: expected here
    console.warn = () => {};
    try {
      assert.throws(() => large.dataSync(), /clearRect/);
    } finally {
      console.warn = warn;
    }
    large.dispose();

    const before = tf.memory().numTensors;
    const engine = await TfjsEngine.create({ backend: "webgpu", seed: 2 });
    const reports: number[] = [];
    const evaluateOn = takeFirst(testSet, 1000);
    // 200 steps of 15 images: losses read every 50 steps, accuracy measured after the epoch.
    const [epoch] = await train(engine, takeFirst(trainSet, 3000), {
      epochs: 1,
      evaluateOn,
      reportEvery: 50,
      onProgress: ({ loss }) => void reports.push(loss),
    });
    assert.equal(reports.length, 4);
    assert.ok(reports.every((loss) => loss > 0 && loss < 2.5), `losses ${reports}`);
    assert.ok(reports[3] < reports[0], `the loss falls: ${reports}`);
    assert.ok(epoch.accuracy! > 0.75, `accuracy ${epoch.accuracy}`);
    const onGpu = await predict(engine.network, evaluateOn);
    assert.equal(
      onGpu.labels.filter((label, i) => label === evaluateOn.labels[i]).length / 1000,
      epoch.accuracy,
    );
    const path = await Deno.makeTempFile({ suffix: ".weights.json" });
    await saveWeights(engine.network, path, { backend: "webgpu" });
    const trained = await engine.weights();
    engine.dispose();
    assert.equal(tf.memory().numTensors, before, "tensors left on webgpu");

    await useBackend("wasm");
    const { network, metadata } = await loadWeights(path);
    assert.equal(metadata.backend, "webgpu");
    assert.deepEqual(await network.getWeights(), trained);
    const onWasm = await predict(network, evaluateOn);
    network.dispose();
    assert.deepEqual(onWasm.labels, onGpu.labels);
    assert.ok(maxDiff(onWasm.probabilities, onGpu.probabilities) < 1e-5, "probabilities");
    await Deno.remove(path);
  },
});

/** Writes the first `train` and `test` images of MNIST as a folder of IDX files. */
async function writeMnistPart(train: number, test: number): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "mnist-part-" });
  const parts: [string, ImageSet][] = [
    ["train", takeFirst(trainSet, train)],
    ["t10k", takeFirst(testSet, test)],
  ];
  for (const [prefix, set] of parts) {
    await Deno.writeFile(
      `${dir}/${prefix}-images-idx3-ubyte`,
      idxBytes([set.count, set.rows, set.cols], set.images),
    );
    await Deno.writeFile(`${dir}/${prefix}-labels-idx1-ubyte`, idxBytes([set.count], set.labels));
  }
  return dir;
}

Deno.test({
  name: "deno task train --backend webgpu trains and names the adapter",
  ignore,
  async fn() {
    const dataset = await writeMnistPart(600, 200);
    const out = await Deno.makeTempDir();
    const { code, stdout, stderr } = await runDeno(
      ["run", "-A", "cli/train.ts", "--backend", "webgpu", "--dataset", dataset, "--epochs", "1"]
        .concat(["--out", out]),
    );
    assert.equal(code, 0, stderr);
    assert.match(
      stdout,
      /600 training and 200 test images; engine tfjs \(TensorFlow\.js on webgpu on .+\)\n/,
    );
    assert.match(stdout, /Epoch 1: test accuracy 0\.\d{4}, mean loss \d\.\d{4}/);
    assert.doesNotMatch(stderr, /XDG_RUNTIME_DIR/);
    await Deno.remove(dataset, { recursive: true });
    await Deno.remove(out, { recursive: true });
  },
});

Deno.test("without a WebGPU adapter, useBackend('webgpu') says what to install", async () => {
  const backend = new URL("../lib/network/backend.ts", import.meta.url).href;
  const config = new URL("../deno.json", import.meta.url).pathname;
  const { code, stdout, stderr } = await runDeno([
    "eval",
    "--config",
    config,
    `import { useBackend } from "${backend}";
     await useBackend("webgpu").then(() => console.log("started"), (e) => console.log(e.message));`,
  ], {
    // No Vulkan driver listed, and no other kind of driver allowed: no adapter.
    VK_ICD_FILENAMES: "/nonexistent.json",
    DENO_WEBGPU_BACKEND: "vulkan",
  });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^No WebGPU adapter: Deno found no GPU driver/);
  assert.match(stdout, /sudo apt-get install mesa-vulkan-drivers/);
  assert.match(stdout, /--backend wasm/);
});
