import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { batchOf } from "../lib/data/batches.ts";
import { loadDataset } from "../lib/data/dataset.ts";
import { createNetwork } from "../lib/network/network.ts";
import { ScratchNetwork, type Vector } from "../lib/network/scratch.ts";
import { nllLoss, oneHot } from "../lib/network/loss.ts";
import { Adam } from "../lib/training/adam.ts";
import { createRandom } from "../lib/data/random.ts";

await useBackend("wasm");
const { train: trainSet } = await loadDataset();

/** A small float64 network and batch for precise gradient checks. */
function smallProblem() {
  const net = ScratchNetwork.create([6, 5, 4, 3], { seed: 3, precision: "float64" });
  const random = createRandom(9);
  const x = Float64Array.from({ length: 4 * 6 }, () => random() * 2 - 1);
  const labels = new Uint8Array([0, 2, 1, 2]);
  return { net, x, labels };
}

Deno.test("from scratch: every parameter's gradient matches finite differences (float64)", () => {
  const { net, x, labels } = smallProblem();
  const { gradients } = net.lossAndGradients(x, labels, 4);
  const analytic = [...gradients.W, ...gradients.b];
  const params = [...net.params.W, ...net.params.b];
  let worst = 0;
  params.forEach((p, k) => {
    for (let i = 0; i < p.length; i++) {
      const saved = p[i], h = 1e-6;
      p[i] = saved + h;
      const up = net.lossAndGradients(x, labels, 4).loss;
      p[i] = saved - h;
      const down = net.lossAndGradients(x, labels, 4).loss;
      p[i] = saved;
      const numeric = (up - down) / (2 * h);
      const error = Math.abs(numeric - analytic[k][i]) /
        Math.max(1e-8, Math.abs(numeric) + Math.abs(analytic[k][i]));
      worst = Math.max(worst, Math.abs(numeric - analytic[k][i]) < 1e-9 ? 0 : error);
    }
  });
  assert.ok(worst < 1e-6, `worst relative error ${worst}`);
});

Deno.test("from scratch: loss and gradients equal TensorFlow.js's tf.grad with the same weights", async () => {
  const tfNet = createNetwork({ seed: 5 });
  const net = ScratchNetwork.fromArrays(tfNet.sizes, await tfNet.getWeights());
  const batch = batchOf(trainSet, 100, 15);
  const { loss, gradients } = net.lossAndGradients(batch.x, batch.labels, 15);
  const x = tf.tensor2d(batch.x, [15, 784]);
  const targets = tf.tensor2d(oneHot(batch.labels, 10), [15, 10]);
  const { value, grads } = tf.variableGrads(
    () => nllLoss(tfNet.forward(x), targets),
    tfNet.variables,
  );
  assert.ok(Math.abs(value.dataSync()[0] - loss) < 1e-5, `${value.dataSync()[0]} vs ${loss}`);
  const ours: Vector[] = net.toArrays().map((_, i) =>
    (i % 2 ? gradients.b : gradients.W)[Math.floor(i / 2)]
  );
  tfNet.variables.forEach((v, i) => {
    const theirs = grads[v.name].dataSync();
    const scale = Math.max(...Array.from(theirs, Math.abs));
    const maxDiff = Math.max(...Array.from(theirs, (t, j) => Math.abs(t - ours[i][j])));
    assert.ok(maxDiff <= 1e-4 * scale + 1e-7, `parameter ${i}: max difference ${maxDiff}`);
  });
  tf.dispose([x, targets, value, ...Object.values(grads)]);
  tfNet.dispose();
});

Deno.test("from scratch: the same seed initialises the same weights as createNetwork()", async () => {
  const tfNet = createNetwork({ seed: 11 });
  assert.deepEqual(
    ScratchNetwork.create(tfNet.sizes, { seed: 11 }).toArrays(),
    await tfNet.getWeights(),
  );
  assert.equal(ScratchNetwork.create([784, 64, 64, 64, 10]).parameterCount, 59210);
  tfNet.dispose();
});

Deno.test("from scratch: Adam on plain arrays steps like TensorFlow.js's Adam", async () => {
  const tfNet = createNetwork({ layers: [784, 16, 10], seed: 2 });
  const net = ScratchNetwork.fromArrays(tfNet.sizes, await tfNet.getWeights());
  const optimizer = tf.train.adam(0.01);
  const ours = new Adam(net.toArrays(), 0.01);
  for (let step = 0; step < 3; step++) {
    const batch = batchOf(trainSet, step * 15, 15);
    tf.tidy(() => {
      const x = tf.tensor2d(batch.x, [15, 784]);
      const targets = tf.tensor2d(oneHot(batch.labels, 10), [15, 10]);
      optimizer.minimize(() => nllLoss(tfNet.forward(x), targets), false, tfNet.variables);
    });
    const { gradients } = net.lossAndGradients(batch.x, batch.labels, 15);
    ours.step(net.toArrays(), gradients.W.flatMap((W, l) => [W, gradients.b[l]]));
  }
  const theirs = await tfNet.getWeights();
  net.toArrays().forEach((a, i) => {
    const maxDiff = Math.max(...Array.from(a, (v, j) => Math.abs(v - theirs[i][j])));
    assert.ok(maxDiff < 1e-4, `parameter ${i}: max difference ${maxDiff}`);
  });
  optimizer.dispose();
  tfNet.dispose();
});
