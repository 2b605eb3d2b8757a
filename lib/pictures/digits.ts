/**
 * Digits as pictures in a notebook: one digit drawn large, grids of digits titled with their
 * labels or with a network's predictions, and signed weights as red and blue pictures.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import type { ImageSet } from "../data/dataset.ts";
import { imageAt } from "../data/dataset.ts";
import { JUPYTER_DISPLAY } from "../notebook/display.ts";
import { messages } from "../notebook/messages/mod.ts";
import {
  digitGridPng,
  type DigitOptions,
  digitPng,
  type GridOptions,
  signedGridPng,
} from "./images.ts";

/** A PNG picture that a notebook shows as an image. */
export class PngImage {
  /** Wraps PNG bytes. */
  constructor(readonly bytes: Uint8Array) {}

  /** The MIME bundle the kernel displays: the PNG, base64-encoded. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { "image/png": Buffer.from(this.bytes).toString("base64") };
  }
}

/**
 * One digit as a picture, each pixel a crisp square.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { showDigit } from "./digits.ts";
 * const picture = showDigit(new Uint8Array(784).fill(128), { scale: 4 });
 * assert.ok(picture.bytes.length > 0);
 * ```
 */
export function showDigit(pixels: Uint8Array, options: DigitOptions = {}): PngImage {
  return new PngImage(digitPng(pixels, options));
}

/** Options of {@linkcode showDigits}. */
export interface ShowDigitsOptions extends GridOptions {
  /** The caption of the i-th picture; by default its label ("label 5", or "标签 5" in Chinese). */
  title?: (index: number, label: number) => string;
}

/**
 * The images at `indices` of a set in a grid, each titled with its label (or `options.title`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { showDigits } from "./digits.ts";
 * import { loadDataset } from "../data/dataset.ts";
 * const { train } = await loadDataset();
 * const grid = showDigits(train, [0, 1, 2, 3]);
 * assert.ok(grid.bytes.length > 0);
 * ```
 */
export function showDigits(
  set: ImageSet,
  indices: readonly number[],
  options: ShowDigitsOptions = {},
): PngImage {
  const say = messages().pictures;
  const title = options.title ?? ((_, label) => say.label(String(label)));
  return new PngImage(digitGridPng(
    indices.map((i) => ({ pixels: imageAt(set, i), title: title(i, set.labels[i]) })),
    { rows: set.rows, cols: set.cols, ...options },
  ));
}

/**
 * Images of a set titled with the network's predictions: green "predicted 7" when right, red
 * "predicted 3, is 5" when wrong (in the language chosen with `setLanguage()`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { predictionGrid } from "./digits.ts";
 * const set = { images: new Uint8Array(2 * 784), labels: new Uint8Array([7, 5]), count: 2,
 *   rows: 28, cols: 28 };
 * assert.ok(predictionGrid(set, [0, 1], [7, 3]).bytes.length > 0);
 * ```
 */
export function predictionGrid(
  set: ImageSet,
  indices: readonly number[],
  predicted: ArrayLike<number>,
  options: GridOptions & { classNames?: readonly string[] } = {},
): PngImage {
  const name = (label: number) => options.classNames?.[label] ?? String(label);
  const say = messages().pictures;
  return new PngImage(digitGridPng(
    indices.map((index, i) => {
      const right = predicted[i] === set.labels[index];
      return {
        pixels: imageAt(set, index),
        title: right
          ? say.predicted(name(predicted[i]))
          : say.predictedIs(name(predicted[i]), name(set.labels[index])),
        titleColor: right ? "#1e7b34" : "#c0392b",
      };
    }),
    { rows: set.rows, cols: set.cols, ...options },
  ));
}

/**
 * Signed values (such as the weights of the first layer's neurons) as a grid of red (positive) and
 * blue (negative) pictures.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { showWeights } from "./digits.ts";
 * assert.ok(showWeights([new Float32Array(784)]).bytes.length > 0);
 * ```
 */
export function showWeights(
  arrays: readonly ArrayLike<number>[],
  options: GridOptions = {},
): PngImage {
  return new PngImage(signedGridPng(arrays, options));
}
