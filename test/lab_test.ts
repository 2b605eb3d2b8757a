import assert from "node:assert/strict";
import { findJupyterApp } from "../cli/lab.ts";
import { runDeno } from "./_helpers.ts";

/** A stand-in for Python that "has" only the given modules: `-c "import X, Y"` succeeds for them. */
async function fakePython(modules: string[]): Promise<string> {
  const path = await Deno.makeTempFile({ prefix: "python-" });
  const known = modules.join(" ");
  await Deno.writeTextFile(
    path,
    `#!/bin/sh
# Called as: python -c "import a, b"
[ "$1" = "-c" ] || exit 2
for module in $(echo "$2" | sed -e 's/^import //' -e 's/,/ /g'); do
  case " ${known} " in *" $module "*) ;; *) exit 1 ;; esac
done
exit 0
`,
  );
  await Deno.chmod(path, 0o755);
  return path;
}

Deno.test("findJupyterApp() prefers JupyterLab, falls back to Notebook, else finds none", async () => {
  assert.equal(await findJupyterApp(await fakePython(["jupyterlab", "notebook"])), "lab");
  assert.equal(await findJupyterApp(await fakePython(["notebook"])), "notebook");
  assert.equal(await findJupyterApp(await fakePython([])), null);
});

Deno.test("deno task lab says how to install JupyterLab when only Jupyter's client is there", async () => {
  const python = await fakePython(["jupyter_client", "nbformat", "nbconvert"]);
  const { code, stderr } = await runDeno(["run", "-A", "cli/lab.ts"], { JUPYTER_PYTHON: python });
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^Error: Jupyter's client is installed but neither JupyterLab nor Notebook is\. Install one with `pip install jupyterlab`/,
  );
});

Deno.test("deno task lab says how to install Jupyter when no Python has it", async () => {
  const python = await fakePython([]);
  const { code, stderr } = await runDeno(["run", "-A", "cli/lab.ts"], { JUPYTER_PYTHON: python });
  assert.equal(code, 1);
  assert.match(stderr, /^Error: Jupyter is not installed .*pip install jupyterlab/);
});
