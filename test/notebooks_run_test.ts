/**
 * The course as a reader meets it: every notebook of both editions executed in the real Deno
 * kernel, with the outputs it must show, its exercises' solutions run and checked, and the book
 * built from them checked page by page in Chromium. The slowest test of the suite (it trains the
 * network, once per edition).
 */
import assert from "node:assert/strict";
import { basename, dirname, join } from "node:path";
import { renderBook } from "../cli/book.ts";
import { executeNotebooks, findJupyterPython, listNotebooks } from "../cli/_jupyter.ts";
import { type Edition, editionDir, editionFolder, EDITIONS } from "../cli/_editions.ts";
import { type CellExpectations, EXPECTATIONS, EXPECTATIONS_ZH } from "./notebook_expectations.ts";
import {
  browserMissing,
  drawStroke,
  kernelProbabilities,
  paintDigit,
  withBrowser,
} from "./_browser.ts";
import { useBackend } from "../lib/network/backend.ts";
import { imageAt, loadDataset } from "../lib/data/dataset.ts";
import { loadWeights } from "../lib/network/weights.ts";
import { meets, type Notebook } from "./_notebooks.ts";
import { solutionResults, withoutSolutions, withSolutions } from "../cli/_solutions.ts";
import { checkBook } from "./_book_check.ts";

/** The notebook whose rendered page holds the drawing pad. */
const DRAWING_PAGE = "11_draw_a_digit";

const EXPECTED: Record<Edition, Record<string, CellExpectations>> = {
  en: EXPECTATIONS,
  zh: EXPECTATIONS_ZH,
};
const read = async (path: string): Promise<Notebook> => JSON.parse(await Deno.readTextFile(path));

// Without Jupyter the execution tests are skipped with a message; under CI they are required.
const jupyterMissing = await findJupyterPython().then(() => null, (error: Error) => error.message);
if (jupyterMissing) {
  if (Deno.env.get("CI")) throw new Error(`CI must run the notebooks, but ${jupyterMissing}`);
  console.warn(`%cSkipping the notebook execution tests: ${jupyterMissing}`, "color: orange");
}

Deno.test({
  name:
    "every notebook of both editions executes in the Deno kernel, shows what it should, and its " +
    "solutions run",
  ignore: jupyterMissing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn(t) {
    const out = await Deno.makeTempDir({ prefix: "executed-" });
    const forReaders: Record<Edition, string[]> = { en: [], zh: [] };
    for (const edition of EDITIONS) {
      const notebooks = listNotebooks(editionDir(edition));
      const folder = (name: string) => join(out, name, edition);
      // A data folder for each edition, so that its notebook 08 trains and its later notebooks
      // (and its drawing page) use those weights.
      const env = { MNIST_DATA_DIR: folder("data") };
      // Each notebook with its exercises' solutions appended, so they run and are checked too.
      const solved = await Promise.all(notebooks.map(async (path) => {
        const copy = join(folder("solved"), basename(path));
        await Deno.mkdir(dirname(copy), { recursive: true });
        await Deno.writeTextFile(copy, JSON.stringify(withSolutions(await read(path))));
        return copy;
      }));
      const result = await executeNotebooks(solved, {
        outDir: folder("executed"),
        env,
        kernelCwd: editionDir(edition),
      });
      for (const path of notebooks) {
        const name = basename(path);
        const label = editionFolder(edition) + name;
        await t.step(label, async () => {
          const failure = result.log.split("\n").find((line) =>
            line.includes(name) && /Failed/.test(line)
          );
          assert.equal(failure, undefined, failure);
          const executed = await read(join(folder("executed"), name));
          for (const [cellId, expectations] of Object.entries(EXPECTED[edition][name] ?? {})) {
            for (const expectation of expectations) {
              assert.ok(
                meets(executed, cellId, expectation),
                `${label}, cell "${cellId}": missing ${expectation.description}`,
              );
            }
          }
          const text = JSON.stringify(executed);
          assert.ok(!text.includes("\\u001b["), `${label}: colour codes in outputs`);
          for (const verdict of solutionResults(executed)) {
            assert.ok(verdict.ok, `${label}, solution ${verdict.number}: ${verdict.message}`);
          }
          const reader = join(folder("for-readers"), name);
          await Deno.mkdir(dirname(reader), { recursive: true });
          await Deno.writeTextFile(reader, JSON.stringify(withoutSolutions(executed)));
          forReaders[edition].push(reader);
        });
      }
    }

    await t.step(
      "the book renders both editions, and reads well on a phone and a laptop",
      async () => {
        for (const edition of EDITIONS) {
          assert.equal(
            forReaders[edition].length,
            listNotebooks(editionDir(edition)).length,
            `every notebook of the ${edition} edition executed`,
          );
        }
        const site = `${out}/book`;
        await renderBook(forReaders, site);
        for (const edition of EDITIONS) {
          const pages = join(site, editionFolder(edition));
          const index = await Deno.readTextFile(`${pages}/index.html`);
          for (const path of forReaders[edition]) {
            assert.ok(index.includes(`href="${basename(path, ".ipynb")}.html"`));
          }
          const page = await Deno.readTextFile(`${pages}/00_setup.html`);
          assert.match(page, /<img [^>]*src="data:image\/png;base64,/);
          assert.match(page, /katex\/katex\.min\.js/);
          assert.match(page, /class="book-language"/, "a link to the other edition");
          assert.ok(!/<script[^>]+src="https?:/.test(page), "no script from a network");
        }
        assert.ok((await Deno.stat(`${site}/katex/katex.min.css`)).isFile);
        if (browserMissing()) return;
        assert.deepEqual(await checkBook(site), []);
        await checkDrawingPage(`${site}/${DRAWING_PAGE}.html`, join(out, "data", "en"));
        await checkDrawingPage(`${site}/zh/${DRAWING_PAGE}.html`, join(out, "data", "zh"));
      },
    );
    await Deno.remove(out, { recursive: true });
  },
});

/**
 * The rendered page of notebook 11 in Chromium: drawing gives a prediction, and for real MNIST
 * test digits painted into the pad the page predicts what the kernel's model (the same trained
 * weights, in TensorFlow.js) predicts for the page's 28 × 28 input.
 */
async function checkDrawingPage(pagePath: string, dataDir: string): Promise<void> {
  await useBackend("wasm");
  const { network } = await loadWeights(`${dataDir}/mnist.weights.json`);
  const { test } = await loadDataset();
  await withBrowser(async (browser) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`file://${pagePath}`);
    await drawStroke(page, [[0.3, 0.2], [0.7, 0.2], [0.45, 0.85]]); // a "7"
    const drawn = await page.locator("[data-mnist-draw]").getAttribute("data-prediction");
    assert.match(drawn ?? "", /^\d$/, "a prediction appears while drawing");
    let right = 0;
    for (let index = 0; index < 20; index++) {
      const state = await paintDigit(page, imageAt(test, index));
      const expected = kernelProbabilities(network, state.input!);
      assert.equal(
        state.prediction,
        String(expected.indexOf(Math.max(...expected))),
        `digit ${index}`,
      );
      if (state.prediction === String(test.labels[index])) right++;
    }
    assert.ok(right >= 17, `the page recognised ${right} of 20 real test digits`);
    assert.deepEqual(errors, []);
  });
  network.dispose();
}
