import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { batchOf } from "../lib/data/batches.ts";
import { loadDataset } from "../lib/data/dataset.ts";
import { createNetwork } from "../lib/network/network.ts";
import { nllLoss, oneHot } from "../lib/network/loss.ts";
import {
  createOptimizer,
  learningRateOf,
  setLearningRate,
  trainStep,
} from "../lib/network/learn.ts";

await useBackend("wasm");
const { train: trainSet, test: testSet } = await loadDataset();

Deno.test("nllLoss() is the mean of −log p(true class) (by hand)", () => {
  const probs = tf.tensor2d([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]]);
  const loss = nllLoss(
    tf.log(probs) as tf.Tensor2D,
    tf.tensor2d(oneHot(new Uint8Array([0, 2]), 3), [2, 3]),
  );
  const expected = -(Math.log(0.7) + Math.log(0.8)) / 2;
  assert.ok(Math.abs(loss.dataSync()[0] - expected) < 1e-6);
  assert.deepEqual([...oneHot(new Uint8Array([1, 0]), 2)], [0, 1, 1, 0]);
  assert.throws(
    () => oneHot(new Uint8Array([0, 3]), 3),
    /Label 3 \(row 1\) is not one of the classes 0 to 2/,
  );
});

Deno.test("an untrained network's loss is near −ln(1/10) = 2.303", () => {
  const network = createNetwork({ seed: 0 });
  const batch = batchOf(testSet, 0, 500);
  const loss = tf.tidy(() =>
    nllLoss(
      network.forward(tf.tensor2d(batch.x, [500, 784])),
      tf.tensor2d(oneHot(batch.labels, 10), [500, 10]),
    )
      .dataSync()[0]
  );
  assert.ok(Math.abs(loss - Math.log(10)) < 0.1, `loss ${loss}`);
  network.dispose();
});

Deno.test("the gradients of the loss match finite differences", () => {
  const network = createNetwork({ layers: [6, 5, 4, 3], seed: 3 });
  const x = tf.tensor2d(Array.from({ length: 4 * 6 }, (_, i) => Math.sin(i) * 0.9), [4, 6]);
  const targets = tf.tensor2d(oneHot(new Uint8Array([0, 2, 1, 2]), 3), [4, 3]);
  const lossOf = () => nllLoss(network.forward(x), targets);
  const { grads } = tf.variableGrads(lossOf, network.variables);
  const epsilon = 2e-3;
  for (const variable of network.variables) {
    const analytic = grads[variable.name].dataSync();
    const values = variable.dataSync().slice();
    for (let i = 0; i < values.length; i++) {
      const at = (delta: number) => {
        const shifted = values.slice();
        shifted[i] += delta;
        variable.assign(tf.tensor(shifted, variable.shape));
        return tf.tidy(() => lossOf().dataSync()[0]);
      };
      const numeric = (at(epsilon) - at(-epsilon)) / (2 * epsilon);
      variable.assign(tf.tensor(values, variable.shape));
      assert.ok(
        Math.abs(numeric - analytic[i]) < 1e-3 + 1e-2 * Math.abs(numeric),
        `${variable.name}[${i}]: finite difference ${numeric}, gradient ${analytic[i]}`,
      );
    }
  }
  tf.dispose([x, targets, ...Object.values(grads)]);
  network.dispose();
});

Deno.test("one training step lowers the loss on the same batch and leaks no tensor", async () => {
  const network = createNetwork({ seed: 1 });
  const optimizer = tf.train.adam(0.001);
  const batch = batchOf(trainSet, 0, 15);
  trainStep(network, optimizer, batch).dispose(); // Adam makes its moment variables at step 1
  const before = tf.memory().numTensors;
  const first = trainStep(network, optimizer, batch);
  const second = trainStep(network, optimizer, batch);
  const [a, b] = [(await first.data())[0], (await second.data())[0]];
  assert.ok(b < a, `loss ${a} → ${b}`);
  tf.dispose([first, second]);
  assert.equal(tf.memory().numTensors, before);
  optimizer.dispose();
  network.dispose();
});

Deno.test("the dense layer's written-out gradients equal what TensorFlow.js derives itself", () => {
  // The network's layer transposes explicitly and states its gradients (a custom gradient, for
  // speed); TensorFlow.js's automatic derivation of x·Wᵀ + b must give the same numbers.
  const network = createNetwork({ layers: [7, 5, 3], seed: 9 });
  const x = tf.randomUniform([4, 7], -1, 1, "float32", 2) as tf.Tensor2D;
  const targets = tf.tensor2d(oneHot(new Uint8Array([0, 2, 1, 2]), 3), [4, 3]);
  const automatic = () => {
    let h: tf.Tensor2D = x;
    network.layers.forEach(({ weights, bias }, i) => {
      const z = tf.add(tf.matMul(h, weights, false, true), bias) as tf.Tensor2D;
      h = i < network.layers.length - 1 ? tf.relu(z) : z;
    });
    return nllLoss(tf.logSoftmax(h), targets);
  };
  const ours = tf.variableGrads(() => nllLoss(network.forward(x), targets), network.variables);
  const theirs = tf.variableGrads(automatic, network.variables);
  assert.ok(Math.abs(ours.value.dataSync()[0] - theirs.value.dataSync()[0]) < 1e-6);
  for (const v of network.variables) {
    const [a, b] = [ours.grads[v.name].dataSync(), theirs.grads[v.name].dataSync()];
    assert.ok(a.every((g, i) => Math.abs(g - b[i]) < 1e-6), `${v.name}: ${a} vs ${b}`);
  }
  tf.dispose([x, targets, ours.value, theirs.value, ...Object.values(ours.grads)]);
  tf.dispose(Object.values(theirs.grads));
  network.dispose();
});

Deno.test("createOptimizer() knows adam and sgd; the learning rate can change while it trains", () => {
  const optimizer = createOptimizer("adam", 0.003);
  assert.equal(learningRateOf(optimizer), 0.003);
  setLearningRate(optimizer, 0.0003);
  assert.equal(learningRateOf(optimizer), 0.0003);
  assert.throws(
    () => setLearningRate(optimizer, Number.NaN),
    /learning rate must be a number above 0/,
  );
  optimizer.dispose();
  assert.throws(() => createOptimizer("rmsprop" as "sgd", 0.1), /Unknown optimizer "rmsprop"/);
  assert.throws(() => createOptimizer("sgd", -1), /learning rate must be a number above 0, got -1/);
});
