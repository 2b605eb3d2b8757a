import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/05_loss_and_gradient_descent.ipynb must show, by cell id. */
export const expectations: CellExpectations = {
  "untrained-loss": [{
    description: "the untrained loss near ln 10",
    text: /untrainedLoss: (\d\.\d+), lnOf10: 2\.302585092994046/,
    accept: (m) => Math.abs(Number(m[1]) - Math.log(10)) < 0.1,
  }],
  "slope": [{ description: "the slope at w = 0", text: /^-6$/ }],
  "descend": [{ description: "the descent path", mime: "image/svg+xml" }],
  "descent-end": [{
    description: "the path reaching 3",
    text: /step: 1, w: -0\.2 [\s\S]*step: 15, w: (2\.\d+)/,
    accept: (m) => Math.abs(Number(m[1]) - 3) < 0.2,
  }],
  "three-rates": [{
    description: "three learning rates",
    text: /too small[\s\S]*good[\s\S]*too large/,
  }],
  "where-they-end": [{
    description: "too small stays short, good reaches 3, too large diverges",
    text:
      /eta: 0\.02, "w after 15 steps": ([\d.]+)[\s\S]*eta: 0\.3, "w after 15 steps": ([\d.]+)[\s\S]*eta: 1\.05, "w after 15 steps": ([\d.]+)/,
    accept: (m) => Number(m[1]) < 2 && Number(m[2]) === 3 && Number(m[3]) > 10,
  }],
};
