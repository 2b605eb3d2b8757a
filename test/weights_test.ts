import assert from "node:assert/strict";
import { tf, useBackend } from "../lib/network/backend.ts";
import { checkWritableFolder, writeFileAtomic } from "../lib/data/files.ts";
import { readWeightsFile, saveTrainedWeights, writeWeightsFile } from "../lib/data/weights_file.ts";
import { createNetwork } from "../lib/network/network.ts";
import { loadWeights, saveWeights } from "../lib/network/weights.ts";

await useBackend("wasm");

Deno.test("saveWeights() then loadWeights() gives back the same network and metadata", async () => {
  const dir = await Deno.makeTempDir();
  const network = createNetwork({ seed: 12 });
  await saveWeights(network, `${dir}/net.weights.json`, { testAccuracy: 0.97, dataset: "mnist" });
  const { network: loaded, metadata } = await loadWeights(`${dir}/net.weights.json`);
  assert.deepEqual(loaded.sizes, network.sizes);
  assert.deepEqual(await loaded.getWeights(), await network.getWeights());
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
      /layer 1's weights hold 6 numbers; 2 → 3 needs 6|layer 1's biases hold 2 numbers; 2 → 3 needs 3/,
    ],
    [
      JSON.stringify({
        ...good,
        parameters: [{ ...good.parameters[0], data: "AAAA" }, good.parameters[1]],
      }),
      /parameter 0 has 3 bytes, not a whole number of float32 values/,
    ],
    [
      JSON.stringify({
        ...good,
        parameters: [{ ...good.parameters[0], data: "AAAAAAAAAAA=" }, good.parameters[1]],
      }),
      /layer 1's weights hold 2 numbers; 3 → 2 needs 6/,
    ],
    // Pieces missing altogether.
    [JSON.stringify({ ...good, layers: undefined }), /it has no list of layer sizes/],
    [JSON.stringify({ ...good, parameters: undefined }), /it has no list of parameters/],
    [
      JSON.stringify({ ...good, parameters: [{ shape: [2, 3] }, good.parameters[1]] }),
      /parameter 0 has no data/,
    ],
    [JSON.stringify({ ...good, layers: [3] }), /layer sizes \[3\] are not two or more/],
    [JSON.stringify({ ...good, layers: ["3", 2] }), /layer sizes \[3,2\] are not two or more/],
    [JSON.stringify({ ...good, metadata: [1] }), /its metadata is not an object/],
    ["null", /its format is not/],
    // Weights that are not numbers: what a diverged training would leave.
    [
      JSON.stringify({
        ...good,
        parameters: [good.parameters[0], { ...good.parameters[1], data: "AADAfwAAAAA=" }],
      }),
      /layer 1's biases hold NaN at position 0 \(training diverged\)/,
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

Deno.test("weights that are not all finite numbers are never written", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/w.json`;
  const arrays = [new Float32Array([1, Infinity]), new Float32Array([0])];
  await assert.rejects(
    writeWeightsFile(path, { sizes: [2, 1], arrays, metadata: {} }),
    /Refusing to save weights to .*w\.json: layer 1's weights hold Infinity at position 1/,
  );
  assert.deepEqual([...Deno.readDirSync(dir)], [], "nothing written");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("saveTrainedWeights() keeps weights of another recipe under a dated name", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/mnist.weights.json`;
  const weights = (epochs: number, value: number) => ({
    sizes: [1, 1],
    arrays: [Float32Array.of(value), Float32Array.of(0)],
    metadata: { dataset: "mnist", epochs, trainedAt: `2026-11-0${value}T10:00:00.000Z` },
  });
  assert.equal(await saveTrainedWeights(path, weights(5, 1)), undefined);
  const kept = await saveTrainedWeights(path, weights(2, 2));
  assert.equal(kept, `${dir}/mnist.weights.2026-11-01T10-00-00-000Z.json`);
  assert.deepEqual((await readWeightsFile(kept!)).metadata.epochs, 5, "the old file, whole");
  assert.deepEqual((await readWeightsFile(path)).arrays[0], Float32Array.of(2));
  // The same recipe again replaces the file: those weights are equivalent.
  assert.equal(await saveTrainedWeights(path, weights(2, 3)), undefined);
  // A file that cannot be read is kept too.
  await Deno.writeTextFile(path, "{ half a file");
  assert.match((await saveTrainedWeights(path, weights(2, 4)))!, /mnist\.weights\..*\.json$/);
  assert.equal([...Deno.readDirSync(dir)].length, 3);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("a save removes the temporary files that killed saves left behind", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/w.json`;
  const stale = `${path}.12345.abcdef12.tmp`, fresh = `${path}.12346.abcdef13.tmp`;
  await Deno.writeTextFile(stale, "half");
  await Deno.utime(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
  await Deno.writeTextFile(fresh, "a save in progress elsewhere");
  await writeFileAtomic(path, "whole");
  const names = [...Deno.readDirSync(dir)].map((e) => e.name).sort();
  assert.deepEqual(names, ["w.json", "w.json.12346.abcdef13.tmp"]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("checkWritableFolder() creates the folder, or says it cannot be written", async () => {
  const dir = await Deno.makeTempDir();
  await checkWritableFolder(`${dir}/new/folder`);
  assert.deepEqual([...Deno.readDirSync(`${dir}/new/folder`)], [], "no probe left behind");
  await Deno.writeTextFile(`${dir}/file`, "");
  await assert.rejects(
    checkWritableFolder(`${dir}/file/below`),
    /Cannot write files in .*file\/below .*--out DIR .*MNIST_DATA_DIR/,
  );
  await assert.rejects(checkWritableFolder(""), /The output folder is empty/);
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
  assert.deepEqual(await loaded?.network.getWeights(), await network.getWeights());
  loaded?.network.dispose();
  await Deno.writeTextFile(path, "{broken");
  await assert.rejects(loadMatchingWeights(path, { epochs: 2 }), /not valid JSON/);
  network.dispose();
  await Deno.remove(dir, { recursive: true });
});
