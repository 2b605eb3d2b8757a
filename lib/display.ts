/**
 * Showing things in a notebook. The Deno kernel displays any object with a
 * `Symbol.for("Jupyter.display")` method by the MIME bundle that method returns; these helpers
 * build such objects, so the same code also runs (and is tested) outside a notebook.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import type { ImageSet } from "./dataset.ts";
import { imageAt } from "./dataset.ts";
import { digitGridPng, type DigitOptions, digitPng, type GridOptions } from "./images.ts";

/** The method name the Deno kernel looks for to display an object. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

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
 * import { showDigit } from "./display.ts";
 * const picture = showDigit(new Uint8Array(784).fill(128), { scale: 4 });
 * console.assert(picture.bytes.length > 0);
 * ```
 */
export function showDigit(pixels: Uint8Array, options: DigitOptions = {}): PngImage {
  return new PngImage(digitPng(pixels, options));
}

/** Options of {@linkcode showDigits}. */
export interface ShowDigitsOptions extends GridOptions {
  /** The caption of the i-th picture; by default its label ("label 5"). */
  title?: (index: number, label: number) => string;
}

/**
 * The images at `indices` of a set in a grid, each titled with its label (or `options.title`).
 *
 * @example
 * ```ts
 * import { showDigits } from "./display.ts";
 * import { loadDataset } from "./dataset.ts";
 * const { train } = await loadDataset();
 * const grid = showDigits(train, [0, 1, 2, 3]);
 * console.assert(grid.bytes.length > 0);
 * ```
 */
export function showDigits(
  set: ImageSet,
  indices: readonly number[],
  options: ShowDigitsOptions = {},
): PngImage {
  const title = options.title ?? ((_, label) => `label ${label}`);
  return new PngImage(digitGridPng(
    indices.map((i) => ({ pixels: imageAt(set, i), title: title(i, set.labels[i]) })),
    { rows: set.rows, cols: set.cols, ...options },
  ));
}
