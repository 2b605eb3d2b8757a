/**
 * What an engine is: a network and its optimiser that learn from batches, whatever does the
 * arithmetic (TensorFlow.js on a backend, plain TypeScript loops, or the fast two-thread engine).
 * The training loop, the command, the benchmark and the notebooks work with any of them through
 * this one interface. This module loads no TensorFlow.js.
 *
 * @module
 */
import type { Batch } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";

/** The engines the course can train with. */
export const ENGINES = ["fast", "tfjs", "scratch"] as const;

/** The name of an engine: `fast`, `tfjs` or `scratch`. */
export type EngineName = typeof ENGINES[number];

/**
 * True when `name` is one of {@linkcode ENGINES}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isEngineName } from "./engine.ts";
 * assert.ok(isEngineName("fast") && !isEngineName("turbo"));
 * ```
 */
export function isEngineName(name: string): name is EngineName {
  return (ENGINES as readonly string[]).includes(name);
}

/** Accuracy on a set: the share of images whose predicted class is the true one. */
export interface Evaluation {
  /** `correct / count`, from 0 to 1. */
  accuracy: number;
  /** Images predicted right. */
  correct: number;
  /** Images seen. */
  count: number;
}

/**
 * Counts how many predictions equal the set's labels.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { scorePredictions } from "./engine.ts";
 * const set = { images: new Uint8Array(3), labels: new Uint8Array([1, 2, 3]), count: 3, rows: 1, cols: 1 };
 * assert.deepEqual(scorePredictions(set, new Uint8Array([1, 0, 3])), { accuracy: 2 / 3, correct: 2, count: 3 });
 * ```
 */
export function scorePredictions(set: ImageSet, predicted: ArrayLike<number>): Evaluation {
  let correct = 0;
  for (let i = 0; i < set.count; i++) if (predicted[i] === set.labels[i]) correct++;
  return { accuracy: set.count ? correct / set.count : 0, correct, count: set.count };
}

/** A network and its optimiser, learning batch by batch. */
export interface Engine {
  /** Which engine this is. */
  readonly name: EngineName;
  /** What does the arithmetic, for people: "TensorFlow.js on wasm", "fast, 2 threads" … */
  readonly description: string;
  /** The layer sizes, input first. */
  readonly sizes: readonly number[];
  /** The optimiser's learning rate; it may be changed between steps (a schedule). */
  learningRate: number;
  /** One step of the optimiser on a batch. The batch's arrays may be reused once it returns. */
  step(batch: Batch): void;
  /**
   * The mean loss of the steps since the last call (NaN when there were none). Read
   * asynchronously, and not every step, so that a GPU is never made to wait for it.
   */
  readLoss(): Promise<number>;
  /** The most probable class of each image of a set. */
  predict(set: ImageSet): Promise<Uint8Array>;
  /** The accuracy on a set. */
  evaluate(set: ImageSet): Promise<Evaluation>;
  /** A copy of the parameters, layer by layer: weights (rows = neurons) then biases. */
  weights(): Promise<Float32Array[]>;
  /** Frees what the engine holds (tensors, threads). Using it afterwards throws. */
  dispose(): void;
}

/** Settings common to every engine; what is left out follows the tutorial's recipe. */
export interface EngineOptions {
  /** Layer sizes, input first; the tutorial's 784 → 64 → 64 → 64 → 10 by default. */
  layers?: readonly number[];
  /** Seed of the initial weights: every engine starts from the same weights for a seed. */
  seed?: number;
  /** The optimiser's learning rate. */
  learningRate?: number;
}

/**
 * Throws the error every engine gives when it is used after `dispose()`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { throwIfDisposed } from "./engine.ts";
 * assert.throws(() => throwIfDisposed(true, "The fast engine"), /has been disposed/);
 * ```
 */
export function throwIfDisposed(disposed: boolean, what: string): void {
  if (disposed) {
    throw new Error(`${what} has been disposed: create a new one to go on training`);
  }
}
