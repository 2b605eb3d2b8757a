import assert from "node:assert/strict";
import { runDeno } from "./_helpers.ts";

// In a process of its own: the data folder is fixed when lib/data/files.ts is first imported.
const script = `
import { trainedNetwork } from "./lib/engines/trained.ts";
import { useBackend } from "./lib/network/backend.ts";
await useBackend("wasm");
const first = await trainedNetwork();
const second = await trainedNetwork();
const [a, b] = [await first.network.getWeights(), await second.network.getWeights()];
console.log(JSON.stringify({
  first: { reused: first.reused, engine: first.metadata.engine, accuracy: first.metadata.testAccuracy, kept: first.kept },
  second: { reused: second.reused, accuracy: second.metadata.testAccuracy },
  same: a.every((w, i) => w.every((v, j) => v === b[i][j])),
}));
`;

Deno.test("trainedNetwork() trains with the fast engine when nothing is saved, then reuses it", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "trained-" });
  // Weights of another recipe are there already: they must be kept, not overwritten.
  const other = JSON.stringify({
    format: "mnist-course-network",
    version: 1,
    layers: [1, 1],
    metadata: { dataset: "mnist", epochs: 7, trainedAt: "2026-01-02T03:04:05.000Z" },
    parameters: [{ shape: [1, 1], data: "AACAPw==" }, { shape: [1], data: "AAAAAA==" }],
  });
  await Deno.writeTextFile(`${dataDir}/mnist.weights.json`, other);
  const { code, stdout, stderr } = await runDeno(["eval", script], { MNIST_DATA_DIR: dataDir });
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.first.reused, false);
  assert.equal(result.first.engine, "fast");
  assert.ok(result.first.accuracy >= 0.955, `accuracy ${result.first.accuracy}`);
  assert.equal(result.first.kept, `${dataDir}/mnist.weights.2026-01-02T03-04-05-000Z.json`);
  assert.equal(await Deno.readTextFile(result.first.kept), other, "the user's file, untouched");
  assert.equal(result.second.reused, true);
  assert.equal(result.second.accuracy, result.first.accuracy);
  assert.ok(result.same, "the reused weights are the trained ones");
  await Deno.remove(dataDir, { recursive: true });
});
