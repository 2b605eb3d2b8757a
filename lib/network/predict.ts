/**
 * Using a trained network: its predicted class and probabilities for many images, and its
 * accuracy on a set, computed in large chunks with no gradient bookkeeping (the TensorFlow.js
 * counterpart of PyTorch's `torch.no_grad()`), every intermediate tensor freed.
 *
 * @module
 */
import { tf } from "./backend.ts";
import { batchOf } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { type Evaluation, scorePredictions } from "../training/engine.ts";
import type { Network } from "./network.ts";

export type { Evaluation };

/** The predicted class of each image and every class's probability. */
export interface Predictions {
  /** The most probable class of each image. */
  labels: Uint8Array;
  /** `count × classes` probabilities, one row an image; each row sums to 1. */
  probabilities: Float32Array;
}

/** Images per chunk: large enough to keep the backend busy, small enough for little memory. */
const CHUNK = 2500;

/**
 * What the network predicts for `count` images of a set from `start`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * import { createNetwork } from "./network.ts";
 * import { predict } from "./predict.ts";
 * await useBackend("wasm");
 * const network = createNetwork();
 * const { labels, probabilities } = await predict(network, (await loadDataset()).test, 0, 5);
 * assert.equal(labels.length, 5);
 * assert.ok(Math.abs(probabilities.slice(0, 10).reduce((a, b) => a + b) - 1) < 1e-5);
 * network.dispose();
 * ```
 */
export async function predict(
  network: Network,
  set: ImageSet,
  start = 0,
  count = set.count,
): Promise<Predictions> {
  return await predictChunks(network, set, start, count, true);
}

/**
 * The most probable class of each image of a set (faster than {@linkcode predict}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { createNetwork } from "./network.ts";
 * import { predictLabels } from "./predict.ts";
 * await useBackend("wasm");
 * const network = createNetwork();
 * const labels = await predictLabels(network, takeFirst((await loadDataset()).test, 10));
 * assert.ok(labels.length === 10 && labels.every((l) => l < 10));
 * network.dispose();
 * ```
 */
export async function predictLabels(network: Network, set: ImageSet): Promise<Uint8Array> {
  return (await predictChunks(network, set, 0, set.count, false)).labels;
}

async function predictChunks(
  network: Network,
  set: ImageSet,
  start: number,
  count: number,
  withProbabilities: boolean,
): Promise<Predictions> {
  const classes = network.sizes[network.sizes.length - 1];
  const end = Math.min(start + count, set.count);
  const labels = new Uint8Array(Math.max(0, end - start));
  const probabilities = new Float32Array(withProbabilities ? labels.length * classes : 0);
  for (let from = start; from < end; from += CHUNK) {
    const batch = batchOf(set, from, Math.min(CHUNK, end - from));
    const outputs = tf.tidy(() => {
      const logits = network.logits(tf.tensor2d(batch.x, [batch.size, network.sizes[0]]));
      return withProbabilities
        ? [tf.argMax(logits, 1), tf.softmax(logits)]
        : [tf.argMax(logits, 1)];
    });
    const [best, probs] = await Promise.all(outputs.map((t) => t.data()));
    labels.set(best, from - start);
    if (probs) probabilities.set(probs, (from - start) * classes);
    tf.dispose(outputs);
  }
  return { labels, probabilities };
}

/**
 * The network's accuracy on a whole set (what the tutorial's `evaluate` computes under
 * `torch.no_grad()`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * import { createNetwork } from "./network.ts";
 * import { evaluate } from "./predict.ts";
 * await useBackend("wasm");
 * const network = createNetwork();
 * const { accuracy, count } = await evaluate(network, (await loadDataset()).test);
 * assert.ok(count === 10000 && accuracy < 0.3); // an untrained network guesses
 * network.dispose();
 * ```
 */
export async function evaluate(network: Network, set: ImageSet): Promise<Evaluation> {
  return scorePredictions(set, await predictLabels(network, set));
}
