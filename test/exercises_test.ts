import assert from "node:assert/strict";
import {
  checkDense,
  checkDerivative,
  checkFlatIndex,
  checkInkCount,
  checkNumber,
  checkParameterCount,
  checkSoftmax,
  checkStepsPerEpoch,
  Feedback,
} from "../lib/notebook/exercises.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";

Deno.test("Feedback shows as one line of Markdown with ✔ or ✘", () => {
  const yes = new Feedback(true, "Right.");
  assert.deepEqual(yes[JUPYTER_DISPLAY](), {
    "text/markdown": "✔ Right.",
    "text/plain": "✔ Right.",
  });
  assert.equal(String(new Feedback(false, "No.")), "✘ No.");
});

Deno.test("checkNumber() accepts answers within the tolerance and asks for a missing one", () => {
  assert.ok(checkNumber(0.333, 1 / 3, { tolerance: 0.001 }).ok);
  const wrong = checkNumber(2, 3, { hint: "add again." });
  assert.equal(wrong.ok, false);
  assert.match(wrong.message, /Not yet: 2 is not it\. Hint: add again\./);
  assert.match(checkNumber(undefined, 3).message, /Replace `undefined` with your answer/);
  assert.match(checkNumber(NaN, 3).message, /Expected a number, got NaN/);
});

Deno.test("checkSoftmax() passes a safe softmax and explains a naive or broken one", () => {
  const safe = (z: number[]) => {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  const naive = (z: number[]) => {
    const e = z.map(Math.exp);
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  assert.ok(checkSoftmax(safe).ok);
  const verdict = checkSoftmax(naive);
  assert.equal(verdict.ok, false);
  assert.match(verdict.message, /\[1000,1001,1002\].*subtract the largest score first/);
  assert.match(checkSoftmax(() => [1]).message, /should return 3 numbers/);
  assert.match(
    checkSoftmax(() => {
      throw new Error("nope");
    }).message,
    /It threw on \[1,5,3\]: nope/,
  );
});

Deno.test("checkDerivative() compares with the activation's slope", () => {
  assert.ok(checkDerivative("tanh", (x) => 1 - Math.tanh(x) ** 2).ok);
  assert.match(
    checkDerivative("relu", () => 1).message,
    /At x = -3 it gives 1, but the slope of relu there is 0\.0000/,
  );
});

Deno.test("the notebook checks compute their answers from the question", () => {
  const set = {
    images: new Uint8Array([0, 3, 0, 0, 9, 9, 9, 0]),
    labels: new Uint8Array([1, 2]),
    count: 2,
    rows: 2,
    cols: 2,
  };
  assert.ok(checkInkCount(set, 1, 3).ok);
  assert.equal(checkInkCount(set, 0, 3).ok, false);
  assert.ok(checkFlatIndex(10, 14, 294).ok);
  assert.equal(checkFlatIndex(10, 14, 280).ok, false);
  assert.ok(checkDense({ W: [[1, -1], [0.5, 2]], x: [3, 1], b: [0.5, -3] }, [2.5, 0.5]).ok);
  assert.match(
    checkDense({ W: [[1, -1], [0.5, 2]], x: [3, 1], b: [0.5, -3] }, [2.5, 1]).message,
    /Neuron 2 is off/,
  );
  assert.match(checkDense({ W: [[1]], x: [1], b: [0] }, [1, 2]).message, /Give 1 numbers/);
  assert.ok(checkParameterCount([784, 128, 10], 101770).ok);
  assert.ok(checkStepsPerEpoch(60000, 64, 938).ok);
  assert.equal(checkStepsPerEpoch(60000, 64, 937).ok, false);
  assert.equal(checkParameterCount([784, 128, 10], 100480).ok, false);
});
