/**
 * The tutorial's network in TensorFlow.js: fully connected layers z = W·x + b with ReLU between
 * them and a log-softmax at the end, 784 → 64 → 64 → 64 → 10 by default.
 *
 * Weights are stored the way the maths is written: layer i's `weights` has shape
 * [outputs, inputs], so row j holds the weights of neuron j (for the first layer, a 28 × 28
 * picture of what that neuron looks for). Inputs come as rows, one image a row, so a layer
 * computes x·Wᵀ + b for the whole batch at once.
 *
 * @module
 */
import { tf } from "./backend.ts";
import { checkLayers, TUTORIAL_LAYERS } from "../training/recipe.ts";
import { initialWeights } from "./init.ts";

export { initialWeights, TUTORIAL_LAYERS };

/** One fully connected layer's parameters. */
export interface DenseLayer {
  /** Shape [outputs, inputs]: row j holds the weights of neuron j. */
  weights: tf.Variable;
  /** Shape [outputs]: one bias a neuron. */
  bias: tf.Variable;
}

/** Options of {@linkcode createNetwork}. */
export interface NetworkOptions {
  /** Sizes of the layers, input first; defaults to {@linkcode TUTORIAL_LAYERS}. */
  layers?: readonly number[];
  /** Seed of the initial weights: the same seed gives the same network. Defaults to 0. */
  seed?: number;
}

/**
 * z = x·Wᵀ + b for a batch `x` [n, inputs] and weights `W` [outputs, inputs], with its gradients
 * written out: ∂L/∂x = ∂L/∂z·W, ∂L/∂W = (∂L/∂z)ᵀ·x, ∂L/∂b = Σ ∂L/∂z over the batch.
 *
 * TensorFlow.js would derive the same gradients by itself, but its WebAssembly backend multiplies
 * by a transposed matrix (what `matMul(a, b, false, true)` and the derived gradients ask for) on a
 * slow path, several times slower than a plain product. Transposing explicitly, here and in the
 * backward pass, makes every product a plain one: training runs about twice as fast.
 */
const denseLayer = tf.customGrad(
  // deno-lint-ignore no-explicit-any
  ((x: tf.Tensor2D, W: tf.Tensor2D, b: tf.Tensor1D, save: any) => {
    save([x, W]);
    return {
      value: tf.add(tf.matMul(x, tf.transpose(W)), b),
      gradFunc: (dz: tf.Tensor2D, [x, W]: tf.Tensor2D[]) => [
        tf.matMul(dz, W),
        tf.matMul(tf.transpose(dz), x),
        tf.sum(dz, 0),
      ],
    };
  }) as never,
) as unknown as (x: tf.Tensor2D, W: tf.Tensor2D, b: tf.Tensor1D) => tf.Tensor2D;

/**
 * A network of fully connected layers, ReLU between them, log-softmax at the output.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tf, useBackend } from "./backend.ts";
 * import { Network } from "./network.ts";
 * await useBackend("cpu");
 * // One layer, 2 inputs → 2 outputs: z = x·Wᵀ + b.
 * const network = Network.fromArrays([2, 2], [Float32Array.of(1, 0, 0, 1), Float32Array.of(0, 1)]);
 * const logits = network.logits(tf.tensor2d([[3, 5]]));
 * assert.deepEqual(await logits.array(), [[3, 6]]);
 * tf.dispose(logits);
 * network.dispose();
 * ```
 */
export class Network {
  /** The layer sizes, input first. */
  readonly sizes: readonly number[];
  /** The parameters of each layer, first layer first. */
  readonly layers: readonly DenseLayer[];

  /** Wraps existing layers; use {@linkcode createNetwork} to make a new network. */
  constructor(layers: DenseLayer[]) {
    if (layers.length === 0) throw new Error("A network needs at least one layer");
    this.layers = layers;
    this.sizes = [layers[0].weights.shape[1]!, ...layers.map((l) => l.weights.shape[0]!)];
  }

  /**
   * A network holding the given parameters, in the order of {@linkcode Network.getWeights}
   * (each layer's weights, row j = neuron j, then its biases).
   */
  static fromArrays(sizes: readonly number[], arrays: readonly Float32Array[]): Network {
    checkLayers(sizes);
    if (arrays.length !== 2 * (sizes.length - 1)) {
      throw new Error(`Expected ${2 * (sizes.length - 1)} weight arrays, got ${arrays.length}`);
    }
    const layers: DenseLayer[] = [];
    for (let i = 1; i < sizes.length; i++) {
      const [weights, bias] = [arrays[2 * i - 2], arrays[2 * i - 1]];
      if (weights.length !== sizes[i] * sizes[i - 1] || bias.length !== sizes[i]) {
        throw new Error(
          `Layer ${i}'s arrays hold ${weights.length} weights and ${bias.length} biases; ` +
            `${sizes[i - 1]} → ${sizes[i]} needs ${sizes[i] * sizes[i - 1]} and ${sizes[i]}`,
        );
      }
      layers.push(tf.tidy(() => ({
        weights: tf.variable(tf.tensor2d(weights, [sizes[i], sizes[i - 1]])),
        bias: tf.variable(tf.tensor1d(bias)),
      })));
    }
    return new Network(layers);
  }

  /** The number of weights and biases: 59,210 for the tutorial's network. */
  get parameterCount(): number {
    return this.layers.reduce((sum, l) => sum + l.weights.size + l.bias.size, 0);
  }

  /** Every trainable variable, layer by layer: weights then bias. */
  get variables(): tf.Variable[] {
    return this.layers.flatMap((l) => [l.weights, l.bias]);
  }

  /**
   * The output of every layer for a batch `x` of shape [n, inputs]: the hidden layers after
   * ReLU, the last layer as raw scores (logits). The caller disposes the tensors.
   */
  activations(x: tf.Tensor2D): tf.Tensor2D[] {
    const outputs: tf.Tensor2D[] = [];
    let h = x;
    for (let i = 0; i < this.layers.length; i++) {
      const input = h;
      h = tf.tidy(() => this.#layer(i, input));
      outputs.push(h);
    }
    return outputs;
  }

  /** The raw scores (logits) of each class for a batch `x` of shape [n, inputs]. */
  logits(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => this.layers.reduce((h, _, i) => this.#layer(i, h), x));
  }

  /** Layer i: z = x·Wᵀ + b, then ReLU unless it is the output layer. */
  #layer(i: number, x: tf.Tensor2D): tf.Tensor2D {
    const { weights, bias } = this.layers[i];
    const z = denseLayer(x, weights as tf.Tensor2D, bias as tf.Tensor1D);
    return i < this.layers.length - 1 ? tf.relu(z) : z;
  }

  /** The log-probability of each class (log-softmax of the logits), shape [n, classes]. */
  forward(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => tf.logSoftmax(this.logits(x)));
  }

  /** Copies of the parameters as plain arrays, layer by layer: weights then bias. */
  async getWeights(): Promise<Float32Array[]> {
    // Read asynchronously: a GPU backend cannot hand its numbers over synchronously.
    return await Promise.all(
      this.variables.map(async (v) => ((await v.data()) as Float32Array).slice()),
    );
  }

  /** Overwrites the parameters with arrays in the order of {@linkcode Network.getWeights}. */
  setWeights(arrays: readonly Float32Array[]): void {
    const variables = this.variables;
    if (arrays.length !== variables.length) {
      throw new Error(`Expected ${variables.length} weight arrays, got ${arrays.length}`);
    }
    variables.forEach((v, i) => {
      if (arrays[i].length !== v.size) {
        throw new Error(
          `Weight array ${i} has ${arrays[i].length} numbers; shape [${v.shape}] needs ${v.size}`,
        );
      }
    });
    variables.forEach((v, i) => tf.tidy(() => v.assign(tf.tensor(arrays[i], v.shape))));
  }

  /** Frees the network's variables. */
  dispose(): void {
    for (const v of this.variables) v.dispose();
  }
}

/**
 * A new network with seeded random weights (see {@linkcode initialWeights}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * await useBackend("cpu");
 * const network = createNetwork({ seed: 1 });
 * assert.equal(network.parameterCount, 59210);
 * network.dispose();
 * ```
 */
export function createNetwork(options: NetworkOptions = {}): Network {
  const sizes = options.layers ?? TUTORIAL_LAYERS;
  return Network.fromArrays(sizes, initialWeights(sizes, options.seed ?? 0));
}
