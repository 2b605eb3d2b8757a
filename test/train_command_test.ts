import assert from "node:assert/strict";
import { loadImage } from "@napi-rs/canvas";
import { weightsFileName } from "../lib/engines/trained.ts";
import { useBackend } from "../lib/network/backend.ts";
import { loadDataset } from "../lib/data/dataset.ts";
import { evaluate } from "../lib/engines/tfjs.ts";
import { loadWeights } from "../lib/network/weights.ts";
import { runDeno } from "./_helpers.ts";

const runTrain = (...args: string[]) => runDeno(["run", "-A", "cli/train.ts", ...args]);

/** Loads the weights a run saved in `out` and checks they score `accuracy`; returns the metadata. */
async function assertSavedWeightsScore(out: string, accuracy: number) {
  await useBackend("wasm");
  const { network, metadata } = await loadWeights(`${out}/mnist.weights.json`);
  assert.equal(metadata.testAccuracy, accuracy);
  assert.equal(evaluate(network, (await loadDataset()).test).accuracy, accuracy);
  network.dispose();
  return metadata;
}

Deno.test("deno task train trains the tutorial's recipe with the fast engine to ≥ 0.96", async () => {
  const out = await Deno.makeTempDir();
  const { code, stdout, stderr } = await runTrain("--json", "--out", out);
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.engine, "fast");
  assert.equal(result.epochs, 2);
  assert.equal(result.batchSize, 15);
  assert.equal(result.backend, "wasm");
  assert.ok(Math.abs(result.initialAccuracy - 0.1) < 0.05, `initial ${result.initialAccuracy}`);
  assert.equal(result.accuracyPerEpoch.length, 2);
  assert.equal(result.secondsPerEpoch.length, 2);
  // The tutorial reports 0.96 after two epochs; over seeds the recipe gives 0.964 ± 0.002.
  assert.ok(result.finalAccuracy >= 0.96, `final accuracy ${result.finalAccuracy}`);

  // The saved weights, loaded into TensorFlow.js, score what the fast engine measured.
  const metadata = await assertSavedWeightsScore(out, result.finalAccuracy);
  assert.equal(metadata.engine, "fast");
  const figure = await loadImage(await Deno.readFile(`${out}/predictions.png`));
  assert.ok(figure.width > 500 && figure.height > 150);
  await Deno.remove(out, { recursive: true });
});

Deno.test("deno task train --backend trains with TensorFlow.js and prints progress in words", async () => {
  const out = await Deno.makeTempDir();
  const { code, stdout, stderr } = await runTrain(
    "--backend",
    "wasm",
    "--epochs",
    "1",
    "--batch-size",
    "256",
    "--out",
    out,
  );
  assert.equal(code, 0, stderr);
  assert.match(
    stdout,
    /Dataset mnist: 60,000 training and 10,000 test images; engine tfjs on backend wasm/,
  );
  assert.match(stdout, /Accuracy before training: 0\.\d{4}/);
  assert.match(stdout, /Epoch 1: test accuracy 0\.9\d{3}/);
  assert.match(stdout, /Saved the weights to/);
  assert.equal(stderr, "", "no progress bar or banner when not on a terminal");
  await useBackend("wasm");
  const { network, metadata } = await loadWeights(`${out}/mnist.weights.json`);
  network.dispose();
  assert.equal(metadata.engine, "tfjs");
  await Deno.remove(out, { recursive: true });
});

Deno.test("deno task train exits with code 2 on a bad flag and 1 on a missing dataset", async () => {
  const bad = await runTrain("--epochs", "many");
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^Error: --epochs needs a whole number, got "many"/);
  const missing = await runTrain("--dataset", "/no/such/dir");
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^Error: The dataset folder \/no\/such\/dir does not exist/);
  const help = await runTrain("--help");
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: deno task train/);
});

Deno.test("weightsFileName() names the file after the dataset", () => {
  assert.equal(weightsFileName("mnist"), "mnist.weights.json");
  assert.equal(weightsFileName("fashion"), "fashion.weights.json");
  assert.equal(weightsFileName("/home/me/kmnist/"), "custom-home-me-kmnist.weights.json");
});
