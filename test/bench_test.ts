import assert from "node:assert/strict";
import { FAST_THREADS } from "../lib/engines/fast.ts";
import { choiceName } from "../lib/engines/speed.ts";
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
  positive(result.evaluationSeconds, "evaluationSeconds");
  // The default engine first, then TensorFlow.js on wasm.
  assert.deepEqual(
    result.recipe.map((r: { engine: string }) => r.engine),
    [choiceName({ engine: "fast", threads: FAST_THREADS }), "tfjs-wasm"],
  );
  for (const r of result.recipe) {
    for (const key of ["msPerStep", "stepsPerSecond", "secondsPerEpoch"]) positive(r[key], key);
    assert.ok(Math.abs(r.secondsPerEpoch - r.msPerStep * 4) < 1e-9);
  }
  // --quick trains no full run and leaves PyTorch out.
  assert.deepEqual([result.runs, result.summary, result.speedUpOverPyTorch], [[], [], null]);
  assert.equal(result.pytorch, "not measured");
  const cells = result.sweep.map((s: { engine: string; batchSize: number }) =>
    `${s.engine}@${s.batchSize}`
  );
  for (
    const cell of ["tfjs-wasm@15", "tfjs-wasm@128", "scratch@15", "scratch@128"]
  ) {
    assert.ok(cells.includes(cell), `sweep has ${cell}`);
  }
  for (const s of result.sweep) positive(s.samplesPerSecond, `${s.engine}@${s.batchSize}`);
  // TensorFlow.js on webgpu, once at batch 15, where Deno finds an adapter; else why not.
  const gpu = result.sweep.filter((s: { engine: string }) => s.engine === "tfjs-webgpu");
  if (result.webgpu.adapter === null) {
    assert.match(result.webgpu.why, /^No WebGPU adapter: /);
    assert.equal(gpu.length, 0);
  } else {
    assert.equal(typeof result.webgpu.software, "boolean");
    assert.deepEqual(
      gpu.map((s: { batchSize: number; adapter: string; software: boolean }) => [
        s.batchSize,
        s.adapter,
        s.software,
      ]),
      [[15, result.webgpu.adapter, result.webgpu.software]],
    );
    const label = `tfjs-webgpu (${result.webgpu.software ? "software: " : ""}`;
    assert.ok(stdout.includes(label + result.webgpu.adapter), "the table names the adapter");
  }
  assert.match(stdout, /Batch-size sweep \(samples per second\)/);
});

Deno.test("deno task bench refuses a bad --seeds", async () => {
  const { code, stderr } = await runDeno(["run", "-A", "cli/bench.ts", "--seeds", "0"]);
  assert.equal(code, 2);
  assert.match(stderr, /^Error: --seeds needs a whole number of at least 1, got "0"/);
});
