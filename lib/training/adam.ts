/**
 * Adam on plain arrays of numbers, as TensorFlow.js computes it: running means of the gradients
 * (m) and of their squares (v), corrected for starting at zero, and a step of
 * `learningRate · m̂ / (√v̂ + ε)` for every parameter. The scratch and fast engines share it.
 *
 * @module
 */
import { type Vector, zerosOf } from "../network/scratch.ts";

/** Adam's constants: TensorFlow.js's defaults. */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

/**
 * One Adam update of the parameters `from … to − 1` of `params`, given their `gradient` and the
 * optimiser's state `m` and `v` (all of the same length), at step `step` (counted from 1):
 *
 * m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,
 * θ ← θ − η · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { adamUpdate } from "./adam.ts";
 * const params = new Float32Array([1]), m = new Float32Array(1), v = new Float32Array(1);
 * adamUpdate(params, new Float32Array([0.5]), m, v, 0, 1, 1, 0.1);
 * // The first step moves by about the learning rate, whatever the gradient's size.
 * assert.ok(Math.abs(params[0] - 0.9) < 1e-6);
 * ```
 */
export function adamUpdate(
  params: Vector,
  gradient: Vector,
  m: Vector,
  v: Vector,
  from: number,
  to: number,
  step: number,
  learningRate: number,
): void {
  const { beta1, beta2, epsilon } = ADAM;
  const rate = learningRate / (1 - beta1 ** step);
  // √(v / (1 − β₂ᵗ)) as √v · scale: a multiplication instead of a division in the loop.
  const scale = 1 / Math.sqrt(1 - beta2 ** step);
  for (let i = from; i < to; i++) {
    const g = gradient[i];
    const mi = (m[i] = beta1 * m[i] + (1 - beta1) * g);
    const vi = (v[i] = beta2 * v[i] + (1 - beta2) * g * g);
    params[i] -= (rate * mi) / (Math.sqrt(vi) * scale + epsilon);
  }
}

/**
 * Adam for a list of parameter arrays (a network's weights and biases), keeping its state.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Adam } from "./adam.ts";
 * const params = [new Float64Array([3])];
 * const adam = new Adam(params, 0.1);
 * for (let i = 0; i < 200; i++) adam.step(params, [Float64Array.of(2 * (params[0][0] - 1))]);
 * assert.ok(Math.abs(params[0][0] - 1) < 0.05); // the lowest point of (θ − 1)²
 * ```
 */
export class Adam {
  readonly #m: Vector[];
  readonly #v: Vector[];
  #step = 0;

  /** State for parameters shaped like `params`, and the learning rate. */
  constructor(params: readonly Vector[], public learningRate = 0.001) {
    this.#m = params.map(zerosOf);
    this.#v = params.map(zerosOf);
  }

  /** Moves every parameter one step against its gradient. */
  step(params: readonly Vector[], gradients: readonly Vector[]): void {
    this.#step++;
    params.forEach((p, k) =>
      adamUpdate(
        p,
        gradients[k],
        this.#m[k],
        this.#v[k],
        0,
        p.length,
        this.#step,
        this.learningRate,
      )
    );
  }
}
