import assert from "node:assert/strict";
import { basename } from "node:path";
import { describeNotebook, plainText, renderBook } from "../cli/book.ts";
import { findJupyterApp } from "../cli/lab.ts";
import {
  cellSource,
  formatNotebookCells,
  joinCodeCells,
  typeCheckNotebooks,
} from "../cli/check_notebooks.ts";
import { executeNotebooks, findJupyterPython, listNotebooks } from "../cli/_jupyter.ts";
import { EXPECTATIONS } from "./notebook_expectations.ts";
import {
  browserMissing,
  drawStroke,
  kernelProbabilities,
  paintDigit,
  withBrowser,
} from "./_browser.ts";
import { useBackend } from "../lib/network/backend.ts";
import { imageAt, loadDataset } from "../lib/data/dataset.ts";
import { loadWeights } from "../lib/network/weights.ts";
import { meets, type Notebook, outputTexts, writeFixture } from "./_notebooks.ts";
import { runDeno } from "./_helpers.ts";

const notebooks = listNotebooks();
const read = async (path: string): Promise<Notebook> => JSON.parse(await Deno.readTextFile(path));

// Without Jupyter the execution tests are skipped with a message; under CI they are required.
const jupyterMissing = await findJupyterPython().then(() => null, (error: Error) => error.message);
if (jupyterMissing) {
  if (Deno.env.get("CI")) throw new Error(`CI must run the notebooks, but ${jupyterMissing}`);
  console.warn(`%cSkipping the notebook execution tests: ${jupyterMissing}`, "color: orange");
}
const needsJupyter = {
  ignore: jupyterMissing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
};

Deno.test("stored notebooks are clean: no outputs, no execution counts, Deno metadata", async () => {
  assert.ok(notebooks.length > 0);
  for (const path of notebooks) {
    const notebook = await read(path);
    const name = basename(path);
    assert.deepEqual(
      notebook.metadata.kernelspec,
      { display_name: "Deno", language: "typescript", name: "deno" },
      `${name}: kernelspec`,
    );
    assert.equal((notebook.metadata.language_info as { name: string }).name, "typescript", name);
    notebook.cells.forEach((cell, i) => {
      if (cell.cell_type !== "code") return;
      assert.deepEqual(cell.outputs, [], `${name}, cell ${i + 1} has outputs`);
      assert.equal(cell.execution_count, null, `${name}, cell ${i + 1} has an execution count`);
    });
  }
});

Deno.test("every notebook is titled and has expectations", async () => {
  for (const path of notebooks) {
    const name = basename(path);
    assert.match(name, /^\d\d_[a-z0-9_]+\.ipynb$/, `${name}: numbered, lower-case name`);
    assert.notEqual(describeNotebook(await read(path)).title, "Untitled", `${name}: no # title`);
    assert.ok(
      EXPECTATIONS[name]?.length,
      `${name}: add its expected outputs to notebook_expectations.ts`,
    );
  }
});

Deno.test("every notebook's code type-checks", async () => {
  assert.deepEqual(await typeCheckNotebooks(notebooks), []);
});

Deno.test("type errors are reported by notebook, cell and line", async () => {
  const dir = await Deno.makeTempDir();
  const path = await writeFixture(dir, "typo.ipynb", [
    "const n: number = 1;",
    "const s = 2;\nn.toFixed(s).nope();",
  ]);
  const errors = await typeCheckNotebooks([path]);
  assert.equal(errors.length, 1);
  assert.match(
    errors[0],
    /^typo\.ipynb, cell 2, line 2:\d+: TS2339 Property 'nope' does not exist/,
  );
  const { code, origins } = joinCodeCells("x.ipynb", [{ cell_type: "markdown", source: "# hi" }, {
    cell_type: "code",
    source: ["a;\n", "b;"],
  }]);
  assert.equal(code, "// cell 2\na;\nb;\nexport {};\n");
  assert.deepEqual(origins[2], { notebook: "x.ipynb", cell: 2, line: 2 });
  await Deno.remove(dir, { recursive: true });
});

Deno.test({
  name: "every notebook executes in the Deno kernel and shows what it should; the book renders",
  ...needsJupyter,
  async fn() {
    const out = await Deno.makeTempDir({ prefix: "executed-" });
    // A data folder of their own, so the notebooks train afresh instead of reusing weights.
    const env = { MNIST_DATA_DIR: `${out}/data` };
    const result = await executeNotebooks(notebooks, { outDir: out, env });
    assert.ok(result.ok, result.log);
    assert.equal(result.executed.length, notebooks.length);
    for (const path of result.executed) {
      const executed = await read(path);
      for (const expectation of EXPECTATIONS[basename(path)] ?? []) {
        assert.ok(
          meets(executed, expectation),
          `${basename(path)}: missing ${expectation.description}`,
        );
      }
      const text = JSON.stringify(executed);
      assert.ok(!text.includes("\\u001b["), `${basename(path)}: colour codes in outputs`);
    }

    const site = `${out}/book`;
    await renderBook(result.executed, site);
    const index = await Deno.readTextFile(`${site}/index.html`);
    for (const path of notebooks) {
      assert.ok(index.includes(`href="${basename(path, ".ipynb")}.html"`));
    }
    const page = await Deno.readTextFile(`${site}/00_setup.html`);
    assert.match(page, /<img src="data:image\/png;base64,/);
    assert.match(page, /katex\/katex\.min\.js/);
    assert.ok(!/<script[^>]+src="https?:/.test(page), "no script from a network");
    const heatmap = await Deno.readTextFile(`${site}/01_image_as_matrix.html`);
    const svgOutputs = heatmap.split('data-mime-type="image/svg+xml"').slice(1);
    assert.ok(svgOutputs.length >= 3, "the charts of notebook 01 are in the page");
    for (const output of svgOutputs) {
      assert.ok(
        (output.split("</svg>")[0].match(/<rect /g)?.length ?? 0) > 5,
        "a chart kept its shapes",
      );
    }
    assert.ok((await Deno.stat(`${site}/katex/katex.min.css`)).isFile);
    if (!browserMissing()) await checkDrawingPage(`${site}/09_draw_a_digit.html`, `${out}/data`);
    await Deno.remove(out, { recursive: true });
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

Deno.test("notebook cells are formatted like the rest of the code, and --fix formats them", async () => {
  assert.deepEqual(await formatNotebookCells(notebooks, false), []);
  const dir = await Deno.makeTempDir();
  const path = await writeFixture(dir, "messy.ipynb", ["const  x = {a:1}", "x.a;"]);
  assert.deepEqual(await formatNotebookCells([path], false), [
    "messy.ipynb, cell 1: not formatted",
  ]);
  assert.deepEqual(await formatNotebookCells([path], true), ["messy.ipynb, cell 1: formatted"]);
  const fixed = await read(path);
  assert.equal(cellSource(fixed.cells[0]), "const x = { a: 1 };");
  assert.deepEqual(await formatNotebookCells([path], false), []);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("an expectation is met only by a matching output in the right cell", () => {
  const notebook: Notebook = {
    metadata: {},
    cells: [
      { cell_type: "markdown", source: "# t" },
      {
        cell_type: "code",
        source: "",
        outputs: [{ output_type: "stream", text: ["hello ", "world"] }],
      },
      {
        cell_type: "code",
        source: "",
        outputs: [{ output_type: "display_data", data: { "image/png": "iVBOR" } }],
      },
    ],
  };
  assert.ok(meets(notebook, { description: "", text: /hello world/ }));
  assert.ok(meets(notebook, { description: "", mime: "image/png", cell: 3 }));
  assert.equal(meets(notebook, { description: "", mime: "image/png", cell: 2 }), false);
  assert.equal(meets(notebook, { description: "", mime: "image/svg+xml" }), false);
  assert.equal(meets(notebook, { description: "", text: /goodbye/ }), false);
  assert.ok(
    meets(notebook, { description: "", text: /hello (\w+)/, accept: (m) => m[1] === "world" }),
  );
  assert.equal(
    meets(notebook, { description: "", text: /hello (\w+)/, accept: (m) => m[1] === "moon" }),
    false,
  );
});

/**
 * The rendered page of notebook 09 in Chromium: drawing gives a prediction, and for real MNIST
 * test digits painted into the pad the page predicts what the kernel's model (the same trained
 * weights, in TensorFlow.js) predicts for the page's 28 × 28 input.
 */
async function checkDrawingPage(pagePath: string, dataDir: string): Promise<void> {
  await useBackend("wasm");
  const { network } = await loadWeights(`${dataDir}/mnist.weights.json`);
  const { test } = await loadDataset();
  await withBrowser(async (browser) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`file://${pagePath}`);
    await drawStroke(page, [[0.3, 0.2], [0.7, 0.2], [0.45, 0.85]]); // a "7"
    const drawn = await page.locator("[data-mnist-draw]").getAttribute("data-prediction");
    assert.match(drawn ?? "", /^\d$/, "a prediction appears while drawing");
    let right = 0;
    for (let index = 0; index < 20; index++) {
      const state = await paintDigit(page, imageAt(test, index));
      const expected = kernelProbabilities(network, state.input!);
      assert.equal(
        state.prediction,
        String(expected.indexOf(Math.max(...expected))),
        `digit ${index}`,
      );
      if (state.prediction === String(test.labels[index])) right++;
    }
    assert.ok(right >= 17, `the page recognised ${right} of 20 real test digits`);
    assert.deepEqual(errors, []);
  });
  network.dispose();
}

Deno.test("the book's index shows each notebook's first paragraph as plain text", () => {
  assert.equal(
    plainText("See [the site](https://x.y) and press <kbd>Shift</kbd>: *fast* `code` $x$."),
    "See the site and press Shift: fast code x.",
  );
  const { title, summary } = describeNotebook({
    cells: [{
      cell_type: "markdown",
      source: ["# 01 · Title\n", "\n", "First paragraph.\n", "\n", "Second."],
    }],
  });
  assert.deepEqual({ title, summary }, { title: "01 · Title", summary: "First paragraph." });
});

Deno.test("deno task lab finds JupyterLab or Notebook, or says how to install them", async () => {
  const app = jupyterMissing ? null : await findJupyterApp(await findJupyterPython());
  assert.ok(app === null || app === "lab" || app === "notebook");
  if (app === null && !jupyterMissing) {
    const { code, stderr } = await runDeno(["run", "-A", "cli/lab.ts"]);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /neither JupyterLab nor Notebook is\. Install one with `pip install jupyterlab`/,
    );
  }
});
