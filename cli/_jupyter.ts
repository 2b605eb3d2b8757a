/**
 * The bridge to Jupyter shared by the notebook tasks: finding a Python that has Jupyter,
 * registering the Deno kernel, and running the notebook executor.
 *
 * @module
 */
import { basename, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CommandError, runProcess } from "./_command.ts";

/** The course's top folder. */
export const ROOT: string = fileURLToPath(new URL("..", import.meta.url));
/** Where the notebooks live. */
export const NOTEBOOKS_DIR: string = join(ROOT, "notebooks");
/** Where executed notebooks are written (git-ignored). */
export const EXECUTED_DIR: string = join(ROOT, "build", "notebooks");

const EXECUTOR = join(ROOT, "cli", "notebook_executor.py");

/** Jupyter is not installed: the message says how to install it. */
export class JupyterMissingError extends CommandError {
  override name = "JupyterMissingError";
}

/** The notebooks of the course, in reading order. */
export function listNotebooks(dir = NOTEBOOKS_DIR): string[] {
  return [...Deno.readDirSync(dir)]
    .filter((entry) => entry.isFile && entry.name.endsWith(".ipynb"))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/**
 * How messages name a notebook: by its path in `notebooks/` (`08_training_loop.ipynb`,
 * `zh/08_training_loop.ipynb`), or by its file name when it is elsewhere.
 */
export function notebookLabel(path: string): string {
  const inside = relative(NOTEBOOKS_DIR, path);
  return inside.startsWith("..") || isAbsolute(inside) ? basename(path) : inside;
}

/**
 * A Python interpreter that can import Jupyter's client packages: `$JUPYTER_PYTHON` when it is
 * set, else Debian's `/usr/bin/python3` or `python3` on the PATH. Throws
 * {@linkcode JupyterMissingError} when none can.
 */
export async function findJupyterPython(): Promise<string> {
  const chosen = Deno.env.get("JUPYTER_PYTHON");
  const candidates = chosen ? [chosen] : ["/usr/bin/python3", "python3"];
  for (const python of candidates) {
    const result = await runProcess(python, ["-c", "import jupyter_client, nbformat, nbconvert"]);
    if (result?.code === 0) return python;
  }
  throw new JupyterMissingError(
    "Jupyter is not installed (no Python here can import jupyter_client, nbformat and " +
      "nbconvert). Install it with `pip install jupyterlab` (or, on Debian and Ubuntu, " +
      "`sudo apt-get install jupyter-notebook jupyter-nbconvert python3-nbclient`), or point " +
      "JUPYTER_PYTHON at a Python that has it, then try again.",
  );
}

/** Registers the Deno kernel with Jupyter (`deno jupyter --install`) unless it already is. */
export async function ensureDenoKernel(python: string): Promise<void> {
  const listed = await runProcess(python, [
    "-c",
    "from jupyter_client.kernelspec import KernelSpecManager as M; print(' '.join(M().find_kernel_specs()))",
  ]);
  if (listed?.stdout.split(/\s+/).includes("deno")) return;
  const installed = await runProcess(Deno.execPath(), ["jupyter", "--install"]);
  if (installed?.code !== 0) {
    throw new CommandError(
      `Could not register the Deno kernel with Jupyter (\`deno jupyter --install\`): ` +
        (installed?.stderr.trim() ?? "deno was not found"),
    );
  }
}

/** The outcome of executing notebooks. */
export interface ExecutionResult {
  /** True when every cell of every notebook ran. */
  ok: boolean;
  /**
   * The executed copies, one per notebook whose kernel started (a failed one holds the cells up to
   * the failing one, and its error).
   */
  executed: string[];
  /**
   * What the executor said: a line per notebook saying how it went. A failed notebook's line starts
   * with `Failed:` and names the notebook, the failing cell and the error (`NAME.ipynb, cell N: …`),
   * or says that the kernel died or could not start. A failure does not stop the notebooks after
   * it.
   */
  log: string;
}

/** Options of {@linkcode executeNotebooks}. */
export interface ExecuteOptions {
  /** Where the executed copies go; defaults to {@linkcode EXECUTED_DIR}. */
  outDir?: string;
  /** Seconds one cell may run before it counts as failed; 900 by default. */
  cellTimeout?: number;
  /** Seconds the kernel may take to start and answer; 30 by default. */
  kernelStartTimeout?: number;
  /**
   * The kernel's working directory, from which the cells' relative imports are read; by default
   * each notebook's own folder. Copies of the course's notebooks kept elsewhere run with
   * {@linkcode NOTEBOOKS_DIR}.
   */
  kernelCwd?: string;
  /** Extra environment variables for the kernel (such as `MNIST_DATA_DIR`). */
  env?: Record<string, string>;
}

/**
 * Executes notebooks in the real Deno kernel through Jupyter's client, keeping every output (see
 * `cli/notebook_executor.py`), and writes the executed copies to `outDir`. A notebook that fails (a
 * cell throws or times out, the kernel dies or does not start) is reported in the log and the
 * next notebooks still run; `ok` is then false.
 */
export async function executeNotebooks(
  paths: string[],
  options: ExecuteOptions = {},
): Promise<ExecutionResult> {
  const python = await findJupyterPython();
  await ensureDenoKernel(python);
  const outDir = options.outDir ?? EXECUTED_DIR;
  const result = await runProcess(python, [
    EXECUTOR,
    "--out-dir",
    outDir,
    "--timeout",
    String(options.cellTimeout ?? 900),
    "--start-timeout",
    String(options.kernelStartTimeout ?? 30),
    ...(options.kernelCwd ? ["--kernel-cwd", options.kernelCwd] : []),
    ...paths,
  ], { ...options.env, NO_COLOR: "1" });
  const log = result!.stderr.split("\n")
    .filter((line) => line && !line.includes('"deno jupyter" is unstable'))
    .join("\n");
  const executed = paths.map((p) => join(outDir, basename(p))).filter(fileExists);
  return { ok: result!.code === 0, executed, log };
}

/** Whether `path` is a file (false when it is missing or a folder). */
export function fileExists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}
