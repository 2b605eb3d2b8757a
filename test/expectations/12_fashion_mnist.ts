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
  "averages": [
    { description: "the ten average pictures", mime: "image/png" },
  ],
  "baseline": [
    {
      description: "the nearest-average baseline on both datasets",
      text:
        /right on \*\*82\.0%\*\* of the MNIST test digits and on \*\*67\.7%\*\* of the Fashion-MNIST/,
    },
  ],
  "c006": [
    {
      description: "the same recipe on both datasets, beside the baseline",
      text:
        /MNIST digits<\/td><td>0\.8203<\/td><td>0\.9\d*<\/td><td>(0\.9\d*)<\/td>[\s\S]*Fashion-MNIST<\/td><td>0\.6768<\/td><td>0\.\d+<\/td><td>(0\.\d+)<\/td>/,
      accept: (m) => Number(m[2]) > 0.8 && Number(m[2]) < Number(m[1]) - 0.05,
    },
  ],
  "comparison": [
    {
      description: "the difference in points, computed",
      text:
        /is \*\*([\d.]+) points\*\* less accurate on clothes \(([\d.]+)%\) than on digits \(([\d.]+)%\)/,
      accept: (m) => Math.abs(Number(m[3]) - Number(m[2]) - Number(m[1])) < 0.15,
    },
  ],
  "c008": [
    { description: "the first mistakes, titled with answer and truth", mime: "image/png" },
  ],
  "confusions": [
    {
      description: "the most frequent confusions",
      text: /<th>taken for<\/th>[\s\S]*<td>Shirt<\/td>/,
    },
  ],
  "confusions-reading": [
    {
      description: "the confusions among the upper-body classes",
      text: /The four most frequent involve only (\d) classes/,
      accept: (m) => Number(m[1]) <= 5,
    },
  ],
};
