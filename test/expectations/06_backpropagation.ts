import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/06_backpropagation.ipynb must show, by cell id. */
export const expectations: CellExpectations = {
  "forward": [{ description: "the forward pass by hand", text: /z: 2, yHat: 2, loss: 1/ }],
  "backward": [{
    description: "the backward pass by hand",
    text: /dLoss_dYHat: -2, dLoss_dZ: -2, dLoss_dW: -4, dLoss_dB: -2/,
  }],
  "check-tf": [{
    description: "TensorFlow.js agreeing",
    text: /dLoss_dW: -4, dLoss_dB: -2/,
  }],
  "step": [{
    description: "the loss falling after one step",
    text:
      /before the step<\/td><td>0\.5<\/td><td>1<\/td><td>2<\/td><td>1<\/td>[\s\S]*after the step<\/td><td>0\.9<\/td><td>1\.2<\/td><td>3<\/td><td>0<\/td>/,
  }],
  "relu-check": [{
    description: "a switched-off ReLU passing no gradient",
    text: /dLoss_dW: -?0, dLoss_dB: -?0/,
  }],
  "network-gradients": [{
    description: "gradients shaped like the weights",
    text: /W₁<\/td><td>64 × 784<\/td><td>64 × 784/,
  }],
  "network-step": [{
    description: "one step lowering the batch loss",
    text: /lossBefore: (\d\.\d+), lossAfter: (\d\.\d+)/,
    accept: (m) => Number(m[2]) < Number(m[1]),
  }],
};
