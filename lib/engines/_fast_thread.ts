/**
 * One thread's part of the fast engine's training step (`fast_train.ts`), and the shared memory
 * and meeting points the main thread and the worker (`_fast_worker.ts`) use.
 *
 * @module
 */
import type { Batch } from "../data/batches.ts";
import { adamSlice, denseBackwardFast, denseForwardFast } from "./_fast_kernels.ts";
import { logSoftmaxForward, logSoftmaxNllBackward, nllForward } from "../network/scratch.ts";

/** Indices of the shared control words: the batch's rows, a stop request, and how often each
 * thread has arrived. */
const ROWS = 0, STOP = 1, ARRIVED = 2;

/** How many 32-bit words of control the two threads share. */
export const CONTROL_WORDS = ARRIVED + 2;

/**
 * Waits until `control[index]` is no longer `value` and returns its new value. It spins for a
 * while first: waking a sleeping thread costs tens of microseconds, as long as a step's work.
 * The sleeps have a timeout so that a missed wake-up costs a delay, never a hang.
 *
 * @example
 * ```ts
 * import { waitForChange } from "./_fast_thread.ts";
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

/** The shared memory of a trainer: what its worker receives. */
export interface SharedState {
  sizes: number[];
  threads: number;
  learningRate: number;
  maxBatch: number;
  /** Weights and biases, layer by layer, in the order of `Network.getWeights()`. */
  params: SharedArrayBuffer;
  /** Their gradient, in the same layout. */
  gradients: SharedArrayBuffer;
  m: SharedArrayBuffer;
  v: SharedArrayBuffer;
  x: SharedArrayBuffer;
  labels: SharedArrayBuffer;
  /** Each layer's output for the whole batch (after ReLU for the hidden layers). */
  outputs: SharedArrayBuffer[];
  /** Per hidden layer and thread: that thread's part of the gradient of the layer's output. */
  inputGradients: SharedArrayBuffer[][];
  control: SharedArrayBuffer;
}

/** Views of a flat parameter vector as the per-layer arrays of a {@linkcode ScratchNetwork}. */
export function layerViews(
  flat: Float32Array,
  sizes: readonly number[],
): { W: Float32Array[]; b: Float32Array[] } {
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

/**
 * One thread's part of every step: its own neurons in every layer. A thread computes its neurons'
 * outputs for the whole batch, their gradients, and Adam on their weights, so the weights it
 * updates stay in its core's cache; the threads exchange only the layers' outputs and the
 * gradients flowing back, and meet once per layer.
 */
export class ThreadWork {
  readonly params: Float32Array;
  readonly control: Int32Array;
  /** This thread's neurons in each layer. */
  readonly #own: [number, number][];
  readonly #W: Float32Array[];
  readonly #b: Float32Array[];
  readonly #dW: Float32Array[];
  readonly #db: Float32Array[];
  /** Flat ranges of this thread's parameters, for Adam. */
  readonly #ranges: [number, number][] = [];
  readonly #gradients: Float32Array;
  readonly #m: Float32Array;
  readonly #v: Float32Array;
  readonly #x: Float32Array;
  readonly #labels: Uint8Array;
  readonly #outputs: Float32Array[];
  readonly #inputGradients: Float32Array[][];
  /** This thread's pre-activations and their gradients, batch × own neurons, per layer. */
  readonly #sums: Float32Array[];
  readonly #dSums: Float32Array[];
  readonly #logProbs: Float32Array;
  readonly #dLogits: Float32Array;
  #arrived = 0;

  /** Views the shared buffers as thread `thread`. */
  constructor(readonly shared: SharedState, readonly thread: number) {
    const { sizes, threads, maxBatch } = shared;
    this.params = new Float32Array(shared.params);
    this.#gradients = new Float32Array(shared.gradients);
    const all = layerViews(this.params, sizes), grads = layerViews(this.#gradients, sizes);
    this.#own = sizes.slice(1).map((size) => share(size, threads, thread));
    const rows = (M: Float32Array[]) =>
      M.map((w, l) => w.subarray(this.#own[l][0] * sizes[l], this.#own[l][1] * sizes[l]));
    const slices = (v: Float32Array[]) => v.map((b, l) => b.subarray(...this.#own[l]));
    [this.#W, this.#b, this.#dW, this.#db] = [
      rows(all.W),
      slices(all.b),
      rows(grads.W),
      slices(grads.b),
    ];
    for (const view of [...this.#dW, ...this.#db]) {
      const start = view.byteOffset / 4;
      this.#ranges.push([start, start + view.length]);
    }
    this.#m = new Float32Array(shared.m);
    this.#v = new Float32Array(shared.v);
    this.#x = new Float32Array(shared.x);
    this.#labels = new Uint8Array(shared.labels);
    this.#outputs = shared.outputs.map((o) => new Float32Array(o));
    this.#inputGradients = shared.inputGradients.map((per) => per.map((g) => new Float32Array(g)));
    const own = this.#own.map(([start, end]) => new Float32Array(maxBatch * (end - start)));
    this.#sums = own;
    this.#dSums = own.map((o) => new Float32Array(o.length));
    const classes = sizes[sizes.length - 1];
    this.#logProbs = new Float32Array(maxBatch * classes);
    this.#dLogits = new Float32Array(maxBatch * classes);
    this.control = new Int32Array(shared.control);
  }

  /** Tells the other thread this one has reached the next meeting point. */
  arrive(): void {
    Atomics.store(this.control, ARRIVED + this.thread, ++this.#arrived);
    Atomics.notify(this.control, ARRIVED + this.thread);
  }

  /** Waits until the other thread has arrived `count` times in all. */
  waitForOther(count = this.#arrived): void {
    const index = ARRIVED + 1 - this.thread;
    let arrived = Atomics.load(this.control, index);
    while (arrived < count) arrived = waitForChange(this.control, index, arrived);
  }

  /** How often this thread has arrived. */
  get arrivals(): number {
    return this.#arrived;
  }

  /** Arrives, and waits for the other thread to arrive too. */
  #meet(): void {
    if (this.shared.threads === 1) return;
    this.arrive();
    this.waitForOther();
  }

  /** Copies a batch into shared memory. */
  load(batch: Batch): void {
    this.#x.set(batch.x);
    this.#labels.set(batch.labels);
    Atomics.store(this.control, ROWS, batch.size);
  }

  /** The rows of the batch in shared memory. */
  get rows(): number {
    return Atomics.load(this.control, ROWS);
  }

  /** Whether the worker has been asked to stop. */
  get stopping(): boolean {
    return Atomics.load(this.control, STOP) === 1;
  }

  /** Asks the worker to stop (it sees the request at its next wake-up). */
  requestStop(): void {
    Atomics.store(this.control, STOP, 1);
    this.arrive();
  }

  /** This thread's share of one training step on the `n` rows in shared memory; the batch loss. */
  step(n: number, step: number): number {
    const { sizes } = this.shared, layers = sizes.length - 1, classes = sizes[layers];
    for (let l = 0; l < layers; l++) this.#forwardLayer(l, n);
    logSoftmaxForward(this.#outputs[layers - 1], n, classes, this.#logProbs);
    logSoftmaxNllBackward(this.#logProbs, this.#labels, n, classes, this.#dLogits);
    const [from, to] = this.#own[layers - 1], dOut = this.#dSums[layers - 1];
    for (let s = 0; s < n; s++) {
      for (let j = from; j < to; j++) {
        dOut[s * (to - from) + j - from] = this.#dLogits[s * classes + j];
      }
    }
    for (const [start, end] of this.#ranges) this.#gradients.fill(0, start, end);
    for (let l = layers - 1; l >= 0; l--) this.#backwardLayer(l, n);
    const { learningRate } = this.shared;
    for (const [start, end] of this.#ranges) {
      adamSlice(this.params, this.#gradients, this.#m, this.#v, start, end, step, learningRate);
    }
    return nllForward(this.#logProbs, this.#labels, n, classes);
  }

  /** This thread's neurons of layer `l` for the whole batch, written into the layer's output. */
  #forwardLayer(l: number, n: number): void {
    const { sizes } = this.shared, last = l === sizes.length - 2;
    const [from, to] = this.#own[l], width = to - from, size = sizes[l + 1];
    const input = l === 0 ? this.#x : this.#outputs[l - 1], sums = this.#sums[l];
    denseForwardFast(input, n, this.#W[l], this.#b[l], sums);
    const output = this.#outputs[l];
    for (let s = 0; s < n; s++) {
      for (let k = 0; k < width; k++) {
        const z = sums[s * width + k];
        output[s * size + from + k] = last || z > 0 ? z : 0;
      }
    }
    this.#meet();
  }

  /**
   * Gradients of this thread's neurons of layer `l`. Above the first layer, also this thread's
   * neurons' share of the gradient of the layer below: the sum of both threads' parts, through
   * ReLU.
   */
  #backwardLayer(l: number, n: number): void {
    const input = l === 0 ? this.#x : this.#outputs[l - 1];
    const parts = l > 0 ? this.#inputGradients[l - 1] : undefined;
    const W = this.#W[l], dZ = this.#dSums[l];
    denseBackwardFast(input, n, W, dZ, this.#dW[l], this.#db[l], parts?.[this.thread]);
    if (!parts) return;
    this.#meet();
    const [from, to] = this.#own[l - 1], width = to - from, size = this.shared.sizes[l];
    const sums = this.#sums[l - 1], dSums = this.#dSums[l - 1];
    for (let s = 0; s < n; s++) {
      for (let k = 0; k < width; k++) {
        let g = 0;
        for (const part of parts) g += part[s * size + from + k];
        dSums[s * width + k] = sums[s * width + k] > 0 ? g : 0;
      }
    }
  }
}
