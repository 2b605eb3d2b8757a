import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/00_setup.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    { description: "the Deno version", text: /deno: "2\.\d+\.\d+"/ },
  ],
  "c005": [
    { description: "the wasm backend in use", text: /^"wasm"$/ },
  ],
  "c007": [
    { description: "a first sum", text: /\[ 11, 22, 33 \]/ },
  ],
  "c009": [
    { description: "MNIST's split sizes", text: /60000 training images and 10000 test images/ },
  ],
  "c011": [
    { description: "the first digit drawn as a picture", mime: "image/png" },
  ],
  "c012": [
    { description: "its label", text: /The label of this image is 5\./ },
  ],
  "c014": [
    { description: "a grid of test digits", mime: "image/png" },
  ],
};
