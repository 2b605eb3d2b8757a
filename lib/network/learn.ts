/**
 * Learning with TensorFlow.js: the optimisers by name, and one optimisation step on a batch
 * (forward pass, loss, backward pass, update).
 *
 * @module
 */
import { tf } from "./backend.ts";
import type { Batch } from "../data/batches.ts";
import { checkLearningRate } from "../training/recipe.ts";
import { nllLoss, oneHot } from "./loss.ts";
import type { Network } from "./network.ts";

/** The optimisers the TensorFlow.js engine offers. */
export type OptimizerName = "adam" | "sgd";

/**
 * A TensorFlow.js optimiser by name: `adam` (the tutorial's) or `sgd` (plain gradient descent).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { createOptimizer, learningRateOf } from "./learn.ts";
 * await useBackend("cpu");
 * const optimizer = createOptimizer("sgd", 0.1);
 * assert.equal(learningRateOf(optimizer), 0.1);
 * optimizer.dispose();
 * ```
 */
export function createOptimizer(name: OptimizerName, learningRate: number): tf.Optimizer {
  checkLearningRate(learningRate);
  if (name === "adam") return tf.train.adam(learningRate);
  if (name === "sgd") return tf.train.sgd(learningRate);
  throw new Error(`Unknown optimizer "${name}": use "adam" or "sgd"`);
}

/** The learning rate of a TensorFlow.js optimiser. */
export function learningRateOf(optimizer: tf.Optimizer): number {
  return (optimizer as unknown as { learningRate: number }).learningRate;
}

/**
 * Changes the learning rate of a TensorFlow.js optimiser while it trains (its state, such as
 * Adam's running averages, is kept). TensorFlow.js declares the field protected, though every
 * step reads it.
 */
export function setLearningRate(optimizer: tf.Optimizer, learningRate: number): void {
  (optimizer as unknown as { learningRate: number }).learningRate = checkLearningRate(learningRate);
}

/**
 * One step of learning on one batch: forward pass, loss, gradients of the loss with respect to
 * every weight (backward pass), and the optimiser's update. Returns the batch's loss before the
 * update, as a scalar tensor that the caller reads (`await loss.data()`) and disposes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * import { createOptimizer, trainStep } from "./learn.ts";
 * await useBackend("cpu");
 * const network = createNetwork({ layers: [2, 2] });
 * const optimizer = createOptimizer("adam", 0.1);
 * const batch = { x: new Float32Array([1, 0, 0, 1]), labels: new Uint8Array([0, 1]), size: 2 };
 * const first = trainStep(network, optimizer, batch);
 * for (let i = 0; i < 20; i++) trainStep(network, optimizer, batch).dispose();
 * const later = trainStep(network, optimizer, batch);
 * assert.ok((await later.data())[0] < (await first.data())[0]);
 * [first, later, optimizer, network].forEach((t) => t.dispose());
 * ```
 */
export function trainStep(network: Network, optimizer: tf.Optimizer, batch: Batch): tf.Scalar {
  const classes = network.sizes[network.sizes.length - 1];
  const pixels = network.sizes[0];
  return tf.tidy(() => {
    const x = tf.tensor2d(batch.x, [batch.size, pixels]);
    const targets = tf.tensor2d(oneHot(batch.labels, classes), [batch.size, classes]);
    return optimizer.minimize(() => nllLoss(network.forward(x), targets), true, network.variables)!;
  });
}
