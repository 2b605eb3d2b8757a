/**
 * `deno task book`: executes every notebook and renders the course as a static site in
 * `build/book/`, a book to read in a browser on a laptop or a phone: one page per notebook, with a
 * sidebar listing the course, a contents list of the page's sections, the notebook's source and
 * how to run it, a note saying when and on what machine the outputs were recorded, every chart
 * and picture inline, a copy button on each code cell, and the maths typeset by a local copy of
 * KaTeX; and an index page. It reads offline: nothing is fetched from a network.
 *
 * @module
 */
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { executeNotebooks, findJupyterPython, listNotebooks, ROOT } from "./_jupyter.ts";
import { CommandError, runCommand } from "./_command.ts";
import { cellSource } from "./_notebook.ts";

/** Where the site is written (git-ignored). */
export const BOOK_DIR: string = join(ROOT, "build", "book");
/** The course's name, as the book shows it. */
export const COURSE_TITLE = "Neural networks from scratch";
const ASSETS = join(ROOT, "cli", "book");
const TEMPLATE = join(ASSETS, "page.html.j2");

/** The parts of a notebook the book reads. */
export interface BookNotebook {
  cells: {
    cell_type: string;
    source: string | string[];
    outputs?: {
      output_type: string;
      text?: string | string[];
      data?: Record<string, unknown>;
      traceback?: string[];
    }[];
  }[];
}

/** A notebook's title (its first Markdown heading) and a summary for the index (Markdown). */
export function describeNotebook(notebook: BookNotebook): { title: string; summary: string } {
  const markdown = notebook.cells.filter((c) => c.cell_type === "markdown").map(cellSource).join(
    "\n\n",
  );
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? "Untitled";
  const paragraph = markdown.split(/\n\s*\n/).map((p) => p.trim())
    .find((p) => p && !/^(#|[-*+|>]|\d+[.)]\s|```|\$\$|<)/.test(p)) ?? "";
  return { title, summary: summarize(paragraph) };
}

/**
 * A paragraph made to stand alone in a list of chapters: the sentences that point at what follows
 * on the page ("…the tutorial's recipe:", "Below is a drawing pad…") are left out, and a paragraph
 * that is nothing but such a sentence ends with a full stop instead of a colon.
 */
export function summarize(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, " ").trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z*_[(`"“])/);
  if (sentences.length > 1 && sentences.at(-1)!.endsWith(":")) sentences.pop();
  const kept = sentences.filter((s) =>
    !/^(Below|Above|Here (is|are)|The (cells?|code|output) below)\b/i.test(s)
  );
  return (kept.length > 0 ? kept.join(" ") : text).replace(/\s*:$/, ".");
}

/** Markdown as plain text, for the index: links keep their words, tags and marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*_`$]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A page's title in the browser's tab: "06 · The training loop — Neural networks from scratch". */
export function pageTitle(title: string): string {
  return `${plainText(title)} — ${COURSE_TITLE}`;
}

/** A section heading of a page, for its contents list. */
export interface Heading {
  /** 2 for a section (`##`), 3 for a subsection (`###`). */
  level: number;
  /** The heading's anchor. */
  id: string;
  /** The heading's inner HTML, without its ¶ anchor link. */
  html: string;
}

/**
 * The sections (`##`) and subsections (`###`) of a page rendered by nbconvert, in order. Only
 * the notebook's Markdown cells count: a heading that an output shows (a chart's title) is not a
 * section of the page.
 */
export function pageHeadings(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const cell of html.split(/(?=<div class="jp-Cell )/)) {
    if (!cell.startsWith('<div class="jp-Cell jp-MarkdownCell')) continue;
    for (const match of cell.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
      const inner = match[3].replace(/<a class="anchor-link"[\s\S]*?<\/a>/g, "").trim();
      headings.push({ level: Number(match[1]), id: match[2], html: inner });
    }
  }
  return headings;
}

/**
 * The folders of this machine that an output must not show: the course's folder, the home
 * folder and the temporary folders. (A reader's machine has other folders: a path of the build
 * machine tells them nothing, and tells everyone about that machine.)
 */
export function machinePlaces(): string[] {
  const places = [ROOT, Deno.env.get("HOME"), Deno.env.get("TMPDIR"), "/tmp"]
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/\/+$/, ""))
    .filter((p) => p.length > 1);
  return [...new Set(places)];
}

/**
 * The absolute paths under any of `places` that `text` contains (place by place, each in order of
 * appearance). A place counts only as a whole path: not inside a word, a longer path or base64.
 */
export function machinePaths(text: string, places: string[] = machinePlaces()): string[] {
  const found: string[] = [];
  for (const place of places) {
    const escaped = place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(
      `(?<![\\w.~+/-])${escaped}(?=$|[/\\s"'<>)\\],;:]|\\.(?!\\w))[^\\s"'<>)\\]]*`,
      "g",
    );
    for (const match of text.matchAll(pattern)) {
      found.push(match[0].replace(/[.,;:]+$/, ""));
    }
  }
  return [...new Set(found)];
}

/** The texts of a cell's outputs: stream text, error tracebacks, and every textual MIME type. */
function outputTexts(cell: BookNotebook["cells"][number]): string[] {
  const join = (t: unknown) => Array.isArray(t) ? t.join("") : typeof t === "string" ? t : "";
  return (cell.outputs ?? []).flatMap((output) => [
    join(output.text),
    join(output.traceback),
    ...Object.entries(output.data ?? {})
      .filter(([mime]) => !mime.startsWith("image/png") && !mime.startsWith("image/jpeg"))
      .map(([, value]) =>
        typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : join(value)
      ),
  ]).filter((t) => t);
}

/** "NAME.ipynb, cell N: PATH" for each output of the notebook that shows a path of this machine. */
export function machinePathsInOutputs(
  name: string,
  notebook: BookNotebook,
  places: string[] = machinePlaces(),
): string[] {
  return notebook.cells.flatMap((cell, index) =>
    [...new Set(outputTexts(cell).flatMap((text) => machinePaths(text, places)))]
      .map((path) => `${name}, cell ${index + 1}: ${path}`)
  );
}

/** The book cannot be rendered as it is; the message says what to change. */
export class BookError extends CommandError {
  override name = "BookError";
}

/**
 * The machine the outputs were recorded on, for the note at the top of each page: operating
 * system, processor, cores, memory and Deno's version, as far as this machine tells.
 */
export function describeMachine(): string {
  const read = (path: string) => {
    try {
      return Deno.readTextFileSync(path);
    } catch {
      return "";
    }
  };
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(read("/etc/os-release"))?.[1] ??
    `${Deno.build.os} ${Deno.osRelease()}`;
  const cpu = /^(?:model name|Model|Hardware)\s*:\s*(.+)$/m.exec(read("/proc/cpuinfo"))?.[1]
    .replace(/\((R|TM)\)/gi, "").replace(/\s+/g, " ").trim();
  const cores = navigator.hardwareConcurrency;
  let memory = "";
  try {
    memory = `${Math.round(Deno.systemMemoryInfo().total / 2 ** 30)} GiB of memory`;
  } catch {
    // Not allowed to ask: leave it out.
  }
  return [
    os,
    cpu,
    `${cores} ${cores === 1 ? "core" : "cores"}`,
    memory,
    `Deno ${Deno.version.deno}`,
  ]
    .filter((part) => part).join(", ");
}

/** The note on each page that its outputs were recorded once, on the machine that built it. */
export function recordedNote(date: Date, machine: string): string {
  return `Outputs recorded on ${date.toISOString().slice(0, 10)} on ${machine}: timings and ` +
    `anything random describe that machine, not yours.`;
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/** One page of the book, as the sidebar, the index and the page itself show it. */
export interface BookPage {
  /** The page's file, such as `08_training_loop.html`. */
  file: string;
  /** The notebook's file, such as `08_training_loop.ipynb`. */
  notebook: string;
  /** The notebook's title (its first `#` heading, Markdown). */
  title: string;
  /** Its summary for the index (Markdown). */
  summary: string;
  /** Its sections, for the contents lists. */
  headings: Heading[];
  /** The note saying when and where its outputs were recorded. */
  recorded: string;
}

/** "06 · The training loop" as a number and a name, for the sidebar. */
function numbered(title: string): string {
  const match = /^(\d+)\s*[·.:—–-]\s*(.+)$/.exec(plainText(title));
  return match
    ? `<span class="book-num">${escapeHtml(match[1])}</span> ${escapeHtml(match[2])}`
    : escapeHtml(plainText(title));
}

function contentsList(headings: Heading[], className: string): string {
  if (headings.length === 0) return "";
  const items = headings.map((h) =>
    `<li class="book-h${h.level}"><a href="#${escapeHtml(h.id)}">${h.html}</a></li>`
  ).join("\n");
  return `<ol class="${className}">\n${items}\n</ol>`;
}

/** The sidebar: the course's pages, the current one highlighted with its sections under it. */
export function sidebar(pages: BookPage[], current: number | null): string {
  const items = pages.map((page, i) =>
    i === current
      ? `<li class="book-current"><a href="${page.file}" aria-current="page">${
        numbered(page.title)
      }</a>\n${contentsList(page.headings, "book-sections")}</li>`
      : `<li><a href="${page.file}">${numbered(page.title)}</a></li>`
  ).join("\n");
  return `<nav class="book-sidebar" id="book-sidebar" aria-label="The course">
<a class="book-home" href="index.html"${current === null ? ' aria-current="page"' : ""}>${
    escapeHtml(COURSE_TITLE)
  }</a>
<ol class="book-chapters">
${items}
</ol>
<p class="book-sidebar-foot"><a href="index.html#run-it-yourself">Run the notebooks yourself</a></p>
</nav>`;
}

/** The bar at the top of a narrow screen: the menu button and the course's name. */
function topbar(): string {
  return `<header class="book-topbar">
<button type="button" class="book-menu" aria-controls="book-sidebar" aria-expanded="false">` +
    `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M2 3.5h12M2 8h12M2 12.5h12" ` +
    `stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg> Contents</button>
<a class="book-topbar-title" href="index.html">${escapeHtml(COURSE_TITLE)}</a>
</header>`;
}

/** Where a page's notebook is, relative to the page (the book is built in `build/book/`). */
const SOURCE_BASE = "../../notebooks/";

/**
 * One page of the book from nbconvert's HTML: the browser's title, the sidebar, the source and
 * recording notes and the contents list under the page's title, previous and next links at the
 * end.
 */
export function layoutPage(html: string, pages: BookPage[], index: number): string {
  const page = pages[index];
  const meta = `<div class="book-meta">
<p class="book-source">Source: <a href="${SOURCE_BASE}${
    escapeHtml(page.notebook)
  }"><code>notebooks/${
    escapeHtml(page.notebook)
  }</code></a> — run it locally with <code>deno task lab</code> (<a href="index.html#run-it-yourself">how</a>).</p>
<p class="book-recorded">${escapeHtml(page.recorded)}</p>
</div>
${
    page.headings.length
      ? `<nav class="book-toc" aria-label="On this page"><p class="book-toc-title">On this page</p>\n${
        contentsList(page.headings, "book-toc-list")
      }</nav>`
      : ""
  }`;
  const link = (target: BookPage | undefined, rel: string, label: string) =>
    target
      ? `<a class="book-${rel}" rel="${rel}" href="${target.file}"><span class="book-dir">${label}</span>${
        numbered(target.title)
      }</a>`
      : "<span></span>";
  const footer = `<nav class="book-pager" aria-label="Previous and next">${
    link(pages[index - 1], "prev", "Previous")
  }${link(pages[index + 1], "next", "Next")}</nav>`;
  const notebooks = new Set(pages.map((p) => p.notebook));
  let out = html
    .replace(/<html>/, '<html lang="en">')
    // A link from one notebook to another leads to that notebook's page.
    .replace(
      /href="(?:\.\/)?([\w.-]+\.ipynb)(#[^"]*)?"/g,
      (link, name: string, anchor = "") =>
        notebooks.has(name) ? `href="${name.replace(/\.ipynb$/, ".html")}${anchor}"` : link,
    )
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(pageTitle(page.title))}</title>`)
    .replace("<!--book:topbar-->", topbar())
    .replace("<!--book:sidebar-->", sidebar(pages, index))
    .replace("<!--book:footer-->", footer);
  const h1 = out.indexOf("</h1>", out.indexOf('id="book-content"'));
  if (h1 >= 0) out = out.slice(0, h1 + 5) + meta + out.slice(h1 + 5);
  return out.replace("<!--book:meta-->", h1 >= 0 ? "" : meta);
}

/** The index page: the course's pages in order with their summaries, and how to run them. */
export function indexPage(pages: BookPage[], recorded: string): string {
  const items = pages.map((p) =>
    `<li><a href="${p.file}">${numbered(p.title)}</a>\n<p>${
      escapeHtml(plainText(p.summary))
    }</p></li>`
  ).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(COURSE_TITLE)}: MNIST in TypeScript</title>
<link rel="stylesheet" href="book.css">
</head>
<body class="book-index">
<a class="book-skip" href="#book-content">Skip to the text</a>
${topbar()}
<div class="book-layout">
${sidebar(pages, null)}
<main class="book-main" id="book-content">
<div class="book-article">
<h1>${escapeHtml(COURSE_TITLE)}</h1>
<p class="book-lead">From pixels to a trained MNIST digit recogniser, in TypeScript notebooks run by
Deno. Each chapter builds on the ones before it: read them in order.</p>
<ol class="book-index-list">
${items}
</ol>
<h2 id="run-it-yourself">Run it yourself</h2>
<p>Every chapter is a Jupyter notebook in the course's <code>notebooks/</code> folder, and this book
shows them as they ran once. To run them yourself (and change them), install
<a href="https://docs.deno.com/runtime/getting_started/installation/">Deno 2</a> and Jupyter
(<code>pip install jupyterlab</code>), then in the course's folder:</p>
<pre class="book-shell"><code>deno task lab     # opens the notebooks in JupyterLab with the Deno kernel
deno task book    # executes every notebook again and rebuilds this book</code></pre>
<p>The README has the details, and how to use VS Code instead.</p>
<p class="book-recorded">${escapeHtml(recorded)}</p>
</div>
</main>
</div>
<script src="book.js"></script>
</body>
</html>
`;
}

async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) await copyDir(join(from, entry.name), join(to, entry.name));
    else await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

/**
 * Renders executed notebooks (in reading order) into `outDir` with nbconvert and the course's
 * template, lays each page out (sidebar, contents, notes, previous and next), writes an index
 * page, and copies KaTeX, the style sheet and the page script beside them. Returns the path of
 * the index page. Throws {@linkcode BookError}, naming the notebooks and cells, when an output
 * shows a path of this machine.
 */
export async function renderBook(executed: string[], outDir = BOOK_DIR): Promise<string> {
  const notebooks = await Promise.all(executed.map(async (path) => ({
    path,
    name: basename(path),
    notebook: JSON.parse(await Deno.readTextFile(path)) as BookNotebook,
    modified: (await Deno.stat(path)).mtime ?? new Date(),
  })));
  const leaks = notebooks.flatMap((n) => machinePathsInOutputs(n.name, n.notebook));
  if (leaks.length > 0) {
    throw new BookError(
      "The book is not rendered: outputs show paths of the machine that built it, which mean " +
        `nothing to a reader:\n  ${leaks.join("\n  ")}\n` +
        "Show a path relative to the course's folder (or only the file's name) instead.",
    );
  }
  const python = await findJupyterPython();
  await Deno.mkdir(outDir, { recursive: true });
  const { code, stderr } = await new Deno.Command(python, {
    args: [
      "-m",
      "nbconvert",
      "--to",
      "html",
      "--no-prompt",
      "--template-file",
      TEMPLATE,
      "--output-dir",
      outDir,
      ...executed,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(
      `nbconvert could not render the notebooks:\n${new TextDecoder().decode(stderr)}`,
    );
  }
  const machine = describeMachine();
  const html = await Promise.all(
    notebooks.map((n) => Deno.readTextFile(join(outDir, `${basename(n.name, ".ipynb")}.html`))),
  );
  const pages: BookPage[] = notebooks.map((n, i) => ({
    file: `${basename(n.name, ".ipynb")}.html`,
    notebook: n.name,
    ...describeNotebook(n.notebook),
    headings: pageHeadings(html[i]),
    recorded: recordedNote(n.modified, machine),
  }));
  for (const [i, page] of pages.entries()) {
    await Deno.writeTextFile(join(outDir, page.file), layoutPage(html[i], pages, i));
  }
  const latest = new Date(Math.max(...notebooks.map((n) => n.modified.getTime()), 0));
  const index = join(outDir, "index.html");
  await Deno.writeTextFile(index, indexPage(pages, recordedNote(latest, machine)));
  const katexDist = dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.js"));
  await copyDir(katexDist, join(outDir, "katex"));
  for (const asset of ["book.css", "book.js"]) {
    await Deno.copyFile(join(ASSETS, asset), join(outDir, asset));
  }
  return index;
}

/** Executes every notebook and renders the book; returns the exit code. */
async function main(): Promise<number> {
  const result = await executeNotebooks(listNotebooks());
  console.error(result.log);
  if (!result.ok) {
    console.error("The book is not rendered: a notebook failed (see above).");
    return 1;
  }
  const index = await renderBook(result.executed);
  console.error(`The course is rendered: open ${index}`);
  return 0;
}

if (import.meta.main) await runCommand(main);
