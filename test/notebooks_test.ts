/**
 * The notebooks as stored: clean (no outputs), titled, with expectations, type-checked and
 * formatted. Their execution is tested in `notebooks_run_test.ts`.
 */
import assert from "node:assert/strict";
import { basename } from "node:path";
import { describeNotebook, plainText } from "../cli/book.ts";
import {
  cellSource,
  formatNotebookCells,
  joinCodeCells,
  typeCheckNotebooks,
} from "../cli/check_notebooks.ts";
import { listNotebooks } from "../cli/_jupyter.ts";
import { EXPECTATIONS } from "./notebook_expectations.ts";
import { meets, type Notebook, writeFixture } from "./_notebooks.ts";

const notebooks = listNotebooks();
const read = async (path: string): Promise<Notebook> => JSON.parse(await Deno.readTextFile(path));

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
      Object.keys(EXPECTATIONS[name] ?? {}).length,
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

Deno.test("an expectation is met only by a matching output in the cell it names", () => {
  const notebook: Notebook = {
    metadata: {},
    cells: [
      { cell_type: "markdown", id: "title", source: "# t" },
      {
        cell_type: "code",
        id: "greeting",
        source: "",
        outputs: [{ output_type: "stream", text: ["hello ", "world"] }],
      },
      {
        cell_type: "code",
        id: "picture",
        source: "",
        outputs: [{ output_type: "display_data", data: { "image/png": "iVBOR" } }],
      },
    ],
  };
  assert.ok(meets(notebook, "greeting", { description: "", text: /hello world/ }));
  assert.equal(meets(notebook, "picture", { description: "", text: /hello world/ }), false);
  assert.ok(meets(notebook, "picture", { description: "", mime: "image/png" }));
  assert.equal(meets(notebook, "greeting", { description: "", mime: "image/png" }), false);
  assert.equal(meets(notebook, "picture", { description: "", mime: "image/svg+xml" }), false);
  assert.ok(
    meets(notebook, "greeting", {
      description: "",
      text: /hello (\w+)/,
      accept: (m) => m[1] === "world",
    }),
  );
  assert.equal(
    meets(notebook, "greeting", {
      description: "",
      text: /hello (\w+)/,
      accept: (m) => m[1] === "moon",
    }),
    false,
  );
  assert.throws(() => meets(notebook, "gone", { description: "" }), /no cell with the id "gone"/);
});

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
