/**
 * `deno task notebooks [NOTEBOOK…] [--timeout SECONDS]`: executes the course's notebooks (all of
 * them, or the ones named) in the real Deno kernel and writes the executed copies, outputs
 * included, to `build/notebooks/`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { executeNotebooks, JupyterMissingError, listNotebooks } from "./_jupyter.ts";

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: { timeout: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(
      "Usage: deno task notebooks [NOTEBOOK…] [--timeout SECONDS]\n" +
        "Executes the notebooks (default: all of notebooks/) in the Deno kernel and writes the\n" +
        "executed copies to build/notebooks/.",
    );
    Deno.exit(0);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) {
    console.error(`Error: --timeout needs a number of seconds, got "${values.timeout}"`);
    Deno.exit(2);
  }
  const paths = positionals.length ? positionals.map((p) => resolve(p)) : listNotebooks();
  try {
    const result = await executeNotebooks(paths, { cellTimeout: timeout });
    console.error(result.log);
    if (result.ok) console.error(`Executed copies are in build/notebooks/`);
    else if (result.executed.length) {
      console.error(
        "Executed copies are in build/notebooks/ (a failed notebook's up to its failing cell)",
      );
    }
    Deno.exit(result.ok ? 0 : 1);
  } catch (error) {
    if (!(error instanceof JupyterMissingError)) throw error;
    console.error(`Error: ${error.message}`);
    Deno.exit(1);
  }
}
