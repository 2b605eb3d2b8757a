import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/04_activation_functions.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    {
      description: "the four activations and their slopes",
      text: /^<div[\s\S]*(<svg[\s\S]*){4}/,
    },
  ],
  "c005": [
    { description: "two linear layers equal one", text: /twoLayers: \[ 4\.886, 4\.725 \]/ },
  ],
  "c007": [
    { description: "ReLU breaking the collapse", text: /withReLU: \[ 4\.751, 4\.752 \]/ },
  ],
  "c009": [
    { description: "the ReLU network separating the rings", text: /ReLU network \*\*100%\*\*/ },
  ],
  "c011": [
    { description: "the two decision maps", text: /Linear model[\s\S]*ReLU network/ },
  ],
};
