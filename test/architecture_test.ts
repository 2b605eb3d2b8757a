/** The layout's promises, checked: what loads TensorFlow.js and what does not. */
import assert from "node:assert/strict";
import { runDeno } from "./_helpers.ts";

/** The specifiers of the modules a module loads (from `deno info --json`), npm packages included. */
async function moduleGraph(path: string): Promise<string[]> {
  const { code, stdout, stderr } = await runDeno(["info", "--json", path]);
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout).modules.map((m: { specifier: string }) => m.specifier);
}

Deno.test("the recipe, the training loop, the fast and scratch engines and the data load no TensorFlow.js", async () => {
  for (
    const path of [
      "lib/training/mod.ts",
      "lib/engines/fast.ts",
      "lib/engines/scratch.ts",
      "lib/data/mod.ts",
      "cli/flags.ts",
    ]
  ) {
    const graph = await moduleGraph(path);
    assert.ok(graph.length > 1, `${path}: a graph was read`);
    const tensorflow = graph.filter((m) => /tensorflow|tfjs/i.test(m));
    assert.deepEqual(tensorflow, [], `${path} loads ${tensorflow[0]}`);
  }
  // And the check can fail: the TensorFlow.js engine does load it.
  assert.ok((await moduleGraph("lib/engines/tfjs.ts")).some((m) => /tfjs-core/.test(m)));
});

Deno.test("the library asserts with node:assert, never console.assert (which only logs)", async () => {
  const offenders: string[] = [];
  for await (const path of walk("lib")) {
    if (!/\.(ts|js)$/.test(path) || path.endsWith("_tfjs_gradients.js")) continue;
    if ((await Deno.readTextFile(path)).includes("console.assert")) offenders.push(path);
  }
  assert.deepEqual(offenders, []);
});

Deno.test("no test changes the process's environment or folder (the tests run side by side)", async () => {
  const offenders: string[] = [];
  for await (const path of walk("test")) {
    // This file names the calls it looks for.
    if (!path.endsWith(".ts") || path === "test/architecture_test.ts") continue;
    const text = await Deno.readTextFile(path);
    for (const call of ["Deno.env.set(", "Deno.env.delete(", "Deno.chdir("]) {
      if (text.includes(call)) offenders.push(`${path}: ${call}`);
    }
  }
  // A backend or a folder for one test goes to a program of its own (runProcess's env) or
  // through a parameter (parseTrainFlags' env), never into the environment all tests share.
  assert.deepEqual(offenders, []);
});

async function* walk(dir: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* walk(path);
    else yield path;
  }
}
