/** The verdict of a check, and checkNumber. */
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
} from "../lib/notebook/exercises/mod.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

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
