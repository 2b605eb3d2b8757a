import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import {
  ACTIVATIONS,
  dense,
  linspace,
  logSoftmax,
  matMul,
  naiveSoftmax,
  softmax,
} from "../lib/maths/mod.ts";

await useBackend("wasm");
const close = (a: number, b: number, tolerance = 1e-9) => Math.abs(a - b) <= tolerance;

Deno.test("softmax() reproduces the tutorial's worked example [1, 5, 3]", () => {
  const p = softmax([1, 5, 3]);
  assert.deepEqual(p.map((v) => v.toFixed(3)), ["0.016", "0.867", "0.117"]);
  // By hand: e^1 + e^5 + e^3 = 171.2169…
  const sum = Math.E + Math.exp(5) + Math.exp(3);
  assert.equal(sum.toFixed(3), "171.217");
  assert.ok(close(p[1], Math.exp(5) / sum));
});

Deno.test("softmax() sums to one, stays in (0, 1), keeps order, ignores a shift", () => {
  for (const z of [[1, 5, 3], [-3, 0.5, 2, 2], [10, -10]]) {
    const p = softmax(z);
    assert.ok(close(p.reduce((a, b) => a + b, 0), 1, 1e-12));
    assert.ok(p.every((v) => v > 0 && v < 1));
    const byScore = z.map((_, i) => i).sort((a, b) => z[a] - z[b]);
    const byProbability = z.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    assert.deepEqual(byScore, byProbability);
    softmax(z.map((v) => v + 37)).forEach((v, i) => assert.ok(close(v, p[i], 1e-12)));
  }
});

Deno.test("naiveSoftmax() overflows on large scores where softmax() does not", () => {
  assert.ok(naiveSoftmax([1000, 1001]).every(Number.isNaN));
  const p = softmax([1000, 1001]);
  assert.ok(close(p[0], 1 / (1 + Math.E)));
  softmax([0, 1]).forEach((v, i) => assert.ok(close(v, p[i])));
});

Deno.test("logSoftmax() equals log(softmax()) and stays finite where it underflows", () => {
  const z = [1, 5, 3];
  logSoftmax(z).forEach((v, i) => assert.ok(close(v, Math.log(softmax(z)[i]))));
  assert.equal(Math.log(softmax([0, 800])[0]), -Infinity);
  assert.equal(logSoftmax([0, 800])[0], -800);
});

Deno.test("softmax() and logSoftmax() agree with TensorFlow.js", () => {
  const z = [0.3, -1.2, 2.5, 0];
  const [p, logP] = tf.tidy(() => [
    Array.from(tf.softmax(tf.tensor1d(z)).dataSync()),
    Array.from(tf.logSoftmax(tf.tensor1d(z)).dataSync()),
  ]);
  softmax(z).forEach((v, i) => assert.ok(close(v, p[i], 1e-6)));
  logSoftmax(z).forEach((v, i) => assert.ok(close(v, logP[i], 1e-6)));
});

Deno.test("dense() computes W·x + b and checks shapes", () => {
  assert.deepEqual(dense([[2, -4, 0.5], [1, 1, 1]], [0.5, 0.25, 1], [0.75, -1]), [1.25, 0.75]);
  assert.throws(() => dense([[1, 2]], [1], [0]), /Row 0 of W has 2 weights but x has 1 inputs/);
  assert.throws(() => dense([[1]], [1], [0, 1]), /W has 1 rows \(neurons\) but b has 2 biases/);
});

Deno.test("matMul() multiplies matrices and merges two linear layers into one", () => {
  assert.deepEqual(matMul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), [[19, 22], [43, 50]]);
  assert.throws(() => matMul([[1, 2]], [[1, 2]]), /Cannot multiply 1×2 by 1×2/);
  const [W1, b1, W2, b2, x] = [[[1, -2], [0.5, 3]], [1, -1], [[2, 1]], [0.5], [0.3, -0.7]];
  const twoLayers = dense(W2, dense(W1, x, b1), b2);
  const oneLayer = dense(matMul(W2, W1), x, dense(W2, b1, b2));
  assert.ok(close(twoLayers[0], oneLayer[0], 1e-12));
});

Deno.test("each activation's derivative matches finite differences", () => {
  for (const [name, { f, df }] of Object.entries(ACTIVATIONS)) {
    for (const x of [-2.5, -0.7, 0.3, 1.9]) {
      const h = 1e-6;
      const numeric = (f(x + h) - f(x - h)) / (2 * h);
      assert.ok(close(df(x), numeric, 1e-6), `${name}'(${x}): ${df(x)} vs ${numeric}`);
    }
  }
  assert.equal(ACTIVATIONS.relu.f(-3), 0);
  assert.equal(ACTIVATIONS.leakyRelu.f(-3), -0.03);
  assert.equal(ACTIVATIONS.tanh.f(0), 0);
});

Deno.test("linspace() spaces numbers evenly, ends included", () => {
  assert.deepEqual(linspace(-1, 1, 5), [-1, -0.5, 0, 0.5, 1]);
  assert.deepEqual(linspace(3, 4, 1), [3]);
});
