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
import type { Engine } from "../lib/speed.ts";

const started = performance.now();
const lib = await import("../lib/mod.ts");
await lib.useBackend("wasm");
const startupSeconds = (performance.now() - started) / 1000;

const { values } = parseArgs({
  args: Deno.args,
  options: {
    quick: { type: "boolean" },
    out: { type: "string" },
    "no-torch": { type: "boolean" },
  },
});
const quick = values.quick ?? false;

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

// 1. The tutorial's recipe on the default engine.
const recipeSteps = quick ? 100 : 1000;
const { fastEngine, median, scratchEngine, tfjsEngine } = lib;
const msPerStep = (engine: Engine, batchSize: number, steps: number, runs: number) =>
  lib.msPerStep(engine, train, batchSize, { steps, runs });
const defaultEngine = tfjsEngine("wasm");
const recipeMs = await msPerStep(defaultEngine, 15, recipeSteps, quick ? 1 : 3);
const stepsPerEpoch = lib.batchesPerEpoch(train.count, 15);
await lib.useBackend("wasm");
const evalNetwork = lib.createNetwork({ seed: 0 });
const evaluationSeconds = median([0, 1, 2].map(() => {
  t = performance.now();
  lib.evaluate(evalNetwork, test);
  return (performance.now() - t) / 1000;
}));
let fullRun: { measuredSecondsPerEpoch: number[]; finalAccuracy: number } | undefined;
if (!quick) {
  const epochs = await lib.train(evalNetwork, train, { testSet: test });
  fullRun = {
    measuredSecondsPerEpoch: epochs.map((e) => e.seconds),
    finalAccuracy: epochs[epochs.length - 1].testAccuracy!,
  };
}
evalNetwork.dispose();

const fastThreads = Math.min(2, navigator.hardwareConcurrency);
const fastMs = await msPerStep(fastEngine(fastThreads), 15, recipeSteps, quick ? 1 : 3);
let fastRun: { measuredSecondsPerEpoch: number[]; finalAccuracy: number } | undefined;
if (!quick) {
  const { epochs } = await lib.trainFast(train, { testSet: test, threads: fastThreads });
  fastRun = {
    measuredSecondsPerEpoch: epochs.map((e) => e.seconds),
    finalAccuracy: epochs[epochs.length - 1].testAccuracy!,
  };
}

const recipe = {
  engine: defaultEngine.name,
  batchSize: 15,
  msPerStep: recipeMs,
  stepsPerSecond: 1000 / recipeMs,
  secondsPerEpoch: (recipeMs * stepsPerEpoch) / 1000,
  evaluationSeconds,
  ...fullRun,
  fastEngine: {
    engine: fastEngine(fastThreads).name,
    msPerStep: fastMs,
    secondsPerEpoch: (fastMs * stepsPerEpoch) / 1000,
    ...fastRun,
  },
};

// 2. The sweep.
const engines: Engine[] = quick
  ? [tfjsEngine("wasm"), scratchEngine]
  : [tfjsEngine("wasm"), tfjsEngine("cpu"), scratchEngine, fastEngine(1), fastEngine(2)];
try {
  await lib.useBackend("node");
  engines.push(tfjsEngine("node"));
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
  ...(fullRun
    ? { "measured s per epoch": fullRun.measuredSecondsPerEpoch.map(round).join(", ") }
    : {}),
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
console.log(
  `Fast engine (${recipe.fastEngine.engine}): ${recipe.fastEngine.secondsPerEpoch.toFixed(2)} s ` +
    "per epoch at batch 15" +
    (fastRun
      ? `; full run ${fastRun.measuredSecondsPerEpoch.map((s) => s.toFixed(2)).join(", ")} s, ` +
        `accuracy ${fastRun.finalAccuracy}`
      : ""),
);
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
