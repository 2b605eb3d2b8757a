import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/01_image_as_matrix.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    {
      description: "the split sizes",
      text: /\*\*60,000\*\* training images and \*\*10,000\*\* test/,
    },
  ],
  "c005": [
    { description: "the digit counts as a table", mime: "text/html", text: /<td>6742<\/td>/ },
  ],
  "c007": [
    { description: "the digit counts as a bar chart", mime: "image/svg+xml" },
  ],
  "c009": [
    { description: "one digit as a picture", mime: "image/png" },
  ],
  "c012": [
    { description: "its 28 × 28 matrix as a heat-map with values", mime: "image/svg+xml" },
  ],
  "c014": [
    { description: "the vector's length", text: /^784$/ },
  ],
  "c016": [
    { description: "pixels read by row and column", text: /\[ 255, 240, 0 \]/ },
  ],
  "c018": [
    { description: "the 784-long vector as a chart", mime: "image/svg+xml" },
  ],
  "c022": [
    { description: "a grid of digits", mime: "image/png" },
  ],
};
