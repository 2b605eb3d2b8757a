import assert from "node:assert/strict";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { BookError, renderBook } from "../cli/book.ts";
import { describeNotebook, pageHeadings, summarize } from "../cli/_book_text.ts";
import {
  type BookEdition,
  type BookPage,
  indexPage,
  layoutPage,
  pageTitle,
} from "../cli/_book_layout.ts";
import { BOOK_WORDS } from "../cli/_book_words.ts";
import { describeMachine, machinePaths, machinePathsInOutputs } from "../cli/_machine.ts";
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

Deno.test("a Chinese summary stands alone too, without the spaces its line breaks leave", () => {
  assert.equal(
    summarize("网络一开始只会瞎猜，\n学习就是改变它的数字。下面是这个笔记本的三个想法："),
    "网络一开始只会瞎猜，学习就是改变它的数字。",
  );
  assert.equal(summarize("下面是画板：画一个数字。"), "下面是画板：画一个数字。");
  assert.equal(summarize("一切都来自一次导入："), "一切都来自一次导入。");
  assert.equal(summarize("图像是矩阵。它有 28 行。"), "图像是矩阵。它有 28 行。");
});

Deno.test("a page's browser title is the notebook's title and the course's name", () => {
  assert.equal(
    pageTitle("06 · The *training* loop", BOOK_WORDS.en),
    "06 · The training loop — Neural networks from scratch",
  );
  assert.equal(pageTitle("06 · 训练循环", BOOK_WORDS.zh), "06 · 训练循环 — 从零开始的神经网络");
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
    () => renderBook({ en: [path] }, join(dir, "book")),
    (error: Error) =>
      error instanceof BookError &&
      error.message.includes(`06_loop.ipynb, cell 2: ${ROOT}data/w.json`),
  );
  await Deno.remove(dir, { recursive: true });
});

Deno.test("each page says when and on what machine its outputs were recorded", () => {
  const machine = describeMachine();
  assert.equal(machine.deno, Deno.version.deno);
  assert.ok(machine.cores >= 1 && machine.os.length > 0);
  const debian = {
    os: "Debian 12",
    cpu: "AMD EPYC",
    cores: 2,
    memoryGiB: 24,
    deno: "2.9.6",
  };
  assert.equal(
    BOOK_WORDS.en.machine(debian),
    "Debian 12, AMD EPYC, 2 cores, 24 GiB of memory, Deno 2.9.6",
  );
  assert.equal(BOOK_WORDS.zh.machine(debian), "Debian 12，AMD EPYC，2 核，24 GiB 内存，Deno 2.9.6");
  assert.equal(
    BOOK_WORDS.en.machine({ os: "Linux 6.1", cores: 1, deno: "2.9.6" }),
    "Linux 6.1, 1 core, Deno 2.9.6",
  );
  assert.equal(
    BOOK_WORDS.en.recorded("2026-11-28", "Debian 12, 2 cores, Deno 2.9.6"),
    "Outputs recorded on 2026-11-28 on Debian 12, 2 cores, Deno 2.9.6: timings and anything " +
      "random describe that machine, not yours.",
  );
  assert.match(BOOK_WORDS.zh.recorded("2026-11-28", "Debian 12"), /^输出记录于 2026-11-28，/);
});

const PAGES: BookPage[] = ["00 · Set-up", "01 · Matrices", "02 · Layers"].map((title, i) => ({
  file: `0${i}_page.html`,
  notebook: `0${i}_page.ipynb`,
  title,
  summary: `Summary of ${title}.`,
  headings: [{ level: 2, id: `Section-${i}`, html: `Section ${i}` }],
  recorded: "Outputs recorded on 2026-11-28 on a test machine.",
}));

/** The English edition of a book that also has a Chinese one, with every page but the last. */
const ENGLISH: BookEdition = {
  words: BOOK_WORDS.en,
  sourceBase: "../../notebooks/",
  sourceFolder: "notebooks/",
  assets: "",
  other: { base: "zh/", files: new Set(["index.html", "00_page.html", "01_page.html"]) },
};

const PAGE_HTML = `<html><head><title>01_page</title></head><body class="jp-Notebook book-page">
<!--book:topbar--><div class="book-layout"><!--book:sidebar--><main class="book-main" id="book-content">
<!--book:meta--><div class="jp-Cell jp-MarkdownCell"><h1 id="t">01 · Matrices</h1>
<p>See <a href="02_page.ipynb#Section-2">notebook 02</a> and <a href="other.ipynb">another</a>.</p></div>
<!--book:footer--></main></div></body></html>`;

Deno.test("a page gets its title, the sidebar, its notes and contents under the title, and neighbours", () => {
  const page = layoutPage(PAGE_HTML, PAGES, 1, ENGLISH);
  assert.match(page, /<html lang="en">/);
  assert.match(page, /<title>01 · Matrices — Neural networks from scratch<\/title>/);
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

  const index = indexPage(PAGES, "Outputs recorded on 2026-11-28.", ENGLISH);
  for (const p of PAGES) assert.ok(index.includes(`<a href="${p.file}">`));
  assert.match(index, /id="run-it-yourself"/);
});

Deno.test("each page links to its twin in the other edition, and a Chinese page speaks Chinese", () => {
  const english = layoutPage(PAGE_HTML, PAGES, 1, ENGLISH);
  const toChinese =
    /<a class="book-language" href="zh\/01_page.html" hreflang="zh-CN"[^>]*>中文<\/a>/g;
  assert.equal(english.match(toChinese)?.length, 2, "in the sidebar and in the phone's top bar");
  assert.ok(
    !layoutPage(PAGE_HTML, PAGES, 2, ENGLISH).includes("book-language"),
    "no twin, no link",
  );
  assert.match(indexPage(PAGES, "", ENGLISH), /href="zh\/index.html" hreflang="zh-CN"/);

  const chinese: BookEdition = {
    words: BOOK_WORDS.zh,
    sourceBase: "../../../notebooks/zh/",
    sourceFolder: "notebooks/zh/",
    assets: "../",
    other: { base: "../", files: new Set(["index.html", "01_page.html"]) },
  };
  const html = PAGE_HTML.replace(
    "<head>",
    '<head><link rel="stylesheet" href="katex/katex.min.css"><script src="katex/katex.min.js">' +
      '</script><link rel="stylesheet" href="book.css">',
  ).replace(
    "</main>",
    '</main><a class="book-skip" href="#book-content">Skip to the text</a>' +
      '<script src="book.js"></script>',
  );
  const page = layoutPage(html, PAGES, 1, chinese);
  assert.match(page, /<html lang="zh-CN">/);
  assert.match(page, /<title>01 · Matrices — 从零开始的神经网络<\/title>/);
  assert.match(page, /href="..\/katex\/katex.min.css".*src="..\/katex\/katex.min.js"/s);
  assert.match(page, /href="..\/book.css".*src="..\/book.js"/s);
  assert.match(page, />跳到正文</);
  assert.match(page, /data-copy="复制" data-copied="已复制" data-copy-label="复制这段代码"/);
  assert.match(
    page,
    /href="..\/..\/..\/notebooks\/zh\/01_page.ipynb"><code>notebooks\/zh\/01_page/,
  );
  assert.match(page, /deno task lab --zh/);
  assert.match(page, /aria-label="本页内容"/);
  assert.match(page, /<span class="book-dir">上一章<\/span>/);
  assert.match(page, /<a class="book-language" href="..\/01_page.html" hreflang="en"[^>]*>English/);
  assert.match(indexPage(PAGES, "", chinese), /<html lang="zh-CN">[\s\S]*href="..\/book.css"/);
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
      "# 02 · A page with defects\n\nA sign no font has: \u0378. Links to [a page the book lacks]" +
      "(03_gone.html) and [a section page 01 lacks](01_good.html#Nowhere).",
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
    // The same good page in a Chinese edition too, to check the links between the editions.
    await renderBook({ en: result.executed, zh: [result.executed[0]] }, site);

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
    assert.deepEqual(on("zh/01_good.html"), [], "the Chinese twin and the links to it work");
    assert.deepEqual(on("zh/index.html"), []);
    const expected = [
      /^02_bad\.html: cell 3, chart 1: the line is drawn outside its frame: \d+ px above it$/,
      /^02_bad\.html: cell 4, chart 1: the y-axis tick label "1\d,000" \(and \d+ more\) is cut off: it reaches \d+ px outside the chart$/,
      /^02_bad\.html: cell 5: an image does not load \(data:image\/png;base64,bm90IGEgcG5n\)$/,
      /^02_bad\.html: the page is \d+ px wide on a 390 px screen: cell 2, <div> 600 px wide \("A box wider than a phone"\)$/,
      /^02_bad\.html: cell 6: an output shows a path of the machine that built the book: .*\/w\.json$/,
      /^02_bad\.html \(cell 1\): "\u0378" \(U\+0378\) has no glyph in the installed fonts/,
      /^02_bad\.html: a link leads to 03_gone\.html, which the book does not have$/,
      /^02_bad\.html: a link leads to 01_good\.html#Nowhere, which that page does not have$/,
    ];
    for (const pattern of expected) {
      assert.ok(problems.some((p) => pattern.test(p)), `${pattern} in:\n${problems.join("\n")}`);
    }
    assert.equal(problems.length, expected.length, problems.join("\n"));
    await Deno.remove(dir, { recursive: true });
  },
});
