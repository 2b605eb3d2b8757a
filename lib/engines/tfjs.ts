/**
 * The TensorFlow.js engine: the network of `network/network.ts` and an optimiser, on any
 * TensorFlow.js backend.
 *
 * @module
 */
import { type BackendName, describeBackend, tf, useBackend } from "../network/backend.ts";
import type { Batch } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import {
  createOptimizer,
  learningRateOf,
  type OptimizerName,
  setLearningRate,
  trainStep,
} from "../network/learn.ts";
import { createNetwork, type Network } from "../network/network.ts";
import { predictLabels } from "../network/predict.ts";
import {
  type Engine,
  type EngineOptions,
  type Evaluation,
  scorePredictions,
  throwIfDisposed,
} from "../training/engine.ts";
import { TUTORIAL_LAYERS, TUTORIAL_RECIPE } from "../training/recipe.ts";

/** Options of {@linkcode TfjsEngine.create}. */
export interface TfjsEngineOptions extends EngineOptions {
  /** The TensorFlow.js backend: `wasm` by default, or `$MNIST_BACKEND`. */
  backend?: string;
  /** `adam` (the tutorial's choice, the default) or `sgd`. */
  optimizer?: OptimizerName;
}

/**
 * The TensorFlow.js engine: a {@linkcode Network} and an optimiser on a backend.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "../network/backend.ts";
 * import { createNetwork } from "../network/network.ts";
 * import { TfjsEngine } from "./tfjs.ts";
 * await useBackend("cpu");
 * const network = createNetwork({ layers: [2, 2], seed: 1 });
 * const engine = new TfjsEngine(network, { learningRate: 0.1 });
 * const batch = { x: new Float32Array([1, 0, 0, 1]), labels: new Uint8Array([0, 1]), size: 2 };
 * for (let i = 0; i < 50; i++) engine.step(batch);
 * assert.ok((await engine.readLoss()) < Math.log(2));
 * engine.dispose(); // the optimiser; the network stays the caller's
 * network.dispose();
 * ```
 */
export class TfjsEngine implements Engine {
  readonly name = "tfjs";
  readonly description: string;
  readonly network: Network;
  readonly #optimizer: tf.Optimizer;
  readonly #ownsNetwork: boolean;
  /** The losses of the steps since the last `readLoss()`, as tensors not yet read. */
  #losses: tf.Scalar[] = [];
  #disposed = false;

  /**
   * Trains `network` (which stays the caller's: `dispose()` frees only the optimiser) with a new
   * optimiser. Use {@linkcode TfjsEngine.create} for a new network on a chosen backend.
   */
  constructor(
    network: Network,
    options: { learningRate?: number; optimizer?: OptimizerName; ownsNetwork?: boolean } = {},
  ) {
    this.network = network;
    this.#optimizer = createOptimizer(
      options.optimizer ?? "adam",
      options.learningRate ?? TUTORIAL_RECIPE.learningRate,
    );
    this.#ownsNetwork = options.ownsNetwork ?? false;
    this.description = `TensorFlow.js on ${describeBackend()}`;
  }

  /**
   * Switches TensorFlow.js to the backend asked for and makes a new network with seeded weights
   * (the same as every engine's for the seed).
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { TfjsEngine } from "./tfjs.ts";
   * const engine = await TfjsEngine.create({ backend: "cpu", layers: [4, 3], seed: 1 });
   * engine.step({ x: new Float32Array(8), labels: new Uint8Array([0, 2]), size: 2 });
   * assert.ok(Math.abs(await engine.readLoss() - Math.log(3)) < 0.5);
   * engine.dispose();
   * ```
   */
  static async create(options: TfjsEngineOptions = {}): Promise<TfjsEngine> {
    await useBackend(options.backend as BackendName | undefined);
    const network = createNetwork({
      layers: options.layers ?? TUTORIAL_LAYERS,
      seed: options.seed,
    });
    return new TfjsEngine(network, { ...options, ownsNetwork: true });
  }

  get sizes(): readonly number[] {
    return this.network.sizes;
  }

  get learningRate(): number {
    return learningRateOf(this.#optimizer);
  }

  set learningRate(rate: number) {
    setLearningRate(this.#optimizer, rate);
  }

  step(batch: Batch): void {
    throwIfDisposed(this.#disposed, "The TensorFlow.js engine");
    this.#losses.push(trainStep(this.network, this.#optimizer, batch));
  }

  async readLoss(): Promise<number> {
    throwIfDisposed(this.#disposed, "The TensorFlow.js engine");
    const losses = this.#losses;
    if (losses.length === 0) return NaN;
    this.#losses = [];
    // Stacked then summed, not tf.addN(): the webgpu backend's addN binds every input to one
    // shader, and past 7 of them (its device's limit of 8 storage buffers) silently returns
    // stale numbers; stack() splits its inputs into groups under that limit.
    const sum = tf.tidy(() => tf.sum(tf.stack(losses)));
    tf.dispose(losses);
    const [total] = await sum.data();
    sum.dispose();
    return total / losses.length;
  }

  async predict(set: ImageSet): Promise<Uint8Array> {
    throwIfDisposed(this.#disposed, "The TensorFlow.js engine");
    return await predictLabels(this.network, set);
  }

  async evaluate(set: ImageSet): Promise<Evaluation> {
    return scorePredictions(set, await this.predict(set));
  }

  async weights(): Promise<Float32Array[]> {
    throwIfDisposed(this.#disposed, "The TensorFlow.js engine");
    return await this.network.getWeights();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    tf.dispose(this.#losses);
    this.#optimizer.dispose();
    if (this.#ownsNetwork) this.network.dispose();
  }
}
