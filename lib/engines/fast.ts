/**
 * The course's fastest engine: the plain-TypeScript network of `network/scratch.ts` with the
 * reorganised loops of `_fast_kernels.ts`, spread over two threads. The threads split every
 * layer's neurons between them: each computes its neurons' outputs for the whole batch, their
 * gradients and Adam's update of their weights. Each thread's weights, gradients and Adam state
 * thus stay in its own core's cache; the threads exchange only the layers' outputs (15 × 64
 * numbers) and the gradients flowing back, meeting once per layer on the way forward and once on
 * the way back (a few microseconds each; the protocol is described in `_fast_thread.ts`).
 *
 * For a given seed and thread count the result is the same on every run. Loads no TensorFlow.js.
 *
 * @module
 */
import type { Batch } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { initialWeights } from "../network/init.ts";
import { ScratchNetwork } from "../network/scratch.ts";
import { fastDenseKernels } from "./_fast_kernels.ts";
import { CONTROL_WORDS, layerViews, type SharedState, ThreadWork } from "./_fast_thread.ts";
import {
  type Engine,
  type EngineOptions,
  type Evaluation,
  scorePredictions,
  throwIfDisposed,
} from "../training/engine.ts";
import {
  checkLayers,
  checkLearningRate,
  checkWhole,
  TUTORIAL_LAYERS,
  TUTORIAL_RECIPE,
} from "../training/recipe.ts";
import { predictScratch } from "./scratch.ts";

/** The threads the fast engine uses by default: two where the machine has two cores or more. */
export const FAST_THREADS: number = Math.max(1, Math.min(2, navigator.hardwareConcurrency));

/** The largest batch the fast engine takes unless told otherwise. */
export const DEFAULT_MAX_BATCH = 1024;

/** Options of {@linkcode FastEngine.create}. */
export interface FastEngineOptions extends EngineOptions {
  /** The largest batch that will be used; 1,024 by default. */
  maxBatch?: number;
  /** 1 or 2 threads; 2 where the machine has two cores or more. */
  threads?: number;
  /** For tests: the worker throws at this step (0: as it starts). */
  failAtStep?: number;
}

/**
 * The fast engine: trains step by step on one or two threads.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { FastEngine } from "./fast.ts";
 * import { batchOf } from "../data/batches.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * const engine = await FastEngine.create({ seed: 0 });
 * const batch = batchOf((await loadDataset()).train, 0, 15);
 * engine.step(batch);
 * const first = await engine.readLoss();
 * engine.step(batch);
 * assert.ok(await engine.readLoss() < first);
 * engine.dispose();
 * ```
 */
export class FastEngine implements Engine {
  readonly name = "fast";
  readonly description: string;
  readonly sizes: readonly number[];
  #learningRate: number;
  readonly #work: ThreadWork;
  readonly #worker?: Worker;
  /** Why the engine cannot go on, once a thread failed. */
  #failure?: string;
  #disposed = false;
  #lossSum = 0;
  #steps = 0;

  private constructor(work: ThreadWork, learningRate: number, worker?: Worker) {
    this.#work = work;
    this.#worker = worker;
    this.sizes = work.shared.sizes;
    this.#learningRate = learningRate;
    const { threads } = work.shared;
    this.description = `fast, ${threads} thread${threads > 1 ? "s" : ""}`;
    // An error the worker could not report itself must not end the whole process.
    worker?.addEventListener("error", (event) => {
      event.preventDefault();
      this.#failure ??= `The fast engine's worker failed: ${event.message}`;
    });
  }

  /** Adam's step size for the next steps; a rate that is not a positive number is refused. */
  get learningRate(): number {
    return this.#learningRate;
  }

  set learningRate(rate: number) {
    this.#learningRate = checkLearningRate(rate);
  }

  /**
   * Allocates the shared memory, sets the seeded initial weights (the same as every engine's)
   * and starts the worker. A worker that cannot start rejects the promise.
   */
  static async create(options: FastEngineOptions = {}): Promise<FastEngine> {
    const sizes = [...checkLayers(options.layers ?? TUTORIAL_LAYERS)];
    const threads = checkWhole("threads", options.threads ?? FAST_THREADS, 1, 2);
    const maxBatch = checkWhole("maxBatch", options.maxBatch ?? DEFAULT_MAX_BATCH, 1, 1 << 20);
    const learningRate = checkLearningRate(options.learningRate ?? TUTORIAL_RECIPE.learningRate);
    const initial = initialWeights(sizes, options.seed ?? 0);
    const count = initial.reduce((n, a) => n + a.length, 0);
    const floats = (n: number) => new SharedArrayBuffer(4 * n);
    const shared: SharedState = {
      sizes,
      threads,
      maxBatch,
      params: floats(count),
      gradients: floats(count),
      m: floats(count),
      v: floats(count),
      x: floats(maxBatch * sizes[0]),
      labels: new SharedArrayBuffer(maxBatch),
      learningRate: new SharedArrayBuffer(8),
      outputs: sizes.slice(1).map((size) => floats(maxBatch * size)),
      inputGradients: sizes.slice(1, -1).map((size) =>
        Array.from({ length: threads }, () => floats(maxBatch * size))
      ),
      control: new SharedArrayBuffer(4 * CONTROL_WORDS),
      message: new SharedArrayBuffer(1024),
      failAtStep: options.failAtStep,
    };
    const work = new ThreadWork(shared, 0);
    let offset = 0;
    for (const array of initial) work.params.set(array, (offset += array.length) - array.length);
    if (threads === 1) return new FastEngine(work, learningRate);
    const worker = new Worker(new URL("./_fast_worker.ts", import.meta.url).href, {
      type: "module",
    });
    try {
      await new Promise<void>((resolve, reject) => {
        worker.onmessage = (event) =>
          event.data === "ready" ? resolve() : reject(new Error(event.data?.error));
        worker.onerror = (event) => {
          event.preventDefault();
          reject(new Error(`The fast engine's worker could not start: ${event.message}`));
        };
        worker.postMessage(shared);
      });
    } catch (error) {
      worker.terminate();
      throw error;
    }
    worker.onmessage = worker.onerror = null;
    return new FastEngine(work, learningRate, worker);
  }

  /** How many threads share the work. */
  get threads(): number {
    return this.#work.shared.threads;
  }

  step(batch: Batch): void {
    this.#checkUsable();
    const work = this.#work;
    if (batch.size > work.shared.maxBatch) {
      throw new RangeError(
        `A batch of ${batch.size} is larger than this engine's maxBatch (${work.shared.maxBatch})`,
      );
    }
    this.#guard(() => {
      // The worker may still be applying Adam from the last step; the batch is loaded after it.
      this.#settle();
      work.load(batch, this.#learningRate);
      if (this.#worker) work.arrive();
      this.#lossSum += work.step();
      this.#steps++;
      if (this.#worker) work.arrive();
    });
  }

  // deno-lint-ignore require-await
  async readLoss(): Promise<number> {
    this.#checkUsable();
    const mean = this.#steps ? this.#lossSum / this.#steps : NaN;
    this.#lossSum = this.#steps = 0;
    return mean;
  }

  /** A network that shares the engine's current weights (for predictions and evaluation). */
  get network(): ScratchNetwork {
    this.#checkUsable();
    this.#guard(() => this.#settle());
    const { sizes } = this.#work.shared;
    return new ScratchNetwork(sizes, layerViews(this.#work.params, sizes), fastDenseKernels());
  }

  // deno-lint-ignore require-await
  async predict(set: ImageSet): Promise<Uint8Array> {
    return predictScratch(this.network, set);
  }

  async evaluate(set: ImageSet): Promise<Evaluation> {
    return scorePredictions(set, await this.predict(set));
  }

  // deno-lint-ignore require-await
  async weights(): Promise<Float32Array[]> {
    return this.network.toArrays().map((a) => Float32Array.from(a));
  }

  /** Stops the worker. Calling it again does nothing. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (!this.#worker) return;
    if (!this.#failure) {
      try {
        this.#settle();
        this.#work.requestStop();
      } catch { /* the worker is gone already */ }
    }
    this.#worker.terminate();
  }

  /** Waits until the worker has finished its part of the last step. */
  #settle(): void {
    if (this.#worker) this.#work.waitForOther();
  }

  /** Runs `action`; if a thread fails in it, the engine is broken for good and says why. */
  #guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.#failure ??= this.#work.failure ?? (error as Error).message;
      this.#work.fail(this.#failure); // wakes the worker if it waits for this thread
      throw new Error(this.#failure);
    }
  }

  #checkUsable(): void {
    throwIfDisposed(this.#disposed, "The fast engine");
    if (this.#failure) {
      throw new Error(`${this.#failure} (the engine cannot go on: create a new one)`);
    }
  }
}
