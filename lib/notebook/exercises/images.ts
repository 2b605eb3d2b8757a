/**
 * Checks for the exercises on images as arrays of pixels: counting ink, the flat index of a
 * pixel, the centre of mass of the ink and its bounding box.
 *
 * @module
 */
import type { ImageSet } from "../../data/dataset.ts";
import { imageAt } from "../../data/dataset.ts";
import {
  checkNumber,
  echo,
  Feedback,
  judge,
  notYet,
  readFields,
  readNumbers,
  type VectorMistake,
} from "./feedback.ts";

/**
 * Checks a count of the ink pixels (value above 0) of image `index` of a set. Recognises the
 * count of every pixel, of the background, of the full-black pixels only, and the sum of the
 * pixel values.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkInkCount } from "./images.ts";
 * const set = { images: new Uint8Array([0, 9, 0, 255]), labels: new Uint8Array([1]), count: 1,
 *   rows: 2, cols: 2 };
 * assert.ok(checkInkCount(set, 0, 2).ok);
 * assert.match(checkInkCount(set, 0, 4).message, /every pixel of the image/);
 * ```
 */
export function checkInkCount(set: ImageSet, index: number, answer: number | undefined): Feedback {
  const pixels = imageAt(set, index);
  const ink = pixels.filter((v) => v > 0).length;
  return checkNumber(answer, ink, {
    integer: true,
    hint: "count the pixels whose value is greater than 0, for example with .filter().",
    mistakes: [
      {
        value: pixels.length,
        message: `is every pixel of the image (${set.rows} × ${set.cols}): count only those ` +
          "with a value above 0.",
      },
      {
        value: pixels.length - ink,
        message: "is the number of background pixels (value 0): count the others.",
      },
      {
        value: pixels.filter((v) => v === 255).length,
        message: "counts only the fully black pixels (255): the grey edges, any value above 0, " +
          "are ink too.",
      },
      {
        value: pixels.reduce((sum, v) => sum + v, 0),
        message: "is the sum of the pixel values: count the pixels instead.",
      },
    ],
  });
}

/**
 * Checks where pixel (row, col) of an image `cols` pixels wide (28 by default) lands in the
 * flattened vector: row · cols + col, counting from 0. Recognises row and column swapped,
 * counting from 1, and an off-by-one row.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFlatIndex } from "./images.ts";
 * assert.ok(checkFlatIndex(1, 2, 30).ok);
 * assert.match(checkFlatIndex(1, 2, 57).message, /swaps row and column/);
 * ```
 */
export function checkFlatIndex(
  row: number,
  col: number,
  answer: number | undefined,
  cols = 28,
): Feedback {
  return checkNumber(answer, row * cols + col, {
    integer: true,
    hint: `each row before row ${row} contributes ${cols} entries.`,
    mistakes: [
      {
        value: col * cols + row,
        message: "swaps row and column: the image is stored row after row, so the row makes " +
          `the big jumps of ${cols}.`,
      },
      {
        value: row * cols + col + 1,
        message: "counts from 1: indices start at 0, so pixel (0, 0) is entry 0.",
      },
      {
        value: (row + 1) * cols + col,
        message: `counts ${row + 1} full rows before this pixel: rows 0 … ${row - 1} come ` +
          `before row ${row}, that is ${row} rows.`,
      },
      {
        value: row + col,
        message: `adds row and column: each row before this one holds ${cols} entries.`,
      },
    ],
  });
}

/** The rows of an image of `pixels.length` values, `cols` wide; throws for a ragged image. */
function rowsOf(pixels: ArrayLike<number>, cols: number, check: string): number {
  const rows = pixels.length / cols;
  if (!Number.isInteger(rows) || rows < 1) {
    throw new RangeError(
      `${check}: the image has ${pixels.length} pixels, which is not a whole number of rows of ` +
        `${cols}; pass the image's width as the last argument.`,
    );
  }
  return rows;
}

/**
 * Checks the centre of mass of an image's ink: `[row, col]`, the mean row and the mean column
 * of the pixels, each weighted by its value (tolerance 0.05 each). Recognises row and column
 * swapped, the unweighted mean position of the ink pixels, the centre of the frame, counting from
 * 1, and dividing by a count of pixels instead of by the total ink.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkCentreOfMass } from "./images.ts";
 * // A 2 × 3 image: ink 100 at (0, 2) and 300 at (1, 2).
 * const pixels = [0, 0, 100, 0, 0, 300];
 * assert.ok(checkCentreOfMass(pixels, [0.75, 2], 3).ok);
 * assert.match(checkCentreOfMass(pixels, [2, 0.75], 3).message, /swaps row and column/);
 * ```
 */
export function checkCentreOfMass(
  pixels: ArrayLike<number>,
  answer: readonly number[] | undefined,
  cols = 28,
): Feedback {
  const rows = rowsOf(pixels, cols, "checkCentreOfMass");
  let mass = 0, rowSum = 0, colSum = 0, inkCount = 0, inkRows = 0, inkCols = 0;
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i], r = Math.floor(i / cols), c = i % cols;
    mass += v;
    rowSum += v * r;
    colSum += v * c;
    if (v > 0) {
      inkCount++;
      inkRows += r;
      inkCols += c;
    }
  }
  if (!(mass > 0)) {
    throw new RangeError(
      "checkCentreOfMass: the image has no ink, so its centre of mass is undefined; pick an " +
        "image with ink.",
    );
  }
  const given = readNumbers(answer, 2, "[row, column]");
  if (given instanceof Feedback) return given;
  const expected = [rowSum / mass, colSum / mass];
  const weight = "weight each position by its pixel value";
  const mistakes: VectorMistake[] = [
    {
      value: [expected[1], expected[0]],
      message: "swaps row and column: give `[row, column]`, the row (vertical position, " +
        `index / ${cols} rounded down) first.`,
    },
    {
      value: [inkRows / inkCount, inkCols / inkCount],
      message: `is the plain mean position of the ink pixels: ${weight}, so that dark pixels ` +
        "count more than the grey edges.",
    },
    {
      value: [inkCols / inkCount, inkRows / inkCount],
      message: `is the plain mean position of the ink pixels, with row and column swapped: ` +
        `${weight}, and give the row first.`,
    },
    {
      value: [(rows - 1) / 2, (cols - 1) / 2],
      message: `is the centre of the frame, the mean of every position: ${weight} (the ` +
        "background weighs 0).",
    },
    {
      value: [expected[0] + 1, expected[1] + 1],
      message: "counts rows and columns from 1: indices start at 0.",
    },
    {
      value: [rowSum / pixels.length, colSum / pixels.length],
      message: "divides by the number of pixels: a weighted mean divides by the sum of the " +
        "weights, the total ink Σ v.",
    },
    {
      value: [rowSum / inkCount, colSum / inkCount],
      message: "divides by the number of ink pixels: a weighted mean divides by the sum of the " +
        "weights, the total ink Σ v.",
    },
  ];
  const verdict = judge(given, expected, 0.05, mistakes);
  const shown = `[${given.map(echo).join(", ")}]`;
  if (verdict === true) {
    return new Feedback(true, `Right: the ink's centre of mass is at ${shown}.`);
  }
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const off = [0, 1].filter((i) => Math.abs(given[i] - expected[i]) > 0.05);
  const what = off.length === 2
    ? "both coordinates are off"
    : off[0] === 0
    ? "the column is right, the row is off"
    : "the row is right, the column is off";
  return new Feedback(
    false,
    `Not yet: ${what}. Hint: the row is the mean of the row indices, each weighted by its ` +
      "pixel's value, Σ v·r / Σ v; the column likewise with the column indices.",
  );
}

/**
 * Checks the bounding box of an image's ink (pixels above 0): `{ top, bottom, left, right }`,
 * the first and last row and the first and last column holding ink, inclusive and counted from
 * 0. Recognises bottom and right given one past the ink (exclusive ends), counting from 1, rows
 * and columns swapped, and the whole frame; otherwise names the sides that are off, and says when
 * one is off by one.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkBoundingBox } from "./images.ts";
 * // A 3 × 4 image with ink in rows 1 … 2 and columns 1 … 2.
 * const pixels = [0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 9, 0];
 * assert.ok(checkBoundingBox(pixels, { top: 1, bottom: 2, left: 1, right: 2 }, 4).ok);
 * assert.match(
 *   checkBoundingBox(pixels, { top: 1, bottom: 3, left: 1, right: 3 }, 4).message,
 *   /one past the ink/,
 * );
 * ```
 */
export function checkBoundingBox(
  pixels: ArrayLike<number>,
  answer: { top: number; bottom: number; left: number; right: number } | undefined,
  cols = 28,
): Feedback {
  const rows = rowsOf(pixels, cols, "checkBoundingBox");
  let top = Infinity, bottom = -Infinity, left = Infinity, right = -Infinity;
  for (let i = 0; i < pixels.length; i++) {
    if (!(pixels[i] > 0)) continue;
    const r = Math.floor(i / cols), c = i % cols;
    top = Math.min(top, r);
    bottom = Math.max(bottom, r);
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  if (top === Infinity) {
    throw new RangeError(
      "checkBoundingBox: the image has no ink, so it has no bounding box; pick an image with ink.",
    );
  }
  const sides = ["top", "bottom", "left", "right"] as const;
  const given = readFields(answer, sides);
  if (given instanceof Feedback) return given;
  const expected = [top, bottom, left, right];
  const mistakes: VectorMistake[] = [
    {
      value: [top, bottom + 1, left, right + 1],
      message: "has bottom and right one past the ink: they are inclusive, the last row and " +
        "the last column that hold ink.",
    },
    {
      value: [top + 1, bottom + 1, left + 1, right + 1],
      message: "counts rows and columns from 1: indices start at 0.",
    },
    {
      value: [left, right, top, bottom],
      message: "swaps rows and columns: top and bottom are rows (index / " +
        `${cols} rounded down), left and right are columns (index % ${cols}).`,
    },
    {
      value: [0, rows - 1, 0, cols - 1],
      message: "is the whole frame: only pixels with a value above 0 are ink.",
    },
  ];
  const whole = (a: readonly number[]) => a.every(Number.isInteger);
  const verdict = judge(given, expected, 0, mistakes, whole);
  const shown = `{ ${sides.map((s, i) => `${s}: ${echo(given[i])}`).join(", ")} }`;
  if (verdict === true) return new Feedback(true, `Right: the ink fills ${shown}.`);
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  if (!whole(given)) {
    return new Feedback(false, "Not yet: the sides are row and column indices, whole numbers.");
  }
  const off = sides.flatMap((side, i) =>
    given[i] === expected[i]
      ? []
      : [`\`${side}\`${Math.abs(given[i] - expected[i]) === 1 ? " (off by one)" : ""}`]
  );
  return new Feedback(
    false,
    `Not yet: check ${off.join(", ")}` +
      ". Hint: top is the first row holding a pixel above 0 and bottom the last one, both " +
      "included; left and right likewise for columns.",
  );
}
