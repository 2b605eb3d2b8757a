import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/11_draw_a_digit.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c001": [
    { description: "the trained network", text: /Network ready: test accuracy \*\*0\.9/ },
  ],
  "c002": [
    {
      description: "the drawing widget with its weights",
      mime: "text/html",
      text: /data-mnist-draw[\s\S]*data-weights="[A-Za-z0-9+/=]{1000,}"/,
    },
  ],
  "c004": [
    { description: "an MNIST digit's matrix", mime: "image/svg+xml" },
  ],
};
