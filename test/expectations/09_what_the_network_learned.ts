import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/09_what_the_network_learned.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "trained-network": [
    {
      description: "the saved accuracies beside the tutorial's 0.95 and 0.96",
      text:
        /after one epoch and \*\*(0\.\d{4})\*\* after two; the tutorial reports 0\.95 after one epoch and 0\.96 after two/,
      accept: (m) => Number(m[1]) >= 0.95,
    },
  ],
  "predictions": [
    { description: "the results table", text: /<th>confidence<\/th><th>correct<\/th>/ },
  ],
  "mistake-count": [
    {
      description: "the accuracy recomputed from the predictions, as saved",
      text:
        /Right on \*\*[\d,]+\*\* of the 10,000 test digits, an accuracy of 0\.9\d{3}, as saved with the network\. Wrong on \*\*(\d+)\*\*/,
      accept: (m) => Number(m[1]) > 0 && Number(m[1]) < 500,
    },
  ],
  "confusion-matrix": [
    { description: "the confusion matrix", mime: "image/svg+xml", text: /true digit/ },
  ],
  "row-sizes": [
    {
      description: "the most and fewest images per digit, counted from the test labels",
      text: /holds 1,135 images of a 1 but only 892 of a 5/,
    },
  ],
  "top-confusions": [
    {
      description: "the most frequent confusions",
      text: /<th>truth<\/th><th>predicted<\/th><th>count<\/th>/,
    },
  ],
  "top-confusions-reading": [
    {
      description: "the top confusions written from the table",
      text:
        /The most frequent mistake: \*\*(\d+)\*\* images of an? \d taken for an? \d\. Then \d+ of/,
      accept: (m) => Number(m[1]) >= 10,
    },
  ],
  "confusion-examples": [
    { description: "examples of the top three confusions", mime: "image/png" },
  ],
  "confident-mistakes": [
    { description: "the most confident mistakes", mime: "image/png" },
  ],
  "calibration": [
    {
      description: "the calibration table, five confidence groups",
      text:
        /<th>mean confidence<\/th><th>share right<\/th>[\s\S]*(<tr><td>[^<]+ to [^<]+<\/td>[\s\S]*){5}/,
    },
  ],
  "calibration-reading": [
    {
      description: "the confident group nearly always right, and the gap between the columns",
      text:
        /get a confidence of 0\.99 or more, and (\d+\.\d)% of those are right[\s\S]*within (\d+\.\d) percentage points/,
      accept: (m) => Number(m[1]) > 98 && Number(m[2]) < 10,
    },
  ],
  "ambiguous-probabilities": [
    {
      description: "probability charts of the four least sure digits",
      text: /^<div[\s\S]*(<svg[\s\S]*){4}/,
    },
  ],
  "first-layer": [
    { description: "the first layer's 64 weight pictures", mime: "image/png" },
  ],
  "silent-neurons": [
    {
      description: "the silent neurons, each firing on training images at the start",
      text: /<th>neuron<\/th><th>images it fires on, at the start<\/th>/,
    },
  ],
  "silent-neurons-numbers": [
    {
      description: "the silent neurons barely moved, the others moved",
      text:
        /moved by more than (0\.\d+) in training, while every other neuron had a\s+weight that moved by (0\.\d+) or more/,
      accept: (m) => Number(m[1]) < Number(m[2]),
    },
  ],
  "never-inked": [
    {
      description: "the pixels never inked kept their starting weights",
      text:
        /\*\*(\d+)\*\* of the 784 pixels are blank in every one of the 60,000 training images, and for every one of them/,
      accept: (m) => Number(m[1]) > 0 && Number(m[1]) < 200,
    },
  ],
  "never-inked-picture": [
    { description: "the never-inked pixels", mime: "image/svg+xml", text: /column/ },
  ],
};
