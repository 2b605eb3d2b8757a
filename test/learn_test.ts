import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { batchOf } from "../lib/data/batches.ts";
import { loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { createNetwork } from "../lib/network/network.ts";
import {
  createOptimizer,
  evaluate,
  nllLoss,
  oneHot,
  predict,
  train,
  trainStep,
} from "../lib/engines/tfjs.ts";

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

Deno.test("one training step lowers the loss on the same batch and leaks no tensor", () => {
  const network = createNetwork({ seed: 1 });
  const optimizer = tf.train.adam(0.001);
  const batch = batchOf(trainSet, 0, 15);
  trainStep(network, optimizer, batch); // Adam creates its moment variables on the first step
  const before = tf.memory().numTensors;
  const first = trainStep(network, optimizer, batch);
  const second = trainStep(network, optimizer, batch);
  assert.ok(second < first, `loss ${first} → ${second}`);
  assert.equal(tf.memory().numTensors, before);
  optimizer.dispose();
  network.dispose();
});

Deno.test("training on 3,000 images clearly beats chance, with no tensor leaked", async () => {
  const before = tf.memory().numTensors;
  const network = createNetwork({ seed: 0 });
  const steps: number[] = [];
  const results = await train(network, takeFirst(trainSet, 3000), {
    epochs: 2,
    batchSize: 32,
    testSet: takeFirst(testSet, 1000),
    onStep: (p) => void steps.push(p.step),
  });
  assert.equal(steps.length, 2 * 94);
  assert.equal(results.length, 2);
  assert.ok(results[1].testAccuracy! > 0.8, `accuracy ${results[1].testAccuracy}`);
  assert.ok(results[1].meanLoss < results[0].meanLoss);
  network.dispose();
  assert.equal(tf.memory().numTensors, before);
});

Deno.test("training is deterministic: same seed, same weights and accuracy", async () => {
  const run = async (seed: number) => {
    const network = createNetwork({ seed });
    const [result] = await train(network, takeFirst(trainSet, 600), {
      epochs: 1,
      seed,
      testSet: takeFirst(testSet, 500),
    });
    const weights = network.getWeights();
    network.dispose();
    return { weights, accuracy: result.testAccuracy };
  };
  const [a, b, c] = [await run(5), await run(5), await run(6)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.weights, c.weights);
});

Deno.test("train() rejects a bad recipe", async () => {
  const network = createNetwork({ layers: [784, 10] });
  const set = takeFirst(trainSet, 10);
  await assert.rejects(
    train(network, set, { epochs: 0 }),
    /epochs must be a positive whole number/,
  );
  await assert.rejects(
    train(network, set, { batchSize: 2.5 }),
    /batchSize must be a positive whole/,
  );
  await assert.rejects(
    train(network, set, { learningRate: -1 }),
    /learningRate must be a positive number/,
  );
  network.dispose();
});

Deno.test("evaluate() and predict() count correctly and free their tensors", () => {
  const network = createNetwork({ seed: 4 });
  const before = tf.memory().numTensors;
  const small = takeFirst(testSet, 2500);
  const { labels, probabilities } = predict(network, small);
  const { accuracy, correct, count } = evaluate(network, small);
  assert.equal(tf.memory().numTensors, before);
  assert.equal(count, 2500);
  assert.equal(correct, labels.filter((l, i) => l === small.labels[i]).length);
  assert.equal(accuracy, correct / 2500);
  for (const i of [0, 1234, 2499]) {
    const row = probabilities.subarray(i * 10, i * 10 + 10);
    assert.ok(Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-5);
    assert.equal(labels[i], row.indexOf(Math.max(...row)));
  }
  const part = predict(network, testSet, 2000, 10);
  assert.deepEqual(part.labels, labels.subarray(2000, 2010));
  network.dispose();
});

Deno.test("train() can use plain SGD, and createOptimizer() rejects unknown names", async () => {
  const network = createNetwork({ seed: 0 });
  const results = await train(network, takeFirst(trainSet, 3000), {
    epochs: 2,
    optimizer: "sgd",
    learningRate: 0.1,
    testSet: takeFirst(testSet, 500),
  });
  assert.ok(results[1].meanLoss < results[0].meanLoss);
  assert.ok(results[1].testAccuracy! > 0.6, `accuracy ${results[1].testAccuracy}`);
  network.dispose();
  assert.throws(() => createOptimizer("rmsprop" as "sgd", 0.1), /Unknown optimizer "rmsprop"/);
});
