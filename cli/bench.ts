/**
 * `deno task bench`: where the time goes. Measures the import of TensorFlow.js, loading MNIST,
 * training steps of the tutorial's recipe (extrapolated to seconds per epoch) and evaluating the
 * 10,000 test digits; prints a table and writes `data/bench.json`.
 *
 * `--quick` measures fewer steps (a smoke run for the tests); `--backend NAME` picks the backend.
 *
 * @module
 */
import { parseArgs } from "node:util";

const started = performance.now();
const { tf, useBackend } = await import("../lib/backend.ts");
const importSeconds = (performance.now() - started) / 1000;
const { batchesPerEpoch, shuffledBatches } = await import("../lib/batches.ts");
const { loadDataset } = await import("../lib/dataset.ts");
const { dataPath, writeFileAtomic } = await import("../lib/files.ts");
const { createNetwork } = await import("../lib/model.ts");
const { createRandom } = await import("../lib/random.ts");
const { evaluate, trainStep, TUTORIAL_RECIPE } = await import("../lib/train.ts");

const { values } = parseArgs({
  args: Deno.args,
  options: { quick: { type: "boolean" }, backend: { type: "string" }, out: { type: "string" } },
});
const steps = values.quick ? 100 : 1000;

/** The peak resident memory in MiB (VmHWM on Linux; the current RSS elsewhere). */
function peakRssMiB(): number {
  try {
    const status = Deno.readTextFileSync("/proc/self/status");
    const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    if (kib) return kib / 1024;
  } catch { /* not Linux */ }
  return Deno.memoryUsage().rss / 2 ** 20;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const backend = await useBackend(values.backend);
let t = performance.now();
const { train, test } = await loadDataset();
const loadSeconds = (performance.now() - t) / 1000;

const network = createNetwork({ seed: 0 });
const optimizer = tf.train.adam(TUTORIAL_RECIPE.learningRate);
const batches = shuffledBatches(train, TUTORIAL_RECIPE.batchSize, createRandom(0));
for (let i = 0; i < 20; i++) trainStep(network, optimizer, batches.next().value!); // warm-up
const stepMs: number[] = [];
for (let run = 0; run < 5; run++) {
  t = performance.now();
  for (let i = 0; i < steps / 5; i++) trainStep(network, optimizer, batches.next().value!);
  stepMs.push((performance.now() - t) / (steps / 5));
}
const msPerStep = median(stepMs);
const evalSeconds = median([0, 1, 2].map(() => {
  t = performance.now();
  evaluate(network, test);
  return (performance.now() - t) / 1000;
}));
optimizer.dispose();
network.dispose();

const result = {
  date: new Date().toISOString(),
  backend,
  cpus: navigator.hardwareConcurrency,
  importSeconds,
  dataLoadSeconds: loadSeconds,
  batchSize: TUTORIAL_RECIPE.batchSize,
  msPerStep,
  stepsPerSecond: 1000 / msPerStep,
  secondsPerEpoch: (msPerStep * batchesPerEpoch(train.count, TUTORIAL_RECIPE.batchSize)) / 1000,
  evaluationSeconds: evalSeconds,
  peakRssMiB: peakRssMiB(),
};
console.table(Object.fromEntries(
  Object.entries(result).map(([k, v]) => [k, typeof v === "number" ? +v.toFixed(3) : v]),
));
const out = values.out ?? dataPath("bench.json");
await writeFileAtomic(out, JSON.stringify(result, null, 2) + "\n");
console.log(`Wrote ${out}`);
