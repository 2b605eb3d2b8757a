/**
 * `deno task book`: executes every notebook and renders the course as a static site in
 * `build/book/`: one HTML page per notebook, with every chart and picture inline and the maths
 * typeset by a local copy of KaTeX, and an index page linking them in order. It reads offline.
 *
 * @module
 */
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import {
  executeNotebooks,
  findJupyterPython,
  JupyterMissingError,
  listNotebooks,
  ROOT,
} from "./_jupyter.ts";
import { cellSource } from "./check_notebooks.ts";

/** Where the site is written (git-ignored). */
export const BOOK_DIR: string = join(ROOT, "build", "book");
const TEMPLATE = join(ROOT, "cli", "book", "page.html.j2");
const STYLE = join(ROOT, "cli", "book", "book.css");

/** A notebook's title (its first Markdown heading) and first paragraph. */
export function describeNotebook(
  notebook: { cells: { cell_type: string; source: string | string[] }[] },
) {
  const markdown = notebook.cells.filter((c) => c.cell_type === "markdown").map(cellSource).join(
    "\n\n",
  );
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? "Untitled";
  const summary = markdown.split(/\n\s*\n/).map((p) => p.trim())
    .find((p) => p && !p.startsWith("#")) ?? "";
  return { title, summary };
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

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
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
 * template, adds previous/next links and an index page, and copies KaTeX and the style sheet
 * beside them. Returns the path of the index page.
 */
export async function renderBook(executed: string[], outDir = BOOK_DIR): Promise<string> {
  const python = await findJupyterPython();
  await Deno.mkdir(outDir, { recursive: true });
  const { code, stderr } = await new Deno.Command(python, {
    args: [
      "-m",
      "nbconvert",
      "--to",
      "html",
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
  const pages = await Promise.all(executed.map(async (path) => {
    const notebook = JSON.parse(await Deno.readTextFile(path));
    return { file: `${basename(path, ".ipynb")}.html`, ...describeNotebook(notebook) };
  }));
  for (const [i, page] of pages.entries()) {
    const link = (target: typeof page | undefined, label: string) =>
      target
        ? `<a href="${target.file}">${label} ${escapeHtml(target.title)}</a>`
        : "<span></span>";
    const nav = `<nav class="course-nav">${
      link(pages[i - 1], "←")
    }<a href="index.html">Contents</a>${link(pages[i + 1], "→")}</nav>`;
    const path = join(outDir, page.file);
    const html = await Deno.readTextFile(path);
    await Deno.writeTextFile(
      path,
      html.replace(/(<body[^>]*>)/, `$1\n${nav}`).replace(/<\/body>/, `${nav}\n</body>`),
    );
  }
  const items = pages.map((p) =>
    `<li><a href="${p.file}">${escapeHtml(p.title)}</a><br><span class="summary">${
      escapeHtml(plainText(p.summary))
    }</span></li>`
  ).join("\n");
  const index = join(outDir, "index.html");
  await Deno.writeTextFile(
    index,
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
      `<title>Neural networks from scratch: MNIST in TypeScript</title>\n` +
      `<link rel="stylesheet" href="book.css"></head>\n<body><main class="course-index">\n` +
      `<h1>Neural networks from scratch</h1>\n<p>From pixels to a trained MNIST digit ` +
      `recogniser, in TypeScript notebooks. Read them in order.</p>\n<ul>\n${items}\n</ul>\n` +
      `</main></body></html>\n`,
  );
  const katexDist = dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.js"));
  await copyDir(katexDist, join(outDir, "katex"));
  await Deno.copyFile(STYLE, join(outDir, "book.css"));
  return index;
}

if (import.meta.main) {
  try {
    const result = await executeNotebooks(listNotebooks());
    console.error(result.log);
    if (!result.ok) Deno.exit(1);
    const index = await renderBook(result.executed);
    console.error(`The course is rendered: open ${index}`);
  } catch (error) {
    if (!(error instanceof JupyterMissingError)) throw error;
    console.error(`Error: ${error.message}`);
    Deno.exit(1);
  }
}
