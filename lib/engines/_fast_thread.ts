/**
 * One thread's part of the fast engine's training step (`fast.ts`), and the shared memory and
 * meeting points that the main thread and the worker (`_fast_worker.ts`) use.
 *
 * ## How the two threads meet
 *
 * Each thread counts its *arrivals* in a shared word (`ARRIVED_MAIN`, `ARRIVED_WORKER`). To
 * arrive is to add one to one's own count; to meet is to arrive, then wait until the other's
 * count is at least one's own. A step goes:
 *
 * 1. the main thread waits until the worker has finished the previous step, writes the batch, its
 *    size (`ROWS`) and the learning rate into shared memory, and arrives ("the batch is ready");
 * 2. the worker, waiting for that arrival, arrives too; both compute their neurons of layer 1 for
 *    the whole batch and meet (each needs the other's outputs for layer 2), and so on through
 *    every layer, then back through every layer's gradients, meeting once per layer each way;
 * 3. each applies Adam to its own parameters and arrives a last time ("my step is done"). The
 *    main thread does not wait for the worker here: step 1 of the next step does.
 *
 * ## When something goes wrong
 *
 * A worker that fails writes `FAILED` into `STATE`, its error message into `message`, and a huge
 * arrival count, which wakes the main thread wherever it waits; the main thread then throws the
 * message. To stop the worker the main thread writes `STOP` into `STATE` and arrives. A thread
 * that waits longer than {@linkcode STALL_SECONDS} for the other gives up with an error rather than
 * wait forever.
 *
 * @module
 */
import type { Batch } from "../data/batches.ts";
import { adamUpdate } from "../training/adam.ts";
import { denseBackwardFast, denseForwardFast, KernelWorkspace } from "./_fast_kernels.ts";
import { logSoftmaxForward, logSoftmaxNllBackward, nllForward } from "../network/scratch.ts";

/** Index of the control word holding the batch's number of rows. */
const ROWS = 0;
/** Index of the control word holding the run's state: {@linkcode RUNNING}, STOP or FAILED. */
const STATE = 1;
/** Index of the byte length of the failure message in `message`. */
const MESSAGE_LENGTH = 2;
/** Index of the main thread's arrival count; the worker's follows it. */
const ARRIVED_MAIN = 3;
/** How many 32-bit control words the threads share. */
export const CONTROL_WORDS = ARRIVED_MAIN + 2;

const RUNNING = 0, STOP = 1, FAILED = 2;
/** The arrival count a failing thread writes: larger than any real count. */
const GAVE_UP = 0x7fffffff;
/** Seconds a thread waits for the other before it reports it stuck. */
export const STALL_SECONDS = 10;

/** Thrown in a thread when the other failed or was asked to stop. */
export class ThreadStopped extends Error {
  override name = "ThreadStopped";
}

/**
 * Waits until `control[index]` is no longer `value` and returns its new value. It spins for a
 * while first: waking a sleeping thread costs tens of microseconds, as long as a step's work.
 * The sleeps have a timeout so that a missed wake-up costs a delay, never a hang.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { waitForChange } from "./_fast_thread.ts";
 * const control = new Int32Array(new SharedArrayBuffer(4));
 * control[0] = 7;
 * assert.equal(waitForChange(control, 0, 3), 7);
 * ```
 */
export function waitForChange(
  control: Int32Array,
  index: number,
  value: number,
  timeoutMs = STALL_SECONDS * 1000,
): number {
  for (let spin = 0; spin < 20_000; spin++) {
    const now = Atomics.load(control, index);
    if (now !== value) return now;
  }
  const deadline = performance.now() + timeoutMs;
  while (Atomics.load(control, index) === value) {
    if (performance.now() > deadline) {
      throw new ThreadStopped(
        `The other training thread has not answered for ${timeoutMs / 1000} s`,
      );
    }
    Atomics.wait(control, index, value, 50);
  }
  return Atomics.load(control, index);
}

/** The shared memory of a fast engine: what its worker receives. */
export interface SharedState {
  /** Layer sizes, input first. */
  sizes: number[];
  /** 1 or 2. */
  threads: number;
  /** The largest batch the buffers hold. */
  maxBatch: number;
  /** Weights and biases, layer by layer, in the order of `Network.getWeights()`. */
  params: SharedArrayBuffer;
  /** Their gradient for the current batch, in the same layout. */
  gradients: SharedArrayBuffer;
  /** Adam's running mean of the gradients, in the same layout. */
  m: SharedArrayBuffer;
  /** Adam's running mean of the squared gradients, in the same layout. */
  v: SharedArrayBuffer;
  /** The batch's pixels, `maxBatch × inputs` floats. */
  x: SharedArrayBuffer;
  /** The batch's labels, one byte each. */
  labels: SharedArrayBuffer;
  /** One float64: the learning rate of the current step. */
  learningRate: SharedArrayBuffer;
  /** Each layer's output for the whole batch (after ReLU for the hidden layers). */
  outputs: SharedArrayBuffer[];
  /** Per hidden layer and thread: that thread's part of the gradient of the layer's output. */
  inputGradients: SharedArrayBuffer[][];
  /** {@linkcode CONTROL_WORDS} 32-bit words: rows, state, message length, arrival counts. */
  control: SharedArrayBuffer;
  /** A failure's message, UTF-8. */
  message: SharedArrayBuffer;
  /** For tests: the worker throws at this step (0: as it starts), to show how failures surface. */
  failAtStep?: number;
}

/** Views of a flat parameter vector as the per-layer arrays of a `ScratchNetwork`. */
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
 * gradients flowing back.
 */
export class ThreadWork {
  readonly params: Float32Array;
  readonly #control: Int32Array;
  readonly #rate: Float64Array;
  readonly #message: Uint8Array;
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
  readonly #kernels = new KernelWorkspace();
  #arrived = 0;
  #steps = 0;

  /** Views the shared buffers as thread `thread` (0: the main thread, 1: the worker). */
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
    this.#rate = new Float64Array(shared.learningRate);
    this.#outputs = shared.outputs.map((o) => new Float32Array(o));
    this.#inputGradients = shared.inputGradients.map((per) => per.map((g) => new Float32Array(g)));
    const own = this.#own.map(([start, end]) => new Float32Array(maxBatch * (end - start)));
    this.#sums = own;
    this.#dSums = own.map((o) => new Float32Array(o.length));
    const classes = sizes[sizes.length - 1];
    this.#logProbs = new Float32Array(maxBatch * classes);
    this.#dLogits = new Float32Array(maxBatch * classes);
    this.#control = new Int32Array(shared.control);
    this.#message = new Uint8Array(shared.message);
  }

  /** Tells the other thread this one has reached the next meeting point. */
  arrive(): void {
    Atomics.store(this.#control, ARRIVED_MAIN + this.thread, ++this.#arrived);
    Atomics.notify(this.#control, ARRIVED_MAIN + this.thread);
  }

  /**
   * Waits until the other thread has arrived `count` times in all. Throws when it failed, when
   * this thread is the worker and was asked to stop, or when the other stays silent too long.
   */
  waitForOther(count = this.#arrived): void {
    const index = ARRIVED_MAIN + 1 - this.thread;
    let arrived = Atomics.load(this.#control, index);
    while (arrived < count) arrived = waitForChange(this.#control, index, arrived);
    this.#throwIfStopped();
  }

  #throwIfStopped(): void {
    const state = Atomics.load(this.#control, STATE);
    if (state === FAILED) throw new ThreadStopped(this.failure ?? "The other thread failed");
    if (state === STOP && this.thread === 1) throw new ThreadStopped("Asked to stop");
  }

  /** How often this thread has arrived. */
  get arrivals(): number {
    return this.#arrived;
  }

  /** The message of a thread that failed, if one did. */
  get failure(): string | undefined {
    if (Atomics.load(this.#control, STATE) !== FAILED) return undefined;
    const length = Atomics.load(this.#control, MESSAGE_LENGTH);
    return new TextDecoder().decode(this.#message.slice(0, length));
  }

  /**
   * Records that this thread failed with `message` and wakes the other thread wherever it waits.
   * The first failure is kept.
   */
  fail(message: string): void {
    if (Atomics.compareExchange(this.#control, STATE, RUNNING, FAILED) !== RUNNING) return;
    const bytes = new TextEncoder().encode(message).subarray(0, this.#message.length);
    this.#message.set(bytes);
    Atomics.store(this.#control, MESSAGE_LENGTH, bytes.length);
    Atomics.store(this.#control, ARRIVED_MAIN + this.thread, GAVE_UP);
    Atomics.notify(this.#control, ARRIVED_MAIN + this.thread);
  }

  /** Asks the worker to stop, waking it. */
  requestStop(): void {
    Atomics.compareExchange(this.#control, STATE, RUNNING, STOP);
    this.arrive();
  }

  /** Arrives, and waits for the other thread to arrive too. */
  #meet(): void {
    if (this.shared.threads === 1) return;
    this.arrive();
    this.waitForOther();
  }

  /** Copies a batch and the step's learning rate into shared memory. */
  load(batch: Batch, learningRate: number): void {
    this.#x.set(batch.x);
    this.#labels.set(batch.labels);
    this.#rate[0] = learningRate;
    Atomics.store(this.#control, ROWS, batch.size);
  }

  /** This thread's share of one training step on the batch in shared memory; the batch loss. */
  step(): number {
    const n = Atomics.load(this.#control, ROWS);
    const { sizes, failAtStep } = this.shared, layers = sizes.length - 1, classes = sizes[layers];
    if (++this.#steps === failAtStep && this.thread === 1) {
      throw new Error(`failing at step ${failAtStep}, as the test asked`);
    }
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
    const rate = this.#rate[0];
    for (const [start, end] of this.#ranges) {
      adamUpdate(this.params, this.#gradients, this.#m, this.#v, start, end, this.#steps, rate);
    }
    return nllForward(this.#logProbs, this.#labels, n, classes);
  }

  /** This thread's neurons of layer `l` for the whole batch, written into the layer's output. */
  #forwardLayer(l: number, n: number): void {
    const { sizes } = this.shared, last = l === sizes.length - 2;
    const [from, to] = this.#own[l], width = to - from, size = sizes[l + 1];
    const input = l === 0 ? this.#x : this.#outputs[l - 1], sums = this.#sums[l];
    denseForwardFast(input, n, this.#W[l], this.#b[l], sums, this.#kernels);
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
    denseBackwardFast(
      input,
      n,
      W,
      dZ,
      this.#dW[l],
      this.#db[l],
      parts?.[this.thread],
      this.#kernels,
    );
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
