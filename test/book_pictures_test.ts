import assert from "node:assert/strict";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { ROOT } from "../cli/_jupyter.ts";
import { browserMissing, withBrowser } from "./_browser.ts";

const missing = browserMissing();

/** A blank PNG `width` px wide, as a data URL. */
function pngOfWidth(width: number): string {
  const canvas = createCanvas(width, 40);
  return `data:image/png;base64,${canvas.toBuffer("image/png").toString("base64")}`;
}

/** An SVG chart `width` px wide that scales (it has a viewBox). */
function svgOfWidth(width: number): string {
  return `<svg viewBox="0 0 ${width} 40" width="${width}" height="40"><rect width="${width}" ` +
    `height="40" fill="#ddd"/></svg>`;
}

Deno.test({
  name:
    "the book shrinks a picture a little wider than its column and lets a much wider one scroll",
  ignore: missing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const COLUMN = 896; // the output column of a page on a 1280 px screen
    const outputs = [
      `<img src="${pngOfWidth(986)}">`, // a grid of eight digits: 0.91 of it fits
      `<img src="${pngOfWidth(1474)}">`, // twelve digits: 0.61 would shrink its titles past reading
      svgOfWidth(900), // a diagram 4 px too wide
      svgOfWidth(1100), // a chart whose 10 px text 0.81 would shrink below 9 px
      `<img src="${pngOfWidth(500)}">`, // fits as drawn
    ];
    const page = `<!doctype html><html><head>
<link rel="stylesheet" href="${join(ROOT, "cli/book/book.css")}"></head><body>
<main style="width: ${COLUMN}px">
${outputs.map((o) => `<div class="jp-OutputArea-output">${o}</div>`).join("\n")}
</main><script src="${join(ROOT, "cli/book/book.js")}"></script></body></html>`;
    const dir = await Deno.makeTempDir({ prefix: "book-pictures-" });
    await Deno.writeTextFile(join(dir, "page.html"), page);
    const shown = await withBrowser(async (browser) => {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`file://${join(dir, "page.html")}`, { waitUntil: "load" });
      return await tab.$$eval(".jp-OutputArea-output", (boxes) =>
        boxes.map((box) => ({
          width: Math.round(box.firstElementChild!.getBoundingClientRect().width),
          height: Math.round(box.firstElementChild!.getBoundingClientRect().height),
          scrolls: box.scrollWidth > box.clientWidth,
        })));
    });
    await Deno.remove(dir, { recursive: true });
    assert.deepEqual(shown, [
      { width: COLUMN, height: Math.round(40 * COLUMN / 986), scrolls: false },
      { width: 1474, height: 40, scrolls: true },
      { width: COLUMN, height: Math.round(40 * COLUMN / 900), scrolls: false },
      { width: 1100, height: 40, scrolls: true },
      { width: 500, height: 40, scrolls: false },
    ]);
  },
});
