import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/10_from_scratch.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c003": [
    { description: "the same initial weights", text: /^true$/ },
  ],
  "c005": [
    {
      description: "every gradient matching finite differences",
      text: /parameters: 74, worstRelativeError: ([\d.e-]+)/,
      accept: (m) => Number(m[1]) < 1e-6,
    },
  ],
  "c007": [
    {
      description: "the loss agreeing with TensorFlow.js",
      text: /lossOurs: (\d\.\d+),\s+lossTensorFlow: (\d\.\d+)/,
      accept: (m) => Math.abs(Number(m[1]) - Number(m[2])) < 1e-5,
    },
  ],
  "c011": [
    {
      description: "the scratch network reaching ≥ 0.96 after 2 epochs",
      text: /plain TypeScript<\/td><td>0\.\d+<\/td><td>(0\.\d+)<\/td><td>([\d.]+)<\/td>/,
      accept: (m) => Number(m[1]) >= 0.96,
    },
    { description: "TensorFlow.js timed beside it", text: /TensorFlow\.js \(wasm\)<\/td>/ },
  ],
};
