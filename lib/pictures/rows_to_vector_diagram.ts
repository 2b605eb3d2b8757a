/**
 * How a picture's rows are laid end to end into the network's input vector, drawn in SVG (its
 * labels in the language chosen with `setLanguage()`).
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import {
  arrowRight,
  GREY,
  MUTED,
  num,
  ROW_COLOURS,
  svgChart,
  text,
  textMiddle,
  textWidth,
} from "./_svg.ts";

/** Options of {@linkcode rowsToVectorDiagram}. */
export interface RowsToVectorOptions {
  /** Height in pixels of the picture; 28 by default. */
  rows?: number;
  /** Width in pixels of the picture; 28 by default. */
  cols?: number;
  /** How many rows, from row 0, are outlined in colour and labelled; 3 by default. */
  highlightRows?: number;
  /** Width in pixels; 900 by default (600 or more). */
  width?: number;
}

/** The grey of a pixel value 0 … 255 as the course draws it: 0 white, 255 black. */
function greyOf(value: number): string {
  const level = 255 - Math.max(0, Math.min(255, Math.round(value)));
  const hex = level.toString(16).padStart(2, "0");
  return `#${hex}${hex}${hex}`;
}

/**
 * How a picture becomes the network's input vector: on the left the 28 × 28 image, its first rows
 * outlined in colour; on the right the 784-long vector as a strip of thin cells in the same greys
 * (wrapped to fit), where row r's 28 pixels are laid end to end at positions 28·r … 28·r + 27,
 * with the formula i = 28·r + c. When the labels do not fit beside the picture (widths under
 * about 850), the vector goes under it; 600 px or more keeps everything in view.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rowsToVectorDiagram } from "./rows_to_vector_diagram.ts";
 * const html = rowsToVectorDiagram(new Uint8Array(784).fill(255)).html;
 * assert.equal(html.match(/<rect class="cell" [^>]*fill="#000000"/g)?.length, 784);
 * assert.ok(html.includes("row 1 → positions 28–55") && html.includes("i = 28·r + c"));
 * ```
 */
export function rowsToVectorDiagram(
  pixels: ArrayLike<number>,
  options: RowsToVectorOptions = {},
): Chart {
  const { rows = 28, cols = 28, width = 900 } = options;
  const highlightRows = Math.max(0, Math.min(rows, options.highlightRows ?? 3));
  if (pixels.length !== rows * cols) {
    throw new Error(
      `The picture has ${pixels.length} pixels, expected ${rows} × ${cols} = ${rows * cols}; ` +
        `pass { rows, cols } for a picture of another size`,
    );
  }
  const length = rows * cols;
  const colour = (r: number) => ROW_COLOURS[r % ROW_COLOURS.length];
  const body: string[] = [];

  // The picture, left: one square a pixel, each highlighted row's band outlined in its colour.
  const cell = Math.max(4, Math.min(24, Math.floor(280 / Math.max(rows, cols))));
  const imageX = 66, titleY = 22, imageY = 40 + 14;
  const imageW = cols * cell, imageH = rows * cell;
  const exampleRow = Math.min(2, rows - 1), exampleCol = Math.min(5, cols - 1);
  const say = messages().pictures;
  const title = say.theImage(rows, cols);
  const formula = `i = ${cols}·r + c`;
  const meaning = say.pixelToPosition;
  const example = say.forExample(cols, exampleRow, exampleCol, cols * exampleRow + exampleCol);
  const formulaWidth = Math.max(
    textWidth(formula, 18, true),
    textWidth(meaning, 12),
    textWidth(example, 12),
  );
  const leftWidth = Math.max(imageW, textWidth(title, 14, true), formulaWidth);
  body.push(text(imageX, titleY, title, { size: 14, bold: true }));
  body.push(text(imageX, imageY - 6, say.columns(cols - 1), { size: 11, fill: MUTED }));
  body.push(`<g class="image" shape-rendering="crispEdges">`);
  for (let i = 0; i < length; i++) {
    const r = Math.floor(i / cols), c = i % cols;
    body.push(
      `<rect class="pixel" x="${imageX + c * cell}" y="${imageY + r * cell}" width="${cell}" ` +
        `height="${cell}" fill="${greyOf(pixels[i])}"/>`,
    );
  }
  body.push("</g>");
  body.push(
    `<rect class="frame" x="${imageX}" y="${imageY}" width="${imageW}" height="${imageH}" ` +
      `fill="none" stroke="${GREY}"/>`,
  );
  // The highlighted rows' labels fan out upwards from the last one, so they never touch.
  const lastMiddle = imageY + (highlightRows - 0.5) * cell;
  const fan = highlightRows > 1 ? Math.min(14, (lastMiddle - 12) / (highlightRows - 1)) : 0;
  for (let r = 0; r < highlightRows; r++) {
    const rowMiddle = imageY + (r + 0.5) * cell;
    const labelY = Math.min(rowMiddle, lastMiddle - (highlightRows - 1 - r) * fan);
    body.push(
      `<rect class="row-outline row-${r}" x="${imageX}" y="${imageY + r * cell}" ` +
        `width="${imageW}" height="${cell}" fill="none" stroke="${colour(r)}" stroke-width="2"/>`,
      textMiddle(imageX - 14, labelY, say.rowNumber(r), {
        anchor: "end",
        size: 11,
        fill: colour(r),
        bold: true,
      }),
      `<line class="leader" x1="${imageX - 12}" y1="${num(labelY)}" x2="${imageX - 1}" ` +
        `y2="${num(rowMiddle)}" stroke="${colour(r)}" stroke-width="1.2"/>`,
    );
  }
  if (highlightRows < rows - 2) {
    body.push(textMiddle(imageX - 14, imageY + (rows - 0.5) * cell, say.rowNumber(rows - 1), {
      anchor: "end",
      size: 11,
      fill: MUTED,
    }));
  }

  // The vector: `perLine` rows to a line of the strip, each row a segment of `cols` cells; beside
  // the picture if it fits there, else under it.
  const indexWidth = textWidth(String(length), 11) + 8;
  const stripTitle = say.theVector(length);
  const subtitle = (perLine: number) => say.wrapped(perLine * cols);
  const label = (r: number) => say.rowPositions(r, r * cols, r * cols + cols - 1);
  const layout = (stripX: number) => {
    const available = width - 14 - stripX, right = width - 8, titleX = stripX - indexWidth;
    // As many rows to a line as fit with cells at least 4 px wide (fewer if that fills the lines
    // evenly), and fewer still until the labels fit.
    const fit = Math.max(1, Math.min(rows, Math.floor(available / (cols * 4))));
    const even = Array.from({ length: fit }, (_, i) => fit - i).find((p) => rows % p === 0)!;
    const candidates = [
      even * 2 > fit ? even : fit,
      ...Array.from({ length: fit }, (_, i) => fit - i),
    ];
    const tryPerLine = (perLine: number) => {
      const cellW = Math.max(1, Math.min(16, Math.floor(available / (cols * perLine))));
      const labelEnd = (r: number) =>
        stripX + (r % perLine) * cols * cellW + 4 + textWidth(label(r), 12, true);
      const fits = titleX + textWidth(stripTitle, 14, true) <= right &&
        titleX + textWidth(subtitle(perLine), 11) <= right &&
        Array.from({ length: highlightRows }, (_, r) => labelEnd(r) + 30).every((e) => e <= right);
      return { stripX, perLine, cellW, fits };
    };
    const tried = candidates.map(tryPerLine);
    return tried.find((t) => t.fits) ?? tried[0];
  };
  const beside = layout(Math.ceil(imageX + leftWidth + 44 + indexWidth));
  const stacked = !beside.fits;
  const { stripX, perLine, cellW } = stacked ? layout(Math.ceil(14 + indexWidth)) : beside;
  // The formula: under the picture, or beside it when the vector goes under and there is room.
  const formulaBeside = stacked && imageX + imageW + 40 + formulaWidth <= width - 8;
  const formulaX = formulaBeside ? imageX + imageW + 40 : imageX;
  const formulaY = formulaBeside ? imageY + imageH / 2 - 10 : imageY + imageH + 34;
  body.push(
    text(formulaX, formulaY, formula, { size: 18, bold: true, className: "formula" }),
    text(formulaX, formulaY + 20, meaning, { size: 12, fill: MUTED }),
    text(formulaX, formulaY + 38, example, { size: 12, fill: MUTED }),
  );
  const stripTitleY = stacked ? Math.max(imageY + imageH, formulaY + 38) + 44 : titleY;
  const lines = Math.ceil(rows / perLine);
  const lineH = 18, lineGap = 8, level = 17;
  // Room above each line for its highlighted rows' labels, one level each, stepping down.
  const labelsIn = (k: number) =>
    Math.max(0, Math.min(highlightRows, (k + 1) * perLine) - k * perLine);
  const lineTops: number[] = [];
  let y = stripTitleY + (imageY - titleY);
  for (let k = 0; k < lines; k++) {
    y += labelsIn(k) * level;
    lineTops.push(y);
    y += lineH + lineGap;
  }
  body.push(
    text(stripX - indexWidth, stripTitleY, stripTitle, { size: 14, bold: true }),
    text(stripX - indexWidth, stripTitleY + 17, subtitle(perLine), { size: 11, fill: MUTED }),
  );
  const cellX = (i: number) => stripX + (i % (perLine * cols)) * cellW;
  const cellY = (i: number) => lineTops[Math.floor(i / (perLine * cols))];
  body.push(`<g class="strip" shape-rendering="crispEdges">`);
  for (let i = 0; i < length; i++) {
    body.push(
      `<rect class="cell" x="${cellX(i)}" y="${cellY(i)}" width="${cellW}" height="${lineH}" ` +
        `fill="${greyOf(pixels[i])}"/>`,
    );
  }
  body.push("</g>");
  for (let k = 0; k < lines; k++) {
    body.push(textMiddle(stripX - 6, lineTops[k] + lineH / 2, String(k * perLine * cols), {
      anchor: "end",
      size: 11,
      fill: MUTED,
      className: "line-start",
    }));
  }
  // Every row's segment outlined: grey, or in its colour with a label above for the first rows.
  for (let r = 0; r < rows; r++) {
    const x = cellX(r * cols), top = cellY(r * cols), lit = r < highlightRows;
    body.push(
      `<rect class="segment${lit ? ` row-outline row-${r}` : ""}" x="${x}" y="${top}" ` +
        `width="${cols * cellW}" height="${lineH}" fill="none" ` +
        `stroke="${lit ? colour(r) : GREY}" stroke-width="${lit ? 2 : 0.75}"/>`,
    );
  }
  let lastLabel = { x: 0, y: 0, end: 0 };
  for (let r = 0; r < highlightRows; r++) {
    const k = Math.floor(r / perLine), x = cellX(r * cols), top = lineTops[k];
    const step = labelsIn(k) - (r - k * perLine); // the first row's label highest
    const baseline = top - (step - 1) * level - 6;
    body.push(
      `<line class="leader" x1="${x + 0.5}" y1="${num(baseline + 3)}" x2="${x + 0.5}" ` +
        `y2="${top}" stroke="${colour(r)}" stroke-width="1.5"/>`,
      text(x + 4, baseline, label(r), {
        size: 12,
        fill: colour(r),
        bold: true,
        className: "label",
      }),
    );
    lastLabel = { x: x + 4, y: baseline, end: x + 4 + textWidth(label(r), 12, true) };
  }
  if (highlightRows > 0 && highlightRows < rows) {
    // "…" over the next row's segment, or after the last label if that is in the way.
    const next = highlightRows, nextX = cellX(next * cols) + (cols * cellW) / 2;
    const sameLine = Math.floor(next / perLine) === Math.floor((next - 1) / perLine);
    const x = sameLine ? Math.max(nextX, lastLabel.end + 16) : lastLabel.end + 16;
    body.push(text(x, lastLabel.y, "…", { size: 14, fill: MUTED, className: "more" }));
  }
  if (highlightRows < rows) {
    // The last row's label, under the end of the strip (and inside the figure).
    const r = rows - 1, end = cellX(r * cols) + cols * cellW;
    body.push(text(
      Math.max(end, stripX - indexWidth + textWidth(label(r), 12)),
      lineTops[lines - 1] + lineH + 17,
      label(r),
      { size: 12, fill: MUTED, anchor: "end" },
    ));
  }
  const stripBottom = lineTops[lines - 1] + lineH + 26;
  if (!stacked) {
    // An arrow from the picture to where the vector starts.
    const arrowEnd = stripX - 12 - textWidth("0", 11);
    body.push(arrowRight(imageX + leftWidth + 10, arrowEnd, lineTops[0] + lineH / 2, GREY, 2));
  }

  return svgChart(
    width,
    Math.max(formulaY + 50, stripBottom + 8),
    say.rowsAria(rows, cols, length),
    body,
  );
}
