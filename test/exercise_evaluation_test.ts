/** The checks of the evaluation exercises (08, 09, 12). */
import assert from "node:assert/strict";
import {
  checkAccuracyFunction,
  checkConfidentButWrong,
  checkFirstStepBelow,
  checkLowestAccuracyClass,
  checkUnsureButRight,
} from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

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
