import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/10_from_scratch.ipynb must show, by the id of the cell that shows it. */
export const expectations: CellExpectations = {
  "softmax-gradient": [
    {
      description: "softmax − one-hot for [1, 5, 3], by hand and by tf.grad",
      text: /<td>1<\/td><td>0\.8668<\/td><td>-0\.1332<\/td><td>-0\.1332<\/td>/,
    },
  ],
  "softmax-gradient-agreement": [
    {
      description: "the derivation agreeing with tf.grad",
      text: /largest difference between the two columns is ([\d.e+-]+)/,
      accept: (m) => Number(m[1]) < 1e-6,
    },
  ],
  "same-start": [
    { description: "the same initial weights", text: /^true$/ },
  ],
  "finite-differences": [
    {
      description: "every gradient matching finite differences",
      text: /parameters: 74, worstRelativeError: ([\d.e-]+)/,
      accept: (m) => Number(m[1]) < 1e-6,
    },
  ],
  "finite-differences-reading": [
    { description: "the verdict written from the number", text: /The backward pass is right/ },
  ],
  "against-tensorflow-reading": [
    {
      description: "the loss and gradients agreeing with TensorFlow.js",
      text:
        /Loss: (\d\.\d+) by our code, (\d\.\d+) by TensorFlow\.js\. The gradients differ by at most ([\d.e+-]+)/,
      accept: (m) => Math.abs(Number(m[1]) - Number(m[2])) < 1e-5 && Number(m[3]) < 1e-5,
    },
  ],
  "race-result": [
    {
      description: "the scratch network learning as well as TensorFlow.js in one epoch on 10,000",
      text:
        /plain TypeScript<\/td><td>(0\.\d+)<\/td>[\s\S]*TensorFlow\.js \(\w+\)<\/td><td>(0\.\d+)<\/td>/,
      accept: (m) => Number(m[1]) > 0.85 && Math.abs(Number(m[1]) - Number(m[2])) < 0.01,
    },
  ],
  "race-curves": [
    { description: "both loss curves", text: /<svg[\s\S]*mean loss[\s\S]*training step/ },
  ],
  "speed": [
    {
      description: "the speed of both at batches of 15 and 256",
      text: /<th>implementation<\/th><th>batch size<\/th><th>ms per step<\/th>/,
    },
  ],
  "speed-reading": [
    {
      description: "the plain loops' time growing with the batch much more than TensorFlow.js's",
      text:
        /a step takes (\d+\.\d) times as long in plain TypeScript and (\d+\.\d) times as long with TensorFlow\.js/,
      accept: (m) => Number(m[1]) > 1.5 * Number(m[2]),
    },
    {
      description: "TensorFlow.js faster at batch 256",
      text: /At batch 256, TensorFlow\.js was \d+\.\d times as fast as plain TypeScript/,
    },
  ],
};
