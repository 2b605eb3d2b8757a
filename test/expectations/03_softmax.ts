import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/03_softmax.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    { description: "the exponentials", text: /"2\.718", "148\.413", "20\.086"/ },
  ],
  "c005": [
    { description: "their sum", text: /^"171\.217"$/ },
  ],
  "c007": [
    { description: "the probabilities", text: /"0\.016", "0\.867", "0\.117"/ },
  ],
  "c009": [
    { description: "the worked example as a table", text: /<td>0\.867<\/td>/ },
  ],
  "c011": [
    { description: "scores beside probabilities", text: /^<div[\s\S]*<svg[\s\S]*<svg/ },
  ],
  "c013": [
    { description: "the properties hold", text: /orderKept: true,\s+shiftChangesNothing: true/ },
  ],
  "c016": [
    { description: "the naive softmax overflowing", text: /^\[ NaN, NaN \]$/ },
  ],
  "c018": [
    { description: "the safe softmax", text: /^\[ 0\.2689414213699951, 0\.7310585786300049 \]$/ },
  ],
  "c024": [
    {
      description: "log-softmax staying finite",
      text: /logOfSoftmax: -Infinity, logSoftmax: -800/,
    },
  ],
};
