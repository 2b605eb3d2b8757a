import assert from "node:assert/strict";
import { loadImage } from "@napi-rs/canvas";
import { digitGridPng } from "../lib/pictures/images.ts";

Deno.test("digitGridPng() lays pictures out in a grid of the expected size", async () => {
  const items = Array.from({ length: 10 }, (_, i) => ({
    pixels: new Uint8Array(784).fill(i * 25),
    title: `digit ${i}`,
  }));
  const png = digitGridPng(items, { columns: 4, scale: 2 });
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const image = await loadImage(png);
  // 4 columns of (28·2 + 10) plus a margin; 3 rows of (28·2 + 22 + 10) plus a margin.
  assert.equal(image.width, 4 * 66 + 10);
  assert.equal(image.height, 3 * 88 + 10);
});

Deno.test("digitGridPng() draws ink dark on white", async () => {
  const { createCanvas } = await import("@napi-rs/canvas");
  const pixels = new Uint8Array(784);
  pixels.fill(255, 0, 392); // top half full ink
  const image = await loadImage(digitGridPng([{ pixels }], { scale: 1 }));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const at = (x: number, y: number) => context.getImageData(x, y, 1, 1).data[0];
  assert.equal(at(10 + 14, 10 + 22 + 5), 0); // ink
  assert.equal(at(10 + 14, 10 + 22 + 20), 255); // background
});

Deno.test("digitGridPng() rejects an empty grid and pictures of the wrong size", () => {
  assert.throws(() => digitGridPng([]), /at least one picture/);
  assert.throws(
    () => digitGridPng([{ pixels: new Uint8Array(10) }]),
    /Picture 0 has 10 pixels, expected 28 × 28/,
  );
});

Deno.test("digitGridPng() widens the cells for long titles so they never overlap", async () => {
  const items = Array.from(
    { length: 4 },
    () => ({ pixels: new Uint8Array(784), title: "predicted 8, is 9" }),
  );
  const narrow = await loadImage(
    digitGridPng(items.map((i) => ({ pixels: i.pixels })), { columns: 4, scale: 2 }),
  );
  const wide = await loadImage(digitGridPng(items, { columns: 4, scale: 2 }));
  assert.equal(narrow.width, 4 * 66 + 10);
  assert.ok(wide.width >= 4 * (120 + 10), `width ${wide.width}`);
});
