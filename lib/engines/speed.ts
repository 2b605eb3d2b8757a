/**
 * Measuring training speed: the same training step run by different engines (TensorFlow.js on a
 * backend, the plain-TypeScript network, the fast two-thread engine), timed over many steps.
 * Used by `deno task bench` and notebook 13.
 *
 * @module
 */
import { type Batch, shuffledBatches } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { createRandom } from "../data/random.ts";
import { createEngine } from "./create.ts";
import type { EngineName } from "../training/engine.ts";
import { FAST_THREADS } from "./fast.ts";
import { messages } from "../notebook/messages/mod.ts";

/** Which engine to measure, and how it runs. */
export interface EngineChoice {
  /** The engine. */
  engine: EngineName;
  /** The fast engine's threads. */
  threads?: number;
  /** The TensorFlow.js backend. */
  backend?: string;
}

/**
 * A short name for an engine choice: "tfjs-wasm", "scratch", "fast, 2 threads" (in the
 * language the notebook chose: "fast（2 个线程）" in Chinese).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { choiceName } from "./speed.ts";
 * assert.equal(choiceName({ engine: "tfjs", backend: "cpu" }), "tfjs-cpu");
 * assert.equal(choiceName({ engine: "fast", threads: 1 }), "fast, 1 thread");
 * ```
 */
export function choiceName(choice: EngineChoice): string {
  if (choice.engine === "tfjs") return `tfjs-${choice.backend ?? "wasm"}`;
  if (choice.engine === "fast") {
    return messages().engines.fastThreads(choice.threads ?? FAST_THREADS);
  }
  return "scratch";
}

/**
 * The median of some numbers.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { median } from "./speed.ts";
 * assert.equal(median([3, 1, 2]), 2);
 * ```
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Milliseconds per training step of an engine at `batchSize`: the median of `runs` timings of
 * `steps` steps each, after a warm-up of 10 steps. Batches are prepared before the clock starts;
 * each timing ends when the engine has handed over its losses, so work a GPU queued is counted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset } from "../data/dataset.ts";
 * import { msPerStep } from "./speed.ts";
 * const { train } = await loadDataset();
 * assert.ok(await msPerStep({ engine: "scratch" }, train, 15, { steps: 5, runs: 1 }) > 0);
 * ```
 */
export async function msPerStep(
  choice: EngineChoice,
  trainSet: ImageSet,
  batchSize: number,
  options: { steps?: number; runs?: number } = {},
): Promise<number> {
  const { steps = 200, runs = 3 } = options;
  const engine = await createEngine(choice.engine, { ...choice, seed: 0, maxBatch: batchSize });
  try {
    const batches = shuffledBatches(trainSet, batchSize, createRandom(0));
    const next = (): Batch => {
      const result = batches.next();
      if (result.done) throw new Error("Ran out of batches: measure fewer steps");
      return result.value;
    };
    for (let i = 0; i < 10; i++) engine.step(next());
    await engine.readLoss();
    const timings: number[] = [];
    for (let run = 0; run < runs; run++) {
      const prepared = Array.from({ length: steps }, next);
      const start = performance.now();
      for (const batch of prepared) engine.step(batch);
      await engine.readLoss();
      timings.push((performance.now() - start) / steps);
    }
    return median(timings);
  } finally {
    engine.dispose();
  }
}
