import assert from "node:assert/strict";
import { BACKEND_ENV, requestedBackend, tf, useBackend } from "../lib/network/backend.ts";

Deno.test("useBackend() switches between the wasm and cpu backends", async () => {
  assert.equal(await useBackend("cpu"), "cpu");
  assert.equal(tf.getBackend(), "cpu");
  assert.equal(await useBackend("wasm"), "wasm");
  assert.equal(tf.getBackend(), "wasm");
  const sum = tf.tidy(() => tf.add(tf.tensor1d([1, 2]), tf.tensor1d([3, 4])).dataSync());
  assert.deepEqual([...sum], [4, 6]);
});

Deno.test("useBackend() rejects an unknown backend and names where it came from", async () => {
  await assert.rejects(
    useBackend("gpu"),
    /Unknown backend "gpu": choose one of wasm, cpu, webgpu, node, node-gpu$/,
  );
  Deno.env.set(BACKEND_ENV, "tpu");
  try {
    assert.equal(requestedBackend(), "tpu");
    assert.equal(requestedBackend("cpu"), "cpu");
    await assert.rejects(useBackend(), /Unknown backend "tpu".*MNIST_BACKEND environment variable/);
  } finally {
    Deno.env.delete(BACKEND_ENV);
  }
  assert.equal(requestedBackend(), "wasm");
});

Deno.test("useBackend('node') loads native TensorFlow where it is installed, else says how", async () => {
  // The native package is installed only when the course's import map names it (see README).
  const config = JSON.parse(await Deno.readTextFile(new URL("../deno.json", import.meta.url)));
  const installed = "@tensorflow/tfjs-node" in config.imports;
  if (installed) {
    assert.equal(await useBackend("node"), "node");
    assert.equal(tf.getBackend(), "tensorflow");
  } else {
    await assert.rejects(useBackend("node"), (error: Error) => {
      assert.match(error.message, /^The node backend could not be loaded: /);
      assert.match(error.message, /@tensorflow\/tfjs-node@4\.22\.0/);
      assert.match(error.message, /--backend wasm/);
      return true;
    });
  }
  await useBackend("wasm");
});
