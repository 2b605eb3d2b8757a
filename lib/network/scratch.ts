/**
 * The course's network written from scratch in plain TypeScript: no TensorFlow.js, only loops over
 * typed arrays. Every operation's backward pass is written next to its forward pass, so the whole
 * of backpropagation can be read in this one file.
 *
 * Shapes follow the rest of the course: a batch is `n` rows of inputs; layer l has weights
 * `W[l]` of shape [outputs, inputs] (row j = neuron j) and biases `b[l]` of length `outputs`.
 *
 * @module
 */
import { initialWeights } from "./init.ts";

/** Storage for numbers: float32 to train fast, float64 to check gradients precisely. */
export type Vector = Float32Array | Float64Array;

/** A network's parameters (or gradients of the same shapes). */
export interface Parameters {
  /** Weights of each layer, [outputs × inputs] row-major. */
  W: Vector[];
  /** Biases of each layer. */
  b: Vector[];
}

/** What the forward pass keeps for the backward pass. */
export interface ForwardCache {
  /** Rows in the batch. */
  n: number;
  /** The input of each layer (the batch itself for layer 0), after ReLU for hidden layers. */
  inputs: Vector[];
  /** The pre-activation sums z of each layer (the last one: the logits). */
  sums: Vector[];
  /** Log-probabilities of each class, n × classes. */
  logProbs: Vector;
}

// ---------------------------------------------------------------------------------------------
// The operations, each with its backward pass beside it.

/**
 * Forward: Z = A·Wᵀ + b for a batch A of n rows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { denseForward } from "./scratch.ts";
 * const Z = new Float64Array(2); // one row, two neurons
 * denseForward(Float64Array.of(3, 1), 1, Float64Array.of(1, -1, 0.5, 2), Float64Array.of(0.5, -3), Z);
 * assert.deepEqual([...Z], [2.5, 0.5]);
 * ```
 */
export function denseForward(A: Vector, n: number, W: Vector, b: Vector, Z: Vector): void {
  const outputs = b.length, inputs = W.length / outputs;
  for (let s = 0; s < n; s++) {
    const a = s * inputs;
    for (let j = 0; j < outputs; j++) {
      const w = j * inputs;
      let sum = b[j];
      for (let i = 0; i < inputs; i++) sum += A[a + i] * W[w + i];
      Z[s * outputs + j] = sum;
    }
  }
}

/**
 * Backward of {@linkcode denseForward}: given dZ = ∂L/∂Z, adds ∂L/∂W = dZᵀ·A and ∂L/∂b = Σ dZ
 * into `dW`, `db`, and (when `dA` is given) writes ∂L/∂A = dZ·W.
 */
export function denseBackward(
  A: Vector,
  n: number,
  W: Vector,
  dZ: Vector,
  dW: Vector,
  db: Vector,
  dA?: Vector,
): void {
  const outputs = db.length, inputs = W.length / outputs;
  if (dA) dA.fill(0, 0, n * inputs);
  for (let s = 0; s < n; s++) {
    const a = s * inputs;
    for (let j = 0; j < outputs; j++) {
      const g = dZ[s * outputs + j];
      if (g === 0) continue; // ReLU zeroes many gradients: skip their work
      db[j] += g;
      const w = j * inputs;
      for (let i = 0; i < inputs; i++) dW[w + i] += g * A[a + i];
      if (dA) { for (let i = 0; i < inputs; i++) dA[a + i] += g * W[w + i]; }
    }
  }
}

/**
 * Forward: H = max(0, Z), element by element.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { reluBackward, reluForward } from "./scratch.ts";
 * const Z = Float64Array.of(-1, 2), H = new Float64Array(2);
 * reluForward(Z, H, 2);
 * assert.deepEqual([...H], [0, 2]);
 * const dH = Float64Array.of(5, 5);
 * reluBackward(Z, dH, 2); // the gradient stops where z ≤ 0
 * assert.deepEqual([...dH], [0, 5]);
 * ```
 */
export function reluForward(Z: Vector, H: Vector, length: number): void {
  for (let k = 0; k < length; k++) H[k] = Z[k] > 0 ? Z[k] : 0;
}

/** Backward of {@linkcode reluForward}: the gradient passes where z > 0 and stops elsewhere. */
export function reluBackward(Z: Vector, dH: Vector, length: number): void {
  for (let k = 0; k < length; k++) if (!(Z[k] > 0)) dH[k] = 0;
}

/**
 * Forward: each row of logits becomes log-probabilities, z − max − log Σ e^(z − max).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { logSoftmaxForward, logSoftmaxNllBackward, nllForward } from "./scratch.ts";
 * const logProbs = new Float64Array(3);
 * logSoftmaxForward(Float64Array.of(1, 5, 3), 1, 3, logProbs);
 * assert.ok(Math.abs(Math.exp(logProbs[1]) - 0.867) < 1e-3); // the tutorial's example
 * assert.ok(Math.abs(nllForward(logProbs, [1], 1, 3) + logProbs[1]) < 1e-12);
 * const dZ = new Float64Array(3);
 * logSoftmaxNllBackward(logProbs, [1], 1, 3, dZ); // softmax − one-hot
 * assert.ok(Math.abs(dZ[1] - (0.867 - 1)) < 1e-3);
 * ```
 */
export function logSoftmaxForward(Z: Vector, n: number, classes: number, out: Vector): void {
  for (let s = 0; s < n; s++) {
    const row = s * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, Z[row + c]);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(Z[row + c] - max);
    const logSum = max + Math.log(sum);
    for (let c = 0; c < classes; c++) out[row + c] = Z[row + c] - logSum;
  }
}

/** Forward: the mean negative log-likelihood of the true labels. */
export function nllForward(
  logProbs: Vector,
  labels: ArrayLike<number>,
  n: number,
  classes: number,
) {
  let loss = 0;
  for (let s = 0; s < n; s++) loss -= logProbs[s * classes + labels[s]];
  return loss / n;
}

/**
 * Backward of log-softmax followed by the NLL loss, in one step because it simplifies so well:
 * ∂L/∂z = (softmax(z) − onehot(y)) / n.
 */
export function logSoftmaxNllBackward(
  logProbs: Vector,
  labels: ArrayLike<number>,
  n: number,
  classes: number,
  dZ: Vector,
): void {
  for (let s = 0; s < n; s++) {
    for (let c = 0; c < classes; c++) {
      const k = s * classes + c;
      dZ[k] = (Math.exp(logProbs[k]) - (c === labels[s] ? 1 : 0)) / n;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The network.

/** The dense layer's two passes; `_fast_kernels.ts` offers faster ones with the same results. */
export interface DenseKernels {
  denseForward: typeof denseForward;
  denseBackward: typeof denseBackward;
}

/**
 * A fully connected ReLU network with a log-softmax output, on plain typed arrays.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ScratchNetwork } from "./scratch.ts";
 * const net = ScratchNetwork.create([4, 3, 2], { seed: 1 });
 * const { loss } = net.lossAndGradients(new Float32Array(8).fill(0.5), new Uint8Array([0, 1]), 2);
 * assert.ok(Math.abs(loss - Math.log(2)) < 1);
 * ```
 */
export class ScratchNetwork {
  /** Layer sizes, input first. */
  readonly sizes: readonly number[];
  /** The parameters, trained in place. */
  readonly params: Parameters;
  readonly #Type: Float32ArrayConstructor | Float64ArrayConstructor;
  readonly #kernels: DenseKernels;
  #buffers?: { n: number; sums: Vector[]; inputs: Vector[]; logProbs: Vector; grads: Vector[] };

  /** Wraps existing parameters (see {@linkcode ScratchNetwork.create}). */
  constructor(
    sizes: readonly number[],
    params: Parameters,
    kernels: DenseKernels = { denseForward, denseBackward },
  ) {
    this.sizes = sizes;
    this.params = params;
    this.#kernels = kernels;
    this.#Type = params.W[0] instanceof Float64Array ? Float64Array : Float32Array;
  }

  /**
   * A new network with the same seeded initial weights as every engine's
   * (`initialWeights()`: U(±1/√inputs), as PyTorch draws them).
   */
  static create(
    sizes: readonly number[],
    options: { seed?: number; precision?: "float32" | "float64" } = {},
  ): ScratchNetwork {
    return ScratchNetwork.fromArrays(
      sizes,
      initialWeights(sizes, options.seed ?? 0),
      options.precision,
    );
  }

  /**
   * A network from arrays in the order of `Network.getWeights()` (weights then bias, layer by
   * layer), so a TensorFlow.js network and a scratch one can hold the same weights.
   */
  static fromArrays(
    sizes: readonly number[],
    arrays: readonly Vector[],
    precision: "float32" | "float64" = "float32",
  ) {
    const Type = precision === "float64" ? Float64Array : Float32Array;
    const W = arrays.filter((_, i) => i % 2 === 0).map((a) => Type.from(a));
    const b = arrays.filter((_, i) => i % 2 === 1).map((a) => Type.from(a));
    return new ScratchNetwork(sizes, { W, b });
  }

  /** The number of weights and biases. */
  get parameterCount(): number {
    return [...this.params.W, ...this.params.b].reduce((sum, v) => sum + v.length, 0);
  }

  #ensureBuffers(n: number) {
    if (this.#buffers && this.#buffers.n >= n) return this.#buffers;
    const T = this.#Type, sizes = this.sizes;
    const sums = sizes.slice(1).map((size) => new T(n * size));
    const inputs = sizes.slice(0, -1).map((size, l) => (l === 0 ? new T(0) : new T(n * size)));
    const grads = sizes.slice(1).map((size) => new T(n * size));
    this.#buffers = { n, sums, inputs, logProbs: new T(n * sizes[sizes.length - 1]), grads };
    return this.#buffers;
  }

  /** The forward pass for `n` rows of `x`: log-probabilities, and what backward needs. */
  forward(x: Vector, n: number): ForwardCache {
    const { sums, inputs, logProbs } = this.#ensureBuffers(n);
    const layers = this.sizes.length - 1;
    let input: Vector = x;
    for (let l = 0; l < layers; l++) {
      inputs[l] = input;
      this.#kernels.denseForward(input, n, this.params.W[l], this.params.b[l], sums[l]);
      if (l < layers - 1) {
        reluForward(sums[l], inputs[l + 1], n * this.sizes[l + 1]);
        input = inputs[l + 1];
      }
    }
    logSoftmaxForward(sums[layers - 1], n, this.sizes[layers], logProbs);
    return { n, inputs: inputs.slice(), sums, logProbs };
  }

  /**
   * The loss on a batch and its gradient with respect to every parameter (backpropagation: the
   * backward passes above, from the loss back to the first layer).
   */
  lossAndGradients(x: Vector, labels: ArrayLike<number>, n: number, into?: Parameters): {
    loss: number;
    gradients: Parameters;
  } {
    const cache = this.forward(x, n);
    const layers = this.sizes.length - 1;
    const classes = this.sizes[layers];
    const gradients = into ?? zerosLike(this.params);
    if (into) { for (const v of [...into.W, ...into.b]) v.fill(0); }
    const { grads } = this.#buffers!;
    logSoftmaxNllBackward(cache.logProbs, labels, n, classes, grads[layers - 1]);
    for (let l = layers - 1; l >= 0; l--) {
      const dInput = l > 0 ? grads[l - 1] : undefined;
      this.#kernels.denseBackward(
        cache.inputs[l],
        n,
        this.params.W[l],
        grads[l],
        gradients.W[l],
        gradients.b[l],
        dInput,
      );
      if (dInput) reluBackward(cache.sums[l - 1], dInput, n * this.sizes[l]);
    }
    return { loss: nllForward(cache.logProbs, labels, n, classes), gradients };
  }

  /** The most probable class of each of `n` rows. */
  predict(x: Vector, n: number): Uint8Array {
    const classes = this.sizes[this.sizes.length - 1];
    const { logProbs } = this.forward(x, n);
    return Uint8Array.from({ length: n }, (_, s) => {
      let best = 0;
      for (let c = 1; c < classes; c++) {
        if (logProbs[s * classes + c] > logProbs[s * classes + best]) best = c;
      }
      return best;
    });
  }

  /** The parameters in the order of `Network.getWeights()`. */
  toArrays(): Vector[] {
    return this.params.W.flatMap((W, l) => [W, this.params.b[l]]);
  }
}

/** Zero-filled arrays of the same shapes as `params`. */
export function zerosLike(params: Parameters): Parameters {
  return { W: params.W.map(zerosOf), b: params.b.map(zerosOf) };
}

/**
 * A zero-filled array of the same length and kind (Float32Array or Float64Array) as `v`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { zerosOf } from "./scratch.ts";
 * assert.deepEqual(zerosOf(Float64Array.of(1, 2)), new Float64Array(2));
 * ```
 */
export function zerosOf(v: Vector): Vector {
  return new (v.constructor as Float32ArrayConstructor)(v.length);
}
