import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/04_activation_functions.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    {
      description: "the four activations and their slopes, legends and axes in words",
      text:
        /^<div(?=[\s\S]*slope of leaky ReLU)(?=[\s\S]*the neuron's sum z)[\s\S]*(<svg[\s\S]*){4}/,
    },
  ],
  "slopes-table": [
    {
      description: "the slopes in numbers: sigmoid and tanh flat at ±4, minus signs typeset",
      text:
        /slope at z = −4[\s\S]*<td>sigmoid<\/td><td>0\.0177<\/td><td>0\.1966<\/td>[\s\S]*<td>tanh<\/td><td>0\.0013<\/td>/,
    },
  ],
  "c005": [
    {
      description: "two linear layers equal one",
      text: /twoLayers: \[ ([\d.-]+), ([\d.-]+) \],\s+oneMergedLayer: \[ ([\d.-]+), ([\d.-]+) \]/,
      accept: (m) =>
        Math.abs(Number(m[1]) - Number(m[3])) < 1e-9 &&
        Math.abs(Number(m[2]) - Number(m[4])) < 1e-9,
    },
  ],
  "c007": [
    { description: "ReLU breaking the collapse", text: /withReLU: \[ 4\.751, 4\.752 \]/ },
  ],
  "c009": [
    {
      description: "the linear model near a coin toss, the ReLU network separating the rings",
      text: /linear model \*\*(\d+)%\*\*, ReLU network \*\*100%\*\*/,
      accept: (m) => Number(m[1]) >= 45 && Number(m[1]) <= 60,
    },
  ],
  "c011": [
    {
      description: "the two decision maps, each with its boundary line",
      text: /Linear model[\s\S]*decision boundary[\s\S]*ReLU network[\s\S]*decision boundary/,
    },
  ],
  "rings-reading": [
    {
      description: "the reading written from the measured accuracies",
      text: /It gets\s+(\d+)% of the points right, barely more than the 50%[\s\S]*gets 100%/,
      accept: (m) => Number(m[1]) <= 60,
    },
  ],
  "exercise-1": [
    { description: "the sigmoid exercise's stub failing its check", text: /✘ At x = -3/ },
  ],
  "exercise-2": [
    { description: "the tanh exercise's stub failing its check", text: /✘ At x = -3/ },
  ],
};
