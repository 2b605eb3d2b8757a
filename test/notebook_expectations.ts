/**
 * What each notebook must show when executed: a test fails when an expected output is missing.
 * Every notebook in `notebooks/` needs an entry here. Expectations name the cell (by its id, which
 * stays when cells are added or moved) whose outputs must hold them.
 */

/** One output a notebook must produce. */
export interface Expectation {
  /** What the output is, for the failure message. */
  description: string;
  /** A MIME type one output must carry, such as `image/png` or `image/svg+xml`. */
  mime?: string;
  /** A pattern that the text of one output (plain text, stream, Markdown or HTML) must match. */
  text?: RegExp;
  /** A further test of the `text` match, such as a number's range. */
  accept?: (match: RegExpMatchArray) => boolean;
}

/** The expectations of each notebook, by file name, then by the id of the cell that shows them. */
export const EXPECTATIONS: Record<string, Record<string, Expectation[]>> = {
  "00_setup.ipynb": {
    "c003": [
      { description: "the Deno version", text: /deno: "2\.\d+\.\d+"/ },
    ],
    "c005": [
      { description: "the wasm backend in use", text: /^"wasm"$/ },
    ],
    "c007": [
      { description: "a first sum", text: /\[ 11, 22, 33 \]/ },
    ],
    "c009": [
      { description: "MNIST's split sizes", text: /60000 training images and 10000 test images/ },
    ],
    "c011": [
      { description: "the first digit drawn as a picture", mime: "image/png" },
    ],
    "c012": [
      { description: "its label", text: /The label of this image is 5\./ },
    ],
    "c014": [
      { description: "a grid of test digits", mime: "image/png" },
    ],
  },
  "01_image_as_matrix.ipynb": {
    "c003": [
      {
        description: "the split sizes",
        text: /\*\*60,000\*\* training images and \*\*10,000\*\* test/,
      },
    ],
    "c005": [
      { description: "the digit counts as a table", mime: "text/html", text: /<td>6742<\/td>/ },
    ],
    "c007": [
      { description: "the digit counts as a bar chart", mime: "image/svg+xml" },
    ],
    "c009": [
      { description: "one digit as a picture", mime: "image/png" },
    ],
    "c012": [
      { description: "its 28 × 28 matrix as a heat-map with values", mime: "image/svg+xml" },
    ],
    "c014": [
      { description: "the vector's length", text: /^784$/ },
    ],
    "c016": [
      { description: "pixels read by row and column", text: /\[ 255, 240, 0 \]/ },
    ],
    "c018": [
      { description: "the 784-long vector as a chart", mime: "image/svg+xml" },
    ],
    "c022": [
      { description: "a grid of digits", mime: "image/png" },
    ],
  },
  "02_fully_connected_layers.ipynb": {
    "c003": [
      { description: "one neuron by hand", text: /^1\.25$/ },
    ],
    "c005": [
      { description: "one layer with dense()", text: /^\[ 1\.25, 0\.75 \]$/ },
    ],
    "c007": [
      { description: "the same layer in TensorFlow.js", text: /^\[ \[ 1\.25, 0\.75 \] \]$/ },
    ],
    "c009": [
      { description: "the bias chart", text: /<svg[\s\S]*b = -2/ },
    ],
    "c011": [
      { description: "the table of layer shapes", text: /<td>50176<\/td>/ },
    ],
    "c013": [
      { description: "the parameter count", text: /^59210$/ },
    ],
    "c017": [
      { description: "the activations of each layer", mime: "image/svg+xml" },
    ],
    "c020": [
      { description: "the untrained guess", text: /The untrained network guesses \*\*\d\*\*/ },
    ],
  },
  "03_softmax.ipynb": {
    "c003": [
      { description: "the exponentials", text: /"2\.718", "148\.413", "20\.086"/ },
    ],
    "c005": [
      { description: "their sum", text: /^"171\.217"$/ },
    ],
    "c007": [
      { description: "the probabilities", text: /"0\.016", "0\.867", "0\.117"/ },
    ],
    "c009": [
      { description: "the worked example as a table", text: /<td>0\.867<\/td>/ },
    ],
    "c011": [
      { description: "scores beside probabilities", text: /^<div[\s\S]*<svg[\s\S]*<svg/ },
    ],
    "c013": [
      { description: "the properties hold", text: /orderKept: true,\s+shiftChangesNothing: true/ },
    ],
    "c016": [
      { description: "the naive softmax overflowing", text: /^\[ NaN, NaN \]$/ },
    ],
    "c018": [
      { description: "the safe softmax", text: /^\[ 0\.2689414213699951, 0\.7310585786300049 \]$/ },
    ],
    "c024": [
      {
        description: "log-softmax staying finite",
        text: /logOfSoftmax: -Infinity, logSoftmax: -800/,
      },
    ],
  },
  "04_activation_functions.ipynb": {
    "c003": [
      {
        description: "the four activations and their slopes",
        text: /^<div[\s\S]*(<svg[\s\S]*){4}/,
      },
    ],
    "c005": [
      { description: "two linear layers equal one", text: /twoLayers: \[ 4\.886, 4\.725 \]/ },
    ],
    "c007": [
      { description: "ReLU breaking the collapse", text: /withReLU: \[ 4\.751, 4\.752 \]/ },
    ],
    "c009": [
      { description: "the ReLU network separating the rings", text: /ReLU network \*\*100%\*\*/ },
    ],
    "c011": [
      { description: "the two decision maps", text: /Linear model[\s\S]*ReLU network/ },
    ],
  },
  "05_loss_and_optimizers.ipynb": {
    "c003": [
      {
        description: "the untrained loss near ln 10",
        text: /untrainedLoss: (\d\.\d+), lnOf10: 2\.302585092994046/,
        accept: (m) => Math.abs(Number(m[1]) - Math.log(10)) < 0.1,
      },
    ],
    "c005": [
      { description: "the slope at w = 0", text: /^-6$/ },
    ],
    "c007": [
      { description: "the descent path", mime: "image/svg+xml" },
    ],
    "c009": [
      { description: "three learning rates", text: /too small[\s\S]*good[\s\S]*too large/ },
    ],
    "c011": [
      {
        description: "one step lowering the batch loss",
        text: /before: (\d\.\d+),\s+after: (\d\.\d+)/,
        accept: (m) => Number(m[2]) < Number(m[1]),
      },
    ],
    "c015": [
      { description: "4,000 steps an epoch", text: /^4000$/ },
    ],
    "c017": [
      { description: "SGD and Adam loss curves", text: /<svg[\s\S]*Adam, η = 0\.001/ },
    ],
    "c019": [
      {
        description: "Adam beating SGD at the same rate",
        text: /SGD, η = 0\.001<\/td><td>(0\.\d+)[\s\S]*Adam, η = 0\.001<\/td><td>(0\.\d+)/,
        accept: (m) => Number(m[2]) > Number(m[1]) + 0.3,
      },
    ],
  },
  "06_training_loop.ipynb": {
    "c003": [
      {
        description: "the untrained accuracy near 0.1",
        text: /^(0\.\d+)$/,
        accept: (m) => Math.abs(Number(m[1]) - 0.1) < 0.05,
      },
    ],
    "c009": [
      {
        description: "the live progress line, updated to the end",
        text: /step 8,000 of 8,000[\s\S]*epoch 2: 9\d\.\d\d%/,
      },
      {
        description: "the live loss and accuracy chart",
        text: /^<div[\s\S]*loss[\s\S]*validation accuracy/,
      },
    ],
    "c011": [
      {
        description: "test accuracy after epoch 1",
        text: /<td>1<\/td><td>(0\.\d+)<\/td>/,
        accept: (m) => Number(m[1]) >= 0.93,
      },
      {
        description: "test accuracy ≥ 0.965 after epoch 2",
        text: /<td>2<\/td><td>(0\.\d+)<\/td>/,
        accept: (m) => Number(m[1]) >= 0.965,
      },
    ],
    "c015": [
      { description: "evaluation leaving no tensor behind", text: /tensorsLeftBehind: 0/ },
    ],
    "c017": [
      { description: "the prediction grid", mime: "image/png" },
    ],
    "c019": [
      { description: "the count of mistakes", text: /^\d{3} mistakes in 10,000 test digits\.$/ },
    ],
    "c022": [
      {
        description: "the improved recipe measured against the baseline",
        text: /tutorial \(0\.001 throughout\)/,
      },
    ],
  },
  "07_what_the_network_learned.ipynb": {
    "c003": [
      {
        description: "the trained network's accuracy",
        text: /the network: test accuracy \*\*0\.9[6-9]\d*\*\*/,
      },
    ],
    "c005": [
      { description: "the results table", text: /<th>confidence<\/th><th>correct<\/th>/ },
    ],
    "c007": [
      {
        description: "the confusion matrix with counts",
        mime: "image/svg+xml",
        text: /true digit/,
      },
    ],
    "c009": [
      {
        description: "accuracy per digit",
        text: /<th>truth<\/th><th>accuracy<\/th><th>images<\/th>/,
      },
    ],
    "c011": [
      {
        description: "the most frequent confusions",
        text: /<th>truth<\/th><th>predicted<\/th><th>count<\/th>/,
      },
    ],
    "c013": [
      { description: "the most confident mistakes", mime: "image/png" },
    ],
    "c015": [
      { description: "the first layer's 64 weight pictures", mime: "image/png" },
    ],
    "c018": [
      {
        description: "probability charts of ambiguous digits",
        text: /^<div[\s\S]*(<svg[\s\S]*){4}/,
      },
    ],
  },
  "08_from_scratch.ipynb": {
    "c003": [
      { description: "the same initial weights", text: /^true$/ },
    ],
    "c005": [
      {
        description: "every gradient matching finite differences",
        text: /parameters: 74, worstRelativeError: ([\d.e-]+)/,
        accept: (m) => Number(m[1]) < 1e-6,
      },
    ],
    "c007": [
      {
        description: "the loss agreeing with TensorFlow.js",
        text: /lossOurs: (\d\.\d+),\s+lossTensorFlow: (\d\.\d+)/,
        accept: (m) => Math.abs(Number(m[1]) - Number(m[2])) < 1e-5,
      },
    ],
    "c011": [
      {
        description: "the scratch network reaching ≥ 0.96 after 2 epochs",
        text: /plain TypeScript<\/td><td>0\.\d+<\/td><td>(0\.\d+)<\/td><td>([\d.]+)<\/td>/,
        accept: (m) => Number(m[1]) >= 0.96,
      },
      { description: "TensorFlow.js timed beside it", text: /TensorFlow\.js \(wasm\)<\/td>/ },
    ],
  },
  "09_draw_a_digit.ipynb": {
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
  },
  "10_fashion_mnist.ipynb": {
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
  },
  "11_speed.ipynb": {
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
  },
};
