/**
 * Checks the notebooks' code: its formatting and its types.
 *
 * - Types: the Deno kernel runs cells without type-checking them and `deno check` does not read
 *   `.ipynb` files, so this joins each notebook's code cells into one TypeScript module beside
 *   the notebook (so its imports resolve as in the kernel), runs `deno check` on them, and
 *   reports each error by notebook, cell and line.
 * - Formatting: `deno fmt --check` of Deno 2.9.6 reports every notebook as unformatted on a fresh
 *   checkout even when `deno fmt` would change nothing, so notebooks are excluded from it and each
 *   code cell is checked (or, with `--fix`, formatted) here as a TypeScript file instead.
 *
 * `deno run -A cli/check_notebooks.ts [--fix] [NOTEBOOK…]` (part of `deno task check`;
 * `deno task fmt` runs it with `--fix`); by default, the notebooks of both editions.
 *
 * @module
 */
import { basename, dirname, join, resolve } from "node:path";
import { writeFileAtomic } from "../lib/data/files.ts";
import { notebookLabel, ROOT } from "./_jupyter.ts";
import { parseCommandArgs, runCommand } from "./_command.ts";
import { allNotebooks } from "./_editions.ts";
import { cellSource, type NotebookCell } from "./_notebook.ts";
import { SOLUTION_CELL, withSolutions } from "./_solutions.ts";

export { cellSource };

/** Where a line of the joined module came from. */
interface Origin {
  notebook: string;
  cell: number;
  line: number;
  /** The exercise solution the line belongs to, for the solutions appended to the notebook. */
  solution?: string;
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
    const solution = cell.id?.startsWith(SOLUTION_CELL)
      ? cell.id.slice(SOLUTION_CELL.length)
      : undefined;
    cellSource(cell).split("\n").forEach((text, i) => {
      lines.push(text);
      origins.push({
        notebook: notebookName,
        cell: index + 1,
        line: i + 1,
        ...(solution ? { solution } : {}),
      });
    });
  });
  lines.push("export {};");
  origins.push(null);
  return { code: lines.join("\n") + "\n", origins };
}

/**
 * Type-checks notebooks, the code of their exercises' solutions included; returns one readable
 * line per error (none when all is well).
 */
export async function typeCheckNotebooks(paths: string[]): Promise<string[]> {
  const modules = new Map<string, (Origin | null)[]>();
  try {
    for (const path of paths) {
      const notebook = withSolutions(JSON.parse(await Deno.readTextFile(path)));
      const { code, origins } = joinCodeCells(notebookLabel(path), notebook.cells ?? []);
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
        const where = origin?.solution ? `solution ${origin.solution}` : `cell ${origin?.cell}`;
        return origin
          ? `${origin.notebook}, ${where}, line ${origin.line}:${column}: ${code} ${message}`
          : `${file}:${line}:${column}: ${code} ${message}`;
      });
    return errors.length ? errors : [output.trim()];
  } finally {
    for (const modulePath of modules.keys()) await Deno.remove(modulePath).catch(() => {});
  }
}

/**
 * Formats the code cells of notebooks as `deno fmt` formats TypeScript. With `fix`, rewrites the
 * notebooks whose cells change; returns a line per cell that is (or was) not formatted.
 */
export async function formatNotebookCells(paths: string[], fix: boolean): Promise<string[]> {
  const dir = await Deno.makeTempDir({ prefix: "notebook-cells-" });
  try {
    const cells: {
      path: string;
      notebook: { cells: NotebookCell[] };
      index: number;
      file: string;
    }[] = [];
    for (const [n, path] of paths.entries()) {
      const notebook = JSON.parse(await Deno.readTextFile(path));
      for (const [index, cell] of (notebook.cells as NotebookCell[]).entries()) {
        if (cell.cell_type !== "code") continue;
        const file = join(dir, `${n}_${index}.ts`);
        await Deno.writeTextFile(file, cellSource(cell) + "\n");
        cells.push({ path, notebook, index, file });
      }
    }
    if (cells.length === 0) return [];
    const configPath = join(ROOT, "deno.json");
    const { code, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["fmt", "--config", configPath, ...(fix ? [] : ["--check"]), dir],
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const changed: string[] = [];
    const rewritten = new Set<string>();
    for (const { path, notebook, index, file } of cells) {
      const before = cellSource(notebook.cells[index]);
      const after = (await Deno.readTextFile(file)).replace(/\n$/, "");
      const unformatted = fix ? after !== before : new TextDecoder().decode(stderr).includes(file);
      if (!unformatted) continue;
      changed.push(
        `${notebookLabel(path)}, cell ${index + 1}${fix ? ": formatted" : ": not formatted"}`,
      );
      if (fix) {
        notebook.cells[index].source = after.split(/(?<=\n)/);
        rewritten.add(path);
      }
    }
    for (const { path, notebook } of cells) {
      if (!rewritten.delete(path)) continue;
      await writeFileAtomic(path, JSON.stringify(notebook, null, 1) + "\n");
    }
    if (!fix && code !== 0 && changed.length === 0) {
      throw new Error(
        `deno fmt failed on the notebook cells:\n${new TextDecoder().decode(stderr)}`,
      );
    }
    return changed;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Checks (or, with `--fix`, formats) the notebooks named, all of them by default. */
async function main(args: string[]): Promise<number> {
  const { values, positionals: named } = parseCommandArgs(args, {
    allowPositionals: true,
    options: { fix: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(
      "Usage: deno run -A cli/check_notebooks.ts [NOTEBOOK…] [--fix]\n" +
        "Checks that the notebooks' code cells are formatted and type-check (all notebooks of\n" +
        "both editions by default); with --fix, formats them instead (deno task fmt does).",
    );
    return 0;
  }
  const fix = values.fix ?? false;
  const paths = named.length ? named.map((p) => resolve(p)) : allNotebooks();
  const formatting = await formatNotebookCells(paths, fix);
  for (const line of formatting) console.error(line);
  if (fix) {
    console.error(`Formatted the code cells of ${paths.length} notebook(s)`);
    return 0;
  }
  if (formatting.length) {
    console.error("Run `deno task fmt` to format the notebooks' code cells");
    return 1;
  }
  const errors = await typeCheckNotebooks(paths);
  for (const error of errors) console.error(error);
  console.error(
    errors.length
      ? `${errors.length} type error(s) in the notebooks`
      : `Type-checked ${paths.length} notebook(s)`,
  );
  return errors.length ? 1 : 0;
}

if (import.meta.main) await runCommand(() => main(Deno.args));
