/**
 * The book's script (`cli/book/book.js`) in a real browser, on small pages laid out like the
 * book's: what it does to pictures and code cells.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import type { Page } from "playwright-core";
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

/** Opens `body` (with the book's style sheet and script) in Chromium at 1280 px, runs `read`. */
async function onPage<T>(
  body: string,
  bodyAttributes: string,
  read: (page: Page) => Promise<T>,
): Promise<T> {
  const dir = await Deno.makeTempDir({ prefix: "book-script-" });
  try {
    await Deno.writeTextFile(
      join(dir, "page.html"),
      `<!doctype html><html><head><link rel="stylesheet" href="${
        join(ROOT, "cli/book/book.css")
      }"></head><body ${bodyAttributes}>${body}<script src="${
        join(ROOT, "cli/book/book.js")
      }"></script></body></html>`,
    );
    return await withBrowser(async (browser) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${join(dir, "page.html")}`, { waitUntil: "load" });
      return await read(page);
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
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
    const body = `<main style="width: ${COLUMN}px">${
      outputs.map((o) => `<div class="jp-OutputArea-output">${o}</div>`).join("\n")
    }</main>`;
    const shown = await onPage(
      body,
      "",
      (page) =>
        page.$$eval(".jp-OutputArea-output", (boxes) =>
          boxes.map((box) => {
            const { width, height } = box.firstElementChild!.getBoundingClientRect();
            return {
              width: Math.round(width),
              height: Math.round(height),
              scrolls: box.scrollWidth > box.clientWidth,
            };
          })),
    );
    assert.deepEqual(shown, [
      { width: COLUMN, height: Math.round(40 * COLUMN / 986), scrolls: false },
      { width: 1474, height: 40, scrolls: true },
      { width: COLUMN, height: Math.round(40 * COLUMN / 900), scrolls: false },
      { width: 1100, height: 40, scrolls: true },
      { width: 500, height: 40, scrolls: false },
    ]);
  },
});

Deno.test({
  name: "each code cell gets a copy button in the page's language",
  ignore: missing !== null,
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const cell =
      '<div class="jp-CodeCell"><div class="jp-InputArea-editor"><pre>1 + 1</pre></div></div>';
    const button = (page: Page) =>
      page.$eval(".book-copy", (b) => [b.textContent, b.getAttribute("aria-label")]);
    assert.deepEqual(await onPage(cell, "", button), ["Copy", "Copy this code"]);
    assert.deepEqual(
      await onPage(
        cell,
        'data-copy="复制" data-copied="已复制" data-copy-label="复制这段代码"',
        button,
      ),
      ["复制", "复制这段代码"],
    );
  },
});
