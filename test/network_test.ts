import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { createNetwork, Network, TUTORIAL_LAYERS } from "../lib/network/network.ts";

await useBackend("wasm");

Deno.test("the tutorial's network has 59,210 parameters in 784 → 64 → 64 → 64 → 10", () => {
  const network = createNetwork();
  assert.deepEqual(network.sizes, [...TUTORIAL_LAYERS]);
  assert.equal(network.parameterCount, 784 * 64 + 64 + 64 * 64 + 64 + 64 * 64 + 64 + 64 * 10 + 10);
  assert.equal(network.parameterCount, 59210);
  assert.deepEqual(network.layers[0].weights.shape, [64, 784]);
  assert.deepEqual(network.layers[3].bias.shape, [10]);
  network.dispose();
});

Deno.test("createNetwork() gives the same weights for the same seed", async () => {
  const [a, b, c] = [
    createNetwork({ seed: 7 }),
    createNetwork({ seed: 7 }),
    createNetwork({ seed: 8 }),
  ];
  assert.deepEqual(await a.getWeights(), await b.getWeights());
  assert.notDeepEqual(await a.getWeights(), await c.getWeights());
  // PyTorch's initialisation: every first-layer weight within ±1/√784.
  const bound = 1 / Math.sqrt(784);
  assert.ok((await a.getWeights())[0].every((w) => Math.abs(w) <= bound));
  [a, b, c].forEach((n) => n.dispose());
});

Deno.test("createNetwork() rejects impossible layer sizes", () => {
  for (const layers of [[784], [784, 0, 10], [784, 6.5, 10], []]) {
    assert.throws(
      () => createNetwork({ layers }),
      /Layer sizes must be two or more whole numbers of at least 1/,
      `[${layers}]`,
    );
  }
  assert.throws(() => createNetwork({ seed: 2 ** 32 }), /seed must be a whole number from 0/);
});

Deno.test("forward() computes ReLU(W·x + b) layer by layer, then log-softmax (by hand)", () => {
  const network = createNetwork({ layers: [2, 2, 2] });
  network.setWeights([
    new Float32Array([1, -1, 0.5, 2]), // W1, row j = neuron j
    new Float32Array([0, -1]),
    new Float32Array([1, 0, -1, 1]),
    new Float32Array([0.5, 0]),
  ]);
  // z1 = [1 − 2 + 0, 0.5 + 4 − 1] = [−1, 3.5]; ReLU → [0, 3.5]; z2 = [0.5, 3.5]
  // log-softmax: z2 − (3.5 + ln(1 + e^−3))
  const x = tf.tensor2d([[1, 2]]);
  const [hidden, logits] = network.activations(x);
  assert.deepEqual([...hidden.dataSync()], [0, 3.5]);
  assert.deepEqual([...logits.dataSync()], [0.5, 3.5]);
  const logProbs = network.forward(x).dataSync();
  const lse = 3.5 + Math.log(1 + Math.exp(-3));
  assert.ok(Math.abs(logProbs[0] - (0.5 - lse)) < 1e-6);
  assert.ok(Math.abs(logProbs[1] - (3.5 - lse)) < 1e-6);
  tf.dispose([x, hidden, logits]);
  network.dispose();
});

Deno.test("forward() gives log-probabilities whose exponentials sum to one per image", () => {
  const network = createNetwork({ seed: 2 });
  const before = tf.memory().numTensors;
  const x = tf.randomUniform([5, 784], 0, 1, "float32", 1) as tf.Tensor2D;
  const sums = tf.tidy(() => tf.sum(tf.exp(network.forward(x)), 1).dataSync());
  x.dispose();
  assert.equal(tf.memory().numTensors, before);
  assert.ok(sums.every((s) => Math.abs(s - 1) < 1e-5), `sums ${sums}`);
  network.dispose();
});

Deno.test("setWeights() rejects arrays of the wrong number or size", () => {
  const network = createNetwork({ layers: [2, 2] });
  assert.throws(() => network.setWeights([new Float32Array(4)]), /Expected 2 weight arrays, got 1/);
  assert.throws(
    () => network.setWeights([new Float32Array(3), new Float32Array(2)]),
    /Weight array 0 has 3 numbers; shape \[2,2\] needs 4/,
  );
  network.dispose();
});

Deno.test("dispose() frees every variable", () => {
  const before = tf.memory().numTensors;
  createNetwork().dispose();
  assert.equal(tf.memory().numTensors, before);
});

Deno.test("getWeights() returns copies: changing them does not change the network", async () => {
  const network = createNetwork({ layers: [3, 2] });
  const [W] = await network.getWeights();
  const before = W[0];
  W[0] = 99;
  assert.equal((await network.getWeights())[0][0], before);
  network.dispose();
});

Deno.test("Network.fromArrays() holds the arrays given and checks their sizes", async () => {
  const arrays = [new Float32Array([1, 2, 3, 4, 5, 6]), new Float32Array([7, 8])];
  const network = Network.fromArrays([3, 2], arrays);
  assert.deepEqual(await network.getWeights(), arrays);
  network.dispose();
  assert.throws(
    () => Network.fromArrays([3, 2], [arrays[0]]),
    /Expected 2 weight arrays, got 1/,
  );
  assert.throws(
    () => Network.fromArrays([3, 3], arrays),
    /Layer 1's arrays hold 6 weights and 2 biases; 3 → 3 needs 9 and 3/,
  );
});
