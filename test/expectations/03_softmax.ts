import type { CellExpectations } from "../notebook_expectations.ts";

/** The probabilities of the worked example, to compare printed arrays with. */
const SAFE = [0.2689414213699951, 0.7310585786300049];

/** What notebooks/03_softmax.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    { description: "the tutorial's exponentials", text: /"2\.718", "148\.413", "20\.086"/ },
  ],
  "c005": [
    { description: "their sum, the tutorial's 171.217", text: /^"171\.217"$/ },
  ],
  "c007": [
    { description: "the tutorial's probabilities", text: /"0\.016", "0\.867", "0\.117"/ },
  ],
  "c009": [
    {
      description: "the worked example as a table",
      text: /<td>148\.413<\/td>[\s\S]*<td>0\.867<\/td>/,
    },
  ],
  "compare-tutorial": [
    {
      description: "the probabilities matching the tutorial's and adding up to 1",
      text: /0\.016, 0\.867, 0\.117\*\*, the same as the tutorial's[\s\S]*= \*\*1\.000\*\*/,
    },
  ],
  "c011": [
    {
      description: "scores beside probabilities, axes in words",
      text: /^<div[\s\S]*<svg[\s\S]*output number[\s\S]*<svg[\s\S]*probability/,
    },
  ],
  "c013": [
    {
      description: "the properties hold, the sum within rounding of 1",
      text: /between0and1: true,\s+sum: ([\d.e-]+),\s+orderKept: true,\s+shiftChangesNothing: true/,
      accept: (m) => Math.abs(Number(m[1]) - 1) < 1e-12,
    },
  ],
  "sum-note": [
    {
      description: "the sum as it prints, explained",
      text: /^(The sum is exactly 1\.|The sum prints as 0\.9999\d+, off from 1 by \d\.\de-1[56])/,
    },
  ],
  "c015": [
    {
      description: "e^709 finite, e^710 overflowing",
      text:
        /largestNumber: 1\.7976931348623157e\+308,\s+"e\^709": 8\.2\d+e\+307,\s+"e\^710": Infinity/,
    },
  ],
  "c016": [
    {
      description: "the formula as written giving NaN both ways",
      text: /large: \[ NaN, NaN \], veryNegative: \[ NaN, NaN \]/,
    },
  ],
  "c018": [
    {
      description: "softmax([1000, 1001]) identical to softmax([0, 1])",
      text:
        /"softmax\(\[1000, 1001\]\)": (\[ [\d., ]+ \]),\s+"softmax\(\[0, 1\]\)": (\[ [\d., ]+ \])/,
      accept: (m) => m[1] === m[2] && m[1] === `[ ${SAFE.join(", ")} ]`,
    },
  ],
  "c020": [
    {
      description: "TensorFlow.js's softmax agreeing to about 7 digits",
      text: /^\[ ([\d.]+), ([\d.]+) \]$/,
      accept: (m) =>
        [1, 2].every((i) => Math.abs(Number(m[i]) - SAFE[i - 1]) < 1e-6) &&
        Number(m[1]) !== SAFE[0],
    },
  ],
  "loss-curve": [
    {
      description: "the loss curve with the three outputs marked",
      mime: "image/svg+xml",
      text: /probability given to the true answer[\s\S]*output 1[\s\S]*output 2[\s\S]*output 3/,
    },
  ],
  "loss-example": [
    {
      description: "the loss of the unlikely answer",
      text: /gave only 0\.016, the loss would be \$-\\ln 0\.016 = 4\.14\$/,
    },
  ],
  "c022": [
    {
      description: "ln of softmax equal to log-softmax",
      text: /<td>-4\.1429<\/td><td>-4\.1429<\/td>[\s\S]*<td>-0\.1429<\/td><td>-0\.1429<\/td>/,
    },
  ],
  "c024": [
    {
      description: "log-softmax staying finite",
      text: /logOfSoftmax: -Infinity, logSoftmax: -800/,
    },
  ],
  "exercise-1": [
    {
      description: "the naive softmax failing its check",
      text: /✘[\s\S]*subtract the largest score/,
    },
  ],
  "exercise-2": [
    { description: "the loss exercise waiting for an answer", text: /✘ Replace `undefined`/ },
  ],
};
