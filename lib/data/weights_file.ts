/**
 * The file a trained network is saved in, read and written as plain arrays so that every engine
 * can use it (TensorFlow.js loads it with `network/weights.ts`). The file is JSON: a format name
 * and version, the layer sizes, free-form metadata (the recipe, the accuracy, the date …) and each
 * parameter as base64 of its little-endian float32 values. Loads no TensorFlow.js.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { basename, dirname, join } from "node:path";
import { writeFileAtomic } from "./files.ts";

const FORMAT = "mnist-course-network";
const VERSION = 1;

/** Facts stored beside the weights: how they were trained and how well they do. */
export type WeightsMetadata = Record<string, string | number | boolean | number[] | null>;

/** A network's parameters as plain arrays, with its layer sizes and metadata. */
export interface SavedWeights {
  /** Layer sizes, input first. */
  sizes: number[];
  /** Each layer's weights (row j = neuron j) then its biases, layer by layer. */
  arrays: Float32Array[];
  /** Whatever was saved with them. */
  metadata: WeightsMetadata;
}

/** The settings that make two trainings the same recipe (the engine does not matter). */
export const RECIPE_KEYS = ["dataset", "epochs", "batchSize", "learningRate", "seed"] as const;

/**
 * What is saved beside trained weights: the run's settings (recipe, dataset, engine …), the
 * accuracy on the test set after each epoch and the last one, and when it was trained.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { trainingRecord } from "./weights_file.ts";
 * const record = trainingRecord({ epochs: 2 }, [0.95, 0.97]);
 * assert.ok(record.testAccuracy === 0.97 && record.epochs === 2);
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

/**
 * Whether saved metadata has every one of `settings` (compared as JSON).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { matchesSettings } from "./weights_file.ts";
 * assert.ok(matchesSettings({ epochs: 2, seed: 0 }, { epochs: 2 }));
 * assert.ok(!matchesSettings({ epochs: 3 }, { epochs: 2 }));
 * ```
 */
export function matchesSettings(metadata: WeightsMetadata, settings: WeightsMetadata): boolean {
  return Object.entries(settings).every(([key, value]) =>
    JSON.stringify(metadata[key]) === JSON.stringify(value)
  );
}

/**
 * Writes weights to `path` atomically. Refuses arrays that hold NaN or infinite numbers (what a
 * diverged training leaves), so that such weights never replace good ones.
 */
export async function writeWeightsFile(path: string, saved: SavedWeights): Promise<void> {
  checkArrays(saved, (problem) => new Error(`Refusing to save weights to ${path}: ${problem}`));
  const file = {
    format: FORMAT,
    version: VERSION,
    layers: saved.sizes,
    metadata: saved.metadata,
    parameters: saved.arrays.map((array, i) => ({
      shape: shapeOf(saved.sizes, i),
      data: Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64"),
    })),
  };
  await writeFileAtomic(path, JSON.stringify(file));
}

/** Parameter i's shape: [outputs, inputs] for weights, [outputs] for biases. */
function shapeOf(sizes: readonly number[], i: number): number[] {
  const layer = Math.floor(i / 2) + 1;
  return i % 2 === 0 ? [sizes[layer], sizes[layer - 1]] : [sizes[layer]];
}

function checkArrays(saved: SavedWeights, fail: (problem: string) => Error): void {
  const { sizes, arrays } = saved;
  if (
    !Array.isArray(sizes) || sizes.length < 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)
  ) {
    throw fail(`its layer sizes [${sizes}] are not two or more whole numbers above 0`);
  }
  if (arrays.length !== 2 * (sizes.length - 1)) {
    throw fail(`it should hold ${2 * (sizes.length - 1)} parameter arrays, not ${arrays.length}`);
  }
  arrays.forEach((array, i) => {
    const expected = shapeOf(sizes, i).reduce((a, b) => a * b, 1);
    const layer = Math.floor(i / 2) + 1;
    if (array.length !== expected) {
      throw fail(
        `layer ${layer}'s ${i % 2 ? "biases" : "weights"} hold ${array.length} numbers; ` +
          `${sizes[layer - 1]} → ${sizes[layer]} needs ${expected}`,
      );
    }
    const bad = array.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) {
      throw fail(
        `layer ${layer}'s ${i % 2 ? "biases" : "weights"} hold ${array[bad]} at position ${bad} ` +
          "(training diverged)",
      );
    }
  });
}

/**
 * Reads a weights file. A missing file, or one that is not a complete, finite set of weights,
 * gets an error that says what is wrong and what to do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readWeightsFile, writeWeightsFile } from "./weights_file.ts";
 * const path = await Deno.makeTempFile({ suffix: ".json" });
 * const arrays = [new Float32Array([1, 2]), new Float32Array([3])];
 * await writeWeightsFile(path, { sizes: [2, 1], arrays, metadata: { note: "hi" } });
 * const saved = await readWeightsFile(path);
 * assert.deepEqual(saved.arrays, arrays);
 * assert.equal(saved.metadata.note, "hi");
 * ```
 */
export async function readWeightsFile(path: string): Promise<SavedWeights> {
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
  // deno-lint-ignore no-explicit-any
  let file: any;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw fail(`it is not valid JSON (${(error as Error).message})`);
  }
  if (file?.format !== FORMAT) throw fail(`its format is not "${FORMAT}"`);
  if (file.version !== VERSION) throw fail(`its version is ${file.version}, expected ${VERSION}`);
  const sizes = file.layers;
  if (!Array.isArray(sizes)) throw fail("it has no list of layer sizes");
  if (!Array.isArray(file.parameters)) throw fail("it has no list of parameters");
  // deno-lint-ignore no-explicit-any
  const arrays = file.parameters.map((parameter: any, i: number) => {
    if (typeof parameter?.data !== "string") throw fail(`parameter ${i} has no data`);
    const bytes = Buffer.from(parameter.data, "base64");
    if (bytes.length % 4 !== 0) {
      throw fail(`parameter ${i} has ${bytes.length} bytes, not a whole number of float32 values`);
    }
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  });
  const metadata = file.metadata ?? {};
  if (typeof metadata !== "object" || Array.isArray(metadata)) {
    throw fail("its metadata is not an object");
  }
  const saved = { sizes, arrays, metadata };
  checkArrays(saved, fail);
  return saved;
}

/**
 * The weights at `path` when they exist and were made with the given settings (every key of
 * `settings` must equal the saved metadata's); null otherwise, so the caller trains afresh. A
 * damaged file is reported, not silently ignored.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readMatchingWeights } from "./weights_file.ts";
 * assert.equal(await readMatchingWeights("/no/such/file.json", { epochs: 2 }), null);
 * ```
 */
export async function readMatchingWeights(
  path: string,
  settings: WeightsMetadata,
): Promise<SavedWeights | null> {
  if (!await exists(path)) return null;
  const saved = await readWeightsFile(path);
  return matchesSettings(saved.metadata, settings) ? saved : null;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/**
 * Saves trained weights to `path`, never losing other weights: a file already there that was
 * made with a different recipe (or cannot be read) is first renamed beside it, with its date in
 * the name. Returns the path it was kept under, if one was.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { saveTrainedWeights } from "./weights_file.ts";
 * const dir = await Deno.makeTempDir();
 * const weights = (epochs: number) => ({ sizes: [1, 1], arrays: [Float32Array.of(1), Float32Array.of(0)], metadata: { epochs } });
 * assert.equal(await saveTrainedWeights(`${dir}/w.json`, weights(2)), undefined);
 * assert.equal(await saveTrainedWeights(`${dir}/w.json`, weights(2)), undefined); // the same recipe: replaced
 * const kept = await saveTrainedWeights(`${dir}/w.json`, weights(5)); // another recipe: kept
 * assert.match(kept!, /w\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d.*\.json$/);
 * ```
 */
export async function saveTrainedWeights(
  path: string,
  saved: SavedWeights,
): Promise<string | undefined> {
  let kept: string | undefined;
  if (await exists(path)) {
    const recipe = Object.fromEntries(
      RECIPE_KEYS.filter((key) => key in saved.metadata).map((key) => [key, saved.metadata[key]]),
    );
    const existing = await readWeightsFile(path).catch(() => null);
    if (!existing || !matchesSettings(existing.metadata, recipe)) {
      const stamp = String(existing?.metadata.trainedAt ?? new Date().toISOString())
        .replace(/[:.]/g, "-");
      kept = join(dirname(path), `${basename(path, ".json")}.${stamp}.json`);
      await Deno.rename(path, kept);
    }
  }
  await writeWeightsFile(path, saved);
  return kept;
}
