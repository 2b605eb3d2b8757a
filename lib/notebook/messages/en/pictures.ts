/**
 * English: the texts the course's pictures draw by default: digit grids' titles, charts' axes
 * and legends, and the teaching diagrams' labels. A label a caller passes replaces the default.
 *
 * @module
 */

/**
 * The default texts of the pictures, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pictures } from "./pictures.ts";
 * assert.equal(pictures.predictedIs("3", "5"), "predicted 3, is 5");
 * ```
 */
export const pictures = {
  // Digit grids (digits.ts).
  label: (label: string) => `label ${label}`,
  predicted: (predicted: string) => `predicted ${predicted}`,
  predictedIs: (predicted: string, truth: string) => `predicted ${predicted}, is ${truth}`,
  // Charts (charts.ts, learning_charts.ts, training_charts.ts).
  column: "column",
  row: "row",
  indexInVector: "index in the vector",
  value: "value",
  input: "input",
  output: "output",
  layer: (layer: number) => `layer ${layer}`,
  outputLayer: (layer: number) => `layer ${layer} (output)`,
  neuron: "neuron",
  lossOfW: "loss f(w)",
  decisionBoundary: "decision boundary",
  batchSize: "batch size (images per step)",
  imagesPerSecond: "images learnt per second",
  epoch: "epoch",
  accuracy: "accuracy",
  // The network diagram (network_diagram.ts).
  inputName: "input",
  outputName: "output",
  hiddenName: (layer: number) => `hidden ${layer}`,
  inputCount: (size: number) => `${size} inputs (pixels)`,
  scoreCount: (size: number) => `${size} scores`,
  neuronCount: (size: number) => `${size} neurons`,
  scoreNoRelu: "score = z (no ReLU on the output)",
  theOutput: "the output",
  ownWeights: (neurons: number, layer: string, weights: number) =>
    `each of the ${neurons} neurons of ${layer} has its own ${weights} weights w and bias b`,
  networkAria: (layers: string) => `A network ${layers} drawn as nodes and edges`,
  // The rows-to-vector diagram.
  theImage: (rows: number, cols: number) => `the image: ${rows} × ${cols} pixels`,
  pixelToPosition: "pixel (row r, column c) → position i",
  forExample: (cols: number, row: number, col: number, index: number) =>
    `e.g. row ${row}, column ${col} → ${cols}·${row} + ${col} = ${index}`,
  columns: (last: number) => `column c = 0 … ${last} →`,
  rowNumber: (row: number) => `row ${row}`,
  theVector: (length: number) => `the vector: ${length} numbers, row after row`,
  wrapped: (positions: number) =>
    `one long line, wrapped to fit: each line holds ${positions} positions`,
  rowPositions: (row: number, first: number, last: number) =>
    `row ${row} → positions ${first}–${last}`,
  rowsAria: (rows: number, cols: number, length: number) =>
    `A ${rows} × ${cols} picture laid out row after row as a vector of ${length} numbers`,
  // The batch diagram.
  batchImages: (images: number, pixels: number) =>
    `${images} image${images === 1 ? "" : "s"} × ${pixels} pixels`,
  batchScores: (images: number, scores: number) => `${images} × ${scores} scores`,
  weightShape: (weights: string, rows: number, cols: number) => `${weights} is ${rows} × ${cols}`,
  image: "image",
  oneRow: "one image = one row all the way through",
  batchAria: (images: number, layers: string) =>
    `A batch of ${images} images flowing through a network ${layers} as matrices`,
};
