/**
 * Learning: the loss, one optimisation step, the training loop over epochs, and measuring
 * accuracy without building any gradient graph.
 *
 * @module
 */
import { tf } from "../network/backend.ts";
import { type Batch, batchesPerEpoch, batchOf, shuffledBatches } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import type { Network } from "../network/network.ts";
import { createRandom } from "../data/random.ts";

/** The tutorial's recipe: Adam with learning rate 0.001, batches of 15, 2 epochs. */
export const TUTORIAL_RECIPE = { epochs: 2, batchSize: 15, learningRate: 0.001, seed: 0 } as const;

/**
 * One-hot rows for labels: row i is all zeros but a one in column `labels[i]`.
 *
 * @example
 * ```ts
 * import { oneHot } from "./tfjs.ts";
 * console.assert(oneHot(new Uint8Array([2]), 3).join() === "0,0,1");
 * ```
 */
export function oneHot(labels: Uint8Array, classes: number): Float32Array {
  const rows = new Float32Array(labels.length * classes);
  labels.forEach((label, i) => rows[i * classes + label] = 1);
  return rows;
}

/**
 * The negative log-likelihood loss: the mean over the batch of −log p(true class), given the
 * log-probabilities `logProbs` [n, classes] and one-hot `targets` [n, classes].
 *
 * @example
 * ```ts
 * import { tf, useBackend } from "../network/backend.ts";
 * import { nllLoss } from "./tfjs.ts";
 * await useBackend("cpu");
 * const loss = nllLoss(tf.log(tf.tensor2d([[0.25, 0.75]])), tf.tensor2d([[0, 1]]));
 * console.assert(Math.abs(loss.dataSync()[0] + Math.log(0.75)) < 1e-6);
 * ```
 */
export function nllLoss(logProbs: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => tf.neg(tf.mean(tf.sum(tf.mul(logProbs, targets), 1))));
}

/**
 * One step of learning on one batch: forward pass, loss, gradients of the loss with respect to
 * every weight (backward pass), and the optimiser's update. Returns the batch's loss before the
 * update.
 */
export function trainStep(network: Network, optimizer: tf.Optimizer, batch: Batch): number {
  const classes = network.sizes[network.sizes.length - 1];
  const pixels = network.sizes[0];
  const cost = tf.tidy(() => {
    const x = tf.tensor2d(batch.x, [batch.size, pixels]);
    const targets = tf.tensor2d(oneHot(batch.labels, classes), [batch.size, classes]);
    return optimizer.minimize(() => nllLoss(network.forward(x), targets), true, network.variables)!;
  });
  const loss = cost.dataSync()[0];
  cost.dispose();
  return loss;
}

/** Progress of training, passed to {@linkcode TrainOptions.onStep} after each step. */
export interface StepProgress {
  /** The current epoch, from 1. */
  epoch: number;
  /** The step within the epoch, from 1. */
  step: number;
  /** Steps in one epoch. */
  stepsPerEpoch: number;
  /** The loss of this step's batch. */
  loss: number;
  /** Images learnt from so far, over all epochs. */
  samplesSeen: number;
  /** Seconds since training started. */
  seconds: number;
}

/** The summary of one epoch, passed to {@linkcode TrainOptions.onEpoch}. */
export interface EpochResult {
  /** The epoch, from 1. */
  epoch: number;
  /** The mean loss over the epoch's batches. */
  meanLoss: number;
  /** Seconds this epoch's training took (evaluation not included). */
  seconds: number;
  /** Test accuracy after the epoch, when a test set was given. */
  testAccuracy?: number;
}

/** Options of {@linkcode train}; anything left out follows {@linkcode TUTORIAL_RECIPE}. */
export interface TrainOptions {
  /** Passes over the training set. */
  epochs?: number;
  /** Images per step. */
  batchSize?: number;
  /** The optimiser's learning rate. */
  learningRate?: number;
  /** `adam` (the tutorial's choice, the default) or `sgd` (plain stochastic gradient descent). */
  optimizer?: "adam" | "sgd";
  /** Seed of the shuffle; the same seed and network give the same training. */
  seed?: number;
  /** Measured after each epoch when given. */
  testSet?: ImageSet;
  /** Called after every step (may return a promise, which is awaited). */
  onStep?: (progress: StepProgress) => void | Promise<void>;
  /** Called after every epoch (may return a promise, which is awaited). */
  onEpoch?: (result: EpochResult) => void | Promise<void>;
}

/**
 * Trains `network` on `trainSet` with Adam (or plain SGD), in shuffled mini-batches, epoch after epoch, and
 * returns each epoch's summary.
 *
 * @example
 * ```ts
 * import { useBackend } from "../network/backend.ts";
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { createNetwork } from "../network/network.ts";
 * import { train } from "./tfjs.ts";
 * await useBackend("wasm");
 * const { train: images } = await loadDataset();
 * const network = createNetwork({ seed: 1 });
 * const [epoch] = await train(network, takeFirst(images, 300), { epochs: 1 });
 * console.assert(epoch.meanLoss < 2.3);
 * network.dispose();
 * ```
 */
export async function train(
  network: Network,
  trainSet: ImageSet,
  options: TrainOptions = {},
): Promise<EpochResult[]> {
  const { learningRate } = { ...TUTORIAL_RECIPE, ...options };
  checkPositive("learningRate", learningRate, false);
  const optimizer = createOptimizer(options.optimizer ?? "adam", learningRate);
  try {
    return await runEpochs(
      trainSet,
      options,
      (batch) => trainStep(network, optimizer, batch),
      (set) => evaluate(network, set).accuracy,
    );
  } finally {
    optimizer.dispose();
  }
}

/**
 * The epoch loop every engine shares: for each epoch, the training set in shuffled mini-batches
 * (the same ones for the same seed), `step` on each batch, the progress callbacks, and the test
 * accuracy measured by `accuracyOn` after the epoch.
 */
export async function runEpochs(
  trainSet: ImageSet,
  options: TrainOptions,
  step: (batch: Batch) => number,
  accuracyOn: (set: ImageSet) => number,
): Promise<EpochResult[]> {
  const { epochs, batchSize, seed } = { ...TUTORIAL_RECIPE, ...options };
  checkPositive("epochs", epochs, true);
  checkPositive("batchSize", batchSize, true);
  const random = createRandom(seed);
  const stepsPerEpoch = batchesPerEpoch(trainSet.count, batchSize);
  const results: EpochResult[] = [];
  const start = performance.now();
  let samplesSeen = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = performance.now();
    let lossSum = 0, steps = 0;
    // Each engine is done with a batch when step() returns: one pair of arrays serves them all.
    for (const batch of shuffledBatches(trainSet, batchSize, random, { reuse: true })) {
      const loss = step(batch);
      lossSum += loss;
      samplesSeen += batch.size;
      steps++;
      await options.onStep?.({
        epoch,
        step: steps,
        stepsPerEpoch,
        loss,
        samplesSeen,
        seconds: (performance.now() - start) / 1000,
      });
    }
    const result: EpochResult = {
      epoch,
      meanLoss: lossSum / steps,
      seconds: (performance.now() - epochStart) / 1000,
    };
    if (options.testSet) result.testAccuracy = accuracyOn(options.testSet);
    results.push(result);
    await options.onEpoch?.(result);
  }
  return results;
}

/**
 * A TensorFlow.js optimiser by name: `adam` or `sgd`.
 *
 * @example
 * ```ts
 * import { useBackend } from "../network/backend.ts";
 * import { createOptimizer } from "./tfjs.ts";
 * await useBackend("cpu");
 * const optimizer = createOptimizer("sgd", 0.1);
 * optimizer.dispose();
 * ```
 */
export function createOptimizer(name: "adam" | "sgd", learningRate: number): tf.Optimizer {
  if (name === "adam") return tf.train.adam(learningRate);
  if (name === "sgd") return tf.train.sgd(learningRate);
  throw new Error(`Unknown optimizer "${name}": use "adam" or "sgd"`);
}

function checkPositive(name: string, value: number, whole: boolean): void {
  if (!(Number.isFinite(value) && value > 0 && (!whole || Number.isInteger(value)))) {
    throw new RangeError(
      `${name} must be a positive ${whole ? "whole number" : "number"}, got ${value}`,
    );
  }
}

/** The predicted class of each image and every class's probability. */
export interface Predictions {
  /** The most probable class of each image. */
  labels: Uint8Array;
  /** `count × classes` probabilities, one row an image; each row sums to 1. */
  probabilities: Float32Array;
}

/**
 * What the network predicts for `count` images of a set from `start`, computed in chunks with
 * no gradient bookkeeping, every intermediate tensor freed.
 *
 * @example
 * ```ts
 * import { useBackend } from "../network/backend.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * import { createNetwork } from "../network/network.ts";
 * import { predict } from "./tfjs.ts";
 * await useBackend("wasm");
 * const network = createNetwork();
 * const { labels } = predict(network, (await loadDataset()).test, 0, 5);
 * console.assert(labels.length === 5);
 * network.dispose();
 * ```
 */
export function predict(
  network: Network,
  set: ImageSet,
  start = 0,
  count = set.count,
): Predictions {
  const classes = network.sizes[network.sizes.length - 1];
  const end = Math.min(start + count, set.count);
  const labels = new Uint8Array(Math.max(0, end - start));
  const probabilities = new Float32Array(labels.length * classes);
  const chunk = 2000;
  for (let from = start; from < end; from += chunk) {
    const batch = batchOf(set, from, Math.min(chunk, end - from));
    const [best, probs] = tf.tidy(() => {
      const x = tf.tensor2d(batch.x, [batch.size, network.sizes[0]]);
      const logits = network.logits(x);
      return [tf.argMax(logits, 1), tf.softmax(logits)];
    });
    labels.set(best.dataSync(), from - start);
    probabilities.set(probs.dataSync(), (from - start) * classes);
    tf.dispose([best, probs]);
  }
  return { labels, probabilities };
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
 * The network's accuracy on a whole set (what PyTorch code computes under `torch.no_grad()`).
 *
 * @example
 * ```ts
 * import { useBackend } from "../network/backend.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * import { createNetwork } from "../network/network.ts";
 * import { evaluate } from "./tfjs.ts";
 * await useBackend("wasm");
 * const network = createNetwork();
 * const { accuracy } = evaluate(network, (await loadDataset()).test);
 * console.assert(accuracy > 0 && accuracy < 0.3); // an untrained network guesses
 * network.dispose();
 * ```
 */
export function evaluate(network: Network, set: ImageSet): Evaluation {
  const { labels } = predict(network, set);
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === set.labels[i]) correct++;
  return { accuracy: set.count ? correct / set.count : 0, correct, count: set.count };
}
