/**
 * The notebooks of both editions as stored: clean (no outputs), titled, with expectations,
 * type-checked and formatted, and the Chinese edition in step with the English one. Their
 * execution is tested in `notebooks_run_test.ts`.
 */
import assert from "node:assert/strict";
import { basename, dirname, join } from "node:path";
import { describeNotebook, plainText } from "../cli/_book_text.ts";
import {
  cellSource,
  formatNotebookCells,
  joinCodeCells,
  typeCheckNotebooks,
} from "../cli/check_notebooks.ts";
import { listNotebooks, notebookLabel } from "../cli/_jupyter.ts";
import { allNotebooks, CHINESE_LINE, editionDifferences, editionDir } from "../cli/_editions.ts";
import { EXPECTATIONS, EXPECTATIONS_ZH } from "./notebook_expectations.ts";
import { meets, type Notebook, writeFixture } from "./_notebooks.ts";
import { inChinese } from "./expectations/zh/_chinese.ts";

const notebooks = allNotebooks();
const english = listNotebooks(editionDir("en"));
const chinese = listNotebooks(editionDir("zh"));
const read = async (path: string): Promise<Notebook> => JSON.parse(await Deno.readTextFile(path));

Deno.test("stored notebooks are clean: no outputs, no execution counts, Deno metadata", async () => {
  assert.ok(notebooks.length > 0);
  for (const path of notebooks) {
    const notebook = await read(path);
    const name = notebookLabel(path);
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
    const [name, label] = [basename(path), notebookLabel(path)];
    assert.match(name, /^\d\d_[a-z0-9_]+\.ipynb$/, `${label}: numbered, lower-case name`);
    assert.notEqual(describeNotebook(await read(path)).title, "Untitled", `${label}: no # title`);
    const expectations = chinese.includes(path) ? EXPECTATIONS_ZH : EXPECTATIONS;
    assert.ok(
      Object.keys(expectations[name] ?? {}).length,
      `${label}: add its expected outputs to test/expectations/${label.replace(/ipynb$/, "ts")}`,
    );
  }
});

Deno.test("every English notebook has a Chinese twin whose code is in step with it", async () => {
  assert.deepEqual(chinese.map((p) => basename(p)), english.map((p) => basename(p)));
  for (const path of chinese) {
    const twin = join(dirname(dirname(path)), basename(path));
    const differences = editionDifferences((await read(twin)).cells, (await read(path)).cells);
    assert.deepEqual(differences, [], `${notebookLabel(path)}`);
  }
});

/** Letters of a Markdown cell's prose: code, maths, links' targets and HTML tags left out. */
function proseLetters(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```|`[^`]*`|\$\$[\s\S]*?\$\$|\$[^$]*\$|\]\([^)]*\)|<[^>]+>/g, "")
    .replace(/[^\p{L}]/gu, "");
}

Deno.test("every Chinese notebook speaks Chinese: its library, its prose and its solutions", async () => {
  for (const path of chinese) {
    const label = notebookLabel(path);
    const cells = (await read(path)).cells;
    const firstCode = cells.find((cell) => cell.cell_type === "code");
    assert.ok(
      firstCode && cellSource(firstCode).split("\n").includes(CHINESE_LINE),
      `${label}: its first code cell must select Chinese with ${CHINESE_LINE}`,
    );
    for (const [i, cell] of cells.entries()) {
      if (cell.cell_type !== "markdown") continue;
      const letters = proseLetters(cellSource(cell));
      const latin = letters.replace(/[^a-z]/gi, "").length;
      assert.ok(
        latin < 40 || /\p{Script=Han}/u.test(letters),
        `${label}, cell ${i + 1}: prose in English ("${cellSource(cell).slice(0, 60)}…")`,
      );
      assert.ok(
        !/<summary>\s*Solution/.test(cellSource(cell)),
        `${label}, cell ${i + 1}: a solution's summary says "Solution", not "答案"`,
      );
    }
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

Deno.test("inChinese() rewrites the patterns it names and refuses a name no expectation has", () => {
  const english = {
    count: [
      {
        description: "the count",
        text: /(\d+) digits/,
        accept: (m: RegExpMatchArray) => m[1] === "7",
      },
      { description: "a chart", mime: "image/svg+xml" },
    ],
  };
  const chinese = inChinese(english, { "the count": /(\d+) 个数字/ }, {
    count: [{ description: "in Chinese", text: /数字/ }],
  });
  const cell = (text: string): Notebook => ({
    metadata: {},
    cells: [{
      cell_type: "code",
      id: "count",
      source: "",
      outputs: [{ output_type: "stream", text }],
    }],
  });
  assert.ok(meets(cell("7 个数字"), "count", chinese.count[0]));
  assert.equal(
    meets(cell("8 个数字"), "count", chinese.count[0]),
    false,
    "the English check stays",
  );
  assert.equal(meets(cell("7 digits"), "count", chinese.count[0]), false);
  assert.deepEqual(chinese.count[1], english.count[1]);
  assert.equal(chinese.count[2].description, "in Chinese");
  assert.throws(() => inChinese(english, { "the cont": /x/ }), /No English expectation .*the cont/);
});
