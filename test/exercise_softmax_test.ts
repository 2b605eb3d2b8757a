/** The checks of the softmax and loss exercises (03, 05). */
import assert from "node:assert/strict";
import { checkLoss, checkSoftmax, checkSoftmaxGradient } from "../lib/notebook/exercises/mod.ts";
import { softmax } from "../lib/maths/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

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
