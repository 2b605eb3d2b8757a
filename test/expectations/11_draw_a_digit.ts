import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/11_draw_a_digit.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "c001": [
    {
      description: "the trained network and its test accuracy",
      text:
        /(Loaded the trained network from the data folder|Trained the network just now): test accuracy \*\*(0\.\d+)\*\*/,
      accept: (m) => Number(m[2]) > 0.9,
    },
  ],
  "c002": [
    {
      description: "the drawing widget with its weights",
      mime: "text/html",
      text: /data-mnist-draw[\s\S]*data-weights="[A-Za-z0-9+/=]{1000,}"/,
    },
  ],
  "widget-size": [
    { description: "how many numbers the pad carries", text: /all 59,210 weights and biases/ },
  ],
  "measure-image-0": [
    {
      description: "test image 0's bounding box and centre of mass",
      text:
        /box: \{ top: 7, bottom: 26, left: 6, right: 21 \},\s*centreOfMass: \[ 14\.38, 14\.34 \]/,
    },
  ],
  "c004": [
    {
      description: "test image 0 with its box, its centre of mass and the middle pixel",
      mime: "image/svg+xml",
      text: /<svg[\s\S]*column[\s\S]*stroke="#c0392b"[\s\S]*<circle/,
    },
  ],
  "image-0-reading": [
    {
      description: "the 7's box pushed down by its centre of mass",
      text:
        /20 pixels tall and 16 wide[\s\S]*within half a pixel of the middle pixel[\s\S]*ends at row 26, 1 blank row above the bottom edge/,
    },
  ],
  "margins": [
    {
      description: "the chart of the smallest margins of the test digits",
      mime: "image/svg+xml",
      text: /blank rows or columns between the ink and the nearest edge/,
    },
  ],
  "margins-reading": [
    {
      description: "the share of test digits with ink within 2 pixels of an edge",
      text:
        /\*\*3,506\*\* of the 10,000 test digits \(35\.1%\) have ink within 2 pixels of an edge[\s\S]*107 \(1\.1%\) touch an edge/,
    },
    {
      description: "every box at most 20 pixels, every centre of mass by the middle pixel",
      text:
        /20 pixels for 9,997 of them, and 19 pixels for 3[\s\S]*every one within half a pixel of the middle pixel/,
    },
  ],
  "shifted": [
    {
      description: "the chart of accuracy against a shift",
      mime: "image/svg+xml",
      text: /pixels every test digit is moved to the right/,
    },
  ],
  "shifted-reading": [
    {
      description: "the accuracy falling as the digits move",
      text: /right on \*\*([\d.]+)%\*\*[\s\S]*moved 4 pixels, on ([\d.]+)%/,
      accept: (m) => Number(m[1]) > 90 && Number(m[2]) < Number(m[1]) - 30,
    },
  ],
  "shifted-picture": [
    { description: "moved digits titled with the network's answers", mime: "image/png" },
  ],
};
