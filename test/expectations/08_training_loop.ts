import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/08_training_loop.ipynb must show, by cell id. */
export const expectations: CellExpectations = {
  "before-training": [{
    description: "the untrained accuracy near 0.1",
    text: /^(0\.\d+)$/,
    accept: (m) => Math.abs(Number(m[1]) - 0.1) < 0.05,
  }],
  "train": [
    {
      description: "the live progress line, updated to the end",
      text: /step 8,000 of 8,000[\s\S]*epoch 2: 9\d\.\d\d%/,
    },
    {
      description: "the live loss and accuracy charts",
      text: /^<div[\s\S]*loss[\s\S]*accuracy on 1,000 test digits/,
    },
  ],
  "accuracy-milestones": [{
    description: "when the watched accuracy passed 90% and 95%, read from the history",
    text:
      /Of the 8,000 steps, the watched accuracy first\s+reached 90% after ([\d,]+) steps, and 95% (after [\d,]+ steps|never)/,
    accept: (m) => Number(m[1].replace(",", "")) <= 4000,
  }],
  "save": [{
    description: "where the weights went, without a path of this machine",
    text: /^"Saved the network as mnist\.weights\.json in the data folder/,
  }],
  "result-table": [
    {
      description: "test accuracy after epoch 1",
      text: /<td>1<\/td><td>(0\.\d+)<\/td>/,
      accept: (m) => Number(m[1]) >= 0.93,
    },
    {
      description: "test accuracy after epoch 2 at the tutorial's 0.96",
      text: /<td>2<\/td><td>(0\.\d+)<\/td>/,
      accept: (m) => Number(m[1]) >= 0.96,
    },
  ],
  "baseline": [{
    description: "the network beating the nearest average digit",
    text: /nearest average digit is right \*\*(\d+\.\d)%\*\*[\s\S]*trained network \*\*(\d+\.\d)%/,
    accept: (m) => Number(m[1]) > 75 && Number(m[2]) > Number(m[1]) + 10,
  }],
  "evaluate-all": [{
    description: "evaluation leaving no tensor behind",
    text: /tensorsLeftBehind: 0/,
  }],
  "predictions-grid": [{ description: "the prediction grid", mime: "image/png" }],
  "mistakes": [{ description: "the first mistakes", mime: "image/png" }],
  "schedule": [{
    description: "the schedule against the constant rate on three seeds",
    text: /0\.001 throughout<\/th><th>0\.003, then 0\.0003[\s\S]*<td>2<\/td>/,
  }],
  "schedule-verdict": [{
    description: "the verdict in words",
    text: /The schedule (won|did worse)|Mixed results/,
  }],
  "overfit": [{
    description: "training and validation accuracy per epoch",
    text: /<svg[\s\S]*training images[\s\S]*validation images/,
  }],
  "overfit-numbers": [{
    description: "the gap between training and validation accuracy",
    text:
      /After 30 epochs: \*\*(\d+\.\d)%\*\* right on the\s+images it learnt from[\s\S]*\*\*(\d+\.\d)%\*\* on the validation/,
    accept: (m) => Number(m[1]) > Number(m[2]) + 5,
  }],
};
