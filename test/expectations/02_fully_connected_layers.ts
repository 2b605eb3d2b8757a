import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/02_fully_connected_layers.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "neuron": [
    { description: "one neuron by hand", text: /^1\.25$/ },
  ],
  "layer": [
    { description: "one layer written as a loop", text: /^\[ 1\.25, 0\.75 \]$/ },
  ],
  "dense": [
    { description: "the same layer with dense()", text: /^\[ 1\.25, 0\.75 \]$/ },
  ],
  "tfjs": [
    {
      description: "the same layer in TensorFlow.js, for a batch of two inputs",
      text: /^\[ \[ 1\.25, 0\.75 \], \[ 2\.75, 0 \] \]$/,
    },
  ],
  "bias-chart": [
    { description: "the bias chart", text: /<svg[\s\S]*b = -2/ },
  ],
  "network-diagram": [
    {
      description: "the network as nodes and edges, one neuron's sum written out",
      mime: "image/svg+xml",
      text: /784 inputs \(pixels\)[\s\S]*h = ReLU\(z\)|h = ReLU\(z\)[\s\S]*784 inputs \(pixels\)/,
    },
  ],
  "layer-table": [
    { description: "the table of layer shapes", text: /<td>50176<\/td>/ },
  ],
  "parameter-count": [
    { description: "the parameter count", text: /^59210$/ },
  ],
  "initial-range": [
    {
      description: "the first layer's initial weights within ±1/28",
      text: /count: 50176, smallest: (-0\.\d+), largest: (0\.\d+), bound: 0\.0357/,
      accept: (m) => Number(m[1]) >= -0.0358 && Number(m[2]) <= 0.0358,
    },
  ],
  "activations": [
    {
      description: "the activations of each layer",
      mime: "image/svg+xml",
      text: /layer 4 \(output\)/,
    },
  ],
  "zeros": [
    {
      description: "the share of zeros in each hidden layer, between a quarter and three quarters",
      text: /\*\*(\d+), (\d+), (\d+)\*\* of their 64 neurons/,
      accept: (m) => [m[1], m[2], m[3]].every((n) => Number(n) >= 16 && Number(n) <= 48),
    },
  ],
  "guess": [
    {
      description: "the untrained guess, and scores that are not probabilities",
      text:
        /The untrained network guesses \*\*\d\*\*; the true label is \*\*7\*\*\.\s+The scores add up to (-?\d+\.\d+), and (\d+) of them are negative/,
      accept: (m) => Number(m[2]) > 0,
    },
  ],
  "untrained-accuracy": [
    {
      description: "the untrained accuracy near one in ten",
      text: /test digits: (\d+\.\d)%/,
      accept: (m) => Number(m[1]) < 25,
    },
  ],
  "batch-diagram": [
    {
      description: "a batch of 15 images flowing through the layers",
      mime: "image/svg+xml",
      text: /15 images × 784 pixels[\s\S]*15 × 10 scores/,
    },
  ],
  "batch-shapes": [
    {
      description: "the shapes of a real batch through the layers",
      text: /\[ "15 × 784", "15 × 64", "15 × 64", "15 × 64", "15 × 10" \]/,
    },
  ],
  "same-row": [
    {
      description: "row 0 of the batch equals the image computed alone",
      text: /largest difference between the two sets of scores: \*\*(0|\d(?:\.\d+)?e-\d+)\*\*/,
      accept: (m) => Number(m[1]) < 1e-5,
    },
  ],
};
