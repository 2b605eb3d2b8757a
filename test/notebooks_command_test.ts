import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { findNotebooks } from "../cli/notebooks.ts";
import { UsageError } from "../cli/_command.ts";
import { NOTEBOOKS_DIR } from "../cli/_jupyter.ts";
import { editionDir } from "../cli/_editions.ts";
import { runDeno } from "./_helpers.ts";

Deno.test("deno task notebooks finds a notebook by its number, its name, its file or a path", () => {
  const names = (found: string[]) => found.map((path) => basename(path));
  assert.deepEqual(
    names(
      findNotebooks(["13", "08_training_loop", "01_image_as_matrix.ipynb"], NOTEBOOKS_DIR, "/"),
    ),
    ["13_speed.ipynb", "08_training_loop.ipynb", "01_image_as_matrix.ipynb"],
  );
  assert.deepEqual(
    findNotebooks(["notebooks/zh/03_softmax.ipynb"], NOTEBOOKS_DIR, join(NOTEBOOKS_DIR, "..")),
    [join(NOTEBOOKS_DIR, "zh", "03_softmax.ipynb")],
    "a path, read from the caller's folder",
  );
  assert.deepEqual(findNotebooks(["3"], editionDir("zh"), "/"), [
    join(NOTEBOOKS_DIR, "zh", "03_softmax.ipynb"),
  ]);
});

Deno.test("deno task notebooks says which notebooks there are when a name means none", () => {
  for (const name of ["13_spee", "99", "speed"]) {
    assert.throws(
      () => findNotebooks([name], NOTEBOOKS_DIR, join(NOTEBOOKS_DIR, "..")),
      (error: Error) =>
        error instanceof UsageError &&
        error.message.startsWith(`No notebook "${name}": give a notebook's number (13), `) &&
        error.message.endsWith(
          "The notebooks in notebooks/ are 00_setup, 01_image_as_matrix, " +
            "02_fully_connected_layers, 03_softmax, 04_activation_functions, " +
            "05_loss_and_gradient_descent, 06_backpropagation, 07_minibatches_and_optimizers, " +
            "08_training_loop, 09_what_the_network_learned, 10_from_scratch, 11_draw_a_digit, " +
            "12_fashion_mnist, 13_speed.",
        ),
    );
  }
});

Deno.test("deno task notebooks and deno task book exit with code 2 when called wrongly", async () => {
  const cases: [string[], RegExp][] = [
    [["cli/notebooks.ts", "--solution"], /^Error: Unknown option '--solution'.*--help/],
    [["cli/notebooks.ts", "--timeout", "soon"], /^Error: --timeout needs a number of seconds/],
    [["cli/notebooks.ts", "99"], /^Error: No notebook "99"/],
    [["cli/book.ts", "--fr"], /^Error: Unknown option '--fr'/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await runDeno(["run", "-A", ...args]);
    assert.equal(code, 2, `${args.join(" ")}: ${stderr}`);
    assert.match(stderr, message);
    assert.equal(stdout, "");
  }
});
