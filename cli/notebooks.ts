/**
 * `deno task notebooks [NOTEBOOK…] [--timeout SECONDS]`: executes the course's notebooks (all of
 * them, or the ones named) in the real Deno kernel and writes the executed copies, outputs
 * included, to `build/notebooks/`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { basename, join, resolve } from "node:path";
import { readNotebook } from "./_notebook.ts";
import { solutionResults, withSolutions } from "./_solutions.ts";
import { executeNotebooks, listNotebooks, NOTEBOOKS_DIR } from "./_jupyter.ts";
import { runCommand } from "./_command.ts";

/** Executes the notebooks named in `args` (all by default); returns the exit code. */
async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      timeout: { type: "string" },
      solutions: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(
      "Usage: deno task notebooks [NOTEBOOK…] [--timeout SECONDS] [--solutions]\n" +
        "Executes the notebooks (default: all of notebooks/) in the Deno kernel and writes the\n" +
        "executed copies to build/notebooks/. With --solutions, each notebook's exercise\n" +
        "solutions run after it and their checks are reported.",
    );
    return 0;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) {
    console.error(`Error: --timeout needs a number of seconds, got "${values.timeout}"`);
    return 2;
  }
  // `deno task` runs in the course folder; paths are read from the caller's, kept in INIT_CWD.
  const caller = Deno.env.get("INIT_CWD") ?? Deno.cwd();
  const chosen = positionals.length ? positionals.map((p) => resolve(caller, p)) : listNotebooks();
  const paths = values.solutions ? await solvedCopies(chosen) : chosen;
  const result = await executeNotebooks(paths, {
    cellTimeout: timeout,
    kernelCwd: values.solutions ? NOTEBOOKS_DIR : undefined,
  });
  console.error(result.log);
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
  if (result.ok) console.error(`Executed copies are in build/notebooks/`);
  else if (result.executed.length) {
    console.error(
      "Executed copies are in build/notebooks/ (a failed notebook's up to its failing cell)",
    );
  }
  return result.ok ? 0 : 1;
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
