/**
 * Measuring training speed: the same training step run by different engines (TensorFlow.js on a
 * backend, the plain-TypeScript network, the fast two-thread engine), timed over many steps.
 * Used by `deno task bench` and notebook 11.
 *
 * @module
 */
import { type BackendName, tf, useBackend } from "../network/backend.ts";
import { type Batch, shuffledBatches } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { FastTrainer } from "./fast.ts";
import { createNetwork, TUTORIAL_LAYERS } from "../network/network.ts";
import { createRandom } from "../data/random.ts";
import { ScratchAdam, ScratchNetwork, zerosLike } from "../network/scratch.ts";
import { trainStep } from "./tfjs.ts";

/** A way to run training steps of the tutorial's network. */
export interface Engine {
  /** A readable name, such as "tfjs-wasm" or "fast, 2 threads". */
  name: string;
  /** Prepares a fresh network and optimiser; returns one step, and a clean-up. */
  prepare(batchSize: number): Promise<{ step: (batch: Batch) => void; dispose: () => void }>;
}

/** TensorFlow.js on a backend (switched to when prepared). */
export function tfjsEngine(backend: BackendName): Engine {
  return {
    name: `tfjs-${backend}`,
    async prepare() {
      await useBackend(backend);
      const network = createNetwork({ seed: 0 });
      const optimizer = tf.train.adam(0.001);
      return {
        step: (batch) => void trainStep(network, optimizer, batch),
        dispose: () => (optimizer.dispose(), network.dispose()),
      };
    },
  };
}

/** The plain-TypeScript network of notebook 08, one thread, plain loops. */
export const scratchEngine: Engine = {
  name: "plain TypeScript",
  prepare() {
    const network = ScratchNetwork.create(TUTORIAL_LAYERS, { seed: 0 });
    const optimizer = new ScratchAdam(network.params, 0.001);
    const gradients = zerosLike(network.params);
    return Promise.resolve({
      step: (batch: Batch) => {
        network.lossAndGradients(batch.x, batch.labels, batch.size, gradients);
        optimizer.step(network.params, gradients);
      },
      dispose: () => {},
    });
  },
};

/** The fast engine: faster loops, on `threads` threads. */
export function fastEngine(threads: number): Engine {
  return {
    name: `fast, ${threads} thread${threads > 1 ? "s" : ""}`,
    async prepare(batchSize) {
      const trainer = await FastTrainer.create({ seed: 0, maxBatch: batchSize, threads });
      return { step: (batch) => void trainer.step(batch), dispose: () => trainer.dispose() };
    },
  };
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Milliseconds per training step of `engine` at `batchSize`: the median of `runs` timings of
 * `steps` steps each, after a warm-up of 10 steps. Batches are prepared before the clock starts.
 *
 * @example
 * ```ts
 * import { loadDataset } from "../data/dataset.ts";
 * import { msPerStep, scratchEngine } from "./speed.ts";
 * const { train } = await loadDataset();
 * console.assert(await msPerStep(scratchEngine, train, 15, { steps: 5, runs: 1 }) > 0);
 * ```
 */
export async function msPerStep(
  engine: Engine,
  trainSet: ImageSet,
  batchSize: number,
  options: { steps?: number; runs?: number } = {},
): Promise<number> {
  const { steps = 200, runs = 3 } = options;
  const { step, dispose } = await engine.prepare(batchSize);
  try {
    const batches = shuffledBatches(trainSet, batchSize, createRandom(0));
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
    return median(timings);
  } finally {
    dispose();
  }
}
