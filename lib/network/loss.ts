/**
 * The loss the network learns by: the negative log-likelihood of the true classes, computed from
 * the log-probabilities the network outputs and one-hot rows that mark the true classes.
 *
 * @module
 */
import { tf } from "./backend.ts";

/**
 * One-hot rows for labels: row i is all zeros but a one in column `labels[i]`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { oneHot } from "./loss.ts";
 * assert.deepEqual([...oneHot(new Uint8Array([2, 0]), 3)], [0, 0, 1, 1, 0, 0]);
 * ```
 */
export function oneHot(labels: ArrayLike<number>, classes: number): Float32Array {
  const rows = new Float32Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) {
    if (!(labels[i] >= 0 && labels[i] < classes && Number.isInteger(labels[i]))) {
      throw new RangeError(
        `Label ${labels[i]} (row ${i}) is not one of the classes 0 to ${classes - 1}`,
      );
    }
    rows[i * classes + labels[i]] = 1;
  }
  return rows;
}

/**
 * The negative log-likelihood loss: the mean over the batch of −log p(true class), given the
 * log-probabilities `logProbs` [n, classes] and one-hot `targets` [n, classes].
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tf, useBackend } from "./backend.ts";
 * import { nllLoss } from "./loss.ts";
 * await useBackend("cpu");
 * const loss = nllLoss(tf.log(tf.tensor2d([[0.25, 0.75]])), tf.tensor2d([[0, 1]]));
 * assert.ok(Math.abs((await loss.data())[0] + Math.log(0.75)) < 1e-6);
 * ```
 */
export function nllLoss(logProbs: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(tf.sum(tf.mul(logProbs, targets), 1))));
}
