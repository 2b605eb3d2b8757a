import assert from "node:assert/strict";

Deno.test("deno task bench --quick measures every figure and writes them as JSON", async () => {
  const out = `${await Deno.makeTempDir()}/bench.json`;
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/bench.ts", "--quick", "--out", out],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  const result = JSON.parse(await Deno.readTextFile(out));
  assert.equal(result.backend, "wasm");
  assert.equal(result.batchSize, 15);
  for (
    const key of [
      "importSeconds",
      "dataLoadSeconds",
      "msPerStep",
      "secondsPerEpoch",
      "evaluationSeconds",
      "peakRssMiB",
    ]
  ) {
    assert.ok(Number.isFinite(result[key]) && result[key] > 0, `${key} = ${result[key]}`);
  }
  assert.ok(Math.abs(result.secondsPerEpoch - result.msPerStep * 4) < 1e-9);
});
