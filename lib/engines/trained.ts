/**
 * The trained network the later notebooks study: loaded from `data/` when `deno task train` (or
 * notebook 06) already trained it with the tutorial's recipe, trained and saved otherwise (with
 * the fast engine, as `deno task train` does).
 *
 * @module
 */
import { loadDataset } from "../data/dataset.ts";
import { dataPath } from "../data/files.ts";
import { createNetwork, type Network } from "../network/network.ts";
import { requestedBackend } from "../network/backend.ts";
import { trainFast } from "./fast.ts";
import { TUTORIAL_RECIPE } from "./tfjs.ts";
import {
  loadMatchingWeights,
  saveWeights,
  trainingRecord,
  type WeightsMetadata,
} from "../network/weights.ts";

/** The file name the weights trained on a dataset are saved under, inside the data folder. */
export function weightsFileName(dataset: string): string {
  const safe = dataset === "mnist" || dataset === "fashion"
    ? dataset
    : `custom-${dataset.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
  return `${safe}.weights.json`;
}

/** A trained network, what was saved with it, and whether it came from disk. */
export interface TrainedNetwork {
  network: Network;
  metadata: WeightsMetadata;
  /** True when saved weights were reused, false when the network was trained just now. */
  reused: boolean;
}

/**
 * The network trained with the tutorial's recipe on `dataset` ("mnist" by default): reused from
 * the data folder when saved with exactly this recipe, by either engine; otherwise trained now with
 * the fast engine (a few seconds an epoch) and saved for next time. `retrain` forces training.
 */
export async function trainedNetwork(
  options: { dataset?: string; retrain?: boolean } = {},
): Promise<TrainedNetwork> {
  const datasetName = options.dataset ?? "mnist";
  const recipe = { dataset: datasetName, ...TUTORIAL_RECIPE };
  const path = dataPath(weightsFileName(datasetName));
  const saved = options.retrain ? null : await loadMatchingWeights(path, recipe);
  if (saved) return { ...saved, reused: true };
  const { train: trainSet, test } = await loadDataset(datasetName);
  const { weights, epochs } = await trainFast(trainSet, { ...recipe, testSet: test });
  const network = createNetwork({ seed: recipe.seed });
  network.setWeights(weights);
  const metadata = trainingRecord(
    { ...recipe, backend: requestedBackend(), engine: "fast" },
    epochs.map((e) => e.testAccuracy!),
  );
  await saveWeights(network, path, metadata);
  return { network, metadata, reused: false };
}
