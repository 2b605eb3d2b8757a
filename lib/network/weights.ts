/**
 * Saving a trained network to a file and loading it back, so the notebooks can reuse what
 * `deno task train` learnt.
 *
 * The file is JSON: the layer sizes, free-form metadata (recipe, accuracy, date …) and each
 * parameter as base64 of its little-endian float32 values.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { tf } from "./backend.ts";
import { writeFileAtomic } from "../data/files.ts";
import { type DenseLayer, Network } from "./network.ts";

const FORMAT = "mnist-course-network";
const VERSION = 1;

/** Facts stored beside the weights: how they were trained and how well they do. */
export type WeightsMetadata = Record<string, string | number | boolean | number[] | null>;

interface WeightsFile {
  format: string;
  version: number;
  layers: number[];
  metadata: WeightsMetadata;
  parameters: { shape: number[]; data: string }[];
}

/**
 * What is saved beside trained weights: the run's settings (recipe, dataset, engine …), the test
 * accuracy after each epoch and the last one, and when it was trained.
 *
 * @example
 * ```ts
 * import { trainingRecord } from "./weights.ts";
 * const record = trainingRecord({ epochs: 2 }, [0.95, 0.97]);
 * console.assert(record.testAccuracy === 0.97 && record.epochs === 2);
 * ```
 */
export function trainingRecord(run: WeightsMetadata, accuracyPerEpoch: number[]): WeightsMetadata {
  return {
    ...run,
    testAccuracy: accuracyPerEpoch.at(-1) ?? null,
    accuracyPerEpoch,
    trainedAt: new Date().toISOString(),
  };
}

/** A network loaded from a file, with the metadata saved beside it. */
export interface LoadedNetwork {
  /** The network, ready to predict or to train further. */
  network: Network;
  /** Whatever was saved with it. */
  metadata: WeightsMetadata;
}

/**
 * Saves the network's parameters and `metadata` to `path` (written atomically).
 *
 * @example
 * ```ts
 * import { useBackend } from "./backend.ts";
 * import { createNetwork } from "./network.ts";
 * import { loadWeights, saveWeights } from "./weights.ts";
 * await useBackend("cpu");
 * const path = await Deno.makeTempFile({ suffix: ".json" });
 * const network = createNetwork({ layers: [4, 3, 2] });
 * await saveWeights(network, path, { note: "example" });
 * const loaded = await loadWeights(path);
 * console.assert(loaded.metadata.note === "example");
 * network.dispose();
 * loaded.network.dispose();
 * ```
 */
export async function saveWeights(
  network: Network,
  path: string,
  metadata: WeightsMetadata = {},
): Promise<void> {
  const arrays = network.getWeights();
  const file: WeightsFile = {
    format: FORMAT,
    version: VERSION,
    layers: [...network.sizes],
    metadata,
    parameters: network.variables.map((v, i) => ({
      shape: v.shape,
      data: Buffer.from(arrays[i].buffer).toString("base64"),
    })),
  };
  await writeFileAtomic(path, JSON.stringify(file));
}

/** Reads a weights file written by {@linkcode saveWeights}; a bad file gets a clear error. */
export async function loadWeights(path: string): Promise<LoadedNetwork> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new Error(`No trained weights at ${path}: run \`deno task train\` to make them`);
    }
    throw error;
  }
  const fail = (problem: string) =>
    new Error(`${path} is not a usable weights file: ${problem}. Delete it and train again.`);
  let file: WeightsFile;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw fail(`it is not valid JSON (${(error as Error).message})`);
  }
  if (file?.format !== FORMAT) throw fail(`its format is not "${FORMAT}"`);
  if (file.version !== VERSION) throw fail(`its version is ${file.version}, expected ${VERSION}`);
  const sizes = file.layers;
  if (!Array.isArray(file.parameters) || file.parameters.length !== 2 * (sizes.length - 1)) {
    throw fail(`it should hold ${2 * (sizes.length - 1)} parameter arrays`);
  }
  const arrays = file.parameters.map(({ shape, data }, i) => {
    const bytes = Buffer.from(data, "base64");
    const expected = shape.reduce((a, b) => a * b, 1);
    if (bytes.length !== expected * 4) {
      throw fail(
        `parameter ${i} has ${bytes.length} bytes, its shape [${shape}] needs ${expected * 4}`,
      );
    }
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  });
  const layers: DenseLayer[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const [weights, bias] = [arrays[2 * i - 2], arrays[2 * i - 1]];
    if (weights.length !== sizes[i] * sizes[i - 1] || bias.length !== sizes[i]) {
      throw fail(`layer ${i}'s parameters do not match its sizes ${sizes[i - 1]} → ${sizes[i]}`);
    }
    layers.push(tf.tidy(() => ({
      weights: tf.variable(tf.tensor2d(weights, [sizes[i], sizes[i - 1]])),
      bias: tf.variable(tf.tensor1d(bias)),
    })));
  }
  return { network: new Network(layers), metadata: file.metadata ?? {} };
}

/**
 * Loads saved weights only when they exist and were made with the given settings (every key of
 * `settings` must equal the saved metadata's); otherwise returns null, so the caller trains
 * afresh. A damaged file is reported, not silently ignored.
 *
 * @example
 * ```ts
 * import { loadMatchingWeights } from "./weights.ts";
 * console.assert(await loadMatchingWeights("/no/such/file.json", { epochs: 2 }) === null);
 * ```
 */
export async function loadMatchingWeights(
  path: string,
  settings: WeightsMetadata,
): Promise<LoadedNetwork | null> {
  try {
    await Deno.stat(path);
  } catch {
    return null;
  }
  const loaded = await loadWeights(path);
  const matches = Object.entries(settings).every(([key, value]) =>
    JSON.stringify(loaded.metadata[key]) === JSON.stringify(value)
  );
  if (matches) return loaded;
  loaded.network.dispose();
  return null;
}
