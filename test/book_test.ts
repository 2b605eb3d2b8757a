import assert from "node:assert/strict";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import {
  BookError,
  type BookPage,
  COURSE_TITLE,
  describeMachine,
  describeNotebook,
  indexPage,
  layoutPage,
  machinePaths,
  machinePathsInOutputs,
  pageHeadings,
  pageTitle,
  recordedNote,
  renderBook,
  summarize,
} from "../cli/book.ts";
import { executeNotebooks, findJupyterPython, ROOT } from "../cli/_jupyter.ts";
import { checkBook } from "./_book_check.ts";
import { browserMissing } from "./_browser.ts";
import { writeFixture } from "./_notebooks.ts";

const markdown = (source: string) => ({ cell_type: "markdown", source });

Deno.test("an index summary stands alone: no dangling colon, no pointing at the page below", () => {
  assert.equal(
    summarize(
      "A network guesses. Learning changes its numbers.\nThis notebook builds three ideas:",
    ),
    "A network guesses. Learning changes its numbers.",
  );
  assert.equal(
    summarize("The real test is your handwriting. Below is a drawing pad: draw a digit."),
    "The real test is your handwriting.",
  );
  assert.equal(
    summarize(
      "Between layers the network applies a function: ReLU, which keeps positives. See why.",
    ),
    "Between layers the network applies a function: ReLU, which keeps positives. See why.",
  );
  assert.equal(
    summarize("Everything it offers comes from one import:"),
    "Everything it offers comes from one import.",
  );
  assert.equal(
    summarize("Everything comes together here: the network of notebook 02. This is the recipe:"),
    "Everything comes together here: the network of notebook 02.",
  );
  const { title, summary } = describeNotebook({
    cells: [
      markdown(
        "# 05 · Loss\n\n| a | b |\n| - | - |\n\nA network starts random. It learns this way:",
      ),
      markdown("1. a loss;\n2. a gradient."),
    ],
  });
  assert.deepEqual({ title, summary }, { title: "05 · Loss", summary: "A network starts random." });
});

Deno.test("a page's browser title is the notebook's title and the course's name", () => {
  assert.equal(pageTitle("06 · The *training* loop"), `06 · The training loop — ${COURSE_TITLE}`);
});

Deno.test("a page's contents are the headings of its Markdown cells, not a chart's title", () => {
  const html = `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell">
<h1 id="06-·-Title">06 · Title<a class="anchor-link" href="#06-·-Title">¶</a></h1>
<h2 id="The-loop">The <code>loop</code><a class="anchor-link" href="#The-loop">¶</a></h2></div>
<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><figure><h2>Accuracy</h2><svg></svg></figure></div>
<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><h3 id="Why">Why<a class="anchor-link" href="#Why">¶</a></h3></div>`;
  assert.deepEqual(pageHeadings(html), [
    { level: 2, id: "The-loop", html: "The <code>loop</code>" },
    { level: 3, id: "Why", html: "Why" },
  ]);
});

Deno.test("paths of the build machine are found in outputs, with the notebook and the cell", () => {
  const places = ["/work/course", "/home/ada", "/tmp"];
  assert.deepEqual(
    machinePaths(
      "saved in /tmp/run-1/data/mnist.weights.json. Read /work/course/lib/mod.ts:3:1 and " +
        "(/home/ada/.cache/x) but not data/mnist.weights.json, https://x.org/tmp/a or /work/courses",
      places,
    ),
    ["/work/course/lib/mod.ts:3:1", "/home/ada/.cache/x", "/tmp/run-1/data/mnist.weights.json"],
  );
  const notebook = {
    cells: [
      markdown("# Title, with /tmp/in/prose: that is fine"),
      { cell_type: "code", source: "", outputs: [{ output_type: "stream", text: ["ok\n"] }] },
      {
        cell_type: "code",
        source: "",
        outputs: [{
          output_type: "display_data",
          data: { "text/markdown": "Saved in /tmp/x/w.json." },
        }],
      },
    ],
  };
  assert.deepEqual(machinePathsInOutputs("06.ipynb", notebook, places), [
    "06.ipynb, cell 3: /tmp/x/w.json",
  ]);
});

Deno.test("the book refuses to render an output that shows a path of the build machine", async () => {
  const dir = await Deno.makeTempDir({ prefix: "book-paths-" });
  const path = join(dir, "06_loop.ipynb");
  await Deno.writeTextFile(
    path,
    JSON.stringify({
      cells: [
        markdown("# 06 · Loop"),
        {
          cell_type: "code",
          source: "save()",
          outputs: [{
            output_type: "stream",
            name: "stdout",
            text: [`saved in ${ROOT}data/w.json\n`],
          }],
        },
      ],
    }),
  );
  await assert.rejects(
    () => renderBook([path], join(dir, "book")),
    (error: Error) =>
      error instanceof BookError &&
      error.message.includes(`06_loop.ipynb, cell 2: ${ROOT}data/w.json`),
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("each page says when and on what machine its outputs were recorded", () => {
  const machine = describeMachine();
  assert.match(
    machine,
    new RegExp(`\\d+ cores?.*Deno ${Deno.version.deno.replaceAll(".", "\\.")}$`),
  );
  assert.equal(
    recordedNote(new Date("2026-11-28T10:00:00Z"), "Debian 12, 2 cores, Deno 2.9.6"),
    "Outputs recorded on 2026-11-28 on Debian 12, 2 cores, Deno 2.9.6: timings and anything " +
      "random describe that machine, not yours.",
  );
});

const PAGES: BookPage[] = ["00 · Set-up", "01 · Matrices", "02 · Layers"].map((title, i) => ({
  file: `0${i}_page.html`,
  notebook: `0${i}_page.ipynb`,
  title,
  summary: `Summary of ${title}.`,
  headings: [{ level: 2, id: `Section-${i}`, html: `Section ${i}` }],
  recorded: "Outputs recorded on 2026-11-28 on a test machine.",
}));

Deno.test("a page gets its title, the sidebar, its notes and contents under the title, and neighbours", () => {
  const html = `<html><head><title>01_page</title></head><body class="jp-Notebook book-page">
<!--book:topbar--><div class="book-layout"><!--book:sidebar--><main class="book-main" id="book-content">
<!--book:meta--><div class="jp-Cell jp-MarkdownCell"><h1 id="t">01 · Matrices</h1>
<p>See <a href="02_page.ipynb#Section-2">notebook 02</a> and <a href="other.ipynb">another</a>.</p></div>
<!--book:footer--></main></div></body></html>`;
  const page = layoutPage(html, PAGES, 1);
  assert.match(page, /<html lang="en">/);
  assert.match(page, new RegExp(`<title>01 · Matrices — ${COURSE_TITLE}</title>`));
  assert.match(page, /<li class="book-current"><a href="01_page.html" aria-current="page">/);
  assert.match(page, /<ol class="book-sections">\n<li class="book-h2"><a href="#Section-1">/);
  assert.match(page, /<\/h1><div class="book-meta">/, "the notes come right under the title");
  assert.match(
    page,
    /href="..\/..\/notebooks\/01_page.ipynb"><code>notebooks\/01_page.ipynb<\/code>/,
  );
  assert.match(page, /deno task lab/);
  assert.match(page, /Outputs recorded on 2026-11-28/);
  assert.match(page, /<nav class="book-toc" aria-label="On this page">/);
  assert.match(page, /rel="prev" href="00_page.html">.*Set-up/);
  assert.match(page, /rel="next" href="02_page.html">.*Layers/);
  assert.ok(!page.includes("<!--book:"), "every slot is filled");
  assert.match(
    page,
    /See <a href="02_page.html#Section-2">notebook 02<\/a> and <a href="other.ipynb">/,
  );

  const index = indexPage(PAGES, "Outputs recorded on 2026-11-28.");
  for (const p of PAGES) assert.ok(index.includes(`<a href="${p.file}">`));
  assert.match(index, /id="run-it-yourself"/);
});

// The browser test of a small book: needs Jupyter (to execute and render) and Chromium.
const jupyterMissing = await findJupyterPython().then(() => null, (error: Error) => error.message);
const missing = jupyterMissing ?? browserMissing();
if (missing && Deno.env.get("CI")) {
  throw new Error(`CI must run the book's browser test, but ${missing}`);
}

/** An Observable Plot chart as SVG, drawn the way the course draws them (into linkedom). */
function chart(options: Plot.PlotOptions): string {
  // deno-lint-ignore no-explicit-any
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>") as any;
  return Plot.plot({ ...options, document }).outerHTML
    .replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"');
}

/** A code cell that shows a MIME bundle. */
const show = (bundle: Record<string, string>) =>
  `await Deno.jupyter.display(${JSON.stringify(bundle)}, { raw: true });`;

/** Writes a notebook of Markdown (lines starting `# `, `## ` or `<`) and code cells. */
async function writeNotebook(dir: string, name: string, cells: string[]): Promise<string> {
  const path = await writeFixture(dir, name, cells);
  const notebook = JSON.parse(await Deno.readTextFile(path));
  notebook.cells = notebook.cells.map((cell: { source: string }) =>
    /^(#|<)/.test(cell.source) ? { cell_type: "markdown", metadata: {}, source: cell.source } : cell
  );
  await Deno.writeTextFile(path, JSON.stringify(notebook));
  return path;
}

// A 2 × 2 PNG.
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGD4zwAAAgQBAKY2EpsAAAAASUVORK5CYII=";

Deno.test({
  name:
    "the browser check passes a good page and catches marks outside the frame, cut-off labels, " +
    "broken images, a page too wide for a phone, a build path and a missing glyph",
  ignore: missing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "book-check-" });
    const small = { width: 360, height: 200 };
    const good = await writeNotebook(dir, "01_good.ipynb", [
      "# 01 · A good page\n\nA chart, a picture and some prose: all of it fits.",
      "## A chart",
      show({
        "image/svg+xml": chart({
          ...small,
          y: { grid: true },
          marks: [
            Plot.lineY([1, 3, 2, 5]),
            Plot.dot([1, 3, 2, 5], { x: (_, i) => i, y: (d) => d }),
            Plot.ruleY([0]),
          ],
        }),
      }),
      "## A picture",
      show({ "image/png": PNG }),
      'console.log("hello from the kernel");',
    ]);
    const bad = await writeNotebook(dir, "02_bad.ipynb", [
      "# 02 · A page with defects\n\nA sign no font has: \u0378.",
      '<div style="width: 600px; background: #eee">A box wider than a phone</div>',
      show({
        "image/svg+xml": chart({
          ...small,
          y: { domain: [0, 1] },
          marks: [Plot.lineY([0.2, 0.5, 1.8])],
        }),
      }),
      show({
        "image/svg+xml": chart({ ...small, marginLeft: 10, marks: [Plot.lineY([0, 16000])] }),
      }),
      show({ "image/png": "bm90IGEgcG5n" }),
      'console.log("ok");',
    ]);
    const result = await executeNotebooks([good, bad], { outDir: join(dir, "executed") });
    assert.ok(result.ok, result.log);
    const site = join(dir, "book");
    await renderBook(result.executed, site);

    const goodPage = await Deno.readTextFile(join(site, "01_good.html"));
    assert.ok(!/<(script|link)[^>]+(src|href)="https?:/.test(goodPage), "nothing from a network");
    // An output that shows a build path (renderBook refuses those; here one is slipped in after).
    const badPage = join(site, "02_bad.html");
    await Deno.writeTextFile(
      badPage,
      (await Deno.readTextFile(badPage)).replace(
        ">ok\n<",
        `>saved in ${Deno.env.get("HOME")}/w.json\n<`,
      ),
    );

    const problems = await checkBook(site);
    const on = (file: string) => problems.filter((p) => p.startsWith(`${file}: `));
    assert.deepEqual(on("01_good.html"), [], "a good page passes");
    assert.deepEqual(on("index.html"), []);
    const expected = [
      /^02_bad\.html: cell 3, chart 1: the line is drawn outside its frame: \d+ px above it$/,
      /^02_bad\.html: cell 4, chart 1: the y-axis tick label "1\d,000" \(and \d+ more\) is cut off: it reaches \d+ px outside the chart$/,
      /^02_bad\.html: cell 5: an image does not load \(data:image\/png;base64,bm90IGEgcG5n\)$/,
      /^02_bad\.html: the page is \d+ px wide on a 390 px screen: cell 2, <div> 600 px wide \("A box wider than a phone"\)$/,
      /^02_bad\.html: cell 6: an output shows a path of the machine that built the book: .*\/w\.json$/,
      /^02_bad\.html \(cell 1\): "\u0378" \(U\+0378\) has no glyph in the installed fonts/,
    ];
    for (const pattern of expected) {
      assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join("\n")}`);
    }
    assert.equal(problems.length, expected.length, problems.join("\n"));
    await Deno.remove(dir, { recursive: true });
  },
});
