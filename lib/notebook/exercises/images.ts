/**
 * Checks for the exercises on images as arrays of pixels: counting ink, the flat index of a
 * pixel, the centre of mass of the ink and its bounding box.
 *
 * @module
 */
import type { ImageSet } from "../../data/dataset.ts";
import { imageAt } from "../../data/dataset.ts";
import { messages } from "../messages/mod.ts";
import { echo, Feedback, judge, notYet, type VectorMistake } from "./feedback.ts";
import { checkNumber, readFields, readNumbers } from "./answers.ts";

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
  const say = messages().images;
  const pixels = imageAt(set, index);
  const ink = pixels.filter((v) => v > 0).length;
  return checkNumber(answer, ink, {
    integer: true,
    hint: say.inkHint,
    mistakes: [
      { value: pixels.length, message: say.inkEveryPixel(set.rows, set.cols) },
      { value: pixels.length - ink, message: say.inkBackground },
      { value: pixels.filter((v) => v === 255).length, message: say.inkBlackOnly },
      { value: pixels.reduce((sum, v) => sum + v, 0), message: say.inkSum },
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
  const say = messages().images;
  return checkNumber(answer, row * cols + col, {
    integer: true,
    hint: say.flatHint(row, cols),
    mistakes: [
      { value: col * cols + row, message: say.flatSwapped(cols) },
      { value: row * cols + col + 1, message: say.flatFromOne },
      { value: (row + 1) * cols + col, message: say.flatRowTooMany(row) },
      { value: row + col, message: say.flatAdds(cols) },
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
  const say = messages().images;
  const given = readNumbers(answer, 2, say.centreWhat);
  if (given instanceof Feedback) return given;
  const expected = [rowSum / mass, colSum / mass];
  const mistakes: VectorMistake[] = [
    { value: [expected[1], expected[0]], message: say.centreSwapped(cols) },
    { value: [inkRows / inkCount, inkCols / inkCount], message: say.centrePlainMean },
    { value: [inkCols / inkCount, inkRows / inkCount], message: say.centrePlainMeanSwapped },
    { value: [(rows - 1) / 2, (cols - 1) / 2], message: say.centreOfFrame },
    { value: [expected[0] + 1, expected[1] + 1], message: say.fromOne },
    { value: [rowSum / pixels.length, colSum / pixels.length], message: say.centreByPixels },
    { value: [rowSum / inkCount, colSum / inkCount], message: say.centreByInkPixels },
  ];
  const verdict = judge(given, expected, 0.05, mistakes);
  // A sub-pixel position: two decimals say it (the tolerance is 0.05).
  const shown = `[${given.map((x) => echo(Number(x.toFixed(2)))).join(", ")}]`;
  if (verdict === true) return new Feedback(true, say.centreRight(shown));
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const off = [0, 1].filter((i) => Math.abs(given[i] - expected[i]) > 0.05);
  const which = off.length === 2
    ? say.centreBothOff
    : off[0] === 0
    ? say.centreRowOff
    : say.centreColumnOff;
  return new Feedback(false, messages().feedback.notYet(say.centreOff(which)));
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
  const say = messages().images, { notYet: wrong, list } = messages().feedback;
  const expected = [top, bottom, left, right];
  const mistakes: VectorMistake[] = [
    { value: [top, bottom + 1, left, right + 1], message: say.boxOnePast },
    { value: [top + 1, bottom + 1, left + 1, right + 1], message: say.fromOne },
    { value: [left, right, top, bottom], message: say.boxSwapped(cols) },
    { value: [0, rows - 1, 0, cols - 1], message: say.boxWholeFrame },
  ];
  const whole = (a: readonly number[]) => a.every(Number.isInteger);
  const verdict = judge(given, expected, 0, mistakes, whole);
  const shown = `{ ${sides.map((s, i) => `${s}: ${echo(given[i])}`).join(", ")} }`;
  if (verdict === true) return new Feedback(true, say.boxRight(shown));
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  if (!whole(given)) return new Feedback(false, wrong(say.boxNotWhole));
  const off = sides.flatMap((side, i) =>
    given[i] === expected[i] ? [] : [say.boxSide(side, Math.abs(given[i] - expected[i]) === 1)]
  );
  return new Feedback(false, wrong(say.boxCheck(list(off))));
}
