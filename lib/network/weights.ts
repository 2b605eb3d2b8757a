/**
 * Saving a TensorFlow.js network to a weights file and loading it back (the file format is in
 * `data/weights_file.ts`), so the notebooks can reuse what `deno task train` learnt.
 *
 * @module
 */
import {
  readMatchingWeights,
  readWeightsFile,
  type SavedWeights,
  type WeightsMetadata,
  writeWeightsFile,
} from "../data/weights_file.ts";
import { Network } from "./network.ts";

export type { WeightsMetadata };

/** A network loaded from a file, with the metadata saved beside it. */
export interface LoadedNetwork {
  /** The network, ready to predict or to train further. */
  network: Network;
  /** Whatever was saved with it. */
  metadata: WeightsMetadata;
}

/** A TensorFlow.js network holding saved weights. */
export function networkFrom(saved: SavedWeights): LoadedNetwork {
  return { network: Network.fromArrays(saved.sizes, saved.arrays), metadata: saved.metadata };
}

/**
 * Saves the network's parameters and `metadata` to `path` (written atomically).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * import { loadWeights, saveWeights } from "./weights.ts";
 * await useBackend("cpu");
 * const path = await Deno.makeTempFile({ suffix: ".json" });
 * const network = createNetwork({ layers: [4, 3, 2] });
 * await saveWeights(network, path, { note: "example" });
 * const loaded = await loadWeights(path);
 * assert.equal(loaded.metadata.note, "example");
 * assert.deepEqual(await loaded.network.getWeights(), await network.getWeights());
 * network.dispose();
 * loaded.network.dispose();
 * ```
 */
export async function saveWeights(
  network: Network,
  path: string,
  metadata: WeightsMetadata = {},
): Promise<void> {
  await writeWeightsFile(path, {
    sizes: [...network.sizes],
    arrays: await network.getWeights(),
    metadata,
  });
}

/**
 * Reads a weights file into a TensorFlow.js network; a bad file gets a clear error.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadWeights } from "./weights.ts";
 * await assert.rejects(loadWeights("/no/such/file.json"), /No trained weights at .*deno task train/);
 * ```
 */
export async function loadWeights(path: string): Promise<LoadedNetwork> {
  return networkFrom(await readWeightsFile(path));
}

/**
 * Loads saved weights only when they exist and were made with the given settings; otherwise
 * returns null, so the caller trains afresh. A damaged file is reported, not silently ignored.
 */
export async function loadMatchingWeights(
  path: string,
  settings: WeightsMetadata,
): Promise<LoadedNetwork | null> {
  const saved = await readMatchingWeights(path, settings);
  return saved ? networkFrom(saved) : null;
}
