/**
 * `deno task book [--en | --zh]`: executes every notebook of both editions (or of one) and renders
 * the course as a static site in `build/book/` (the Chinese edition in `build/book/zh/`), a book to read in a browser on a laptop or a phone: one page per notebook, with a
 * sidebar listing the course, a contents list of the page's sections, the notebook's source and
 * how to run it, a note saying when and on what machine the outputs were recorded, every chart
 * and picture inline, a copy button on each code cell, and the maths typeset by a local copy of
 * KaTeX; an index page; and on every page a link to the same page in the other edition. It reads
 * offline: nothing is fetched from a network.
 *
 * @module
 */
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import {
  EXECUTED_DIR,
  executeNotebooks,
  findJupyterPython,
  listNotebooks,
  ROOT,
} from "./_jupyter.ts";
import { CommandError, parseCommandArgs, runCommand, runProcess } from "./_command.ts";
import { type Edition, editionDir, editionFolder, EDITIONS } from "./_editions.ts";
import { type BookNotebook, describeNotebook, pageHeadings } from "./_book_text.ts";
import { type BookEdition, type BookPage, indexPage, layoutPage } from "./_book_layout.ts";
import { BOOK_WORDS } from "./_book_words.ts";
import { describeMachine, type Machine, machinePathsInOutputs } from "./_machine.ts";

/** Where the site is written (git-ignored). */
export const BOOK_DIR: string = join(ROOT, "build", "book");
const ASSETS = join(ROOT, "cli", "book");
const TEMPLATE = join(ASSETS, "page.html.j2");

/** The book cannot be rendered as it is; the message says what to change. */
export class BookError extends CommandError {
  override name = "BookError";
}

async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) await copyDir(join(from, entry.name), join(to, entry.name));
    else await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

/** The executed notebooks of each edition in the book, in reading order. */
export type BookNotebooks = Partial<Record<Edition, string[]>>;

/**
 * Renders executed notebooks into `outDir`, the English edition at its top and the Chinese one
 * in `zh/`: each page with nbconvert and the course's template, laid out with the sidebar,
 * contents, notes, previous and next links, and a link to the same page in the other edition
 * when the book has both; an index page per edition; and KaTeX, the style sheet and the page
 * script beside them. Returns the path of the first edition's index page. Throws
 * {@linkcode BookError}, naming the notebooks and cells, when an output shows a path of this
 * machine.
 */
export async function renderBook(editions: BookNotebooks, outDir = BOOK_DIR): Promise<string> {
  const chosen = EDITIONS.filter((edition) => editions[edition]?.length);
  if (chosen.length === 0) throw new BookError("The book has no notebooks to render");
  const read = await Promise.all(chosen.map((edition) => readExecuted(editions[edition]!)));
  const leaks = chosen.flatMap((edition, i) =>
    read[i].flatMap((n) => machinePathsInOutputs(editionFolder(edition) + n.name, n.notebook))
  );
  if (leaks.length > 0) {
    throw new BookError(
      "The book is not rendered: outputs show paths of the machine that built it, which mean " +
        `nothing to a reader:\n  ${leaks.join("\n  ")}\n` +
        "Show a path relative to the course's folder (or only the file's name) instead.",
    );
  }
  const machine = describeMachine();
  const files = (notebooks: { name: string }[]) =>
    new Set(["index.html", ...notebooks.map((n) => n.name.replace(/\.ipynb$/, ".html"))]);
  for (const [i, edition] of chosen.entries()) {
    const other = chosen.length > 1 ? chosen[1 - i] : undefined;
    await renderEdition(read[i], join(outDir, editionFolder(edition)), machine, {
      words: BOOK_WORDS[edition],
      sourceBase: `${edition === "en" ? "" : "../"}../../notebooks/${editionFolder(edition)}`,
      sourceFolder: `notebooks/${editionFolder(edition)}`,
      assets: edition === "en" ? "" : "../",
      ...(other
        ? {
          other: { base: other === "en" ? "../" : editionFolder(other), files: files(read[1 - i]) },
        }
        : {}),
    });
  }
  const katexDist = dirname(createRequire(import.meta.url).resolve("katex/dist/katex.min.js"));
  await copyDir(katexDist, join(outDir, "katex"));
  for (const asset of ["book.css", "book.js"]) {
    await Deno.copyFile(join(ASSETS, asset), join(outDir, asset));
  }
  return join(outDir, chosen[0] === "en" ? "" : chosen[0], "index.html");
}

interface ExecutedNotebook {
  path: string;
  name: string;
  notebook: BookNotebook;
  modified: Date;
}

function readExecuted(paths: string[]): Promise<ExecutedNotebook[]> {
  return Promise.all(paths.map(async (path) => ({
    path,
    name: basename(path),
    notebook: JSON.parse(await Deno.readTextFile(path)) as BookNotebook,
    modified: (await Deno.stat(path)).mtime ?? new Date(),
  })));
}

/** Renders one edition's pages and index page into `dir`. */
async function renderEdition(
  notebooks: ExecutedNotebook[],
  dir: string,
  machine: Machine,
  edition: BookEdition,
): Promise<void> {
  const python = await findJupyterPython();
  await Deno.mkdir(dir, { recursive: true });
  const rendered = await runProcess(python, [
    "-m",
    "nbconvert",
    "--to",
    "html",
    "--no-prompt",
    "--template-file",
    TEMPLATE,
    "--output-dir",
    dir,
    ...notebooks.map((n) => n.path),
  ]);
  if (rendered?.code !== 0) {
    throw new BookError(`nbconvert could not render the notebooks:\n${rendered?.stderr ?? ""}`);
  }
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const html = await Promise.all(
    notebooks.map((n) => Deno.readTextFile(join(dir, `${basename(n.name, ".ipynb")}.html`))),
  );
  const pages: BookPage[] = notebooks.map((n, i) => ({
    file: `${basename(n.name, ".ipynb")}.html`,
    notebook: n.name,
    ...describeNotebook(n.notebook),
    headings: pageHeadings(html[i]),
    recorded: edition.words.recorded(day(n.modified), edition.words.machine(machine)),
  }));
  for (const [i, page] of pages.entries()) {
    await Deno.writeTextFile(join(dir, page.file), layoutPage(html[i], pages, i, edition));
  }
  const latest = new Date(Math.max(...notebooks.map((n) => n.modified.getTime()), 0));
  await Deno.writeTextFile(
    join(dir, "index.html"),
    indexPage(pages, edition.words.recorded(day(latest), edition.words.machine(machine)), edition),
  );
}

/** Executes the notebooks of both editions (or of the one asked for) and renders the book. */
async function main(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    options: {
      en: { type: "boolean" },
      zh: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(
      "Usage: deno task book [--en | --zh]\n" +
        "Executes the notebooks of both editions (or only the English or the Chinese one) and\n" +
        "renders the book in build/book/ (the Chinese edition in build/book/zh/).",
    );
    return 0;
  }
  const editions = EDITIONS.filter((edition) => values[edition] || (!values.en && !values.zh));
  const executed: BookNotebooks = {};
  for (const edition of editions) {
    const result = await executeNotebooks(listNotebooks(editionDir(edition)), {
      outDir: join(EXECUTED_DIR, editionFolder(edition)),
    });
    console.error(result.log);
    if (!result.ok) {
      console.error("The book is not rendered: a notebook failed (see above).");
      return 1;
    }
    executed[edition] = result.executed;
  }
  const index = await renderBook(executed);
  console.error(`The course is rendered: open ${index}`);
  return 0;
}

if (import.meta.main) await runCommand(() => main(Deno.args));
