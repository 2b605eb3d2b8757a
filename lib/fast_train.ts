/**
 * The course's fastest training engine: the plain-TypeScript network of `scratch.ts` with the
 * reorganised loops of `_fast_kernels.ts`, spread over two threads. At every step the main thread
 * and a worker each run the forward and backward pass on half of the batch, then each applies
 * Adam to half of the parameters using both halves' gradients. Parameters, gradients and Adam's
 * state live in shared memory; the threads meet at two barriers per step (microseconds each).
 *
 * For a given seed and thread count the result is the same on every run.
 *
 * @module
 */
import type { Batch } from "./batches.ts";
import type { ImageSet } from "./dataset.ts";
import { adamSlice, denseBackwardFast, denseForwardFast } from "./_fast_kernels.ts";
import { type Parameters, ScratchNetwork } from "./scratch.ts";
import { type EpochResult, runEpochs, type TrainOptions, TUTORIAL_RECIPE } from "./train.ts";
import { evaluateScratch } from "./scratch_train.ts";
import { TUTORIAL_LAYERS } from "./model.ts";

/** Indices of the shared control words. */
const GO = 0, ROWS = 1, STEP = 2, PHASE_DONE = 3, STOP = -1;

/**
 * Waits until `control[index]` is no longer `value` and returns its new value. It spins for a
 * while first: waking a sleeping thread costs tens of microseconds, as long as a step's work.
 * The sleeps have a timeout so that a missed wake-up costs a delay, never a hang.
 *
 * @example
 * ```ts
 * import { waitForChange } from "./fast_train.ts";
 * const control = new Int32Array(new SharedArrayBuffer(4));
 * control[0] = 7;
 * console.assert(waitForChange(control, 0, 3) === 7);
 * ```
 */
export function waitForChange(control: Int32Array, index: number, value: number): number {
  for (let spin = 0; spin < 20_000; spin++) {
    const now = Atomics.load(control, index);
    if (now !== value) return now;
  }
  while (Atomics.load(control, index) === value) Atomics.wait(control, index, value, 50);
  return Atomics.load(control, index);
}

/** The threads the fast engine uses by default: two where the machine has two cores or more. */
export const FAST_THREADS: number = Math.max(1, Math.min(2, navigator.hardwareConcurrency));

/** The shared memory of a trainer: what its worker receives. */
export interface SharedState {
  sizes: number[];
  threads: number;
  learningRate: number;
  params: SharedArrayBuffer;
  gradients: SharedArrayBuffer[];
  m: SharedArrayBuffer;
  v: SharedArrayBuffer;
  x: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  control: SharedArrayBuffer;
  losses: SharedArrayBuffer;
}

/** Views of a flat parameter vector as the per-layer arrays of a {@linkcode ScratchNetwork}. */
export function layerViews(flat: Float32Array, sizes: readonly number[]): Parameters {
  const W: Float32Array[] = [], b: Float32Array[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    W.push(flat.subarray(offset, offset += sizes[l] * sizes[l - 1]));
    b.push(flat.subarray(offset, offset += sizes[l]));
  }
  return { W, b };
}

/** `[start, end)` of part `t` when `count` items are split into `parts` near-equal parts. */
export function share(count: number, parts: number, t: number): [number, number] {
  const per = Math.ceil(count / parts);
  return [Math.min(count, t * per), Math.min(count, (t + 1) * per)];
}

/** One thread's view of the shared state and its share of each step's work. */
export class ThreadWork {
  readonly network: ScratchNetwork;
  readonly params: Float32Array;
  readonly gradients: Float32Array[];
  readonly control: Int32Array;
  readonly #own: Parameters;
  readonly #m: Float32Array;
  readonly #v: Float32Array;
  readonly #x: Float32Array;
  readonly #labels: Uint8Array;
  readonly #losses: Float64Array;

  /** Views the shared buffers as thread `thread`. */
  constructor(readonly shared: SharedState, readonly thread: number) {
    this.params = new Float32Array(shared.params);
    this.gradients = shared.gradients.map((g) => new Float32Array(g));
    this.#own = layerViews(this.gradients[thread], shared.sizes);
    this.network = new ScratchNetwork(shared.sizes, layerViews(this.params, shared.sizes), {
      denseForward: denseForwardFast,
      denseBackward: denseBackwardFast,
    });
    this.#m = new Float32Array(shared.m);
    this.#v = new Float32Array(shared.v);
    this.#x = new Float32Array(shared.x);
    this.#labels = new Uint8Array(shared.labels);
    this.control = new Int32Array(shared.control);
    this.#losses = new Float64Array(shared.losses);
  }

  /** Phase 1: forward and backward passes on this thread's rows of the batch of `n`. */
  backward(n: number): void {
    const [start, end] = share(n, this.shared.threads, this.thread);
    if (end <= start) {
      this.gradients[this.thread].fill(0);
      this.#losses[this.thread] = 0;
      return;
    }
    const pixels = this.shared.sizes[0];
    this.#losses[this.thread] = this.network.lossAndGradients(
      this.#x.subarray(start * pixels, end * pixels),
      this.#labels.subarray(start, end),
      end - start,
      this.#own,
    ).loss;
  }

  /** Phase 2: Adam on this thread's slice of the parameters, with the whole batch's gradient. */
  update(n: number, step: number): void {
    const { threads, learningRate } = this.shared;
    // Each thread's gradient is the mean over its rows: weight it by its share of the batch.
    const weights = Array.from({ length: threads }, (_, t) => {
      const [start, end] = share(n, threads, t);
      return (end - start) / n;
    });
    const [from, to] = share(this.params.length, threads, this.thread);
    adamSlice(this.params, this.gradients, weights, this.#m, this.#v, from, to, step, learningRate);
  }

  /** The batch's mean loss, from every thread's share. */
  loss(n: number): number {
    let total = 0;
    for (let t = 0; t < this.shared.threads; t++) {
      const [start, end] = share(n, this.shared.threads, t);
      total += this.#losses[t] * (end - start);
    }
    return total / n;
  }

  /** Copies a batch into shared memory. */
  load(batch: Batch): void {
    this.#x.set(batch.x);
    this.#labels.set(batch.labels);
  }
}

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
 * import { FastTrainer } from "./fast_train.ts";
 * import { batchOf } from "./batches.ts";
 * import { loadDataset } from "./dataset.ts";
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
      learningRate: options.learningRate ?? TUTORIAL_RECIPE.learningRate,
      params: floats(count),
      gradients: Array.from({ length: threads }, () => floats(count)),
      m: floats(count),
      v: floats(count),
      x: floats(maxBatch * sizes[0]),
      labels: new SharedArrayBuffer(maxBatch),
      control: new SharedArrayBuffer(4 * 4),
      losses: new SharedArrayBuffer(8 * threads),
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
    const work = this.#work, control = work.control;
    if (batch.size > work.shared.x.byteLength / 4 / work.shared.sizes[0]) {
      throw new RangeError(`Batch of ${batch.size} is larger than the trainer's maxBatch`);
    }
    work.load(batch);
    const step = ++this.#step;
    Atomics.store(control, ROWS, batch.size);
    Atomics.store(control, STEP, step);
    Atomics.store(control, PHASE_DONE, 0);
    this.#bothThreads(2 * step - 1, 1, () => work.backward(batch.size));
    this.#bothThreads(2 * step, 2, () => work.update(batch.size, step));
    return work.loss(batch.size);
  }

  /** Wakes the worker for phase `go` (odd: backward, even: update), does this thread's share,
   * then waits until the worker has finished `done` phases of this step. */
  #bothThreads(go: number, done: number, share: () => void): void {
    if (!this.#worker) return share();
    this.#signal(go);
    share();
    this.#waitFor(done);
  }

  #signal(phase: number): void {
    Atomics.store(this.#work.control, GO, phase);
    Atomics.notify(this.#work.control, GO);
  }

  #waitFor(phase: number): void {
    const control = this.#work.control;
    let done = Atomics.load(control, PHASE_DONE);
    while (done < phase) done = waitForChange(control, PHASE_DONE, done);
  }

  /** A network that shares the trainer's current weights (for predictions and evaluation). */
  get network(): ScratchNetwork {
    return this.#work.network;
  }

  /** A copy of the parameters, in the order of `Network.getWeights()`. */
  weights(): Float32Array[] {
    return this.network.toArrays().map((a) => Float32Array.from(a));
  }

  /** Stops the worker. */
  dispose(): void {
    if (!this.#worker) return;
    this.#signal(STOP);
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
 * import { loadDataset, takeFirst } from "./dataset.ts";
 * import { trainFast } from "./fast_train.ts";
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
