import assert from "node:assert/strict";
import { BACKEND_ENV, requestedBackend, tf, useBackend } from "../lib/network/backend.ts";
import { runProcess } from "../cli/_command.ts";

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
  assert.equal(requestedBackend(), "wasm");
  // The environment variable, read by a program of its own (the tests run side by side in one
  // process, whose environment they share: none of them changes it).
  const program = `import { requestedBackend, useBackend } from ${
    JSON.stringify(new URL("../lib/network/backend.ts", import.meta.url).href)
  };
console.log(requestedBackend(), requestedBackend("cpu"));
await useBackend().catch((error) => console.log(error.message));`;
  const result = await runProcess(Deno.execPath(), ["eval", "--ext=ts", program], {
    [BACKEND_ENV]: "tpu",
  });
  assert.equal(result?.code, 0, result?.stderr);
  const [requested, message] = result!.stdout.split("\n");
  assert.equal(requested, "tpu cpu");
  assert.match(message, /^Unknown backend "tpu".*MNIST_BACKEND environment variable/);
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
