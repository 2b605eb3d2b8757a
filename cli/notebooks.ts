/**
 * `deno task notebooks [NOTEBOOK…] [--timeout SECONDS]`: executes the course's notebooks (all of
 * them, or the ones named) in the real Deno kernel and writes the executed copies, outputs
 * included, to `build/notebooks/`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { executeNotebooks, listNotebooks } from "./_jupyter.ts";
import { runCommand } from "./_command.ts";

/** Executes the notebooks named in `args` (all by default); returns the exit code. */
async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { timeout: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(
      "Usage: deno task notebooks [NOTEBOOK…] [--timeout SECONDS]\n" +
        "Executes the notebooks (default: all of notebooks/) in the Deno kernel and writes the\n" +
        "executed copies to build/notebooks/.",
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
  const paths = positionals.length ? positionals.map((p) => resolve(caller, p)) : listNotebooks();
  const result = await executeNotebooks(paths, { cellTimeout: timeout });
  console.error(result.log);
  if (result.ok) console.error(`Executed copies are in build/notebooks/`);
  else if (result.executed.length) {
    console.error(
      "Executed copies are in build/notebooks/ (a failed notebook's up to its failing cell)",
    );
  }
  return result.ok ? 0 : 1;
}

if (import.meta.main) await runCommand(() => main(Deno.args));
