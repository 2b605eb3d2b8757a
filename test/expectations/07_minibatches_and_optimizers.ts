import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/07_minibatches_and_optimizers.ipynb must show, by cell id. */
export const expectations: CellExpectations = {
  "gradient-noise": [{
    description: "batch gradients pointing closer to the true direction as batches grow",
    text:
      /<td>1<\/td><td>(-?[\d.]+)<\/td>[\s\S]*<td>15<\/td><td>([\d.]+)<\/td>[\s\S]*<td>100<\/td><td>([\d.]+)<\/td>[\s\S]*<td>1000<\/td><td>([\d.]+)<\/td>/,
    accept: (m) =>
      Number(m[1]) < Number(m[2]) && Number(m[2]) < Number(m[3]) &&
      Number(m[3]) < Number(m[4]) && Number(m[2]) > 0,
  }],
  "noise-reading": [{
    description: "the noise in words",
    text: /A batch of 15 points the same way/,
  }],
  "steps-per-epoch": [{ description: "4,000 steps an epoch", text: /^4000$/ }],
  "split": [{
    description: "the three piles",
    text: /learnFrom: 55000, validation: 5000, test: 10000/,
  }],
  "loss-curves": [{ description: "SGD and Adam loss curves", text: /<svg[\s\S]*Adam, η = 0\.001/ }],
  "validation-accuracy": [{
    description: "Adam beating SGD at the same rate, on the validation set",
    text: /SGD, η = 0\.001<\/td><td>(0\.\d+)[\s\S]*Adam, η = 0\.001<\/td><td>(0\.\d+)/,
    accept: (m) => Number(m[2]) > Number(m[1]) + 0.3,
  }],
  "conclusion": [{
    description: "the comparison in words",
    text: /Adam at the default rate reaches/,
  }],
};
