import assert from "node:assert/strict";
import { runDeno } from "./_helpers.ts";

// In a process of its own: the data folder is fixed when lib/files.ts is first imported.
const script = `
import { trainedNetwork } from "./lib/trained.ts";
import { useBackend } from "./lib/backend.ts";
await useBackend("wasm");
const first = await trainedNetwork();
const second = await trainedNetwork();
const same = first.network.getWeights().every((w, i) =>
  w.every((v, j) => v === second.network.getWeights()[i][j])
);
console.log(JSON.stringify({
  first: { reused: first.reused, engine: first.metadata.engine, accuracy: first.metadata.testAccuracy },
  second: { reused: second.reused, accuracy: second.metadata.testAccuracy },
  same,
}));
`;

Deno.test("trainedNetwork() trains with the fast engine when nothing is saved, then reuses it", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "trained-" });
  const { code, stdout, stderr } = await runDeno(["eval", script], { MNIST_DATA_DIR: dataDir });
  assert.equal(code, 0, stderr);
  const result = JSON.parse(stdout);
  assert.equal(result.first.reused, false);
  assert.equal(result.first.engine, "fast");
  assert.ok(result.first.accuracy >= 0.955, `accuracy ${result.first.accuracy}`);
  assert.equal(result.second.reused, true);
  assert.equal(result.second.accuracy, result.first.accuracy);
  assert.ok(result.same, "the reused weights are the trained ones");
  await Deno.remove(dataDir, { recursive: true });
});
