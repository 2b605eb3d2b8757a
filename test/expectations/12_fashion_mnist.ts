import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/12_fashion_mnist.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c001": [
    {
      description: "Fashion-MNIST's sizes",
      text: /\*\*60,000\*\* training and \*\*10,000\*\* test images/,
    },
  ],
  "c003": [
    { description: "its class names", text: /<td>Ankle boot<\/td>/ },
  ],
  "c004": [
    { description: "its pictures", mime: "image/png" },
  ],
  "c006": [
    {
      description: "the same recipe on both datasets",
      text:
        /MNIST digits<\/td><td>0\.9\d*<\/td><td>(0\.9\d*)<\/td>[\s\S]*Fashion-MNIST<\/td><td>0\.\d+<\/td><td>(0\.\d+)<\/td>/,
      accept: (m) => Number(m[2]) > 0.8 && Number(m[2]) < Number(m[1]),
    },
  ],
  "c008": [
    { description: "its predictions", mime: "image/png" },
  ],
};
