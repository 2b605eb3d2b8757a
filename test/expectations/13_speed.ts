import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/13_speed.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c001": [
    {
      description: "the machine's cores and backend",
      text: /logical cores; TensorFlow\.js runs on \*\*wasm\*\*/,
    },
  ],
  "c003": [
    {
      description: "the batch-size sweep as a chart",
      text: /<svg[\s\S]*images learnt per second/,
    },
  ],
  "c005": [
    {
      description: "the sweep as a table",
      text: /<td>tfjs-wasm<\/td><td>256<\/td>[\s\S]*<td>fast, [12] threads?<\/td><td>256<\/td>/,
    },
  ],
  "c007": [
    { description: "accuracy after a fixed time", text: /<th>steps in 6 s<\/th>/ },
  ],
  "c009": [
    {
      description: "which backends load",
      text: /<td>wasm<\/td><td>yes<\/td><\/tr><tr><td>cpu<\/td><td>yes<\/td>/,
    },
  ],
  "c011": [
    { description: "cpu against wasm", text: /At batch 64: \*\*[\d.]+ ms\*\* a step on `cpu`/ },
  ],
  "c013": [
    {
      description: "one epoch with the fast engine",
      text: /One epoch on \d thread\(s\): \*\*[\d.]+ s\*\*, test accuracy (0\.\d+)/,
      accept: (m) => Number(m[1]) >= 0.94,
    },
  ],
};
