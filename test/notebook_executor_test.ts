/**
 * The notebook executor against a kernel that dies or does not start: each case is reported within
 * seconds (not at the cell timeout), names the notebook (and the cell), and the notebooks after it
 * still run.
 */
import assert from "node:assert/strict";
import { executeNotebooks, findJupyterPython } from "../cli/_jupyter.ts";
import { type Notebook, outputTexts, writeFixture } from "./_notebooks.ts";

const read = async (path: string): Promise<Notebook> => JSON.parse(await Deno.readTextFile(path));

// Without Jupyter the execution tests are skipped with a message; under CI they are required.
const jupyterMissing = await findJupyterPython().then(() => null, (error: Error) => error.message);
if (jupyterMissing) {
  if (Deno.env.get("CI")) throw new Error(`CI must run the notebooks, but ${jupyterMissing}`);
  console.warn(`%cSkipping the notebook executor tests: ${jupyterMissing}`, "color: orange");
}
const needsJupyter = {
  ignore: jupyterMissing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
};

// A cell timeout far beyond what these tests may take, but short enough that a regression (the
// executor waiting for the timeout) fails the test in about a minute instead of hanging it.
const CELL_TIMEOUT = 45;
// The acceptance of the dead-kernel report: the whole run ends well within this.
const WITHIN_MS = 30_000;

/**
 * A folder to use as `JUPYTER_PATH` in which the `deno` kernelspec runs `argv` instead of the real
 * kernel, so the registered kernel is left alone.
 */
async function fakeKernelspec(argv: string[]): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "kernelspec-" });
  await Deno.mkdir(`${dir}/kernels/deno`, { recursive: true });
  await Deno.writeTextFile(
    `${dir}/kernels/deno/kernel.json`,
    JSON.stringify({
      argv: [...argv, "{connection_file}"],
      display_name: "Deno",
      language: "typescript",
    }),
  );
  return dir;
}

/** Runs `fn` and says how many milliseconds it took. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

Deno.test({
  name:
    "a cell that ends the kernel is reported within seconds as a dead kernel with its exit code",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const dies = await writeFixture(dir, "dies.ipynb", ["1 + 1", "Deno.exit(3)", "2 + 2"]);
    const after = await writeFixture(dir, "after.ipynb", ["40 + 2"]);
    const [result, ms] = await timed(() =>
      executeNotebooks([dies, after], { outDir: `${dir}/out`, cellTimeout: CELL_TIMEOUT })
    );
    assert.equal(result.ok, false, result.log);
    assert.match(
      result.log,
      /dies\.ipynb, cell 2: the kernel died while the cell ran \(exit code 3\)/,
    );
    assert.doesNotMatch(result.log, /timed out/);
    assert.ok(ms < WITHIN_MS, `the dead kernel was reported after ${Math.round(ms)} ms`);

    const executed = await read(`${dir}/out/dies.ipynb`);
    assert.deepEqual(outputTexts(executed.cells[0].outputs![0]), ["2"], "the cell before ran");
    assert.deepEqual(executed.cells[2].outputs, [], "the cells after the dead kernel did not run");

    assert.match(result.log, /after\.ipynb: ran 1 cells/, "the next notebook still ran");
    const next = await read(`${dir}/out/after.ipynb`);
    assert.deepEqual(outputTexts(next.cells[0].outputs![0]), ["42"]);
    assert.deepEqual(result.executed, [`${dir}/out/dies.ipynb`, `${dir}/out/after.ipynb`]);
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name: "a notebook whose cell throws is reported and the notebooks after it still run",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const broken = await writeFixture(dir, "broken.ipynb", ['throw new Error("no digits")', "1"]);
    const fine = await writeFixture(dir, "fine.ipynb", ["6 * 7"]);
    const result = await executeNotebooks([broken, fine], {
      outDir: `${dir}/out`,
      cellTimeout: CELL_TIMEOUT,
    });
    assert.equal(result.ok, false, result.log);
    assert.match(result.log, /Failed: broken\.ipynb, cell 1: Error: no digits/);
    assert.match(result.log, /fine\.ipynb: ran 1 cells/);
    assert.match(result.log, /1 of 2 notebooks failed: broken\.ipynb/);
    const next = await read(`${dir}/out/fine.ipynb`);
    assert.deepEqual(outputTexts(next.cells[0].outputs![0]), ["42"]);
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name:
    "a kernel that cannot be launched is reported with how to register it again, for every notebook",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const jupyterPath = await fakeKernelspec([`${dir}/no-such-deno`, "jupyter", "--kernel"]);
    const first = await writeFixture(dir, "first.ipynb", ["1"]);
    const second = await writeFixture(dir, "second.ipynb", ["2"]);
    // A copy left by an earlier run must not pass for this run's.
    await Deno.mkdir(`${dir}/out`);
    await Deno.writeTextFile(`${dir}/out/first.ipynb`, "{}");
    const [result, ms] = await timed(() =>
      executeNotebooks([first, second], {
        outDir: `${dir}/out`,
        cellTimeout: CELL_TIMEOUT,
        env: { JUPYTER_PATH: jupyterPath },
      })
    );
    assert.equal(result.ok, false, result.log);
    for (const name of ["first", "second"]) {
      assert.match(
        result.log,
        new RegExp(
          `Failed: ${name}\\.ipynb: the Deno kernel could not start \\(No such file or ` +
            "directory: [^)]*no-such-deno\\).*register the kernel again with " +
            "`deno jupyter --install`",
        ),
      );
    }
    assert.deepEqual(result.executed, [], "no executed copy, not even an old one");
    assert.ok(ms < WITHIN_MS, `took ${Math.round(ms)} ms`);
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(jupyterPath, { recursive: true });
  },
});

Deno.test({
  name: "a kernel that dies while starting is reported with its exit code",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const jupyterPath = await fakeKernelspec(["/bin/sh", "-c", "exit 7"]);
    const path = await writeFixture(dir, "early.ipynb", ["1"]);
    const [result, ms] = await timed(() =>
      executeNotebooks([path], {
        outDir: `${dir}/out`,
        cellTimeout: CELL_TIMEOUT,
        env: { JUPYTER_PATH: jupyterPath },
      })
    );
    assert.equal(result.ok, false, result.log);
    assert.match(
      result.log,
      /Failed: early\.ipynb: the Deno kernel died while starting \(exit code 7\).*`deno jupyter --install`/,
    );
    assert.ok(ms < WITHIN_MS, `took ${Math.round(ms)} ms`);
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(jupyterPath, { recursive: true });
  },
});

Deno.test({
  name: "a kernel that never answers is given up after the start timeout with a clear message",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const jupyterPath = await fakeKernelspec(["/bin/sh", "-c", "exec sleep 600"]);
    const path = await writeFixture(dir, "silent.ipynb", ["1"]);
    const [result, ms] = await timed(() =>
      executeNotebooks([path], {
        outDir: `${dir}/out`,
        cellTimeout: CELL_TIMEOUT,
        kernelStartTimeout: 2,
        env: { JUPYTER_PATH: jupyterPath },
      })
    );
    assert.equal(result.ok, false, result.log);
    assert.match(
      result.log,
      /Failed: silent\.ipynb: the Deno kernel did not answer within 2 s of starting.*`deno jupyter --install`/,
    );
    assert.ok(ms < WITHIN_MS, `took ${Math.round(ms)} ms`);
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(jupyterPath, { recursive: true });
  },
});
Deno.test({
  name: "the executor keeps every output of many quick cells, run after run",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const cells = Array.from({ length: 40 }, (_, i) => `console.log("log ${i}");\n${i} * 2`);
    cells.push(
      'await Deno.jupyter.display({ "text/plain": "step 0" }, { raw: true, display_id: "bar" });\n' +
        'for (let i = 1; i <= 20; i++) {\n  await Deno.jupyter.display({ "text/plain": `step ${i}` }, ' +
        '{ raw: true, display_id: "bar", update: true });\n}',
    );
    const path = await writeFixture(dir, "many.ipynb", cells);
    for (let run = 1; run <= 3; run++) {
      const result = await executeNotebooks([path], { outDir: `${dir}/out` });
      assert.ok(result.ok, result.log);
      const executed = await read(`${dir}/out/many.ipynb`);
      executed.cells.slice(0, 40).forEach((cell, i) => {
        const kinds = (cell.outputs ?? []).map((o) => o.output_type).sort();
        assert.deepEqual(kinds, ["execute_result", "stream"], `run ${run}, cell ${i + 1}`);
        assert.deepEqual(outputTexts(cell.outputs!.find((o) => o.data)!), [String(i * 2)]);
      });
      const bar = executed.cells[40].outputs!;
      assert.equal(bar.length, 1, `run ${run}: one display, updated in place`);
      assert.deepEqual(outputTexts(bar[0]), ["step 20"]);
    }
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name: "a failing cell is reported with the notebook, the cell number and the error",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const path = await writeFixture(dir, "broken.ipynb", [
      "1 + 1",
      'throw new RangeError("out of digits")',
      "3",
    ]);
    const result = await executeNotebooks([path], { outDir: `${dir}/out` });
    assert.equal(result.ok, false);
    assert.match(result.log, /broken\.ipynb, cell 2: RangeError: out of digits/);
    const executed = await read(`${dir}/out/broken.ipynb`);
    assert.equal(executed.cells[1].outputs!.at(-1)?.output_type, "error");
    assert.deepEqual(executed.cells[2].outputs, [], "cells after the failure do not run");
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name: "a cell that runs past the timeout fails with a clear message",
  ...needsJupyter,
  async fn() {
    const dir = await Deno.makeTempDir();
    const path = await writeFixture(dir, "slow.ipynb", [
      "await new Promise((r) => setTimeout(r, 20000));",
    ]);
    const started = performance.now();
    const result = await executeNotebooks([path], { outDir: `${dir}/out`, cellTimeout: 2 });
    assert.equal(result.ok, false);
    assert.match(result.log, /slow\.ipynb, cell 1: timed out after 2 s/);
    assert.ok(performance.now() - started < 15000, "gave up long before the cell would end");
    await Deno.remove(dir, { recursive: true });
  },
});
