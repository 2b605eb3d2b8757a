import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { writeFileAtomic } from "../lib/data/files.ts";
import { createNetwork } from "../lib/network/network.ts";
import { loadWeights, saveWeights } from "../lib/network/weights.ts";

await useBackend("wasm");

Deno.test("saveWeights() then loadWeights() gives back the same network and metadata", async () => {
  const dir = await Deno.makeTempDir();
  const network = createNetwork({ seed: 12 });
  await saveWeights(network, `${dir}/net.weights.json`, { testAccuracy: 0.97, dataset: "mnist" });
  const { network: loaded, metadata } = await loadWeights(`${dir}/net.weights.json`);
  assert.deepEqual(loaded.sizes, network.sizes);
  assert.deepEqual(loaded.getWeights(), network.getWeights());
  assert.deepEqual(metadata, { testAccuracy: 0.97, dataset: "mnist" });
  const x = tf.ones([1, 784]) as tf.Tensor2D;
  assert.deepEqual(loaded.forward(x).dataSync(), network.forward(x).dataSync());
  assert.deepEqual([...Deno.readDirSync(dir)].map((e) => e.name), ["net.weights.json"]);
  tf.dispose(x);
  loaded.dispose();
  network.dispose();
  await Deno.remove(dir, { recursive: true });
});

Deno.test("loadWeights() explains a missing, corrupt or mismatched file", async () => {
  const dir = await Deno.makeTempDir();
  await assert.rejects(
    loadWeights(`${dir}/none.json`),
    /No trained weights at .*run `deno task train`/,
  );
  const network = createNetwork({ layers: [3, 2] });
  await saveWeights(network, `${dir}/good.json`);
  const good = JSON.parse(await Deno.readTextFile(`${dir}/good.json`));
  const cases: [string, RegExp][] = [
    ['{"format": "mnist-course-net', /not valid JSON/],
    [JSON.stringify({ ...good, format: "other" }), /format is not "mnist-course-network"/],
    [JSON.stringify({ ...good, version: 9 }), /version is 9, expected 1/],
    [
      JSON.stringify({ ...good, parameters: good.parameters.slice(1) }),
      /should hold 2 parameter arrays/,
    ],
    [
      JSON.stringify({ ...good, layers: [2, 3] }),
      /layer 1's parameters do not match its sizes 2 → 3/,
    ],
    [
      JSON.stringify({
        ...good,
        parameters: [{ ...good.parameters[0], data: "AAAA" }, good.parameters[1]],
      }),
      /parameter 0 has 3 bytes, its shape \[2,3\] needs 24/,
    ],
  ];
  for (const [text, message] of cases) {
    await Deno.writeTextFile(`${dir}/bad.json`, text);
    await assert.rejects(loadWeights(`${dir}/bad.json`), (error: Error) => {
      assert.match(error.message, message);
      assert.match(error.message, /Delete it and train again/);
      return true;
    });
  }
  network.dispose();
  await Deno.remove(dir, { recursive: true });
});

Deno.test("writeFileAtomic() replaces a file whole and creates missing folders", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/a/b/file.txt`;
  await writeFileAtomic(path, "first");
  await writeFileAtomic(path, new TextEncoder().encode("second"));
  assert.equal(await Deno.readTextFile(path), "second");
  assert.deepEqual([...Deno.readDirSync(`${dir}/a/b`)].map((e) => e.name), ["file.txt"]);
  await assert.rejects(writeFileAtomic(`${path}/below-a-file`, "x"), /Cannot write/);
  assert.equal(await Deno.readTextFile(path), "second");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("loadMatchingWeights() reuses weights only when the settings match", async () => {
  const { loadMatchingWeights } = await import("../lib/network/weights.ts");
  const dir = await Deno.makeTempDir();
  const path = `${dir}/w.json`;
  assert.equal(await loadMatchingWeights(path, { epochs: 2 }), null);
  const network = createNetwork({ layers: [4, 2] });
  await saveWeights(network, path, { epochs: 2, batchSize: 15, accuracyPerEpoch: [0.9, 0.95] });
  const before = tf.memory().numTensors;
  assert.equal(await loadMatchingWeights(path, { epochs: 3, batchSize: 15 }), null);
  assert.equal(tf.memory().numTensors, before, "a rejected network is freed");
  const loaded = await loadMatchingWeights(path, { epochs: 2, batchSize: 15 });
  assert.deepEqual(loaded?.network.getWeights(), network.getWeights());
  loaded?.network.dispose();
  await Deno.writeTextFile(path, "{broken");
  await assert.rejects(loadMatchingWeights(path, { epochs: 2 }), /not valid JSON/);
  network.dispose();
  await Deno.remove(dir, { recursive: true });
});
