import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/09_what_the_network_learned.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    {
      description: "the trained network's accuracy",
      text: /the network: test accuracy \*\*0\.9[6-9]\d*\*\*/,
    },
  ],
  "c005": [
    { description: "the results table", text: /<th>confidence<\/th><th>correct<\/th>/ },
  ],
  "c007": [
    {
      description: "the confusion matrix with counts",
      mime: "image/svg+xml",
      text: /true digit/,
    },
  ],
  "c009": [
    {
      description: "accuracy per digit",
      text: /<th>truth<\/th><th>accuracy<\/th><th>images<\/th>/,
    },
  ],
  "c011": [
    {
      description: "the most frequent confusions",
      text: /<th>truth<\/th><th>predicted<\/th><th>count<\/th>/,
    },
  ],
  "c013": [
    { description: "the most confident mistakes", mime: "image/png" },
  ],
  "c015": [
    { description: "the first layer's 64 weight pictures", mime: "image/png" },
  ],
  "c018": [
    {
      description: "probability charts of ambiguous digits",
      text: /^<div[\s\S]*(<svg[\s\S]*){4}/,
    },
  ],
};
