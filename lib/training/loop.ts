/**
 * The training loop every engine shares: epochs of shuffled mini-batches, one optimiser step per
 * batch, the loss read now and then, progress reports, an optional learning-rate schedule, the
 * accuracy after each epoch, and a way to stop. It loads no TensorFlow.js.
 *
 * @module
 */
import { batchesPerEpoch, shuffledBatches } from "../data/batches.ts";
import type { ImageSet } from "../data/dataset.ts";
import { createRandom } from "../data/random.ts";
import type { Engine } from "./engine.ts";
import { checkImageSet, checkSeed, checkWhole, TUTORIAL_RECIPE } from "./recipe.ts";

/** Where training is, passed to {@linkcode TrainOptions.onProgress}. */
export interface Progress {
  /** The current epoch, from 1. */
  epoch: number;
  /** The step within the epoch, from 1. */
  step: number;
  /** Steps in one epoch. */
  stepsPerEpoch: number;
  /** The mean loss of the steps since the previous report. */
  loss: number;
  /** The learning rate of the last step. */
  learningRate: number;
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
  /** Seconds this epoch's training took (the evaluation after it not included). */
  seconds: number;
  /** The accuracy on {@linkcode TrainOptions.evaluateOn} after the epoch, when it was given. */
  accuracy?: number;
}

/** Where the loop is when it asks a schedule for the learning rate. */
export interface ScheduleStep {
  /** The epoch, from 1. */
  epoch: number;
  /** The step within the epoch, from 1. */
  step: number;
  /** Steps in one epoch. */
  stepsPerEpoch: number;
}

/** A learning rate for each step, such as a higher rate in the first epoch and a lower one after. */
export type LearningRateSchedule = (at: ScheduleStep) => number;

/** Options of {@linkcode train}; what is left out follows {@linkcode TUTORIAL_RECIPE}. */
export interface TrainOptions {
  /** Passes over the training set. */
  epochs?: number;
  /** Images per step. */
  batchSize?: number;
  /** Seed of the shuffle: the same seed gives the same batches in the same order. */
  seed?: number;
  /** Sets the engine's learning rate before each step. */
  schedule?: LearningRateSchedule;
  /** A set whose accuracy is measured after each epoch (a validation set, or the test set). */
  evaluateOn?: ImageSet;
  /** Steps between two progress reports (and two readings of the loss); 100 by default. */
  reportEvery?: number;
  /** Called every `reportEvery` steps and at the end of each epoch; awaited. */
  onProgress?: (progress: Progress) => void | Promise<void>;
  /** Called after each epoch; awaited. */
  onEpoch?: (result: EpochResult) => void | Promise<void>;
  /** Stops training: the loop throws the signal's reason at the next step. */
  signal?: AbortSignal;
  /** Milliseconds from some fixed moment; `performance.now` by default (tests pass their own). */
  clock?: () => number;
}

/**
 * Training was stopped because the loss stopped being a finite number (see {@linkcode train}).
 */
export class DivergedError extends Error {
  override name = "DivergedError";
}

/**
 * Trains `engine` on `trainSet`: for each epoch the set in a new shuffled order, cut into batches,
 * one step per batch. Returns each epoch's summary. A loss that becomes NaN or infinite stops
 * training with a {@linkcode DivergedError}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset, takeFirst } from "../data/dataset.ts";
 * import { ScratchEngine } from "../engines/scratch.ts";
 * import { train } from "./loop.ts";
 * const { train: images, test } = await loadDataset();
 * const engine = ScratchEngine.create({ seed: 1 });
 * const [epoch] = await train(engine, takeFirst(images, 2000), { evaluateOn: takeFirst(test, 500), epochs: 1 });
 * assert.ok(epoch.meanLoss < 2 && epoch.accuracy! > 0.6);
 * ```
 */
export async function train(
  engine: Engine,
  trainSet: ImageSet,
  options: TrainOptions = {},
): Promise<EpochResult[]> {
  const { epochs, batchSize, seed } = { ...TUTORIAL_RECIPE, ...options };
  checkImageSet(trainSet, engine.sizes, "The training set");
  checkWhole("epochs", epochs);
  checkWhole("The batch size", batchSize, 1, trainSet.count);
  const reportEvery = checkWhole("reportEvery", options.reportEvery ?? 100);
  checkSeed(seed);
  if (options.evaluateOn) checkImageSet(options.evaluateOn, engine.sizes, "The evaluation set");
  const clock = options.clock ?? (() => performance.now());
  const random = createRandom(seed);
  const stepsPerEpoch = batchesPerEpoch(trainSet.count, batchSize);
  const results: EpochResult[] = [];
  const start = clock();
  let samplesSeen = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const epochStart = clock();
    let lossSum = 0, unread = 0, step = 0;
    const report = async () => {
      const loss = await engine.readLoss();
      if (!Number.isFinite(loss)) throw divergence(loss, epoch, step, engine.learningRate);
      lossSum += loss * unread;
      unread = 0;
      await options.onProgress?.({
        epoch,
        step,
        stepsPerEpoch,
        loss,
        learningRate: engine.learningRate,
        samplesSeen,
        seconds: (clock() - start) / 1000,
      });
      // A moment for timers and other tasks: an AbortSignal.timeout() can fire, a notebook's
      // display can update.
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    // Each engine is done with a batch when step() returns: one pair of arrays serves them all.
    for (const batch of shuffledBatches(trainSet, batchSize, random, { reuse: true })) {
      options.signal?.throwIfAborted();
      step++;
      if (options.schedule) engine.learningRate = options.schedule({ epoch, step, stepsPerEpoch });
      engine.step(batch);
      samplesSeen += batch.size;
      unread++;
      if (step % reportEvery === 0 && step < stepsPerEpoch) await report();
    }
    await report();
    const result: EpochResult = {
      epoch,
      meanLoss: lossSum / stepsPerEpoch,
      seconds: (clock() - epochStart) / 1000,
    };
    if (options.evaluateOn) result.accuracy = (await engine.evaluate(options.evaluateOn)).accuracy;
    results.push(result);
    await options.onEpoch?.(result);
  }
  return results;
}

function divergence(loss: number, epoch: number, step: number, rate: number): DivergedError {
  return new DivergedError(
    `Training diverged: the loss became ${loss} by step ${step} of epoch ${epoch}, so the ` +
      `weights are no longer numbers that mean anything. The learning rate (${rate}) is ` +
      "probably too large: try a smaller one (the tutorial's is 0.001).",
  );
}
