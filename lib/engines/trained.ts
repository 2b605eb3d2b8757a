/**
 * Training a network and saving it, in one place: `deno task train` and the notebooks'
 * `trainedNetwork()` both go through {@linkcode trainAndSave}. The later notebooks reuse the
 * weights that `deno task train` or notebook 08 saved with the tutorial's recipe.
 *
 * @module
 */
import { join } from "node:path";
import { type Dataset, loadDataset } from "../data/dataset.ts";
import { checkWritableFolder, DATA_DIR, dataPath } from "../data/files.ts";
import { saveTrainedWeights, trainingRecord, type WeightsMetadata } from "../data/weights_file.ts";
import { Network } from "../network/network.ts";
import { loadMatchingWeights } from "../network/weights.ts";
import { createEngine } from "./create.ts";
import type { Engine, EngineName } from "../training/engine.ts";
import { type EpochResult, train, type TrainOptions } from "../training/loop.ts";
import {
  checkLearningRate,
  checkSeed,
  checkWhole,
  TUTORIAL_LAYERS,
  TUTORIAL_RECIPE,
} from "../training/recipe.ts";

/**
 * The file name of the weights trained on a dataset, inside the output folder.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { weightsFileName } from "./trained.ts";
 * assert.equal(weightsFileName("fashion"), "fashion.weights.json");
 * assert.equal(weightsFileName("/data/my digits/"), "custom-data-my-digits.weights.json");
 * ```
 */
export function weightsFileName(dataset: string): string {
  return `${fileStem(dataset)}.weights.json`;
}

/**
 * The file name of the figure of test images titled with predictions, for a dataset.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictionsFileName } from "./trained.ts";
 * assert.equal(predictionsFileName("mnist"), "mnist.predictions.png");
 * ```
 */
export function predictionsFileName(dataset: string): string {
  return `${fileStem(dataset)}.predictions.png`;
}

function fileStem(dataset: string): string {
  return dataset === "mnist" || dataset === "fashion"
    ? dataset
    : `custom-${dataset.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** What to train and where to save it; what is left out follows the tutorial's recipe. */
export interface TrainingRun
  extends Pick<TrainOptions, "onProgress" | "onEpoch" | "signal" | "reportEvery"> {
  /** `fast` (the default), `tfjs` or `scratch`. */
  engine?: EngineName;
  /** `mnist` (the default), `fashion`, or a folder of IDX files. */
  dataset?: string;
  /** Passes over the training set. */
  epochs?: number;
  /** Images per step. */
  batchSize?: number;
  /** Adam's learning rate. */
  learningRate?: number;
  /** Seed of the initial weights and of the shuffle. */
  seed?: number;
  /** The fast engine's threads. */
  threads?: number;
  /** The TensorFlow.js backend, for the `tfjs` engine. */
  backend?: string;
  /** The folder the weights are saved in; the data folder by default. */
  outDir?: string;
  /** Called once the engine is ready and the accuracy before training is measured. */
  onStart?: (start: { engine: Engine; dataset: Dataset; initialAccuracy: number }) => void;
}

/** What {@linkcode trainAndSave} did. */
export interface TrainedRun {
  /** The trained engine, still holding the network: the caller disposes it. */
  engine: Engine;
  /** The dataset it learnt from. */
  dataset: Dataset;
  /** The test accuracy before training. */
  initialAccuracy: number;
  /** Each epoch's summary, with the test accuracy after it. */
  epochs: EpochResult[];
  /** Where the weights were saved. */
  path: string;
  /** What was saved beside them. */
  metadata: WeightsMetadata;
  /** Where earlier weights of another recipe were kept, if there were any. */
  kept?: string;
}

/**
 * Trains a network with the tutorial's recipe (or the settings given) on a dataset's training
 * set, measures the test accuracy before training and after each epoch, and saves the weights
 * (see `saveTrainedWeights()`: weights of another recipe are kept, not replaced). The settings
 * and the output folder are checked before any training starts.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainAndSave } from "./trained.ts";
 * await assert.rejects(trainAndSave({ learningRate: -1 }), /learning rate must be a number above 0/);
 * await assert.rejects(trainAndSave({ outDir: "/proc/nope" }), /Cannot write files in \/proc\/nope/);
 * ```
 */
export async function trainAndSave(run: TrainingRun = {}): Promise<TrainedRun> {
  const recipe = {
    epochs: checkWhole("epochs", run.epochs ?? TUTORIAL_RECIPE.epochs),
    batchSize: checkWhole("The batch size", run.batchSize ?? TUTORIAL_RECIPE.batchSize),
    learningRate: checkLearningRate(run.learningRate ?? TUTORIAL_RECIPE.learningRate),
    seed: checkSeed(run.seed ?? TUTORIAL_RECIPE.seed),
  };
  const outDir = run.outDir ?? DATA_DIR;
  await checkWritableFolder(outDir);
  const dataset = await loadDataset(run.dataset ?? "mnist");
  checkWhole("The batch size", recipe.batchSize, 1, dataset.train.count);
  const layers = [dataset.train.rows * dataset.train.cols, ...TUTORIAL_LAYERS.slice(1)];
  const engine = await createEngine(run.engine ?? "fast", {
    layers,
    seed: recipe.seed,
    learningRate: recipe.learningRate,
    maxBatch: recipe.batchSize,
    threads: run.threads,
    backend: run.backend,
  });
  try {
    const initialAccuracy = (await engine.evaluate(dataset.test)).accuracy;
    run.onStart?.({ engine, dataset, initialAccuracy });
    const epochs = await train(engine, dataset.train, {
      ...recipe,
      evaluateOn: dataset.test,
      onProgress: run.onProgress,
      onEpoch: run.onEpoch,
      signal: run.signal,
      reportEvery: run.reportEvery,
    });
    const metadata = trainingRecord(
      { dataset: dataset.name, ...recipe, engine: engine.name, ranOn: engine.description },
      epochs.map((e) => e.accuracy!),
    );
    const path = join(outDir, weightsFileName(dataset.name));
    const kept = await saveTrainedWeights(path, {
      sizes: layers,
      arrays: await engine.weights(),
      metadata,
    });
    return { engine, dataset, initialAccuracy, epochs, path, metadata, kept };
  } catch (error) {
    engine.dispose();
    throw error;
  }
}

/** A trained TensorFlow.js network, what was saved with it, and whether it came from disk. */
export interface TrainedNetwork {
  network: Network;
  metadata: WeightsMetadata;
  /** True when saved weights were reused, false when the network was trained just now. */
  reused: boolean;
  /** Where earlier weights of another recipe were kept, when training replaced them. */
  kept?: string;
}

/**
 * The network trained with the tutorial's recipe on `dataset` ("mnist" by default), as a
 * TensorFlow.js network: reused from the data folder when saved with exactly this recipe, by any
 * engine; otherwise trained now with the fast engine (a few seconds an epoch) and saved for next
 * time. `retrain` forces training. (It reads and writes the course's data folder, so its example
 * is not run as a test; `test/trained_test.ts` runs it in a folder of its own.)
 *
 * @example
 * ```ts ignore
 * import { trainedNetwork } from "./trained.ts";
 * const { network, metadata, reused } = await trainedNetwork();
 * console.log(reused ? "loaded" : "trained", metadata.testAccuracy);
 * ```
 */
export async function trainedNetwork(
  options: { dataset?: string; retrain?: boolean } = {},
): Promise<TrainedNetwork> {
  const dataset = options.dataset ?? "mnist";
  const saved = options.retrain
    ? null
    : await loadMatchingWeights(dataPath(weightsFileName(dataset)), {
      dataset,
      ...TUTORIAL_RECIPE,
    });
  if (saved) return { ...saved, reused: true };
  const run = await trainAndSave({ dataset });
  const network = Network.fromArrays(run.engine.sizes, await run.engine.weights());
  run.engine.dispose();
  return { network, metadata: run.metadata, reused: false, kept: run.kept };
}
