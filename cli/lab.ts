/**
 * `deno task lab`: opens the course in JupyterLab (or the classic Notebook, whichever is
 * installed), registering the Deno kernel first when needed. `deno task lab --zh` opens the
 * Chinese edition (`notebooks/zh/`); other arguments go to Jupyter.
 *
 * @module
 */
import { ensureDenoKernel, findJupyterPython, JupyterMissingError } from "./_jupyter.ts";
import { editionDir } from "./_editions.ts";
import { runCommand, runProcess } from "./_command.ts";

/** The first of JupyterLab and Notebook that `python` can start, or null. */
export async function findJupyterApp(python: string): Promise<"lab" | "notebook" | null> {
  for (const [app, module] of [["lab", "jupyterlab"], ["notebook", "notebook"]] as const) {
    if ((await runProcess(python, ["-c", `import ${module}`]))?.code === 0) return app;
  }
  return null;
}

/** Opens the course in JupyterLab or Notebook; returns Jupyter's exit code. */
async function main(args: string[]): Promise<number> {
  // `--zh` opens the Chinese edition; anything else goes to Jupyter.
  const chinese = args.includes("--zh");
  const jupyterArgs = args.filter((arg) => arg !== "--zh");
  const python = await findJupyterPython();
  const app = await findJupyterApp(python);
  if (!app) {
    throw new JupyterMissingError(
      "Jupyter's client is installed but neither JupyterLab nor Notebook is. Install one with " +
        "`pip install jupyterlab` (or, on Debian and Ubuntu, `sudo apt-get install " +
        "jupyter-notebook`), then run `deno task lab` again.",
    );
  }
  await ensureDenoKernel(python);
  console.error(`Opening the course in Jupyter ${app === "lab" ? "Lab" : "Notebook"}…`);
  const { code } = await new Deno.Command(python, {
    args: [
      "-m",
      app === "lab" ? "jupyterlab" : "notebook",
      `--notebook-dir=${editionDir(chinese ? "zh" : "en")}`,
      ...jupyterArgs,
    ],
    stdin: "inherit",
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  return code;
}

if (import.meta.main) await runCommand(() => main(Deno.args));
