/**
 * Raster pictures of digits, drawn with Skia through `@napi-rs/canvas` and encoded as PNG. Titles
 * are drawn in DejaVu Sans, and Chinese ones in the first CJK font installed (see `fonts.ts`).
 *
 * @module
 */
import { createCanvas } from "@napi-rs/canvas";
import { canvasFont } from "./fonts.ts";

/** One picture in a grid: its pixels and a caption above it. */
export interface GridItem {
  /** `rows × cols` bytes, 0 (background) to 255 (ink). */
  pixels: Uint8Array;
  /** Text drawn above the picture, such as "predicted 7". */
  title?: string;
  /** Colour of the title (any CSS colour); dark grey by default. */
  titleColor?: string;
}

/** Options of {@linkcode digitGridPng}. */
export interface GridOptions {
  /** Pictures a row; 8 by default. */
  columns?: number;
  /** Height of a picture in pixels of the source; 28 by default. */
  rows?: number;
  /** Width of a picture in pixels of the source; 28 by default. */
  cols?: number;
  /** How many screen pixels a source pixel becomes; 4 by default. */
  scale?: number;
}

const TITLE_HEIGHT = 22;
const GAP = 10;

/**
 * A PNG of pictures in a grid, dark ink on white, each with its title above it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digitGridPng } from "./images.ts";
 * const png = digitGridPng([{ pixels: new Uint8Array(784).fill(255), title: "ink" }]);
 * assert.ok(png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47); // "PNG"
 * ```
 */
export function digitGridPng(items: readonly GridItem[], options: GridOptions = {}): Uint8Array {
  const { rows = 28, cols = 28, scale = 4 } = options;
  if (items.length === 0) throw new Error("A grid needs at least one picture");
  const columns = Math.min(options.columns ?? 8, items.length);
  const gridRows = Math.ceil(items.length / columns);
  const font = canvasFont(15);
  const measure = createCanvas(1, 1).getContext("2d");
  measure.font = font;
  const widestTitle = Math.max(
    0,
    ...items.map((item) => measure.measureText(item.title ?? "").width),
  );
  const cellWidth = Math.max(cols * scale, Math.ceil(widestTitle)) + GAP;
  const cellHeight = rows * scale + TITLE_HEIGHT + GAP;
  const canvas = createCanvas(columns * cellWidth + GAP, gridRows * cellHeight + GAP);
  const context = canvas.getContext("2d");
  context.fillStyle = "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = false;
  context.textAlign = "center";
  context.font = font;

  const tile = createCanvas(cols, rows);
  const tileContext = tile.getContext("2d");
  items.forEach((item, index) => {
    if (item.pixels.length !== rows * cols) {
      throw new Error(
        `Picture ${index} has ${item.pixels.length} pixels, expected ${rows} × ${cols}`,
      );
    }
    const image = tileContext.createImageData(cols, rows);
    item.pixels.forEach((value, p) => {
      const shade = 255 - value;
      image.data.set([shade, shade, shade, 255], p * 4);
    });
    tileContext.putImageData(image, 0, 0);
    // Each picture is centred in its cell, which is wide enough for the longest title.
    const x = GAP + (index % columns) * cellWidth + (cellWidth - GAP - cols * scale) / 2;
    const y = GAP + Math.floor(index / columns) * cellHeight;
    if (item.title) {
      context.fillStyle = item.titleColor ?? "#333";
      context.fillText(item.title, x + (cols * scale) / 2, y + 15);
    }
    context.drawImage(tile, x, y + TITLE_HEIGHT, cols * scale, rows * scale);
    context.strokeStyle = "#ccc";
    context.strokeRect(x - 0.5, y + TITLE_HEIGHT - 0.5, cols * scale + 1, rows * scale + 1);
  });
  return new Uint8Array(canvas.toBuffer("image/png"));
}

/** Options of {@linkcode digitPng}. */
export interface DigitOptions {
  /** Height of the picture in source pixels; 28 by default. */
  rows?: number;
  /** Width of the picture in source pixels; 28 by default. */
  cols?: number;
  /** How many screen pixels a source pixel becomes; 8 by default. */
  scale?: number;
}

/**
 * A PNG of one picture, each source pixel a crisp square, dark ink on white.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { digitPng } from "./images.ts";
 * const png = digitPng(new Uint8Array(784), { scale: 2 });
 * assert.ok(png[1] === 0x50); // "P" of the PNG signature
 * ```
 */
export function digitPng(pixels: Uint8Array, options: DigitOptions = {}): Uint8Array {
  const { rows = 28, cols = 28, scale = 8 } = options;
  if (pixels.length !== rows * cols) {
    throw new Error(`The picture has ${pixels.length} pixels, expected ${rows} × ${cols}`);
  }
  const canvas = createCanvas(cols * scale, rows * scale);
  const context = canvas.getContext("2d");
  const image = context.createImageData(cols * scale, rows * scale);
  for (let y = 0; y < rows * scale; y++) {
    for (let x = 0; x < cols * scale; x++) {
      const shade = 255 - pixels[Math.floor(y / scale) * cols + Math.floor(x / scale)];
      image.data.set([shade, shade, shade, 255], (y * cols * scale + x) * 4);
    }
  }
  context.putImageData(image, 0, 0);
  return new Uint8Array(canvas.toBuffer("image/png"));
}

/**
 * Signed values (such as a neuron's weights) as a grid of pictures: red where a value is
 * positive, blue where negative, white near zero, each picture scaled to its own largest
 * magnitude.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { signedGridPng } from "./images.ts";
 * const png = signedGridPng([new Float32Array(784).fill(-1), new Float32Array(784).fill(2)]);
 * assert.ok(png[1] === 0x50);
 * ```
 */
export function signedGridPng(
  arrays: readonly ArrayLike<number>[],
  options: GridOptions = {},
): Uint8Array {
  const { rows = 28, cols = 28, scale = 3 } = options;
  if (arrays.length === 0) throw new Error("A grid needs at least one picture");
  const columns = Math.min(options.columns ?? 8, arrays.length);
  const size = cols * scale, gap = 4;
  const canvas = createCanvas(
    columns * (size + gap) + gap,
    Math.ceil(arrays.length / columns) * (size + gap) + gap,
  );
  const context = canvas.getContext("2d");
  context.fillStyle = "white";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = false;
  const tile = createCanvas(cols, rows);
  const tileContext = tile.getContext("2d");
  arrays.forEach((values, index) => {
    if (values.length !== rows * cols) {
      throw new Error(`Picture ${index} has ${values.length} values, expected ${rows} × ${cols}`);
    }
    let max = 1e-12;
    for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]));
    const image = tileContext.createImageData(cols, rows);
    for (let i = 0; i < values.length; i++) {
      const t = values[i] / max; // −1 … 1
      const fade = Math.round(255 * (1 - Math.abs(t)));
      image.data.set(t >= 0 ? [255, fade, fade, 255] : [fade, fade, 255, 255], i * 4);
    }
    tileContext.putImageData(image, 0, 0);
    const x = gap + (index % columns) * (size + gap);
    const y = gap + Math.floor(index / columns) * (size + gap);
    context.drawImage(tile, x, y, size, rows * scale);
  });
  return new Uint8Array(canvas.toBuffer("image/png"));
}
