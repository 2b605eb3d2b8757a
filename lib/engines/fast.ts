/**
 * The course's fastest training engine: the plain-TypeScript network of `scratch.ts` with the
 * reorganised loops of `_fast_kernels.ts`, spread over two threads. The threads split every
 * layer's neurons between them: each computes its neurons' outputs for the whole batch, their
 * gradients and Adam's update of their weights. Each thread's weights, gradients and Adam state
 * thus stay in its own core's cache; the threads exchange only the layers' outputs (15 × 64
 * numbers) and the gradients flowing back, meeting once per layer on the way forward and once on
 * the way back (a few microseconds each).
 *
 * For a given seed and thread count the result is the same on every run.
 *
 * @module
 */
import type { Batch } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { denseBackwardFast, denseForwardFast } from "./_fast_kernels.ts";
import { CONTROL_WORDS, layerViews, type SharedState, ThreadWork } from "./_fast_thread.ts";
import { ScratchNetwork } from "../network/scratch.ts";
import { type EpochResult, runEpochs, type TrainOptions, TUTORIAL_RECIPE } from "./tfjs.ts";
import { evaluateScratch } from "./scratch.ts";
import { TUTORIAL_LAYERS } from "../network/network.ts";

/** The threads the fast engine uses by default: two where the machine has two cores or more. */
export const FAST_THREADS: number = Math.max(1, Math.min(2, navigator.hardwareConcurrency));

/** Options of {@linkcode FastTrainer.create}. */
export interface FastTrainerOptions {
  /** Layer sizes; the tutorial's by default. */
  layers?: readonly number[];
  /** Seed of the initial weights (the same weights as `createNetwork` for the same seed). */
  seed?: number;
  /** Adam's learning rate. */
  learningRate?: number;
  /** The largest batch that will be used. */
  maxBatch?: number;
  /** 1 or 2 threads; 2 where the machine has two cores or more. */
  threads?: number;
}

/**
 * Trains the network step by step on one or two threads.
 *
 * @example
 * ```ts
 * import { FastTrainer } from "./fast.ts";
 * import { batchOf } from "../data/batches.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * const trainer = await FastTrainer.create({ seed: 0 });
 * const batch = batchOf((await loadDataset()).train, 0, 15);
 * const first = trainer.step(batch);
 * console.assert(trainer.step(batch) < first);
 * trainer.dispose();
 * ```
 */
export class FastTrainer {
  readonly #work: ThreadWork;
  readonly #worker?: Worker;
  #step = 0;

  private constructor(work: ThreadWork, worker?: Worker) {
    this.#work = work;
    this.#worker = worker;
  }

  /** Allocates the shared memory, initialises the weights and starts the worker. */
  static async create(options: FastTrainerOptions = {}): Promise<FastTrainer> {
    const sizes = [...(options.layers ?? TUTORIAL_LAYERS)];
    const threads = Math.max(1, Math.min(2, options.threads ?? FAST_THREADS));
    const maxBatch = options.maxBatch ?? 1024;
    const initial = ScratchNetwork.create(sizes, { seed: options.seed ?? 0 }).toArrays();
    const count = initial.reduce((n, a) => n + a.length, 0);
    const floats = (n: number) => new SharedArrayBuffer(4 * n);
    const shared: SharedState = {
      sizes,
      threads,
      maxBatch,
      learningRate: options.learningRate ?? TUTORIAL_RECIPE.learningRate,
      params: floats(count),
      gradients: floats(count),
      m: floats(count),
      v: floats(count),
      x: floats(maxBatch * sizes[0]),
      labels: new SharedArrayBuffer(maxBatch),
      outputs: sizes.slice(1).map((size) => floats(maxBatch * size)),
      inputGradients: sizes.slice(1, -1).map((size) =>
        Array.from({ length: threads }, () => floats(maxBatch * size))
      ),
      control: new SharedArrayBuffer(4 * CONTROL_WORDS),
    };
    const work = new ThreadWork(shared, 0);
    let offset = 0;
    for (const array of initial) work.params.set(array, (offset += array.length) - array.length);
    if (threads === 1) return new FastTrainer(work);
    const worker = new Worker(new URL("./_fast_worker.ts", import.meta.url).href, {
      type: "module",
    });
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = () => resolve();
      worker.onerror = (event) => reject(new Error(`The training worker failed: ${event.message}`));
      worker.postMessage(shared);
    });
    return new FastTrainer(work, worker);
  }

  /** How many threads share the work. */
  get threads(): number {
    return this.#work.shared.threads;
  }

  /** One step of Adam on a batch; returns the batch's loss before the update. */
  step(batch: Batch): number {
    const work = this.#work;
    if (batch.size > work.shared.maxBatch) {
      throw new RangeError(`Batch of ${batch.size} is larger than the trainer's maxBatch`);
    }
    // The worker may still be applying Adam from the last step; the batch is loaded after it.
    this.#settle();
    work.load(batch);
    ++this.#step;
    if (this.#worker) work.arrive();
    const loss = work.step(batch.size, this.#step);
    if (this.#worker) work.arrive();
    return loss;
  }

  /** Waits until the worker has finished its part of the last step. */
  #settle(): void {
    if (this.#worker) this.#work.waitForOther();
  }

  /** A network that shares the trainer's current weights (for predictions and evaluation). */
  get network(): ScratchNetwork {
    this.#settle();
    const { sizes } = this.#work.shared;
    return new ScratchNetwork(sizes, layerViews(this.#work.params, sizes), {
      denseForward: denseForwardFast,
      denseBackward: denseBackwardFast,
    });
  }

  /** A copy of the parameters, in the order of `Network.getWeights()`. */
  weights(): Float32Array[] {
    return this.network.toArrays().map((a) => Float32Array.from(a));
  }

  /** Stops the worker. */
  dispose(): void {
    if (!this.#worker) return;
    this.#settle();
    this.#work.requestStop();
    this.#worker.terminate();
  }
}

/** What {@linkcode trainFast} returns. */
export interface FastTrainingResult {
  /** Each epoch's summary, as `train()` reports them. */
  epochs: EpochResult[];
  /** The trained parameters, in the order of `Network.getWeights()`. */
  weights: Float32Array[];
  /** Threads used. */
  threads: number;
}

/**
 * Trains the tutorial's network with the fast engine: same recipe, same shuffled batches and the
 * same progress callbacks as `train()`.
 *
 * @example
 * ```ts
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { trainFast } from "./fast.ts";
 * const { train } = await loadDataset();
 * const { epochs } = await trainFast(takeFirst(train, 300), { epochs: 1 });
 * console.assert(epochs[0].meanLoss < 2.3);
 * ```
 */
export async function trainFast(
  trainSet: ImageSet,
  options: Omit<TrainOptions, "optimizer"> & { threads?: number; layers?: readonly number[] } = {},
): Promise<FastTrainingResult> {
  const { batchSize, learningRate, seed } = { ...TUTORIAL_RECIPE, ...options };
  const trainer = await FastTrainer.create({
    layers: options.layers ?? [trainSet.rows * trainSet.cols, ...TUTORIAL_LAYERS.slice(1)],
    seed,
    learningRate,
    maxBatch: batchSize,
    threads: options.threads,
  });
  try {
    const epochs = await runEpochs(
      trainSet,
      options,
      (batch) => trainer.step(batch),
      (set) => evaluateScratch(trainer.network, set),
    );
    return { epochs, weights: trainer.weights(), threads: trainer.threads };
  } finally {
    trainer.dispose();
  }
}
