/**
 * `deno task notebooks [NOTEBOOK…] [--zh] [--timeout SECONDS] [--solutions]`: executes the
 * course's notebooks (all of them, the Chinese edition's with `--zh`, or the ones named) in the
 * real Deno kernel and writes the executed copies, outputs included, to `build/notebooks/`
 * (`build/notebooks/zh/` for the Chinese edition).
 *
 * @module
 */
import { basename, dirname, join, relative, resolve } from "node:path";
import { readNotebook } from "./_notebook.ts";
import { solutionResults, withSolutions } from "./_solutions.ts";
import {
  EXECUTED_DIR,
  executeNotebooks,
  fileExists,
  listNotebooks,
  NOTEBOOKS_DIR,
} from "./_jupyter.ts";
import { editionDir } from "./_editions.ts";
import { parseCommandArgs, runCommand, UsageError } from "./_command.ts";

/** Executes the notebooks named in `args` (all by default); returns the exit code. */
async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    allowPositionals: true,
    options: {
      timeout: { type: "string" },
      solutions: { type: "boolean" },
      zh: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(
      "Usage: deno task notebooks [NOTEBOOK…] [--zh] [--timeout SECONDS] [--solutions]\n" +
        "Executes the notebooks (default: all of notebooks/, or of notebooks/zh/ with --zh) in\n" +
        "the Deno kernel and writes the executed copies to build/notebooks/ (the Chinese\n" +
        "edition's to build/notebooks/zh/). With --solutions, each notebook's exercise\n" +
        "solutions run after it and their checks are reported. Name a notebook by its number\n" +
        "(08), its name (08_training_loop) or its path.",
    );
    return 0;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) {
    throw new UsageError(`--timeout needs a number of seconds, got "${values.timeout}"`);
  }
  // `deno task` runs in the course folder; paths are read from the caller's, kept in INIT_CWD.
  const caller = Deno.env.get("INIT_CWD") ?? Deno.cwd();
  const folder = editionDir(values.zh ? "zh" : "en");
  const chosen = positionals.length
    ? findNotebooks(positionals, folder, caller)
    : listNotebooks(folder);
  const result = { ok: true, executed: [] as string[] };
  for (const [folder, notebooks] of Map.groupBy(chosen, (path) => dirname(path))) {
    const paths = values.solutions ? await solvedCopies(notebooks) : notebooks;
    const run = await executeNotebooks(paths, {
      cellTimeout: timeout,
      outDir: executedDir(folder),
      // The solved copies are elsewhere; their relative imports are read from the originals' folder.
      kernelCwd: values.solutions ? folder : undefined,
    });
    console.error(run.log);
    result.ok &&= run.ok;
    result.executed.push(...run.executed);
  }
  if (values.solutions) {
    let wrong = 0;
    for (const path of result.executed) {
      for (const verdict of solutionResults(await readNotebook(path))) {
        if (!verdict.ok) wrong++;
        console.error(
          `${basename(path)}, solution ${verdict.number}: ${
            verdict.ok ? "ok" : "FAILS"
          } ${verdict.message}`,
        );
      }
    }
    if (wrong) return 1;
  }
  const folders = [...new Set(result.executed.map((path) => relative(caller, dirname(path))))];
  if (result.executed.length) {
    console.error(
      `Executed copies are in ${folders.join(" and ")}` +
        (result.ok ? "" : " (a failed notebook's up to its failing cell)"),
    );
  }
  return result.ok ? 0 : 1;
}

/**
 * The notebooks that `names` mean: each a path (absolute, or relative to `caller`), or a notebook
 * of `folder` named by its file (`13_speed.ipynb`), its name (`13_speed`) or its number (`13`,
 * `3` for `03_softmax`).
 * Throws a {@linkcode UsageError} that lists the notebooks when a name means none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { basename } from "node:path";
 * import { findNotebooks } from "./notebooks.ts";
 * import { NOTEBOOKS_DIR } from "./_jupyter.ts";
 * const [speed] = findNotebooks(["13"], NOTEBOOKS_DIR, Deno.cwd());
 * assert.equal(basename(speed), "13_speed.ipynb");
 * ```
 */
export function findNotebooks(names: string[], folder: string, caller: string): string[] {
  const course = listNotebooks(folder);
  return names.map((name) => {
    const path = resolve(caller, name);
    if (fileExists(path)) return path;
    const wanted = name.replace(/\.ipynb$/, "");
    const found = course.find((p) => basename(p, ".ipynb") === wanted) ??
      course.find((p) => /^\d+$/.test(wanted) && Number(basename(p).split("_")[0]) === +wanted);
    if (found) return found;
    const example = basename(course.at(-1) ?? "13_speed.ipynb", ".ipynb");
    throw new UsageError(
      `No notebook "${name}": give a notebook's number (${example.split("_")[0]}), its name ` +
        `(${example}) or a path. The notebooks in ${relative(caller, folder) || "."}/ are ` +
        `${course.map((p) => basename(p, ".ipynb")).join(", ")}.`,
    );
  });
}

/** Where a folder's executed notebooks go: `build/notebooks/` mirrors `notebooks/`. */
function executedDir(folder: string): string {
  const inside = relative(NOTEBOOKS_DIR, folder);
  return inside.startsWith("..") ? EXECUTED_DIR : join(EXECUTED_DIR, inside);
}

/** Copies of the notebooks with their solutions appended, in a temporary folder. */
async function solvedCopies(paths: string[]): Promise<string[]> {
  const dir = await Deno.makeTempDir({ prefix: "solved-" });
  return await Promise.all(paths.map(async (path) => {
    const copy = join(dir, basename(path));
    await Deno.writeTextFile(copy, JSON.stringify(withSolutions(await readNotebook(path))));
    return copy;
  }));
}

if (import.meta.main) await runCommand(() => main(Deno.args));
