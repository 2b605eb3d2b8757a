import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/00_setup.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "deno-version": [
    { description: "the Deno version", text: /deno: "2\.\d+\.\d+"/ },
  ],
  "backend": [
    {
      description: "the backend in use, described",
      text: /^"(wasm|cpu|tensorflow|webgpu on [^"]+)"$/,
    },
  ],
  "tensor-sum": [
    { description: "a first sum, read with await array()", text: /^\[ 11, 22, 33 \]$/ },
  ],
  "mnist": [
    {
      description: "MNIST's split sizes and a load time of seconds at most",
      text:
        /\*\*60,000\*\* training images and \*\*10,000\*\* test images,\s+28 × 28 pixels each, loaded in (\d+\.\d\d) s/,
      accept: (m) => Number(m[1]) < 10,
    },
  ],
  "first-digit": [
    { description: "the first digit drawn as a picture", mime: "image/png" },
  ],
  "first-label": [
    { description: "its label", text: /The label of this image is \*\*5\*\*\./ },
  ],
  "test-grid": [
    { description: "a grid of test digits", mime: "image/png" },
  ],
};
