import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/01_image_as_matrix.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "load": [
    {
      description: "the split sizes",
      text: /\*\*60,000\*\* training images and \*\*10,000\*\* test/,
    },
  ],
  "split": [
    {
      description:
        "the three piles: 55,000 to learn from, 5,000 for validation, 10,000 for the test",
      mime: "text/html",
      text:
        /learn from<\/td><td>55000<\/td>[\s\S]*choose<\/td><td>5000<\/td>[\s\S]*report<\/td><td>10000<\/td>/,
    },
  ],
  "count-labels": [
    {
      description: "the digit counts as a table (1: 6,742 training and 1,135 test images)",
      mime: "text/html",
      text: /<td>1<\/td><td>6742<\/td><td>\d+<\/td><td>1135<\/td>/,
    },
  ],
  "counts-chart": [
    {
      description: "the digit counts as a bar chart",
      mime: "image/svg+xml",
      text: /training images/,
    },
  ],
  "counts-reading": [
    {
      description: "the most common and the rarest digit, from the table",
      text:
        /most common digit in the training set is \*\*1\*\*, with\s+6,742 images; the rarest is \*\*5\*\*, with\s+5,421/,
    },
  ],
  "first-digit": [
    { description: "one digit as a picture", mime: "image/png" },
  ],
  "first-label": [
    { description: "its label", text: /Its label is \*\*5\*\*/ },
  ],
  "heatmap": [
    { description: "its 28 × 28 matrix as a heat-map with values", mime: "image/svg+xml" },
  ],
  "ink-box": [
    {
      description: "the first digit's ink fits a 20 × 20 box",
      text: /fills rows 5–24 and columns 4–23:\s+20 × 20 pixels/,
    },
  ],
  "all-boxes": [
    {
      description: "every training digit fits 20 × 20, yet many come within 2 pixels of an edge",
      text:
        /tallest ink is \*\*20\*\* rows high, the widest \*\*20\*\* columns wide\.\s+\*\*([\d,]+)\*\* images \(\d+%\) have a margin of 2 pixels or less,\s+and \*\*(\d+)\*\* have none/,
      accept: (m) => Number(m[1].replace(/,/g, "")) > 10000 && Number(m[2]) > 0,
    },
  ],
  "touching-digits": [
    {
      description: "most digits touching an edge are 7s",
      text: /Of the (\d+) images that touch an edge, \*\*(\d+)\*\* are 7s/,
      accept: (m) => Number(m[2]) > Number(m[1]) / 2,
    },
  ],
  "touching-grid": [
    { description: "digits whose ink touches an edge", mime: "image/png" },
  ],
  "rows-to-vector": [
    {
      description: "the rows laid end to end into the vector",
      mime: "image/svg+xml",
      text: /row 1 → positions 28–55/,
    },
    { description: "the formula of the position", mime: "image/svg+xml", text: /i = 28·r \+ c/ },
  ],
  "vector-length": [
    { description: "the vector's length", text: /^784$/ },
  ],
  "pixel-reads": [
    { description: "pixels read by row and column", text: /\[ 255, 240, 0 \]/ },
  ],
  "vector-chart": [
    { description: "the 784-long vector as a chart", mime: "image/svg+xml" },
  ],
  "many-grid": [
    { description: "a grid of digits", mime: "image/png" },
  ],
  "average-digits": [
    { description: "the ten average digits as pictures", mime: "image/png" },
  ],
  "nearest-average": [
    { description: "test digits titled with the nearest average's guess", mime: "image/png" },
  ],
  "baseline-accuracy": [
    {
      description: "the nearest-average baseline's test accuracy, about 82%",
      text: /an accuracy of \*\*(\d+\.\d)%\*\*/,
      accept: (m) => Math.abs(Number(m[1]) - 82) < 1,
    },
  ],
};
