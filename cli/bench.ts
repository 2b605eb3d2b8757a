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
 *    wasm and on cpu, the plain-TypeScript network of notebook 10, the fast engine on one and two
 *    threads, and TensorFlow.js on node when `@tensorflow/tfjs-node` is installed. TensorFlow.js
 *    on wasm also at 1,024 and 4,096 images a step, and on webgpu where Deno finds a WebGPU
 *    adapter at 15, 64, 256, 1,024 and 4,096 (large batches are where a GPU earns its keep), the
 *    adapter named, and marked `software` when it is a fallback adapter that runs on the CPU
 *    (Mesa's lavapipe). The engines are measured batch size by batch size, one after the other,
 *    so that they compare side by side on a machine whose speed drifts.
 * 4. With `--notebooks`, every notebook executed in order, each one's time and its slowest cell: how
 *    long a learner waits.
 *
 * Prints tables and writes the figures as JSON (`data/bench.json`, or `--out FILE`). `--quick`
 * measures few steps of two batch sizes (webgpu only at 15) and no full run, for the test suite.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { parseCommandArgs } from "./_command.ts";
import type { EngineChoice } from "../lib/engines/speed.ts";
import type { GpuAdapter } from "../lib/network/backend.ts";
import type { EpochResult } from "../lib/training/loop.ts";
import { timeNotebooks } from "./bench_notebooks.ts";

let values;
try {
  ({ values } = parseCommandArgs(Deno.args, {
    options: {
      quick: { type: "boolean" },
      out: { type: "string" },
      seeds: { type: "string" },
      "no-torch": { type: "boolean" },
      notebooks: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  console.error(`Error: ${(error as Error).message}`);
  Deno.exit(2);
}
if (values.help) {
  console.log(
    "Usage: deno task bench [--quick] [--seeds N] [--notebooks] [--no-torch] [--out FILE]\n" +
      "Measures start-up, data loading, evaluation, training steps and a batch-size sweep on\n" +
      "every engine that loads here, and writes the figures to data/bench.json (or FILE).\n" +
      "  --seeds N     full 2-epoch runs for seeds 0 … N−1, beside PyTorch when it is installed\n" +
      "  --notebooks   also time every notebook and its slowest cell\n" +
      "  --no-torch    leave PyTorch out\n" +
      "  --quick       few steps, two batch sizes, no full run (for the tests)",
  );
  Deno.exit(0);
}
const quick = values.quick ?? false;
const seeds = Number(values.seeds ?? 1);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error(`Error: --seeds needs a whole number of at least 1, got "${values.seeds}"`);
  Deno.exit(2);
}

const started = performance.now();
const lib = await import("../lib/mod.ts");
await lib.useBackend("wasm");
const startupSeconds = (performance.now() - started) / 1000;

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

/**
 * The WebGPU adapter and the evaluation of the 10,000 test digits on it (not with `--quick`), or
 * why there is none.
 */
let webgpu: (GpuAdapter & { line: string; evaluationSeconds: number | null }) | string;
try {
  await lib.useBackend("webgpu");
  const adapter = lib.gpuAdapter()!;
  const times = [];
  if (!quick) {
    const network = lib.createNetwork({ seed: 0 });
    await lib.evaluate(network, test); // the first run compiles the shaders
    for (let run = 0; run < 3; run++) {
      t = performance.now();
      await lib.evaluate(network, test);
      times.push((performance.now() - t) / 1000);
    }
    network.dispose();
  }
  webgpu = {
    ...adapter,
    line: `${adapter.isFallbackAdapter ? "software: " : ""}${adapter.description}`,
    evaluationSeconds: times.length ? median(times) : null,
  };
} catch (error) {
  webgpu = (error as Error).message;
} finally {
  await lib.useBackend("wasm");
}

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

const torchScript = fileURLToPath(new URL("./bench_torch.py", import.meta.url));
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
const tfjsWebgpu: EngineChoice = { engine: "tfjs", backend: "webgpu" };
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
if (typeof webgpu !== "string") engines.splice(1, 0, tfjsWebgpu);
const batchSizes = quick ? [15, 128] : [15, 32, 64, 128, 256];
/** The batch sizes each engine is measured at. */
function batchSizesOf(choice: EngineChoice): number[] {
  if (choice.backend === "webgpu") return quick ? [15] : [15, 64, 256, 1024, 4096];
  if (choice === tfjsWasm && !quick) return [...batchSizes, 1024, 4096];
  return batchSizes;
}
/** Steps per timing and timings: fewer for slow engines and large batches (minutes, not hours). */
function plan(choice: EngineChoice, batchSize: number): { steps: number; runs: number } {
  if (quick) return { steps: 20, runs: 1 };
  const steps = choice.backend === "cpu"
    ? 30
    : choice.backend === "webgpu"
    ? Math.max(2, Math.round(1500 / batchSize))
    : batchSize > 256
    ? Math.max(2, Math.round(6000 / batchSize))
    : Math.max(50, Math.round(6000 / batchSize));
  // msPerStep() warms up with 10 steps and draws whole batches from one epoch.
  const available = lib.batchesPerEpoch(train.count, batchSize) - 1 - 10;
  return { steps, runs: Math.max(1, Math.min(3, Math.floor(available / steps))) };
}
const sweep: {
  engine: string;
  batchSize: number;
  msPerStep: number;
  samplesPerSecond: number;
  secondsPerEpoch: number;
  /** For webgpu: the adapter, and whether it is a software (fallback) one. */
  adapter?: string;
  software?: boolean;
}[] = [];
const allBatchSizes = [...new Set(engines.flatMap(batchSizesOf))].sort((a, b) => a - b);
for (const batchSize of allBatchSizes) {
  for (const choice of engines.filter((c) => batchSizesOf(c).includes(batchSize))) {
    const ms = await lib.msPerStep(choice, train, batchSize, plan(choice, batchSize));
    sweep.push({
      engine: choiceName(choice),
      batchSize,
      msPerStep: ms,
      samplesPerSecond: Math.round((batchSize * 1000) / ms),
      secondsPerEpoch: (ms * lib.batchesPerEpoch(train.count, batchSize)) / 1000,
      ...(choice === tfjsWebgpu && typeof webgpu !== "string"
        ? { adapter: webgpu.description, software: webgpu.isFallbackAdapter }
        : {}),
    });
  }
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: navigator.hardwareConcurrency, os: Deno.build.os, deno: Deno.version.deno },
  startupSeconds,
  dataLoadSeconds,
  evaluationSeconds,
  webgpu: typeof webgpu === "string" ? { adapter: null, why: webgpu } : {
    adapter: webgpu.description,
    vendor: webgpu.vendor,
    software: webgpu.isFallbackAdapter,
    evaluationSeconds: webgpu.evaluationSeconds,
  },
  recipe,
  runs,
  summary,
  speedUpOverPyTorch,
  pytorch,
  sweep,
  peakRssMiB: peakRssMiB(),
  notebooks: values.notebooks ? await timeNotebooks() : "not measured (use --notebooks)",
};

const round = (v: number) => Number(v.toPrecision(4));
console.table({
  "start-up (s)": round(startupSeconds),
  "data load (s)": round(dataLoadSeconds),
  "evaluation of 10,000 digits (s)": round(evaluationSeconds),
  ...(typeof webgpu === "string" || webgpu.evaluationSeconds === null ? {} : {
    [`the same on webgpu, ${webgpu.line} (s)`]: round(webgpu.evaluationSeconds),
  }),
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
if (typeof webgpu === "string") console.log(`No webgpu in the sweep: ${webgpu}`);
console.log("Batch-size sweep (samples per second):");
console.table(Object.fromEntries(
  engines.map((choice) => [
    choice === tfjsWebgpu && typeof webgpu !== "string"
      ? `${choiceName(choice)} (${webgpu.line})`
      : choiceName(choice),
    Object.fromEntries(
      sweep.filter((s) => s.engine === choiceName(choice))
        .map((s) => [s.batchSize, s.samplesPerSecond]),
    ),
  ]),
));
if (typeof result.notebooks !== "string") {
  console.log(
    `Notebooks, executed one after the other (${
      result.notebooks.totalSeconds.toFixed(0)
    } s in all):`,
  );
  console.table(Object.fromEntries(result.notebooks.notebooks.map((n) => [n.notebook, {
    "seconds": round(n.seconds),
    "slowest cell": n.slowestCell.id,
    "its seconds": round(n.slowestCell.seconds),
  }])));
}
const out = values.out ?? lib.dataPath("bench.json");
await lib.writeFileAtomic(out, JSON.stringify(result, null, 2) + "\n");
console.log(`Wrote ${out}`);
