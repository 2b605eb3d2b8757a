/**
 * Training and measuring the from-scratch network ({@linkcode ScratchNetwork}) with the same
 * batches, recipe and progress reports as the TensorFlow.js one.
 *
 * @module
 */
import { batchOf } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { ScratchAdam, type ScratchNetwork, zerosLike } from "../network/scratch.ts";
import { type EpochResult, runEpochs, type TrainOptions, TUTORIAL_RECIPE } from "./tfjs.ts";

/**
 * The share of a set's images the scratch network classifies right.
 *
 * @example
 * ```ts
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { ScratchNetwork } from "../network/scratch.ts";
 * import { evaluateScratch } from "./scratch.ts";
 * const net = ScratchNetwork.create([784, 16, 10]);
 * const accuracy = evaluateScratch(net, takeFirst((await loadDataset()).test, 100));
 * console.assert(accuracy >= 0 && accuracy <= 1);
 * ```
 */
export function evaluateScratch(network: ScratchNetwork, set: ImageSet): number {
  let correct = 0;
  for (let start = 0; start < set.count; start += 1000) {
    const batch = batchOf(set, start, 1000);
    const predicted = network.predict(batch.x, batch.size);
    for (let i = 0; i < batch.size; i++) if (predicted[i] === batch.labels[i]) correct++;
  }
  return set.count ? correct / set.count : 0;
}

/**
 * Trains the scratch network with Adam on shuffled mini-batches, exactly like `train()` does for
 * the TensorFlow.js network (same recipe defaults, same batches for the same seed).
 *
 * @example
 * ```ts
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { ScratchNetwork } from "../network/scratch.ts";
 * import { trainScratch } from "./scratch.ts";
 * const net = ScratchNetwork.create([784, 32, 10], { seed: 1 });
 * const [epoch] = await trainScratch(net, takeFirst((await loadDataset()).train, 300), { epochs: 1 });
 * console.assert(epoch.meanLoss < 2.3);
 * ```
 */
export async function trainScratch(
  network: ScratchNetwork,
  trainSet: ImageSet,
  options: Omit<TrainOptions, "optimizer"> = {},
): Promise<EpochResult[]> {
  const { learningRate } = { ...TUTORIAL_RECIPE, ...options };
  const optimizer = new ScratchAdam(network.params, learningRate);
  const gradients = zerosLike(network.params);
  return await runEpochs(trainSet, options, (batch) => {
    const { loss } = network.lossAndGradients(batch.x, batch.labels, batch.size, gradients);
    optimizer.step(network.params, gradients);
    return loss;
  }, (set) => evaluateScratch(network, set));
}
