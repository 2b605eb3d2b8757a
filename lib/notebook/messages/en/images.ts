/**
 * English: the feedback of the checks on images as arrays of pixels (`exercises/images.ts`).
 * Mistakes continue a sentence whose subject is the learner's answer ("… is every pixel").
 *
 * @module
 */

const weight = "weight each position by its pixel value";

/**
 * The feedback of the image checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { images } from "./images.ts";
 * assert.equal(images.flatAdds(28), "adds row and column: each row before this one holds 28 entries.");
 * ```
 */
export const images = {
  // checkInkCount
  inkHint: "count the pixels whose value is greater than 0, for example with .filter().",
  inkEveryPixel: (rows: number, cols: number) =>
    `is every pixel of the image (${rows} × ${cols}): count only those with a value above 0.`,
  inkBackground: "is the number of background pixels (value 0): count the others.",
  inkBlackOnly: "counts only the fully black pixels (255): the grey edges, any value above 0, " +
    "are ink too.",
  inkSum: "is the sum of the pixel values: count the pixels instead.",
  // checkFlatIndex
  flatHint: (row: number, cols: number) =>
    `each row before row ${row} contributes ${cols} entries.`,
  flatSwapped: (cols: number) =>
    "swaps row and column: the image is stored row after row, so the row makes the big jumps " +
    `of ${cols}.`,
  flatFromOne: "counts from 1: indices start at 0, so pixel (0, 0) is entry 0.",
  flatRowTooMany: (row: number) =>
    `counts ${row + 1} full rows before this pixel: rows 0 … ${row - 1} come before row ` +
    `${row}, that is ${row} rows.`,
  flatAdds: (cols: number) =>
    `adds row and column: each row before this one holds ${cols} entries.`,
  // checkCentreOfMass
  centreWhat: "[row, column]",
  centreSwapped: (cols: number) =>
    "swaps row and column: give `[row, column]`, the row (vertical position, " +
    `index / ${cols} rounded down) first.`,
  centrePlainMean: `is the plain mean position of the ink pixels: ${weight}, so that dark ` +
    "pixels count more than the grey edges.",
  centrePlainMeanSwapped: "is the plain mean position of the ink pixels, with row and column " +
    `swapped: ${weight}, and give the row first.`,
  centreOfFrame: `is the centre of the frame, the mean of every position: ${weight} (the ` +
    "background weighs 0).",
  fromOne: "counts rows and columns from 1: indices start at 0.",
  centreByPixels: "divides by the number of pixels: a weighted mean divides by the sum of the " +
    "weights, the total ink Σ v.",
  centreByInkPixels: "divides by the number of ink pixels: a weighted mean divides by the sum " +
    "of the weights, the total ink Σ v.",
  centreRight: (centre: string) => `Right: the ink's centre of mass is at ${centre}.`,
  centreBothOff: "both coordinates are off",
  centreRowOff: "the column is right, the row is off",
  centreColumnOff: "the row is right, the column is off",
  centreOff: (which: string) =>
    `${which}. Hint: the row is the mean of the row indices, each weighted by its pixel's ` +
    "value, Σ v·r / Σ v; the column likewise with the column indices.",
  // checkBoundingBox
  boxOnePast: "has bottom and right one past the ink: they are inclusive, the last row and " +
    "the last column that hold ink.",
  boxSwapped: (cols: number) =>
    "swaps rows and columns: top and bottom are rows (index / " +
    `${cols} rounded down), left and right are columns (index % ${cols}).`,
  boxWholeFrame: "is the whole frame: only pixels with a value above 0 are ink.",
  boxRight: (box: string) => `Right: the ink fills ${box}.`,
  boxNotWhole: "the sides are row and column indices, whole numbers.",
  boxSide: (side: string, offByOne: boolean) => `\`${side}\`${offByOne ? " (off by one)" : ""}`,
  boxCheck: (sides: string) =>
    `check ${sides}. Hint: top is the first row holding a pixel above 0 and bottom the last ` +
    "one, both included; left and right likewise for columns.",
};
