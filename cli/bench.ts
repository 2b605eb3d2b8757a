/**
 * `deno task bench`: where the time goes, measured on real MNIST.
 *
 * 1. The tutorial's recipe on the default engine (TensorFlow.js, wasm): start-up (importing the
 *    course library and starting the backend), data loading, training speed at batch 15 (seconds
 *    per epoch, steps per second), evaluation of the 10,000 test digits, and, unless `--quick`,
 *    a full 2-epoch training run with its final accuracy; peak memory.
 * 2. A batch-size sweep (15, 32, 64, 128, 256) for every engine that loads here: TensorFlow.js on
 *    wasm and on cpu, the plain-TypeScript network of notebook 08, and TensorFlow.js on node when
 *    `@tensorflow/tfjs-node` is installed. Samples per second, median of several runs.
 * 3. Optionally PyTorch on the same CPU, when `python3 -c "import torch"` works (Debian's
 *    `python3-torch`): the tutorial's own program, timed the same way. Never needed by the course.
 *
 * Prints tables and writes the figures as JSON (`data/bench.json`, or `--out FILE`). `--quick`
 * measures few steps of two batch sizes, for the test suite.
 *
 * @module
 */
import { parseArgs } from "node:util";
import type { BackendName, Batch } from "../lib/mod.ts";

const started = performance.now();
const lib = await import("../lib/mod.ts");
await lib.useBackend("wasm");
const startupSeconds = (performance.now() - started) / 1000;
const { tf } = lib;

const { values } = parseArgs({
  args: Deno.args,
  options: {
    quick: { type: "boolean" },
    out: { type: "string" },
    "no-torch": { type: "boolean" },
  },
});
const quick = values.quick ?? false;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The peak resident memory in MiB (VmHWM on Linux; the current RSS elsewhere). */
function peakRssMiB(): number {
  try {
    const kib = Number(/VmHWM:\s+(\d+) kB/.exec(Deno.readTextFileSync("/proc/self/status"))?.[1]);
    if (kib) return kib / 1024;
  } catch { /* not Linux */ }
  return Deno.memoryUsage().rss / 2 ** 20;
}

let t = performance.now();
const { train, test } = await lib.loadDataset();
const dataLoadSeconds = (performance.now() - t) / 1000;

/** A way to run training steps: TensorFlow.js on some backend, or the scratch network. */
interface Engine {
  name: string;
  /** Prepares a network and optimiser; returns a function that runs one step on a batch. */
  prepare(batchSize: number): Promise<{ step: (batch: Batch) => void; dispose: () => void }>;
}

function tfEngine(backend: BackendName): Engine {
  return {
    name: `tfjs-${backend}`,
    async prepare() {
      await lib.useBackend(backend);
      const network = lib.createNetwork({ seed: 0 });
      const optimizer = tf.train.adam(0.001);
      return {
        step: (batch) => void lib.trainStep(network, optimizer, batch),
        dispose: () => (optimizer.dispose(), network.dispose()),
      };
    },
  };
}

const scratchEngine: Engine = {
  name: "plain TypeScript",
  prepare() {
    const network = lib.ScratchNetwork.create(lib.TUTORIAL_LAYERS, { seed: 0 });
    const optimizer = new lib.ScratchAdam(network.params, 0.001);
    const gradients = lib.zerosLike(network.params);
    return Promise.resolve({
      step: (batch: Batch) => {
        network.lossAndGradients(batch.x, batch.labels, batch.size, gradients);
        optimizer.step(network.params, gradients);
      },
      dispose: () => {},
    });
  },
};

/** Milliseconds per step, the median of `runs` timings of `steps` steps each (after a warm-up). */
async function msPerStep(engine: Engine, batchSize: number, steps: number, runs: number) {
  const { step, dispose } = await engine.prepare(batchSize);
  const batches = lib.shuffledBatches(train, batchSize, lib.createRandom(0));
  const next = () => {
    const result = batches.next();
    if (result.done) throw new Error("Ran out of batches: measure fewer steps");
    return result.value;
  };
  for (let i = 0; i < 10; i++) step(next());
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const prepared = Array.from({ length: steps }, next);
    const start = performance.now();
    for (const batch of prepared) step(batch);
    timings.push((performance.now() - start) / steps);
  }
  dispose();
  return median(timings);
}

// 1. The tutorial's recipe on the default engine.
const recipeSteps = quick ? 100 : 1000;
const defaultEngine = tfEngine("wasm");
const recipeMs = await msPerStep(defaultEngine, 15, recipeSteps, quick ? 1 : 3);
const stepsPerEpoch = lib.batchesPerEpoch(train.count, 15);
await lib.useBackend("wasm");
const evalNetwork = lib.createNetwork({ seed: 0 });
const evaluationSeconds = median([0, 1, 2].map(() => {
  t = performance.now();
  lib.evaluate(evalNetwork, test);
  return (performance.now() - t) / 1000;
}));
let fullRun: { secondsPerEpoch: number[]; finalAccuracy: number } | undefined;
if (!quick) {
  const epochs = await lib.train(evalNetwork, train, { testSet: test });
  fullRun = {
    secondsPerEpoch: epochs.map((e) => e.seconds),
    finalAccuracy: epochs[epochs.length - 1].testAccuracy!,
  };
}
evalNetwork.dispose();

const recipe = {
  engine: defaultEngine.name,
  batchSize: 15,
  msPerStep: recipeMs,
  stepsPerSecond: 1000 / recipeMs,
  secondsPerEpoch: (recipeMs * stepsPerEpoch) / 1000,
  evaluationSeconds,
  ...fullRun,
};

// 2. The sweep.
const engines: Engine[] = [tfEngine("wasm"), scratchEngine];
if (!quick) engines.splice(1, 0, tfEngine("cpu"));
try {
  await lib.useBackend("node");
  engines.push(tfEngine("node"));
} catch { /* tfjs-node is not installed here */ }
const batchSizes = quick ? [15, 128] : [15, 32, 64, 128, 256];
const sweep: {
  engine: string;
  batchSize: number;
  samplesPerSecond: number;
  secondsPerEpoch: number;
}[] = [];
for (const engine of engines) {
  for (const batchSize of batchSizes) {
    // The cpu backend is slow: fewer steps keep the sweep to a few minutes.
    const steps = quick
      ? 20
      : engine.name === "tfjs-cpu"
      ? 30
      : Math.max(50, Math.round(6000 / batchSize));
    const ms = await msPerStep(engine, batchSize, steps, quick ? 1 : 3);
    sweep.push({
      engine: engine.name,
      batchSize,
      samplesPerSecond: Math.round((batchSize * 1000) / ms),
      secondsPerEpoch: (ms * lib.batchesPerEpoch(train.count, batchSize)) / 1000,
    });
  }
}

// 3. PyTorch, when it is installed.
let pytorch: { secondsPerEpoch: number; threads: number; version: string } | "not installed" =
  "not installed";
if (!values["no-torch"] && !quick) {
  const script = new URL("./bench_torch.py", import.meta.url).pathname;
  try {
    const { code, stdout } = await new Deno.Command("/usr/bin/python3", {
      args: [script, lib.mnistDir()],
      stdout: "piped",
      stderr: "null",
    }).output();
    if (code === 0) pytorch = JSON.parse(new TextDecoder().decode(stdout));
  } catch { /* no python3 */ }
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: navigator.hardwareConcurrency, os: Deno.build.os, deno: Deno.version.deno },
  startupSeconds,
  dataLoadSeconds,
  recipe,
  sweep,
  pytorch,
  peakRssMiB: peakRssMiB(),
};

const round = (v: unknown) => (typeof v === "number" ? Number(v.toPrecision(4)) : v);
console.log("The tutorial's recipe (784-64-64-64-10, Adam, batch 15):");
console.table({
  "start-up (s)": round(startupSeconds),
  "data load (s)": round(dataLoadSeconds),
  "ms per step": round(recipe.msPerStep),
  "s per epoch": round(recipe.secondsPerEpoch),
  "evaluation of 10,000 (s)": round(evaluationSeconds),
  ...(fullRun ? { "final accuracy": fullRun.finalAccuracy } : {}),
  "peak memory (MiB)": round(result.peakRssMiB),
});
console.log("Batch-size sweep (samples per second):");
console.table(Object.fromEntries(engines.map((e) => [
  e.name,
  Object.fromEntries(
    sweep.filter((s) => s.engine === e.name).map((s) => [s.batchSize, s.samplesPerSecond]),
  ),
])));
if (typeof pytorch === "object") {
  console.log(
    `PyTorch ${pytorch.version}, ${pytorch.threads} threads: ${
      pytorch.secondsPerEpoch.toFixed(1)
    } s per epoch`,
  );
}
const out = values.out ?? lib.dataPath("bench.json");
await lib.writeFileAtomic(out, JSON.stringify(result, null, 2) + "\n");
console.log(`Wrote ${out}`);
