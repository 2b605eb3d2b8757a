/**
 * The scratch engine: the network written from scratch in plain TypeScript
 * (`network/scratch.ts`), trained with Adam on plain arrays, on one thread. Loads no
 * TensorFlow.js.
 *
 * @module
 */
import { batchOf } from "../data/batches.ts";
import type { Batch } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { type Parameters, ScratchNetwork, type Vector, zerosLike } from "../network/scratch.ts";
import { Adam } from "../training/adam.ts";
import {
  type Engine,
  type EngineOptions,
  type Evaluation,
  scorePredictions,
  throwIfDisposed,
} from "../training/engine.ts";
import { checkLearningRate, TUTORIAL_LAYERS, TUTORIAL_RECIPE } from "../training/recipe.ts";

/**
 * The most probable class of each image of a set, by a scratch network.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { ScratchNetwork } from "../network/scratch.ts";
 * import { predictScratch } from "./scratch.ts";
 * const network = ScratchNetwork.create([784, 16, 10]);
 * const labels = predictScratch(network, takeFirst((await loadDataset()).test, 100));
 * assert.equal(labels.length, 100);
 * ```
 */
export function predictScratch(network: ScratchNetwork, set: ImageSet): Uint8Array {
  const labels = new Uint8Array(set.count);
  for (let start = 0; start < set.count; start += 1000) {
    const batch = batchOf(set, start, 1000);
    labels.set(network.predict(batch.x, batch.size), start);
  }
  return labels;
}

/**
 * The scratch engine: {@linkcode ScratchNetwork} and {@linkcode Adam}, one thread. It trains the
 * network it is given in place.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { ScratchNetwork } from "../network/scratch.ts";
 * import { ScratchEngine } from "./scratch.ts";
 * const network = ScratchNetwork.create([2, 2], { seed: 1 });
 * const engine = new ScratchEngine(network, 0.1);
 * const batch = { x: new Float32Array([1, 0, 0, 1]), labels: new Uint8Array([0, 1]), size: 2 };
 * for (let i = 0; i < 50; i++) engine.step(batch);
 * assert.ok((await engine.readLoss()) < Math.log(2)); // better than guessing
 * ```
 */
export class ScratchEngine implements Engine {
  readonly name = "scratch";
  readonly description = "plain TypeScript, 1 thread";
  readonly network: ScratchNetwork;
  readonly #adam: Adam;
  readonly #gradients: Parameters;
  /** The parameters and their gradients as two lists in the same order, for Adam. */
  readonly #paramList: Vector[];
  readonly #gradientList: Vector[];
  #lossSum = 0;
  #steps = 0;
  #disposed = false;

  /** Trains `network` (in place) with Adam at `learningRate`. */
  constructor(network: ScratchNetwork, learningRate: number = TUTORIAL_RECIPE.learningRate) {
    this.network = network;
    this.#paramList = network.toArrays();
    this.#adam = new Adam(this.#paramList, checkLearningRate(learningRate));
    this.#gradients = zerosLike(network.params);
    const { W, b } = this.#gradients;
    this.#gradientList = W.flatMap((w, l) => [w, b[l]]);
  }

  /**
   * A new scratch network with the seeded weights every engine starts from.
   *
   * @example
   * ```ts
   * import assert from "node:assert/strict";
   * import { ScratchEngine } from "./scratch.ts";
   * const engine = ScratchEngine.create({ layers: [4, 3], seed: 1 });
   * engine.step({ x: new Float32Array(8), labels: new Uint8Array([0, 2]), size: 2 });
   * assert.ok(Math.abs(await engine.readLoss() - Math.log(3)) < 0.5);
   * ```
   */
  static create(options: EngineOptions = {}): ScratchEngine {
    const network = ScratchNetwork.create(options.layers ?? TUTORIAL_LAYERS, {
      seed: options.seed,
    });
    return new ScratchEngine(network, options.learningRate);
  }

  get sizes(): readonly number[] {
    return this.network.sizes;
  }

  get learningRate(): number {
    return this.#adam.learningRate;
  }

  set learningRate(rate: number) {
    this.#adam.learningRate = checkLearningRate(rate);
  }

  step(batch: Batch): void {
    throwIfDisposed(this.#disposed, "The scratch engine");
    const { loss } = this.network.lossAndGradients(
      batch.x,
      batch.labels,
      batch.size,
      this.#gradients,
    );
    this.#adam.step(this.#paramList, this.#gradientList);
    this.#lossSum += loss;
    this.#steps++;
  }

  // deno-lint-ignore require-await
  async readLoss(): Promise<number> {
    throwIfDisposed(this.#disposed, "The scratch engine");
    const mean = this.#steps ? this.#lossSum / this.#steps : NaN;
    this.#lossSum = this.#steps = 0;
    return mean;
  }

  // deno-lint-ignore require-await
  async predict(set: ImageSet): Promise<Uint8Array> {
    throwIfDisposed(this.#disposed, "The scratch engine");
    return predictScratch(this.network, set);
  }

  async evaluate(set: ImageSet): Promise<Evaluation> {
    return scorePredictions(set, await this.predict(set));
  }

  // deno-lint-ignore require-await
  async weights(): Promise<Float32Array[]> {
    throwIfDisposed(this.#disposed, "The scratch engine");
    return this.network.toArrays().map((a) => Float32Array.from(a));
  }

  dispose(): void {
    this.#disposed = true;
  }
}
