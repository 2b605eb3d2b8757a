/**
 * Diagrams of the network's shapes, drawn as hand-written SVG: the network as nodes and edges with
 * one neuron's sum written out, a picture's rows laid end to end into the input vector, and a
 * batch of images flowing through the layers as matrices. Their labels are in the language chosen
 * with `setLanguage()`.
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import { Chart } from "./plot.ts";
import { isWide, SVG_FONT_FAMILY } from "./fonts.ts";

/** DejaVu Sans (the Latin font CI installs), then CJK families for Chinese labels. */
const FONT = SVG_FONT_FAMILY;
const BLUE = "#4c78a8", ORANGE = "#f58518", RED = "#e45756", GREY = "#9c9c9c", TEXT = "#222";
const MUTED = "#666";
const LIGHT_BLUE = "#dbe6f1", LIGHT_ORANGE = "#fde3c8", LIGHT_GREY = "#eeeeee";
/** Colours of highlighted rows, in turn: the course's blue, orange and red, then Tableau's next. */
const ROW_COLOURS = [BLUE, ORANGE, RED, "#54a24b", "#b279a2", "#72b7b2"];
/** Advance widths in DejaVu Sans of the characters " " … "~", in thousandths of an em. */
const ASCII_WIDTHS = `
  318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636
  636 636 636 636 337 337 838 838 838 531 1000 684 686 698 770 632 575 775 752 295 295
  656 557 863 748 787 603 787 695 635 611 732 684 989 685 611 685 390 337 390 838 500 500
  613 635 550 635 615 352 635 634 278 278 579 278 974 634 612 635 635 411 521 392 634 592
  818 592 592 525 636 337 636 838
`.trim().split(/\s+/).map(Number);
/** Advance widths in DejaVu Sans of the other characters the diagrams use. */
const SYMBOL_WIDTHS: Record<string, number> = Object.fromEntries(
  [..."·×→−Σᵀ⋮…–"].map((ch, i) => [ch, [318, 838, 838, 838, 632, 385, 1000, 1000, 500][i]]),
);

/** A coordinate with at most one decimal, so the markup stays short and stable. */
function num(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** Text made safe for XML. */
function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A number written with subscript digits: 784 → ₇₈₄. */
function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}

/**
 * The width of `s` in DejaVu Sans at `size` px, a few per cent generous (bold is about 12 % wider;
 * subscript digits are 0.4 em; Chinese characters and full-width punctuation 1 em; anything
 * unknown counts 0.7 em).
 */
function textWidth(s: string, size: number, bold = false): number {
  let thousandths = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    thousandths += code >= 32 && code <= 126
      ? ASCII_WIDTHS[code - 32]
      : code >= 0x2080 && code <= 0x2089
      ? 401
      : isWide(ch)
      ? 1000
      : SYMBOL_WIDTHS[ch] ?? 700;
  }
  return (thousandths / 1000) * size * (bold ? 1.12 : 1) * 1.04;
}

interface TextStyle {
  size?: number;
  anchor?: "start" | "middle" | "end";
  fill?: string;
  bold?: boolean;
  className?: string;
}

/** A `<text>` at baseline `y`. */
function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const { size = 12, anchor = "start", fill = TEXT, bold = false, className } = style;
  return `<text${className ? ` class="${className}"` : ""} x="${num(x)}" y="${num(y)}" ` +
    `font-size="${size}"${anchor === "start" ? "" : ` text-anchor="${anchor}"`}` +
    `${fill === TEXT ? "" : ` fill="${fill}"`}${bold ? ' font-weight="bold"' : ""}>` +
    `${escapeXml(content)}</text>`;
}

/** A `<text>` whose middle (of a line of digits and lower-case letters) sits at `y`. */
function textMiddle(x: number, y: number, content: string, style: TextStyle = {}): string {
  return text(x, y + 0.36 * (style.size ?? 12), content, style);
}

/** A horizontal arrow from x1 to x2 at height y (the head ends at x2). */
function arrowRight(x1: number, x2: number, y: number, colour: string, strokeWidth = 1.6): string {
  const head = 5 + 2 * strokeWidth;
  return `<line class="arrow" x1="${num(x1)}" y1="${num(y)}" x2="${num(x2 - head + 1)}" ` +
    `y2="${num(y)}" stroke="${colour}" stroke-width="${strokeWidth}"/>` +
    `<polygon class="arrow-head" points="${num(x2)},${num(y)} ${num(x2 - head)},` +
    `${num(y - head / 2)} ${num(x2 - head)},${num(y + head / 2)}" fill="${colour}"/>`;
}

/** A standalone SVG document as a chart: white background, the course's font. */
function svgChart(width: number, height: number, label: string, body: string[]): Chart {
  const w = Math.ceil(width), h = Math.ceil(height);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" ` +
    `viewBox="0 0 ${w} ${h}" font-family="${FONT}" role="img" ` +
    `aria-label="${escapeXml(label)}">` +
    `<rect class="background" x="0" y="0" width="${w}" height="${h}" fill="white"/>` +
    body.join("") + "</svg>";
  return new Chart({ outerHTML: svg });
}

/** The attributes of an element's opening tag, by name. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/**
 * The elements of an SVG drawn partly outside its `viewBox`: circles, lines, rectangles, polygons
 * and text (whose extent is estimated, a little generously, from the widths of DejaVu Sans's
 * characters and the font size). An empty list means everything is inside. Transforms are not
 * followed; the course's diagrams use none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { outsideViewBox } from "./diagrams.ts";
 * const svg = '<svg viewBox="0 0 100 50"><circle cx="10" cy="10" r="5"/>' +
 *   '<line x1="0" y1="0" x2="120" y2="10"/></svg>';
 * assert.deepEqual(outsideViewBox(svg), ['<line x1="0" y1="0" x2="120" y2="10"/>']);
 * ```
 */
export function outsideViewBox(svg: string): string[] {
  const viewBox = svg.match(/viewBox="([^"]+)"/)?.[1].trim().split(/[\s,]+/).map(Number);
  if (!viewBox || viewBox.length !== 4 || viewBox.some((v) => !Number.isFinite(v))) {
    throw new Error(`The SVG has no readable viewBox="x y width height" attribute`);
  }
  const [left, top, width, height] = viewBox;
  const inside = (x: number, y: number) =>
    x >= left - 0.01 && x <= left + width + 0.01 && y >= top - 0.01 && y <= top + height + 0.01;
  const outside: string[] = [];
  const elements = /<(circle|line|rect|polygon|polyline)\b[^>]*>|<text\b([^>]*)>([^<]*)<\/text>/g;
  for (const match of svg.matchAll(elements)) {
    const a = attributes(match[0].replace(/>[^]*$/, ">"));
    const v = (name: string) => Number(a[name] ?? 0);
    let corners: [number, number][];
    switch (match[1]) {
      case "circle":
        corners = [[v("cx") - v("r"), v("cy") - v("r")], [v("cx") + v("r"), v("cy") + v("r")]];
        break;
      case "line":
        corners = [[v("x1"), v("y1")], [v("x2"), v("y2")]];
        break;
      case "rect":
        corners = [[v("x"), v("y")], [v("x") + v("width"), v("y") + v("height")]];
        break;
      case "polygon":
      case "polyline": {
        const xy = (a.points ?? "").trim().split(/[\s,]+/).map(Number);
        corners = xy.flatMap((x, i) => (i % 2 === 0 ? [[x, xy[i + 1]] as [number, number]] : []));
        break;
      }
      default: {
        const size = Number(a["font-size"] ?? 12);
        const content = match[3].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
        const w = textWidth(content, size, a["font-weight"] === "bold");
        const anchor = a["text-anchor"] ?? "start";
        const x0 = v("x") - (anchor === "middle" ? w / 2 : anchor === "end" ? w : 0);
        corners = [[x0, v("y") - 0.8 * size], [x0 + w, v("y") + 0.25 * size]];
      }
    }
    if (!corners.every(([x, y]) => inside(x, y))) outside.push(match[0]);
  }
  return outside;
}

// ---------------------------------------------------------------------------------------------
// The network as nodes and edges.

/** Options of {@linkcode networkDiagram}. */
export interface NetworkDiagramOptions {
  /** The true size of each layer, input first; `[784, 64, 64, 64, 10]` by default. */
  layers?: number[];
  /**
   * The neuron whose incoming edges and formula are shown: layer 1 is the first hidden layer,
   * `neuron` counts from 0 in the true layer and must be one of those drawn (the first and last
   * few). `{ layer: 1, neuron: 0 }` by default; `null` highlights none.
   */
  highlight?: { layer: number; neuron: number } | null;
  /** Width in pixels; 900 by default. */
  width?: number;
}

/** The neurons drawn of a layer of `size` when at most `cap` fit: the first and the last ones. */
function drawnNeurons(size: number, cap: number): { neurons: number[]; gapAfter: number } {
  if (size <= cap) return { neurons: Array.from({ length: size }, (_, i) => i), gapAfter: -1 };
  const first = Math.ceil(cap / 2), last = cap - first;
  return {
    neurons: [
      ...Array.from({ length: first }, (_, i) => i),
      ...Array.from({ length: last }, (_, i) => size - last + i),
    ],
    gapAfter: first - 1,
  };
}

/**
 * The tutorial's network 784 → 64 → 64 → 64 → 10 as nodes and edges, scaled down (12 of the 784
 * inputs, 8 of each hidden layer's 64 neurons, all 10 outputs), with every edge drawn faintly and
 * one neuron of the first hidden layer highlighted: its incoming edges drawn strongly and its sum
 * written out in a box joined to it, `z = w₁x₁ + w₂x₂ + … + w₇₈₄x₇₈₄ + b`, then `h = ReLU(z)`.
 * The box sits above the network, or under it when the neuron is the last drawn of its layer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { networkDiagram } from "./diagrams.ts";
 * const html = networkDiagram().html;
 * assert.equal(html.match(/<circle class="node/g)?.length, 12 + 8 + 8 + 8 + 10);
 * assert.equal(html.match(/class="edge highlighted"/g)?.length, 12);
 * assert.ok(html.includes("784 inputs (pixels)") && html.includes("h = ReLU(z)"));
 * ```
 */
export function networkDiagram(options: NetworkDiagramOptions = {}): Chart {
  const { layers = [784, 64, 64, 64, 10], width = 900 } = options;
  const highlight = options.highlight === undefined ? { layer: 1, neuron: 0 } : options.highlight;
  if (layers.length < 2 || layers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(
      `The layers [${layers}] are not a network: give at least two positive whole sizes, ` +
        `input first, such as [784, 64, 64, 64, 10]`,
    );
  }
  const last = layers.length - 1;
  const drawn = layers.map((size, l) => drawnNeurons(size, l === 0 ? 12 : l === last ? 10 : 8));
  if (highlight) {
    const { layer, neuron } = highlight;
    if (!Number.isInteger(layer) || layer < 1 || layer > last) {
      throw new RangeError(
        `Cannot highlight a neuron of layer ${layer}: the layers with incoming edges are 1 … ` +
          `${last} (1 is the first hidden layer); pass highlight: null to highlight none`,
      );
    }
    if (!drawn[layer].neurons.includes(neuron)) {
      const shown = drawn[layer].neurons;
      throw new RangeError(
        `Neuron ${neuron} of layer ${layer} is not drawn: the diagram shows neurons ` +
          `${shown.join(", ")} of its ${layers[layer]}; highlight one of those`,
      );
    }
  }

  const pitch = 30, radius = 9;
  const slotCount = (l: number) => drawn[l].neurons.length + (drawn[l].gapAfter >= 0 ? 1 : 0);
  const maxSlots = Math.max(...layers.map((_, l) => slotCount(l)));
  // The sum's box goes above the network, or under it (and the layers' names above) when the
  // highlighted neuron is the last drawn of its layer.
  const index = highlight ? drawn[highlight.layer].neurons.indexOf(highlight.neuron) : -1;
  const boxBelow = index > 0 && index === drawn[highlight!.layer].neurons.length - 1;
  const boxAbove = highlight !== null && !boxBelow;
  const boxHeight = 84;
  let cursor = 12;
  const boxAboveY = cursor;
  if (boxAbove) cursor += boxHeight + 12;
  const namesAboveY = cursor + 14;
  if (boxBelow) cursor += 48;
  const top = cursor + radius;
  const middle = top + ((maxSlots - 1) * pitch) / 2;
  const left = 100, right = 62;
  const columnX = (l: number) => left + (l * (width - left - right)) / last;
  const slotY = (l: number, slot: number) => middle + (slot - (slotCount(l) - 1) / 2) * pitch;
  /** The drawn nodes of a layer: neuron number and position. */
  const nodes = drawn.map(({ neurons, gapAfter }, l) =>
    neurons.map((neuron, i) => ({
      neuron,
      x: columnX(l),
      y: slotY(l, gapAfter >= 0 && i > gapAfter ? i + 1 : i),
    }))
  );

  const body: string[] = [];
  // Every edge between consecutive layers, faint; then the highlighted neuron's, strong.
  const edge = (a: { x: number; y: number }, b: { x: number; y: number }, cls: string) =>
    `<line class="${cls}" x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}"/>`;
  body.push(`<g stroke="${GREY}" stroke-width="0.7" stroke-opacity="0.45">`);
  for (let l = 0; l < last; l++) {
    for (const a of nodes[l]) for (const b of nodes[l + 1]) body.push(edge(a, b, "edge"));
  }
  body.push("</g>");
  const target = highlight
    ? nodes[highlight.layer].find((node) => node.neuron === highlight.neuron)!
    : undefined;
  if (highlight && target) {
    body.push(`<g stroke="${ORANGE}" stroke-width="1.8">`);
    const sources = nodes[highlight.layer - 1];
    for (const a of sources) body.push(edge(a, target, "edge highlighted"));
    body.push("</g>");
    // The weights of the first and last edges, named as in the formula.
    for (const a of [sources[0], sources[sources.length - 1]]) {
      const t = a.y <= target.y ? 0.32 : 0.24,
        x = a.x + t * (target.x - a.x),
        y = a.y + t * (target.y - a.y);
      const above = a.y <= target.y;
      body.push(text(x + (above ? -4 : 8), y + (above ? -8 : 10), `w${subscript(a.neuron + 1)}`, {
        size: 14,
        fill: "#c2570c",
        bold: true,
        className: "weight",
      }));
    }
  }

  // The nodes, the gaps between the first and last ones, and their labels.
  nodes.forEach((column, l) => {
    const [fill, stroke] = l === 0 ? [LIGHT_GREY, GREY] : [LIGHT_BLUE, BLUE];
    for (const { neuron, x, y } of column) {
      const lit = highlight?.layer === l && highlight.neuron === neuron;
      body.push(
        `<circle class="node layer-${l}${lit ? " highlighted" : ""}" cx="${num(x)}" ` +
          `cy="${num(y)}" r="${lit ? radius + 2 : radius}" fill="${lit ? ORANGE : fill}" ` +
          `stroke="${lit ? "#c2570c" : stroke}" stroke-width="${lit ? 2 : 1.2}"/>`,
      );
      if (l === 0) {
        body.push(textMiddle(x - radius - 6, y, `x${subscript(neuron + 1)}`, {
          anchor: "end",
          size: 14,
          fill: MUTED,
        }));
      } else if (l === last) {
        body.push(textMiddle(x + radius + 7, y, String(neuron), { size: 13 }));
      }
    }
    if (drawn[l].gapAfter >= 0) {
      body.push(textMiddle(columnX(l), slotY(l, drawn[l].gapAfter + 1), "⋮", {
        anchor: "middle",
        size: 18,
        fill: MUTED,
        className: "gap",
      }));
    }
  });

  // The layers' names and true sizes, under the columns (or above them).
  const bottom = middle + ((maxSlots - 1) * pitch) / 2 + radius;
  const namesY = boxBelow ? namesAboveY : bottom + 26;
  const say = messages().pictures;
  layers.forEach((size, l) => {
    const name = l === 0 ? say.inputName : l === last ? say.outputName : say.hiddenName(l);
    const count = l === 0
      ? say.inputCount(size)
      : l === last
      ? say.scoreCount(size)
      : say.neuronCount(size);
    body.push(text(columnX(l), namesY, name, { anchor: "middle", size: 14, bold: true }));
    body.push(text(columnX(l), namesY + 18, count, { anchor: "middle", size: 12, fill: MUTED }));
  });
  cursor = boxBelow ? bottom + 20 : bottom + 56;

  // The highlighted neuron's sum, in a box above or under it.
  if (highlight && target) {
    const n = layers[highlight.layer - 1];
    const v = highlight.layer === 1 ? "x" : "h";
    const term = (i: number) => `w${subscript(i)}${v}${subscript(i)}`;
    const sum = n <= 3
      ? `z = ${Array.from({ length: n }, (_, i) => term(i + 1)).join(" + ")} + b`
      : `z = ${term(1)} + ${term(2)} + … + ${term(n)} + b`;
    const out = highlight.layer === last ? say.scoreNoRelu : "h = ReLU(z)";
    const layerName = highlight.layer === last ? say.theOutput : say.hiddenName(highlight.layer);
    const note = say.ownWeights(layers[highlight.layer], layerName, n);
    const boxWidth = Math.max(textWidth(sum, 17), textWidth(note, 12)) + 28;
    const boxX = Math.max(8, Math.min(target.x - 34, width - 8 - boxWidth));
    const boxY = boxAbove ? boxAboveY : cursor;
    if (boxBelow) cursor += boxHeight + 12;
    // A dashed line joins box and neuron when no other neuron lies between them.
    if (index === 0 || boxBelow) {
      const [from, to] = boxAbove
        ? [boxY + boxHeight, target.y - radius - 3]
        : [target.y + radius + 3, boxY];
      body.push(
        `<line class="callout" x1="${num(target.x)}" y1="${num(from)}" x2="${num(target.x)}" ` +
          `y2="${num(to)}" stroke="${ORANGE}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      );
    }
    body.push(
      `<rect class="callout" x="${num(boxX)}" y="${boxY}" width="${num(boxWidth)}" ` +
        `height="${boxHeight}" rx="6" fill="#fff8f0" stroke="${ORANGE}" stroke-width="1.5"/>`,
      text(boxX + 14, boxY + 26, sum, { size: 17, className: "formula" }),
      text(boxX + 14, boxY + 50, out, { size: 17, className: "formula" }),
      text(boxX + 14, boxY + 72, note, { size: 12, fill: MUTED }),
    );
  }

  return svgChart(
    width,
    cursor,
    say.networkAria(layers.join(" → ")),
    body,
  );
}

// ---------------------------------------------------------------------------------------------
// A picture's rows laid end to end.

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
 * import { rowsToVectorDiagram } from "./diagrams.ts";
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

// ---------------------------------------------------------------------------------------------
// A batch flowing through the layers as matrices.

/**
 * A batch of images flowing through the network as matrices: the input batch (15 images × 784
 * pixels, one image a row), arrows labelled with each layer's operation (× W₁ᵀ + b₁, then ReLU …),
 * the hidden layers' 15 × 64 matrices and the output's 15 × 10 scores, with one image's row
 * highlighted all the way through.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { batchDiagram } from "./diagrams.ts";
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
