/**
 * How long a learner waits for each notebook: every notebook executed in the real kernel, as
 * `deno task notebooks` does, with the time of each cell (recorded by the executor) and of the
 * whole notebook. Part of `deno task bench --notebooks`.
 *
 * @module
 */
import { basename, join } from "node:path";
import { executeNotebooks, listNotebooks } from "./_jupyter.ts";
import { CommandError } from "./_command.ts";
import { readNotebook } from "./_notebook.ts";

/** The waiting time of one notebook. */
export interface NotebookTiming {
  notebook: string;
  /** From starting the kernel to the last output, as the executor measured it. */
  seconds: number;
  /** The longest cell: its id and seconds. */
  slowestCell: { id: string; seconds: number };
}

/**
 * The times a notebook's log line and its cells' metadata record.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { timingOf } from "./bench_notebooks.ts";
 * const notebook = { metadata: {}, cells: [
 *   { cell_type: "code", id: "a", source: "", metadata: { execution_seconds: 0.5 } },
 *   { cell_type: "code", id: "b", source: "", metadata: { execution_seconds: 2 } },
 * ] };
 * assert.deepEqual(timingOf("x.ipynb", notebook, "x.ipynb: ran 2 cells in 3.1 s"), {
 *   notebook: "x.ipynb", seconds: 3.1, slowestCell: { id: "b", seconds: 2 } });
 * ```
 */
export function timingOf(
  name: string,
  notebook: Awaited<ReturnType<typeof readNotebook>>,
  log: string,
): NotebookTiming {
  const line = log.split("\n").find((l) => l.startsWith(`${name}: ran `));
  const seconds = Number(/ in ([\d.]+) s$/.exec(line ?? "")?.[1]);
  if (!Number.isFinite(seconds)) throw new CommandError(`${name} did not run: ${log}`);
  let slowestCell = { id: "", seconds: 0 };
  for (const cell of notebook.cells) {
    const cellSeconds = Number(cell.metadata?.execution_seconds ?? 0);
    if (cellSeconds > slowestCell.seconds) {
      slowestCell = { id: cell.id ?? "", seconds: cellSeconds };
    }
  }
  return { notebook: name, seconds, slowestCell };
}

/**
 * Executes every notebook in order, in a data folder of its own (so notebook 08 trains and the
 * later notebooks use its network, as on a learner's first pass), and returns each one's times.
 */
export async function timeNotebooks(paths: string[] = listNotebooks()): Promise<{
  notebooks: NotebookTiming[];
  totalSeconds: number;
}> {
  const out = await Deno.makeTempDir({ prefix: "timed-" });
  try {
    const result = await executeNotebooks(paths, {
      outDir: out,
      env: { MNIST_DATA_DIR: join(out, "data") },
    });
    if (!result.ok) {
      throw new CommandError(`A notebook failed, so the times are incomplete:\n${result.log}`);
    }
    const notebooks = await Promise.all(paths.map(async (path) => {
      const name = basename(path);
      return timingOf(name, await readNotebook(join(out, name)), result.log);
    }));
    return { notebooks, totalSeconds: notebooks.reduce((sum, n) => sum + n.seconds, 0) };
  } finally {
    await Deno.remove(out, { recursive: true });
  }
}
