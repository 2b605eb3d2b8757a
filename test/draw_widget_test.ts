import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { useBackend } from "../lib/network/backend.ts";
import { imageAt, loadDataset, takeFirst } from "../lib/data/dataset.ts";
import { drawDigitWidget, encodeWeights } from "../lib/notebook/draw_widget.ts";
import { createNetwork } from "../lib/network/network.ts";
import { TfjsEngine } from "../lib/engines/tfjs.ts";
import { train } from "../lib/training/loop.ts";
import {
  browserMissing,
  drawStroke,
  kernelProbabilities,
  paintDigit,
  widgetState,
  withBrowser,
} from "./_browser.ts";

await useBackend("wasm");
const { train: trainSet, test } = await loadDataset();

Deno.test("encodeWeights() packs every parameter, layer by layer, as float32", async () => {
  const network = createNetwork({ layers: [3, 2, 2], seed: 1 });
  const bytes = Buffer.from(await encodeWeights(network), "base64");
  const values = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  assert.deepEqual(
    values,
    Float32Array.from((await network.getWeights()).flatMap((a) => Array.from(a))),
  );
  assert.match((await drawDigitWidget(network)).html, /data-sizes="\[3,2,2\]"/);
  network.dispose();
});

const missing = browserMissing();
if (missing) console.warn(`%cSkipping the browser tests: ${missing}`, "color: orange");

Deno.test({
  name: "in Chromium, the widget predicts as you draw and agrees with the kernel's model",
  ignore: missing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const network = createNetwork({ seed: 0 });
    const engine = new TfjsEngine(network);
    await train(engine, takeFirst(trainSet, 6000), { epochs: 1, batchSize: 32 });
    engine.dispose();
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${
      (await drawDigitWidget(network)).html
    }</body></html>`;
    const path = await Deno.makeTempFile({ suffix: ".html" });
    await Deno.writeTextFile(path, page);
    await withBrowser(async (browser) => {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.goto(`file://${path}`);
      assert.equal((await widgetState(tab)).prediction, "", "nothing predicted before drawing");

      await drawStroke(tab, [[0.5, 0.15], [0.5, 0.85]]); // a "1"
      const drawn = await widgetState(tab);
      assert.match(drawn.prediction, /^\d$/);
      assert.equal(drawn.input!.length, 784);
      assert.ok(Math.abs(drawn.probabilities!.reduce((a, b) => a + b, 0) - 1) < 1e-5);

      await tab.click("[data-mnist-draw] button.clear");
      assert.equal((await widgetState(tab)).prediction, "", "Clear empties the pad");

      for (const index of [0, 1, 2, 3]) {
        const state = await paintDigit(tab, imageAt(test, index));
        const expected = kernelProbabilities(network, state.input!);
        const best = expected.indexOf(Math.max(...expected));
        assert.equal(state.prediction, String(best), `test digit ${index}`);
        state.probabilities!.forEach((p, d) => assert.ok(Math.abs(p - expected[d]) < 1e-4));
      }
      assert.deepEqual(errors, []);
    });
    network.dispose();
    await Deno.remove(path);
  },
});
