import assert from "node:assert/strict";
import { runDeno } from "./_helpers.ts";

Deno.test("deno task bench --quick measures every figure and writes them as JSON", async () => {
  const out = `${await Deno.makeTempDir()}/bench.json`;
  const { code, stdout, stderr } = await runDeno([
    "run",
    "-A",
    "cli/bench.ts",
    "--quick",
    "--out",
    out,
  ]);
  assert.equal(code, 0, stderr);
  const result = JSON.parse(await Deno.readTextFile(out));
  const positive = (value: unknown, name: string) =>
    assert.ok(
      typeof value === "number" && Number.isFinite(value) && value > 0,
      `${name} = ${value}`,
    );
  positive(result.startupSeconds, "startupSeconds");
  positive(result.dataLoadSeconds, "dataLoadSeconds");
  positive(result.peakRssMiB, "peakRssMiB");
  assert.equal(result.recipe.engine, "tfjs-wasm");
  assert.equal(result.recipe.batchSize, 15);
  for (const key of ["msPerStep", "stepsPerSecond", "secondsPerEpoch", "evaluationSeconds"]) {
    positive(result.recipe[key], key);
  }
  assert.ok(Math.abs(result.recipe.secondsPerEpoch - result.recipe.msPerStep * 4) < 1e-9);
  positive(result.recipe.fastEngine.secondsPerEpoch, "fast engine secondsPerEpoch");
  const cells = result.sweep.map((s: { engine: string; batchSize: number }) =>
    `${s.engine}@${s.batchSize}`
  );
  for (
    const cell of ["tfjs-wasm@15", "tfjs-wasm@128", "plain TypeScript@15", "plain TypeScript@128"]
  ) {
    assert.ok(cells.includes(cell), `sweep has ${cell}`);
  }
  for (const s of result.sweep) positive(s.samplesPerSecond, `${s.engine}@${s.batchSize}`);
  assert.match(stdout, /Batch-size sweep \(samples per second\)/);
});
