import assert from "node:assert/strict";
import {
  checkAccuracyFunction,
  checkAdamFirstStep,
  checkBoundingBox,
  checkCentreOfMass,
  checkChainRule,
  checkConfidentButWrong,
  checkDense,
  checkDerivative,
  checkEpochSeconds,
  checkFirstStepBelow,
  checkFixedCost,
  checkFlatIndex,
  checkGradientStep,
  checkInkCount,
  checkLoss,
  checkLowestAccuracyClass,
  checkNumber,
  checkParameterCount,
  checkReluBackward,
  checkReluChain,
  checkSoftmax,
  checkSoftmaxGradient,
  checkStepsPerEpoch,
  checkUnsureButRight,
  Feedback,
  NO_ANSWER,
} from "../lib/notebook/exercises.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";
import { softmax } from "../lib/maths/mod.ts";

/** Asserts a right answer, shown on one line. */
function right(feedback: Feedback, message?: RegExp): void {
  assert.equal(feedback.ok, true, feedback.message);
  assert.ok(!feedback.message.includes("\n"), "feedback is one line");
  if (message) assert.match(feedback.message, message);
}

/** Asserts a wrong answer whose explanation matches `message`, shown on one line. */
function wrong(feedback: Feedback, message: RegExp): void {
  assert.equal(feedback.ok, false, `expected a wrong answer, got: ${feedback.message}`);
  assert.ok(!feedback.message.includes("\n"), "feedback is one line");
  assert.match(feedback.message, message);
}

/** Lets a wrongly typed answer through, as a learner's untyped notebook cell would. */
// deno-lint-ignore no-explicit-any
const untyped = (value: unknown): any => value;

// ---------------------------------------------------------------------------------------------
// Feedback and checkNumber

Deno.test("Feedback shows as one line of Markdown with ✔ or ✘", () => {
  const yes = new Feedback(true, "Right.");
  assert.deepEqual(yes[JUPYTER_DISPLAY](), {
    "text/markdown": "✔ Right.",
    "text/plain": "✔ Right.",
  });
  assert.equal(String(new Feedback(false, "No.")), "✘ No.");
  assert.equal(
    String(NO_ANSWER),
    "✘ Replace `undefined` with your answer and run the cell again.",
  );
});

Deno.test("checkNumber() accepts answers within the tolerance and asks for a missing one", () => {
  right(checkNumber(0.333, 1 / 3, { tolerance: 0.001 }));
  right(checkNumber(0.1 + 0.2, 0.3), /^Right: 0\.3\.$/);
  wrong(checkNumber(0.332, 1 / 3, { tolerance: 0.001 }), /is not it/);
  wrong(checkNumber(2, 3, { hint: "add again." }), /^Not yet: 2 is not it\. Hint: add again\.$/);
  assert.equal(checkNumber(undefined, 3), NO_ANSWER);
});

Deno.test("checkNumber() explains NaN, Infinity, text, null, arrays and functions", () => {
  wrong(checkNumber(NaN, 3), /Expected a number, got NaN/);
  wrong(checkNumber(Infinity, 3), /got Infinity: a division by zero or an overflow/);
  wrong(checkNumber(untyped("3"), 3), /got the text "3": write the number without quotes/);
  wrong(checkNumber(untyped(null), 3), /Expected a number, got null/);
  wrong(checkNumber(untyped([3]), 3), /got an array of 1 value\./);
  wrong(checkNumber(untyped(() => 3), 3), /got a function: call it/);
});

Deno.test("checkNumber() recognises a mistake exactly even inside the tolerance", () => {
  const mistakes = [{ value: 2.99, message: "forgets something." }];
  wrong(checkNumber(2.99, 3, { tolerance: 0.1, mistakes }), /^Not yet: 2\.99 forgets something\.$/);
  right(checkNumber(2.98, 3, { tolerance: 0.1, mistakes }));
  wrong(
    checkNumber(5, 3, {
      mistakes: [{ value: 5, message: "is a." }, { value: 5, message: "is b." }],
    }),
    /^Not yet: 5 is a\. Or it is b\.$/,
  );
  wrong(
    checkNumber(2.5, 3, { integer: true, tolerance: 1 }),
    /the answer is a whole number, and 2\.5 is not\./,
  );
  right(checkNumber(3, 3, { right: "Yes." }), /^Yes\.$/);
});

Deno.test("every check asks to replace the placeholder undefined", () => {
  const pixels = [0, 5, 0, 0];
  const history = [{ step: 100, loss: 0.4 }];
  const set = { images: new Uint8Array(4), labels: new Uint8Array(1), count: 1, rows: 2, cols: 2 };
  const verdicts = [
    checkInkCount(set, 0, undefined),
    checkFlatIndex(1, 2, undefined),
    checkCentreOfMass(pixels, undefined, 2),
    checkBoundingBox(pixels, undefined, 2),
    checkDense({ W: [[1]], x: [1], b: [0] }, undefined),
    checkParameterCount([2, 1], undefined),
    checkSoftmax(undefined),
    checkLoss(0.5, undefined),
    checkSoftmaxGradient([1, 2], 0, undefined),
    checkDerivative("relu", undefined),
    checkReluBackward(undefined),
    checkGradientStep({ w: 1, learningRate: 0.1, slope: 2 }, undefined),
    checkChainRule({ x: 1, w: 1, b: 0, y: 0 }, undefined),
    checkReluChain({ x: 1, w: 1, b: 0, y: 0 }, undefined),
    checkStepsPerEpoch(10, 3, undefined),
    checkAdamFirstStep(0.001, undefined),
    checkAccuracyFunction(undefined),
    checkLowestAccuracyClass([0, 1], [0, 0], undefined),
    checkUnsureButRight([0], [0], [0.4, 0.6], undefined),
    checkConfidentButWrong([0], [0], [0.4, 0.6], undefined),
    checkFirstStepBelow(history, 0.5, undefined),
    checkFixedCost(2.5, 26.6, undefined),
    checkEpochSeconds(10, 64, 60000, undefined),
  ];
  for (const verdict of verdicts) assert.equal(verdict, NO_ANSWER);
});

// ---------------------------------------------------------------------------------------------
// Images

Deno.test("checkInkCount() counts pixels above 0 and recognises other counts", () => {
  const set = {
    images: new Uint8Array([0, 3, 0, 0, 9, 9, 9, 0, 255, 100, 0, 0]),
    labels: new Uint8Array([1, 2, 3]),
    count: 3,
    rows: 2,
    cols: 2,
  };
  right(checkInkCount(set, 1, 3));
  wrong(checkInkCount(set, 0, 2), /is not it\. Hint: count the pixels whose value is greater/);
  wrong(checkInkCount(set, 0, 3), /background pixels .* Or it is the sum of the pixel values/);
  wrong(checkInkCount(set, 1, 4), /is every pixel of the image \(2 × 2\)/);
  wrong(checkInkCount(set, 1, 1), /background pixels/);
  wrong(checkInkCount(set, 1, 27), /sum of the pixel values/);
  wrong(checkInkCount(set, 2, 1), /only the fully black pixels \(255\)/);
  wrong(checkInkCount(set, 1, 2.5), /a whole number, and 2\.5 is not/);
});

Deno.test("checkFlatIndex() wants row · cols + col and recognises swaps and off-by-ones", () => {
  right(checkFlatIndex(10, 14, 294));
  right(checkFlatIndex(1, 2, 7, 5));
  wrong(checkFlatIndex(10, 14, 280), /each row before row 10 contributes 28 entries/);
  wrong(checkFlatIndex(10, 14, 402), /swaps row and column/);
  wrong(checkFlatIndex(10, 14, 295), /counts from 1/);
  wrong(checkFlatIndex(10, 14, 322), /counts 11 full rows/);
  wrong(checkFlatIndex(10, 14, 24), /adds row and column/);
  wrong(checkFlatIndex(10, 14, untyped("294")), /the text "294"/);
});

// A 3 × 4 image: ink 100 and 200 in row 1, 100 in row 2; mass 400.
// Row: (100 + 200 + 2·100) / 400 = 1.25; column: (100 + 2·200 + 2·100) / 400 = 1.75.
const BLOB = [0, 0, 0, 0, 0, 100, 200, 0, 0, 0, 100, 0];

Deno.test("checkCentreOfMass() wants the ink-weighted mean row and column within 0.05", () => {
  right(checkCentreOfMass(BLOB, [1.25, 1.75], 4), /\[1\.25, 1\.75\]/);
  right(checkCentreOfMass(BLOB, [1.25 + 0.0499, 1.75 - 0.0499], 4));
  wrong(checkCentreOfMass(BLOB, [1.25 + 0.0501, 1.75], 4), /the column is right, the row is off/);
  wrong(checkCentreOfMass(BLOB, [1.25, 1.9], 4), /the row is right, the column is off/);
  wrong(checkCentreOfMass(BLOB, [0, 0], 4), /both coordinates are off\. Hint: .*Σ v·r \/ Σ v/);
});

Deno.test("checkCentreOfMass() recognises swapped, unweighted, frame-centre and 1-based answers", () => {
  wrong(checkCentreOfMass(BLOB, [1.75, 1.25], 4), /swaps row and column/);
  wrong(
    checkCentreOfMass(BLOB, [4 / 3, 5 / 3], 4),
    /plain mean position of the ink pixels: weight/,
  );
  wrong(
    checkCentreOfMass(BLOB, [5 / 3, 4 / 3], 4),
    /plain mean position .* with row and column swapped/,
  );
  wrong(checkCentreOfMass(BLOB, [1, 1.5], 4), /centre of the frame/);
  wrong(checkCentreOfMass(BLOB, [2.25, 2.75], 4), /counts rows and columns from 1/);
  wrong(checkCentreOfMass(BLOB, [500 / 12, 700 / 12], 4), /divides by the number of pixels/);
  wrong(checkCentreOfMass(BLOB, [500 / 3, 700 / 3], 4), /divides by the number of ink pixels/);
});

Deno.test("checkCentreOfMass() explains answers of the wrong shape and refuses an empty image", () => {
  wrong(checkCentreOfMass(BLOB, [1.25], 4), /Give 2 numbers \(\[row, column\]\), got 1/);
  wrong(
    checkCentreOfMass(BLOB, untyped({ row: 1.25, col: 1.75 }), 4),
    /as an array, got the object/,
  );
  wrong(checkCentreOfMass(BLOB, untyped(["1.25", 1.75]), 4), /Entry 0 of the array is the text/);
  wrong(checkCentreOfMass(BLOB, [NaN, 1.75], 4), /Entry 0 of the array is NaN/);
  assert.throws(() => checkCentreOfMass([0, 0, 0, 0], [0, 0], 2), /has no ink/);
  assert.throws(() => checkCentreOfMass([1, 2, 3], [0, 0], 2), /not a whole number of rows of 2/);
});

// A 3 × 5 image with ink in rows 1 … 2 and columns 1 … 3.
const STROKE = [0, 0, 0, 0, 0, 0, 5, 5, 5, 0, 0, 0, 0, 7, 0];

Deno.test("checkBoundingBox() wants the inclusive first and last rows and columns with ink", () => {
  right(checkBoundingBox(STROKE, { top: 1, bottom: 2, left: 1, right: 3 }, 5));
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 4 }, 5),
    /one past the ink: they are inclusive/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 2, bottom: 3, left: 2, right: 4 }, 5),
    /counts rows and columns from 1/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 2 }, 5),
    /swaps rows and columns/,
  );
  wrong(checkBoundingBox(STROKE, { top: 0, bottom: 2, left: 0, right: 4 }, 5), /the whole frame/);
  wrong(
    checkBoundingBox(STROKE, { top: 1, bottom: 3, left: 1, right: 3 }, 5),
    /^Not yet: check `bottom` \(off by one\)\. Hint:/,
  );
  wrong(
    checkBoundingBox(STROKE, { top: 0, bottom: 2, left: 3, right: 3 }, 5),
    /check `top` \(off by one\), `left`\./,
  );
  wrong(checkBoundingBox(STROKE, { top: 1, bottom: 2, left: 1, right: 3.5 }, 5), /whole numbers/);
});

Deno.test("checkBoundingBox() explains answers of the wrong shape and refuses an empty image", () => {
  wrong(checkBoundingBox(STROKE, untyped({ top: 1, bottom: 2, left: 1 }), 5), /has no `right`/);
  wrong(checkBoundingBox(STROKE, untyped([1, 2, 1, 3]), 5), /Give an object `\{ top: …/);
  wrong(
    checkBoundingBox(STROKE, untyped({ top: "1", bottom: 2, left: 1, right: 3 }), 5),
    /`top`: Expected a number, got the text "1"/,
  );
  assert.throws(() => checkBoundingBox(new Uint8Array(4), undefined, 2), /has no ink/);
});

// ---------------------------------------------------------------------------------------------
// Layers

const LAYER = { W: [[1, -1], [0.5, 2]], x: [3, 1], b: [0.5, -3] };

Deno.test("checkDense() wants W·x + b and recognises a forgotten bias or a transposed W", () => {
  right(checkDense(LAYER, [2.5, 0.5]), /z = \[2\.5, 0\.5\]/);
  right(checkDense(LAYER, [2.5 + 1e-7, 0.5]));
  right(checkDense(LAYER, untyped(new Float32Array([2.5, 0.5]))));
  wrong(checkDense(LAYER, [2, 3.5]), /W·x without the biases/);
  wrong(checkDense(LAYER, [1.5, 6.5]), /subtracts the biases/);
  wrong(checkDense(LAYER, [4, -4]), /columns of W/);
  wrong(checkDense(LAYER, [2.5, 1]), /neuron 2 is off\. Multiply row 2 of W by x/);
  wrong(checkDense({ W: [[1]], x: [1], b: [0] }, [1, 2]), /Give 1 number \(one per neuron/);
  wrong(checkDense(LAYER, untyped(2.5)), /as an array, got 2\.5/);
});

Deno.test("checkParameterCount() counts weights and biases and recognises partial counts", () => {
  right(checkParameterCount([784, 128, 10], 101770));
  right(checkParameterCount([784, 64, 64, 64, 10], 59210));
  wrong(checkParameterCount([784, 128, 10], 101632), /counts the weights only/);
  wrong(checkParameterCount([784, 128, 10], 102554), /gives the 784 inputs biases too/);
  wrong(checkParameterCount([784, 128, 10], 1003520), /multiplies all the sizes/);
  wrong(checkParameterCount([784, 128, 10], 138), /counts the neurons/);
  wrong(checkParameterCount([784, 128, 10], 100480), /inputs × outputs weights/);
});

// ---------------------------------------------------------------------------------------------
// Softmax and the loss

const safeSoftmax = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

Deno.test("checkSoftmax() passes a safe softmax and explains a naive or broken one", () => {
  right(checkSoftmax(safeSoftmax), /safe for large scores/);
  right(checkSoftmax((z) => Float64Array.from(safeSoftmax(z)) as unknown as number[]));
  const naive = (z: number[]) => {
    const e = z.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  wrong(checkSoftmax(naive), /\[1000,1001,1002\].*subtract the largest score first/);
  wrong(checkSoftmax((z) => z.map(Math.exp)), /add up to .*, not 1: divide each exponential/);
  wrong(checkSoftmax(() => [1]), /should return 3 numbers/);
  wrong(checkSoftmax(() => untyped(["a", "b", "c"])), /entry 0 is the text "a"/);
  wrong(checkSoftmax(() => untyped(undefined)), /returns undefined: did you forget `return`/);
  wrong(checkSoftmax(() => untyped(0.5)), /returns 0\.5, not an array/);
  wrong(checkSoftmax(untyped(3)), /Expected a function, got 3/);
  wrong(
    checkSoftmax(() => {
      throw new Error("nope");
    }),
    /^It threw on \[1,5,3\]: nope$/,
  );
});

Deno.test("checkLoss() wants −ln p within 1e-3", () => {
  const loss = -Math.log(0.867);
  right(checkLoss(0.867, 0.1427), /−ln 0\.867 ≈ 0\.1427/);
  right(checkLoss(0.867, loss + 0.00099));
  right(checkLoss(0.867, loss - 0.00099));
  wrong(checkLoss(0.867, loss + 0.0011), /is not it\. Hint: the loss is minus the natural log/);
  right(checkLoss(1, 0));
});

Deno.test("checkLoss() recognises log10, log2, a missing minus, percent and 1 − p", () => {
  wrong(checkLoss(0.867, Math.log(0.867)), /ln p without the minus sign/);
  wrong(checkLoss(0.867, -Math.log10(0.867)), /−log₁₀ p: .*`Math.log` \(not `Math.log10`\)/);
  wrong(checkLoss(0.867, 0.062), /−log₁₀ p/);
  wrong(checkLoss(0.867, -Math.log2(0.867)), /−log₂ p/);
  wrong(checkLoss(0.867, -Math.log(86.7)), /probability in percent \(86\.7\)/);
  wrong(checkLoss(0.867, Math.log(86.7)), /in percent \(86\.7\) and drops the minus sign/);
  wrong(checkLoss(0.867, 0.133), /1 − p, the probability of being wrong/);
  wrong(checkLoss(0.867, -Math.log(0.133)), /−ln\(1 − p\)/);
  wrong(checkLoss(0.867, 0.867), /the probability itself/);
  wrong(checkLoss(0.867, untyped("0.1427")), /the text "0\.1427"/);
  assert.throws(() => checkLoss(86.7, 0.14), /divided by 100/);
  assert.throws(() => checkLoss(0, 0.14), /must be in \(0, 1\]/);
});

Deno.test("checkSoftmaxGradient() wants softmax(z) − onehot(label) within 1e-3", () => {
  const p = softmax([1, 5, 3]);
  const want = [p[0], p[1] - 1, p[2]];
  right(checkSoftmaxGradient([1, 5, 3], 1, want));
  right(checkSoftmaxGradient([1, 5, 3], 1, [0.016, -0.133, 0.117]));
  wrong(checkSoftmaxGradient([1, 5, 3], 1, [0.018, -0.133, 0.117]), /entry 0 is off/);
  wrong(checkSoftmaxGradient([1, 5, 3], 1, [0, 0, 0]), /entries 0, 1, 2 are off/);
  wrong(checkSoftmaxGradient([1, 5, 3], 1, p), /is softmax\(z\) itself: .*subtracts the one-hot/);
  wrong(checkSoftmaxGradient([1, 5, 3], 1, want.map((v) => -v)), /has the wrong sign/);
  wrong(checkSoftmaxGradient([1, 5, 3], 1, [0, -1 / p[1], 0]), /with respect to the probabilities/);
  wrong(checkSoftmaxGradient([1, 5, 3], 1, [0, -1, 0]), /−onehot\(label\) alone/);
  wrong(
    checkSoftmaxGradient([1, 5, 3], 1, [p[0] - 1, p[1], p[2]]),
    /subtracts 1 at index 0, but the true class is 1/,
  );
  wrong(checkSoftmaxGradient([1, 5, 3], 1, [p[0], p[1]]), /Give 3 numbers \(one per score\)/);
  assert.throws(() => checkSoftmaxGradient([1, 5, 3], 3, want), /0 to 2; got 3/);
});

// ---------------------------------------------------------------------------------------------
// Activations

Deno.test("checkDerivative() compares with the activation's slope", () => {
  right(checkDerivative("tanh", (x) => 1 - Math.tanh(x) ** 2), /derivative of tanh/);
  right(checkDerivative("relu", (x) => (x > 0 ? 1 : 0)));
  wrong(
    checkDerivative("relu", () => 1),
    /^At x = -3 it gives 1, but the slope of relu there is 0\.0000\.$/,
  );
  wrong(checkDerivative("sigmoid", (x) => 1 / (1 + Math.exp(-x))), /sigmoid itself, not its slope/);
  wrong(
    checkDerivative("tanh", (x) => Math.tanh(x) ** 2 - 1),
    /minus the derivative of tanh/,
  );
  wrong(checkDerivative("tanh", untyped(() => "1")), /On x = -3 it returns the text "1"/);
  wrong(checkDerivative("tanh", untyped(() => {})), /forget `return`/);
  wrong(
    checkDerivative("tanh", () => {
      throw new Error("oops");
    }),
    /^It threw on x = -3: oops$/,
  );
});

Deno.test("checkReluBackward() wants the upstream gradient where z > 0 and 0 elsewhere", () => {
  right(checkReluBackward((z, up) => z.map((v, i) => (v > 0 ? up[i] : 0))), /z = 0 included/);
  const inPlace = (z: number[], up: number[]) => {
    for (let k = 0; k < z.length; k++) if (!(z[k] > 0)) up[k] = 0;
    return up;
  };
  right(checkReluBackward(inPlace));
  const shown = /on z = \[2,-1,0,3\.5,-0\.5\] and upstream = \[0\.5,0\.7,0\.9,-1\.2,-2\]/;
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v >= 0 ? up[i] : 0))), shown);
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v >= 0 ? up[i] : 0))), /at z = 0/);
  wrong(checkReluBackward((z) => z.map((v) => (v > 0 ? 1 : 0))), /the ReLU's slope alone/);
  wrong(checkReluBackward((_, up) => up.map((g) => Math.max(0, g))), /sign of the upstream/);
  wrong(checkReluBackward((_, up) => up), /passes every gradient through/);
  wrong(checkReluBackward((z) => z.map((v) => Math.max(0, v))), /ReLU\(z\), the forward pass/);
  wrong(
    checkReluBackward((z, up) => z.map((v, i) => Math.max(0, v) * up[i])),
    /multiplies by ReLU\(z\)/,
  );
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v > 0 ? 0 : up[i]))), /other way round/);
  wrong(checkReluBackward((z) => z.map(() => 0)), /Hint: the ReLU's slope is 1 where z > 0/);
});

Deno.test("checkReluBackward() explains a function that throws or returns the wrong thing", () => {
  wrong(
    checkReluBackward(() => {
      throw new TypeError("z.map is not a function");
    }),
    /^It threw on z = \[2,-1,0,3\.5,-0\.5\] and upstream = .*: z\.map is not a function$/,
  );
  wrong(checkReluBackward(untyped(() => {})), /returns undefined: did you forget `return`/);
  wrong(checkReluBackward(() => [1, 2]), /Give 5 numbers \(one gradient per input\), got 2/);
  wrong(
    checkReluBackward(untyped(() => Promise.resolve([0]))),
    /returns a Promise: remove `async`/,
  );
  wrong(checkReluBackward(untyped("relu")), /Expected a function, got the text "relu"/);
});

// ---------------------------------------------------------------------------------------------
// Learning

const STEP = { w: 1, learningRate: 0.1, slope: -6 };

Deno.test("checkGradientStep() wants w − η·slope within 1e-6", () => {
  right(checkGradientStep(STEP, 1.6), /moves from 1 to 1\.6/);
  right(checkGradientStep(STEP, 1.6 + 9e-7));
  wrong(checkGradientStep(STEP, 1.6 + 2e-6), /is not it\. Hint: step against the slope/);
});

Deno.test("checkGradientStep() recognises the wrong sign, the move alone and the slope", () => {
  wrong(checkGradientStep(STEP, 0.4), /goes uphill/);
  wrong(checkGradientStep(STEP, -0.6), /is the size of the move, η·f'\(w\)/);
  wrong(checkGradientStep(STEP, 0.6), /is the change of the weight, −η·f'\(w\): add it/);
  wrong(checkGradientStep(STEP, -6), /slope of the loss, not the new weight: w − η·f'\(w\)/);
  wrong(checkGradientStep(STEP, 7), /forgets the learning rate/);
  wrong(checkGradientStep(STEP, 61), /divides the slope by the learning rate/);
  wrong(checkGradientStep(STEP, 1), /the weight before the step/);
  wrong(checkGradientStep(STEP, untyped(null)), /Expected a number, got null/);
});

// ŷ = −1·3 + 4 = 1, ŷ − y = 0.5: dL/dw = 2·0.5·3 = 3, dL/db = 2·0.5 = 1.
const NEURON = { x: 3, w: -1, b: 4, y: 0.5 };

Deno.test("checkChainRule() wants dL/dw = 2(ŷ − y)·x and dL/db = 2(ŷ − y)", () => {
  right(checkChainRule(NEURON, { dw: 3, db: 1 }), /dL\/dw = 3, dL\/db = 1/);
  right(checkChainRule(NEURON, { dw: 3 * (1 + 0.9e-4), db: 1 - 0.9e-4 }));
  wrong(checkChainRule(NEURON, { dw: 3 * (1 + 1.1e-4), db: 1 }), /dL\/dw = 3\.00033 is not it/);
  wrong(
    checkChainRule(NEURON, { dw: 7, db: 5 }),
    /dL\/dw = 7 is not it\. dL\/db = 5 is not it\. Hint: follow the chain/,
  );
});

Deno.test("checkChainRule() names the missing factor of the chain", () => {
  wrong(
    checkChainRule(NEURON, { dw: 1, db: 1 }),
    /^Not yet: dL\/dw = 1 is missing the factor x: .* dL\/db is right\.$/,
  );
  wrong(checkChainRule(NEURON, { dw: 1.5, db: 1 }), /dL\/dw = 1\.5 is missing the factor 2/);
  wrong(
    checkChainRule(NEURON, { dw: 0.5, db: 0.5 }),
    /missing two factors.*dL\/db = 0\.5 is missing the factor 2/,
  );
  wrong(checkChainRule(NEURON, { dw: -3, db: -1 }), /has the wrong sign in both/);
  wrong(checkChainRule(NEURON, { dw: -3, db: 1 }), /dL\/dw = -3 has the wrong sign/);
  wrong(
    checkChainRule(NEURON, { dw: 3, db: 3 }),
    /dL\/dw is right\. dL\/db = 3 has a factor x too many/,
  );
  wrong(checkChainRule(NEURON, { dw: -1, db: 1 }), /multiplies by w, but dz\/dw is x/);
  wrong(checkChainRule(NEURON, { dw: 0.25, db: 0.25 }), /is the loss \(ŷ − y\)² itself/);
  wrong(checkChainRule(NEURON, { dw: -21, db: -7 }), /without the bias: ŷ = w·x \+ b/);
  wrong(checkChainRule(NEURON, { dw: 1, db: 3 }), /swaps dw and db/);
  // With x = 2, a missing x and a missing 2 give the same number: both are named.
  wrong(
    checkChainRule({ x: 2, w: 3, b: 0, y: 5 }, { dw: 2, db: 2 }),
    /missing the factor x.* Or it is missing the factor 2/,
  );
});

Deno.test("checkChainRule() explains answers of the wrong shape", () => {
  wrong(checkChainRule(NEURON, untyped([3, 1])), /Give an object `\{ dw: …, db: … \}`/);
  wrong(checkChainRule(NEURON, untyped({ dw: 3 })), /The answer has no `db`/);
  wrong(
    checkChainRule(NEURON, untyped({ dw: "3", db: 1 })),
    /`dw`: Expected a number, got the text "3"/,
  );
  wrong(checkChainRule(NEURON, untyped({ dw: NaN, db: 1 })), /`dw`: Expected a number, got NaN/);
});

Deno.test("checkReluChain() wants zero gradients where z ≤ 0 and recognises a forgotten slope", () => {
  // z = 1·(−2) + 0.5 = −1.5.
  const off = { x: -2, w: 1, b: 0.5, y: 1 };
  right(checkReluChain(off, { dw: 0, db: 0 }));
  wrong(checkReluChain(off, { dw: 4, db: -2 }), /forgets the ReLU's slope/);
  wrong(checkReluChain(off, { dw: 10, db: -5 }), /leaves the ReLU out/);
  wrong(
    checkReluChain(off, { dw: 0, db: -2 }),
    /^Not yet: dL\/dw is right\. dL\/db = -2 forgets the ReLU's slope/,
  );
  wrong(checkReluChain(off, { dw: 1, db: 1 }), /is not it\. Hint: .*the ReLU's slope dŷ\/dz/);
  // z = 0 exactly: the course takes the ReLU's slope there to be 0.
  const edge = { x: 1, w: 1, b: -1, y: 2 };
  right(checkReluChain(edge, { dw: 0, db: 0 }));
  wrong(checkReluChain(edge, { dw: -4, db: -4 }), /forgets the ReLU's slope/);
});

Deno.test("checkReluChain() where z > 0 is the chain rule of a plain neuron", () => {
  right(checkReluChain(NEURON, { dw: 3, db: 1 }));
  wrong(checkReluChain(NEURON, { dw: 0, db: 0 }), /takes the ReLU to be flat, but here z/);
  wrong(checkReluChain(NEURON, { dw: 1, db: 1 }), /missing the factor x/);
  wrong(checkReluChain(NEURON, untyped(3)), /Give an object/);
});

Deno.test("checkStepsPerEpoch() rounds up and recognises rounding down or not at all", () => {
  right(checkStepsPerEpoch(60000, 64, 938));
  right(checkStepsPerEpoch(60000, 15, 4000));
  wrong(checkStepsPerEpoch(60000, 64, 937), /leaves out the last, smaller batch of 32 images/);
  wrong(checkStepsPerEpoch(60000, 64, 937.5), /fraction of a step/);
  wrong(checkStepsPerEpoch(60000, 64, 3840000), /multiplies/);
  wrong(checkStepsPerEpoch(60000, 64, 939), /is not it\. Hint: divide/);
  wrong(checkStepsPerEpoch(60000, 64, 938.2), /938\.2 is not\. Hint: divide/);
});

Deno.test("checkAdamFirstStep() wants the learning rate within 1e-6", () => {
  right(checkAdamFirstStep(0.001, 0.001), /η = 0\.001, whatever the size of its gradient/);
  right(checkAdamFirstStep(0.001, 0.001 + 9e-7));
  right(checkAdamFirstStep(0.001, 0.001, -250));
  // A gradient as small as ε really does take a smaller step.
  right(checkAdamFirstStep(0.001, 0.0005, 1e-7));
  wrong(checkAdamFirstStep(0.001, 0.001 + 1.1e-6), /η·g would be plain gradient descent's step/);
  assert.throws(() => checkAdamFirstStep(0, 0.001), /learning rate must be positive/);
  assert.throws(() => checkAdamFirstStep(0.001, 0.001, 0), /nonzero number/);
});

Deno.test("checkAdamFirstStep() recognises η·g, a sign and forgotten bias corrections", () => {
  wrong(checkAdamFirstStep(0.001, 0.0005, 0.5), /η·g, the step plain gradient descent/);
  wrong(checkAdamFirstStep(0.001, 0.002, 0.5), /divides by v̂ = g² instead of its square root/);
  wrong(checkAdamFirstStep(0.001, -0.001), /has a sign: .* a positive number/);
  wrong(checkAdamFirstStep(0.001, 0.0001), /forgets to correct m for starting at zero/);
  wrong(checkAdamFirstStep(0.001, 0.001 / Math.sqrt(0.001)), /forgets to correct v/);
  wrong(checkAdamFirstStep(0.001, 0.0001 / Math.sqrt(0.001)), /forgets both corrections/);
});

// ---------------------------------------------------------------------------------------------
// Evaluation

Deno.test("checkAccuracyFunction() passes the share of equal entries, 0 for empty arrays", () => {
  const loop = (predicted: ArrayLike<number>, labels: ArrayLike<number>) => {
    let same = 0;
    for (let i = 0; i < labels.length; i++) if (predicted[i] === labels[i]) same++;
    return labels.length === 0 ? 0 : same / labels.length;
  };
  right(checkAccuracyFunction(loop), /empty arrays included/);
  const filter = (p: ArrayLike<number>, l: ArrayLike<number>) =>
    l.length && Array.from(p).filter((v, i) => v === l[i]).length / l.length;
  right(checkAccuracyFunction(filter));
});

Deno.test("checkAccuracyFunction() recognises a count, a percent, the error rate and NaN", () => {
  const equal = (p: ArrayLike<number>, l: ArrayLike<number>) =>
    Array.from(p).filter((v, i) => v === l[i]).length;
  const shown = /^On predicted \[3,1,4,1,5\] and labels \[3,1,4,0,0\] it returns/;
  wrong(checkAccuracyFunction(equal), shown);
  wrong(checkAccuracyFunction(equal), /returns 3, which is how many are right: divide/);
  wrong(
    checkAccuracyFunction((p, l) => (100 * equal(p, l)) / l.length),
    /returns 60, which is a percent/,
  );
  wrong(checkAccuracyFunction((p, l) => 1 - equal(p, l) / l.length), /share of wrong predictions/);
  wrong(checkAccuracyFunction((p, l) => l.length - equal(p, l)), /how many are wrong/);
  wrong(
    checkAccuracyFunction((p, l) => equal(p, l) / l.length),
    /^On predicted \[\] and labels \[\] it returns NaN \(0 \/ 0\): with no predictions return 0/,
  );
  wrong(
    checkAccuracyFunction((p, l) => (l.length ? equal(p, l) / l.length : 1)),
    /with no predictions the accuracy is 0/,
  );
  wrong(checkAccuracyFunction(() => 0.5), /returns 0\.5, expected 0\.6 \(3 right out of 5\)/);
});

Deno.test("checkAccuracyFunction() explains a function that throws or returns no number", () => {
  wrong(
    checkAccuracyFunction(() => {
      throw new Error("boom");
    }),
    /^It threw on predicted \[3,1,4,1,5\] and labels \[3,1,4,0,0\]: boom$/,
  );
  wrong(checkAccuracyFunction(untyped(() => {})), /returns undefined: did you forget `return`/);
  wrong(checkAccuracyFunction(untyped(() => "0.6")), /returns the text "0\.6", not a number/);
  wrong(checkAccuracyFunction(untyped(0.6)), /Expected a function, got 0\.6/);
  // Typed arrays have no .every(…) on a plain ArrayLike; a function that only works on plain
  // arrays is caught by the typed-array case.
  const plainOnly = (p: ArrayLike<number>, l: ArrayLike<number>) => {
    if (!Array.isArray(p)) throw new TypeError("p.filter is not a function");
    return l.length && p.filter((v, i) => v === l[i]).length / l.length;
  };
  wrong(checkAccuracyFunction(plainOnly), /It threw on predicted \[1,2,3,4,5,6,7,8\]/);
});

/** Labels and predictions with per-class accuracies 0.9, 0.8, 0.6, 0.9, 1. */
function evaluation() {
  const labels: number[] = [];
  const predicted: number[] = [];
  const add = (label: number, guess: number, times: number) => {
    for (let i = 0; i < times; i++) {
      labels.push(label);
      predicted.push(guess);
    }
  };
  add(0, 0, 9), add(0, 1, 1); // 0.9
  add(1, 1, 32), add(1, 3, 8); // 0.8, the most mistakes in number
  add(2, 2, 3), add(2, 0, 2); // 0.6, the lowest
  add(3, 3, 9), add(3, 0, 1); // 0.9, most often wrong when predicted
  add(4, 4, 4); // 1, the highest
  return { labels, predicted };
}

Deno.test("checkLowestAccuracyClass() wants the class with the lowest share right", () => {
  const { labels, predicted } = evaluation();
  const names = ["zero", "one", "two", "three", "four"];
  right(
    checkLowestAccuracyClass(labels, predicted, 2),
    /^Right: class 2 has the lowest accuracy, 60\.0%\.$/,
  );
  right(checkLowestAccuracyClass(labels, predicted, 2, names), /class 2 \("two"\)/);
  right(checkLowestAccuracyClass(labels, predicted, "two", names));
  right(
    checkLowestAccuracyClass([0, 0, 1, 1], [0, 1, 1, 0], 1),
    /lowest accuracy, 50\.0% \(tied with 0\)/,
  );
});

Deno.test("checkLowestAccuracyClass() says a wrong class's accuracy and how many do worse", () => {
  const { labels, predicted } = evaluation();
  wrong(
    checkLowestAccuracyClass(labels, predicted, 0),
    /^Not yet: class 0 has an accuracy of 90\.0% \(9 of 10 right\), and 2 classes do worse\. Hint:/,
  );
  wrong(
    checkLowestAccuracyClass(labels, predicted, 1, ["a", "b", "c", "d", "e"]),
    /class 1 \("b"\) has an accuracy of 80\.0% \(32 of 40 right\), and 1 class does worse\. It has the most mistakes in number/,
  );
  wrong(
    checkLowestAccuracyClass(labels, predicted, 3),
    /most often wrong: group the images by their true label/,
  );
  wrong(
    checkLowestAccuracyClass(labels, predicted, 4),
    /the highest accuracy: look for the lowest/,
  );
  wrong(
    checkLowestAccuracyClass([0, 0, 1, 1], [0, 0, 0, 1], 2),
    /No image has the label 2: the labels go from 0 to 1/,
  );
  wrong(
    checkLowestAccuracyClass([0, 0, 1, 1, 2, 2], [0, 0, 0, 1, 2, 2], 2),
    /Counting from 1\? Labels start at 0/,
  );
  wrong(
    checkLowestAccuracyClass(labels, predicted, "seven", ["zero"]),
    /"seven" is not one of the class names/,
  );
  wrong(checkLowestAccuracyClass(labels, predicted, "2"), /the text "2"/);
  assert.throws(() => checkLowestAccuracyClass([0, 1], [0], 0), /2 labels but 1 predictions/);
});

/** Rows of 3 probabilities whose top is `top`, predicted right or wrong. */
function predictions(groups: { top: number; right: boolean; count: number }[]) {
  const labels: number[] = [], predicted: number[] = [], probabilities: number[] = [];
  for (const { top, right, count } of groups) {
    for (let i = 0; i < count; i++) {
      labels.push(0);
      predicted.push(right ? 0 : 1);
      const row = [(1 - top) / 2, (1 - top) / 2, (1 - top) / 2];
      row[right ? 0 : 1] = top;
      probabilities.push(...row);
    }
  }
  return { labels, predicted, probabilities };
}

Deno.test("checkUnsureButRight() counts right predictions below the threshold", () => {
  const { labels, predicted, probabilities } = predictions([
    { top: 0.4, right: true, count: 2 },
    { top: 0.5, right: true, count: 1 },
    { top: 0.8, right: true, count: 4 },
    { top: 0.4, right: false, count: 4 },
    { top: 0.8, right: false, count: 1 },
  ]);
  const check = (answer: number) => checkUnsureButRight(labels, predicted, probabilities, answer);
  right(check(2), /2 images are predicted right with a top probability below 0\.5/);
  wrong(check(6), /every image with a top probability below 0\.5, right or wrong/);
  wrong(check(4), /counts the unsure mistakes/);
  wrong(check(3), /equal to 0\.5: below means strictly less/);
  wrong(check(5), /counts the confident right ones/);
  wrong(check(7), /every right prediction/);
  wrong(check(2 / 12), /is a share of the images/);
  wrong(check(200 / 12), /is a percent of the images/);
  wrong(check(1), /is not it\. Hint: count the images whose prediction equals the label/);
  wrong(check(2.5), /a whole number, and 2\.5 is not/);
  right(checkUnsureButRight(labels, predicted, probabilities, 7, 0.9));
  assert.throws(() => checkUnsureButRight([0, 1], [0, 1], [0.5, 0.5, 1], 0), /one row per image/);
});

Deno.test("checkConfidentButWrong() counts wrong predictions at or above the threshold", () => {
  const { labels, predicted, probabilities } = predictions([
    { top: 0.9, right: false, count: 1 },
    { top: 0.8, right: false, count: 1 },
    { top: 0.5, right: false, count: 3 },
    { top: 0.9, right: true, count: 4 },
    { top: 0.5, right: true, count: 1 },
  ]);
  const check = (answer: number) =>
    checkConfidentButWrong(labels, predicted, probabilities, answer, 0.8);
  right(check(2), /2 images are predicted wrong with a top probability of 0\.8 or more/);
  wrong(check(6), /every image with a top probability of 0\.8 or more, right or wrong/);
  wrong(check(4), /confident right predictions/);
  wrong(check(3), /unsure mistakes/);
  wrong(check(5), /every mistake/);
  wrong(check(1), /leaves out top probabilities equal to 0\.8/);
  wrong(check(0.2), /share/);
  wrong(check(20), /percent/);
  right(checkConfidentButWrong(labels, predicted, probabilities, 1));
});

const HISTORY = [
  { step: 100, loss: 2.1 },
  { step: 200, loss: 1.2 },
  { step: 300, loss: 0.5 },
  { step: 400, loss: 0.6 },
  { step: 500, loss: 0.45 },
  { step: 600, loss: 0.52 },
  { step: 700, loss: 0.3 },
  { step: 800, loss: 0.35 },
];

Deno.test("checkFirstStepBelow() wants the first recorded step with a loss below the threshold", () => {
  right(checkFirstStepBelow(HISTORY, 0.5, 500), /first drops below 0\.5 at step 500 \(0\.45\)/);
  right(
    checkFirstStepBelow(HISTORY, 0.1, null),
    /no recorded loss is below 0\.1 \(the lowest is 0\.3, at step 700\)/,
  );
  right(checkFirstStepBelow([], 0.5, null));
  wrong(
    checkFirstStepBelow(HISTORY, 0.1, 700),
    /no recorded loss is below 0\.1; .* the answer is `null`/,
  );
  wrong(checkFirstStepBelow(HISTORY, 0.5, null), /some recorded losses are below 0\.5/);
  wrong(checkFirstStepBelow(HISTORY, 0.5, untyped("500")), /Expected a step, got the text "500"/);
});

Deno.test("checkFirstStepBelow() recognises an index, a loss, the last or lowest step and ≤", () => {
  const check = (answer: number) => checkFirstStepBelow(HISTORY, 0.5, answer);
  wrong(check(4), /position of the point in the history, counted from 0/);
  wrong(check(5), /position of the point in the history, not its step/);
  wrong(check(0.45), /the loss at that point: give its step/);
  wrong(check(800), /last recorded step with a loss below 0\.5/);
  wrong(check(700), /where the loss is lowest/);
  wrong(check(300), /a loss of exactly 0\.5: below means strictly less/);
  wrong(check(400), /the point before: its loss, 0\.6, is not below 0\.5 yet/);
  wrong(check(600), /at step 600 the loss is 0\.52, not below 0\.5/);
  wrong(check(250), /no point of the history has step 250; the history records a point every 100/);
});

// ---------------------------------------------------------------------------------------------
// Speed

Deno.test("checkFixedCost() solves t = a + b·batch from two timings, within 1%", () => {
  // a = 1 ms, b = 0.1 ms: t15 = 2.5 ms, t256 = 26.6 ms.
  right(checkFixedCost(2.5, 26.6, { a: 1, b: 0.1 }), /fixed cost of 1 ms a step, plus 0\.1 ms/);
  right(checkFixedCost(2.5, 26.6, { a: 1.0099, b: 0.10099 }));
  wrong(checkFixedCost(2.5, 26.6, { a: 1.0101, b: 0.1 }), /b is right\. a = 1\.0101 is not it/);
  right(checkFixedCost(4.2, 13.8, { a: 1, b: 0.1 }, [32, 128]));
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 0.5 }), /b = 0\.5 is not it\. Hint: two batch sizes/);
});

Deno.test("checkFixedCost() recognises a and b swapped, seconds and per-image averages", () => {
  wrong(checkFixedCost(2.5, 26.6, { a: 0.1, b: 1 }), /swaps a and b/);
  wrong(checkFixedCost(2.5, 26.6, { a: 0.001, b: 0.0001 }), /is in seconds/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 26.6 / 256 }), /time per image at batch 256/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 2.5 / 15 }), /time per image at batch 15/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 24.1 / 256 }), /divides by 256: .* the 241 extra/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: -0.1 }), /has the wrong sign/);
  wrong(checkFixedCost(2.5, 26.6, { a: 2.5, b: 0.1 }), /a = 2\.5 is the whole time at batch 15/);
  wrong(checkFixedCost(2.5, 26.6, { a: 4, b: 0.1 }), /adds the cost of the 15 images/);
  wrong(
    checkFixedCost(2.5, 26.6, { a: 2.5 - (15 * 24.1) / 256, b: 24.1 / 256 }),
    /follows from your b: fix b first/,
  );
  wrong(checkFixedCost(2.5, 26.6, untyped({ a: 1 })), /has no `b`/);
  assert.throws(
    () => checkFixedCost(1, 2, { a: 1, b: 1 }, [64, 64]),
    /must be positive and different/,
  );
});

Deno.test("checkEpochSeconds() multiplies by the steps, rounded up, within 1%", () => {
  // 938 steps of 12 ms: 11.256 s.
  right(checkEpochSeconds(12, 64, 60000, 11.256), /938 steps of 12 ms, 11\.26 s an epoch/);
  right(checkEpochSeconds(12, 64, 60000, 11.3));
  wrong(checkEpochSeconds(12, 64, 60000, 11.4), /is not it\. Hint: multiply the time of one step/);
  right(checkEpochSeconds(10, 15, 60000, 40));
});

Deno.test("checkEpochSeconds() recognises a step left out, milliseconds and images", () => {
  wrong(checkEpochSeconds(12, 64, 60000, 11.244), /leaves out the last step: .* 32 images/);
  wrong(checkEpochSeconds(12, 64, 60000, 11.25), /counts a fraction of a step/);
  wrong(checkEpochSeconds(12, 64, 60000, 11256), /is in milliseconds: divide by 1000/);
  wrong(checkEpochSeconds(12, 64, 60000, 11244), /in milliseconds, and leaves out the last step/);
  wrong(checkEpochSeconds(12, 64, 60000, 720), /multiplies by the images/);
  wrong(checkEpochSeconds(12, 64, 60000, 0.1876), /is in minutes/);
  wrong(checkEpochSeconds(12, 64, 60000, untyped("11.256")), /without quotes/);
});
