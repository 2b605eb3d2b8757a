/**
 * A batch of images flowing through the network's layers as matrices, drawn in SVG (its labels in
 * the language chosen with `setLanguage()`).
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import {
  arrowRight,
  BLUE,
  GREY,
  LIGHT_BLUE,
  LIGHT_GREY,
  LIGHT_ORANGE,
  MUTED,
  num,
  ORANGE,
  subscript,
  svgChart,
  text,
  textMiddle,
  textWidth,
} from "./_svg.ts";

/**
 * A batch of images flowing through the network as matrices: the input batch (15 images × 784
 * pixels, one image a row), arrows labelled with each layer's operation (× W₁ᵀ + b₁, then ReLU …),
 * the hidden layers' 15 × 64 matrices and the output's 15 × 10 scores, with one image's row
 * highlighted all the way through.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { batchDiagram } from "./batch_diagram.ts";
 * const html = batchDiagram(4, [784, 64, 10]).html;
 * assert.equal(html.match(/<rect class="row[ "]/g)?.length, 3 * 4);
 * assert.ok(html.includes("4 images × 784 pixels") && html.includes("4 × 10 scores"));
 * ```
 */
export function batchDiagram(batchSize = 15, layers: number[] = [784, 64, 64, 64, 10]): Chart {
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 256) {
    throw new RangeError(
      `Cannot draw a batch of ${batchSize}: give a whole number of images from 1 to 256 (the ` +
        `picture is the same for any size; 15 reads best)`,
    );
  }
  if (layers.length < 2 || layers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(
      `The layers [${layers}] are not a network: give at least two positive whole sizes, ` +
        `input first, such as [784, 64, 64, 64, 10]`,
    );
  }
  const last = layers.length - 1;
  const rowH = batchSize <= 20 ? 16 : Math.max(3, 320 / batchSize);
  const highlighted = Math.min(2, batchSize - 1);
  const matrixW = layers.map((n) => Math.max(20, Math.min(190, Math.round(6.5 * Math.sqrt(n)))));
  const say = messages().pictures;
  const names = layers.map((_, l) =>
    l === 0 ? say.inputName : l === last ? say.outputName : say.hiddenName(l)
  );
  const shapes = layers.map((n, l) =>
    l === 0
      ? say.batchImages(batchSize, n)
      : l === last
      ? say.batchScores(batchSize, n)
      : `${batchSize} × ${n}`
  );
  const ops = layers.slice(1).map((_, l) => ({
    op: `× W${subscript(l + 1)}ᵀ + b${subscript(l + 1)}`,
    then: l + 1 === last ? "" : "ReLU",
    shape: say.weightShape(`W${subscript(l + 1)}`, layers[l + 1], layers[l]),
  }));
  const gap = Math.max(
    104,
    ...ops.map(({ op, shape }) => Math.max(textWidth(op, 14), textWidth(shape, 11)) + 24),
  );
  // Room for the shape labels hanging past the ends, and for the row numbers on the left.
  const left = Math.max(44, textWidth(shapes[0], 13) / 2 - matrixW[0] / 2 + 14);
  const right = Math.max(14, textWidth(shapes[last], 13) / 2 - matrixW[last] / 2 + 14);
  const xs: number[] = [];
  let x = left;
  for (const w of matrixW) {
    xs.push(x);
    x += w + gap;
  }
  const width = x - gap + right;
  const top = 46, height = batchSize * rowH, middle = top + height / 2;
  const rowY = (r: number) => top + r * rowH;
  const body: string[] = [];

  // One image's row, joined from matrix to matrix by a dashed orange line.
  const hy = rowY(highlighted) + rowH / 2;
  for (let l = 0; l < last; l++) {
    body.push(
      `<line class="row-link" x1="${num(xs[l] + matrixW[l])}" y1="${num(hy)}" ` +
        `x2="${num(xs[l + 1])}" y2="${num(hy)}" stroke="${ORANGE}" stroke-width="1.5" ` +
        `stroke-dasharray="4 3"/>`,
    );
  }
  layers.forEach((n, l) => {
    const [fill, stroke] = l === 0 ? [LIGHT_GREY, GREY] : [LIGHT_BLUE, BLUE];
    const cx = xs[l] + matrixW[l] / 2;
    body.push(text(cx, top - 14, names[l], { anchor: "middle", size: 14, bold: true }));
    body.push(`<g class="matrix" data-rows="${batchSize}" data-cols="${n}">`);
    for (let r = 0; r < batchSize; r++) {
      if (r === highlighted) continue;
      body.push(
        `<rect class="row" x="${num(xs[l])}" y="${num(rowY(r))}" width="${matrixW[l]}" ` +
          `height="${num(rowH)}" fill="${fill}" stroke="${stroke}" stroke-width="0.6"/>`,
      );
    }
    body.push(
      `<rect class="row highlighted" x="${num(xs[l])}" y="${num(rowY(highlighted))}" ` +
        `width="${matrixW[l]}" height="${num(rowH)}" fill="${LIGHT_ORANGE}" stroke="${ORANGE}" ` +
        `stroke-width="2"/>`,
      "</g>",
      `<rect class="frame" x="${num(xs[l])}" y="${top}" width="${matrixW[l]}" ` +
        `height="${num(height)}" fill="none" stroke="${stroke}" stroke-width="1.5"/>`,
      text(cx, top + height + 22, shapes[l], {
        anchor: "middle",
        size: 13,
        className: "shape",
      }),
    );
  });
  // The images' numbers, left of the input.
  const numbered = rowH >= 12
    ? Array.from({ length: batchSize }, (_, r) => r)
    : [0, highlighted, batchSize - 1].filter((r, _, all) =>
      r === highlighted || all.every((o) => o === r || Math.abs(o - r) * rowH >= 13)
    );
  for (const r of numbered) {
    const lit = r === highlighted;
    body.push(textMiddle(xs[0] - 6, rowY(r) + rowH / 2, String(r), {
      anchor: "end",
      size: 11,
      fill: lit ? ORANGE : MUTED,
      bold: lit,
    }));
  }
  body.push(text(xs[0] - 6, top - 6, say.image, { anchor: "end", size: 11, fill: MUTED }));
  // The operations, on arrows between the matrices.
  ops.forEach(({ op, then, shape }, l) => {
    const x1 = xs[l] + matrixW[l] + 10, x2 = xs[l + 1] - 10, cx = (x1 + x2) / 2;
    body.push(
      arrowRight(x1, x2, middle, "#555"),
      text(cx, middle - (then ? 28 : 10), op, { anchor: "middle", size: 14, className: "op" }),
      then ? text(cx, middle - 10, then, { anchor: "middle", size: 14, className: "op" }) : "",
      text(cx, middle + 20, shape, { anchor: "middle", size: 11, fill: MUTED }),
    );
  });
  const captionY = top + height + 50;
  body.push(text(width / 2, captionY, say.oneRow, {
    anchor: "middle",
    size: 13,
    fill: "#c2570c",
    bold: true,
    className: "caption",
  }));

  return svgChart(
    width,
    captionY + 14,
    say.batchAria(batchSize, layers.join(" → ")),
    body,
  );
}
