/**
 * Type-checks the notebooks' code. The Deno kernel runs cells without type-checking them and
 * `deno check` does not read `.ipynb` files, so this joins each notebook's code cells into one
 * TypeScript module beside the notebook (so its imports resolve as in the kernel), runs
 * `deno check` on them, and reports each error by notebook, cell and line.
 *
 * `deno run -A cli/check_notebooks.ts [NOTEBOOK…]` (part of `deno task check`).
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { listNotebooks } from "./_jupyter.ts";

interface NotebookCell {
  cell_type: string;
  source: string | string[];
}

/** Where a line of the joined module came from. */
interface Origin {
  notebook: string;
  cell: number;
  line: number;
}

/** The source of a cell as one string (notebooks may store it as a list of lines). */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Joins a notebook's code cells into one module's text, and the notebook cell and line each
 * line of it came from (cells are counted from 1 among all cells, as a reader sees them).
 */
export function joinCodeCells(
  notebookName: string,
  cells: NotebookCell[],
): { code: string; origins: (Origin | null)[] } {
  const lines: string[] = [];
  const origins: (Origin | null)[] = [];
  cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    lines.push(`// cell ${index + 1}`);
    origins.push(null);
    cellSource(cell).split("\n").forEach((text, i) => {
      lines.push(text);
      origins.push({ notebook: notebookName, cell: index + 1, line: i + 1 });
    });
  });
  lines.push("export {};");
  origins.push(null);
  return { code: lines.join("\n") + "\n", origins };
}

/** Type-checks notebooks; returns one readable line per error (none when all is well). */
export async function typeCheckNotebooks(paths: string[]): Promise<string[]> {
  const modules = new Map<string, (Origin | null)[]>();
  try {
    for (const path of paths) {
      const notebook = JSON.parse(await Deno.readTextFile(path));
      const { code, origins } = joinCodeCells(basename(path), notebook.cells ?? []);
      const modulePath = join(dirname(path), `.${basename(path, ".ipynb")}.check.ts`);
      await Deno.writeTextFile(modulePath, code);
      modules.set(resolve(modulePath), origins);
    }
    if (modules.size === 0) return [];
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["check", "--quiet", ...modules.keys()],
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    if (code === 0) return [];
    const output = new TextDecoder().decode(stderr) + new TextDecoder().decode(stdout);
    const errors = [
      ...output.matchAll(/(TS\d+) \[ERROR\]: ([^\n]*)[\s\S]*?at file:\/\/([^\n]*?):(\d+):(\d+)/g),
    ]
      .map(([, code, message, file, line, column]) => {
        const origin = modules.get(decodeURIComponent(file))?.[Number(line) - 1];
        return origin
          ? `${origin.notebook}, cell ${origin.cell}, line ${origin.line}:${column}: ${code} ${message}`
          : `${file}:${line}:${column}: ${code} ${message}`;
      });
    return errors.length ? errors : [output.trim()];
  } finally {
    for (const modulePath of modules.keys()) await Deno.remove(modulePath).catch(() => {});
  }
}

if (import.meta.main) {
  const paths = Deno.args.length ? Deno.args.map((p) => resolve(p)) : listNotebooks();
  const errors = await typeCheckNotebooks(paths);
  for (const error of errors) console.error(error);
  console.error(
    errors.length
      ? `${errors.length} type error(s) in the notebooks`
      : `Type-checked ${paths.length} notebook(s)`,
  );
  Deno.exit(errors.length ? 1 : 0);
}
