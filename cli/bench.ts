/**
 * `deno task bench`: where the time goes, measured on real MNIST.
 *
 * 1. Start-up (importing the course library and starting the wasm backend), data loading, and
 *    the evaluation of the 10,000 test digits.
 * 2. The tutorial's recipe (784-64-64-64-10, Adam, batch 15) on the default engine (the fast
 *    engine) and on TensorFlow.js (wasm): milliseconds per step, median of several runs. Unless
 *    `--quick`, full 2-epoch runs with their test accuracy for seeds 0 … N−1 (`--seeds N`,
 *    default 1), side by side with the tutorial's own program in PyTorch when
 *    `/usr/bin/python3 -c "import torch"` works (Debian's `python3-torch`; never needed by the
 *    course), and how many times faster than PyTorch the default engine is.
 * 3. A batch-size sweep (15, 32, 64, 128, 256) for every engine that loads here: TensorFlow.js on
 *    wasm and on cpu, the plain-TypeScript network of notebook 08, the fast engine on one and two
 *    threads, and TensorFlow.js on node when `@tensorflow/tfjs-node` is installed.
 *
 * Prints tables and writes the figures as JSON (`data/bench.json`, or `--out FILE`). `--quick`
 * measures few steps of two batch sizes and no full run, for the test suite.
 *
 * @module
 */
import { parseArgs } from "node:util";
import type { EngineChoice } from "../lib/engines/speed.ts";
import type { EpochResult } from "../lib/training/loop.ts";

const started = performance.now();
const lib = await import("../lib/mod.ts");
await lib.useBackend("wasm");
const startupSeconds = (performance.now() - started) / 1000;

const { values } = parseArgs({
  args: Deno.args,
  options: {
    quick: { type: "boolean" },
    out: { type: "string" },
    seeds: { type: "string" },
    "no-torch": { type: "boolean" },
  },
});
const quick = values.quick ?? false;
const seeds = Number(values.seeds ?? 1);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error(`Error: --seeds needs a whole number of at least 1, got "${values.seeds}"`);
  Deno.exit(2);
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

const { choiceName, median } = lib;
const evalNetwork = lib.createNetwork({ seed: 0 });
const evaluationTimes = [];
for (let run = 0; run < 3; run++) {
  t = performance.now();
  await lib.evaluate(evalNetwork, test);
  evaluationTimes.push((performance.now() - t) / 1000);
}
const evaluationSeconds = median(evaluationTimes);
evalNetwork.dispose();

const fast: EngineChoice = { engine: "fast", threads: lib.FAST_THREADS };
const tfjsWasm: EngineChoice = { engine: "tfjs", backend: "wasm" };

// 2. The recipe: steps on the default engine and on TensorFlow.js, then full runs.
const stepsPerEpoch = lib.batchesPerEpoch(train.count, 15);
const recipeSteps = quick ? 100 : 1000;
const recipe = [];
for (const choice of [fast, tfjsWasm]) {
  const ms = await lib.msPerStep(choice, train, 15, { steps: recipeSteps, runs: quick ? 1 : 3 });
  recipe.push({
    engine: choiceName(choice),
    msPerStep: ms,
    stepsPerSecond: 1000 / ms,
    secondsPerEpoch: (ms * stepsPerEpoch) / 1000,
  });
}

/** One full run of the recipe (2 epochs). */
interface Run {
  engine: string;
  seed: number;
  secondsPerEpoch: number[];
  accuracyPerEpoch: number[];
}

/** A run of our own engines, from the epochs it reported. */
const runOf = (engine: string, seed: number, epochs: EpochResult[]): Run => ({
  engine,
  seed,
  secondsPerEpoch: epochs.map((e) => e.seconds),
  accuracyPerEpoch: epochs.map((e) => e.accuracy!),
});

/** Trains the recipe for a seed with an engine, measuring the test accuracy after each epoch. */
async function fullRun(choice: EngineChoice, seed: number): Promise<Run> {
  const engine = await lib.createEngine(choice.engine, { ...choice, seed });
  try {
    return runOf(
      choiceName(choice),
      seed,
      await lib.train(engine, train, { seed, evaluateOn: test }),
    );
  } finally {
    engine.dispose();
  }
}

const torchScript = new URL("./bench_torch.py", import.meta.url).pathname;
const measureTorch = !quick && !values["no-torch"];

/** The tutorial's program in PyTorch for one seed, or nothing when PyTorch is not installed. */
async function runTorch(
  seed: number,
): Promise<(Run & { version: string; threads: number }) | undefined> {
  try {
    const { code, stdout } = await new Deno.Command("/usr/bin/python3", {
      args: [torchScript, lib.mnistDir(), "--epochs", "2", "--seed", String(seed)],
      stdout: "piped",
      stderr: "null",
    }).output();
    if (code !== 0) return;
    const result = JSON.parse(new TextDecoder().decode(stdout));
    return { engine: `PyTorch ${result.version}`, seed, ...result };
  } catch { /* no python3 */ }
}

// Seed by seed, the engines one after the other: side by side on a machine whose speed drifts.
const runs: Run[] = [];
let torch: { version: string; threads: number } | undefined;
for (let seed = 0; seed < (quick ? 0 : seeds); seed++) {
  runs.push(await fullRun(fast, seed));
  runs.push(await fullRun(tfjsWasm, seed));
  const torchRun = measureTorch ? await runTorch(seed) : undefined;
  if (torchRun) {
    runs.push(torchRun);
    torch = torchRun;
  }
}
const pytorch = torch
  ? { version: torch.version, threads: torch.threads }
  : measureTorch
  ? "not installed"
  : "not measured";

/** Per engine: the median seconds per epoch and the final accuracy over the seeds. */
const summary = [...new Set(runs.map((r) => r.engine))].map((engine) => {
  const mine = runs.filter((r) => r.engine === engine);
  const accuracy = mine.map((r) => r.accuracyPerEpoch.at(-1)!);
  return {
    engine,
    seeds: mine.length,
    secondsPerEpoch: median(mine.flatMap((r) => r.secondsPerEpoch)),
    meanAccuracy: accuracy.reduce((a, b) => a + b, 0) / accuracy.length,
    minAccuracy: Math.min(...accuracy),
    maxAccuracy: Math.max(...accuracy),
  };
});
const torchSummary = summary.find((s) => s.engine.startsWith("PyTorch"));
const speedUpOverPyTorch = torchSummary && summary.length
  ? torchSummary.secondsPerEpoch / summary[0].secondsPerEpoch
  : null;

// 3. The sweep.
const engines: EngineChoice[] = quick ? [tfjsWasm, { engine: "scratch" }] : [
  tfjsWasm,
  { engine: "tfjs", backend: "cpu" },
  { engine: "scratch" },
  { engine: "fast", threads: 1 },
  { engine: "fast", threads: 2 },
];
try {
  await lib.useBackend("node");
  engines.push({ engine: "tfjs", backend: "node" });
} catch { /* tfjs-node is not installed here */ }
const batchSizes = quick ? [15, 128] : [15, 32, 64, 128, 256];
const sweep: {
  engine: string;
  batchSize: number;
  samplesPerSecond: number;
  secondsPerEpoch: number;
}[] = [];
for (const choice of engines) {
  for (const batchSize of batchSizes) {
    // The cpu backend is slow: fewer steps keep the sweep to a few minutes.
    const steps = quick
      ? 20
      : choice.backend === "cpu"
      ? 30
      : Math.max(50, Math.round(6000 / batchSize));
    const ms = await lib.msPerStep(choice, train, batchSize, { steps, runs: quick ? 1 : 3 });
    sweep.push({
      engine: choiceName(choice),
      batchSize,
      samplesPerSecond: Math.round((batchSize * 1000) / ms),
      secondsPerEpoch: (ms * lib.batchesPerEpoch(train.count, batchSize)) / 1000,
    });
  }
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: navigator.hardwareConcurrency, os: Deno.build.os, deno: Deno.version.deno },
  startupSeconds,
  dataLoadSeconds,
  evaluationSeconds,
  recipe,
  runs,
  summary,
  speedUpOverPyTorch,
  pytorch,
  sweep,
  peakRssMiB: peakRssMiB(),
};

const round = (v: number) => Number(v.toPrecision(4));
console.table({
  "start-up (s)": round(startupSeconds),
  "data load (s)": round(dataLoadSeconds),
  "evaluation of 10,000 digits (s)": round(evaluationSeconds),
  "peak memory (MiB)": round(result.peakRssMiB),
});
console.log("The tutorial's recipe at batch 15, steps only (batches built beforehand):");
console.table(Object.fromEntries(recipe.map((r) => [r.engine, {
  "ms per step": round(r.msPerStep),
  "s per epoch": round(r.secondsPerEpoch),
}])));
if (summary.length) {
  console.log(`Full runs of the recipe (2 epochs, seeds 0 to ${seeds - 1}):`);
  console.table(Object.fromEntries(summary.map((s) => [s.engine, {
    "s per epoch (median)": round(s.secondsPerEpoch),
    "final accuracy (mean)": round(s.meanAccuracy),
    "lowest": s.minAccuracy,
    "highest": s.maxAccuracy,
  }])));
}
if (speedUpOverPyTorch !== null) {
  console.log(
    `The default engine (${summary[0].engine}) trains ${speedUpOverPyTorch.toFixed(1)} times ` +
      `as fast as ${torchSummary!.engine} on ${torch!.threads} threads.`,
  );
}
console.log("Batch-size sweep (samples per second):");
console.table(Object.fromEntries(
  engines.map(choiceName).map((name) => [
    name,
    Object.fromEntries(
      sweep.filter((s) => s.engine === name).map((s) => [s.batchSize, s.samplesPerSecond]),
    ),
  ]),
));
const out = values.out ?? lib.dataPath("bench.json");
await lib.writeFileAtomic(out, JSON.stringify(result, null, 2) + "\n");
console.log(`Wrote ${out}`);
