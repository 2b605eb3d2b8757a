import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/02_fully_connected_layers.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    { description: "one neuron by hand", text: /^1\.25$/ },
  ],
  "c005": [
    { description: "one layer with dense()", text: /^\[ 1\.25, 0\.75 \]$/ },
  ],
  "c007": [
    { description: "the same layer in TensorFlow.js", text: /^\[ \[ 1\.25, 0\.75 \] \]$/ },
  ],
  "c009": [
    { description: "the bias chart", text: /<svg[\s\S]*b = -2/ },
  ],
  "c011": [
    { description: "the table of layer shapes", text: /<td>50176<\/td>/ },
  ],
  "c013": [
    { description: "the parameter count", text: /^59210$/ },
  ],
  "c017": [
    { description: "the activations of each layer", mime: "image/svg+xml" },
  ],
  "c020": [
    { description: "the untrained guess", text: /The untrained network guesses \*\*\d\*\*/ },
  ],
};
