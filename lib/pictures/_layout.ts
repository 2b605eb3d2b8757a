/**
 * Layout helpers for the course's charts: how wide a text is, where each text of a rendered chart
 * lies, and a renderer that widens the margins until every tick label fits inside the SVG.
 *
 * @module
 */
import type { Chart, Plot } from "./plot.ts";
import { plot } from "./plot.ts";
import { isWide } from "./fonts.ts";

/**
 * Width of a character in em, a little wider than DejaVu Sans (the font CI installs); Chinese
 * characters and full-width punctuation a full em.
 */
function characterWidth(character: string): number {
  if (isWide(character)) return 1;
  if (/[0-9]/.test(character)) return 0.66;
  if (/[.,:;'!|il ]/.test(character)) return 0.34;
  if (/[−—%mwMW@]/.test(character)) return 0.96;
  if (/[A-Z]/.test(character)) return 0.74;
  return 0.64;
}

/**
 * An estimate, on the safe side, of the width in pixels of a text drawn at `fontSize` px: no
 * browser here to measure it, so each character counts as a little more than its width in the
 * fonts a reader is likely to have.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { textWidth } from "./_layout.ts";
 * assert.ok(textWidth("255", 9) > 16 && textWidth("255", 9) < 20);
 * assert.equal(textWidth("", 10), 0);
 * assert.equal(textWidth("正确率", 10), 30);
 * ```
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const character of text) em += characterWidth(character);
  return em * fontSize;
}

/** Where a text of a chart lies, in the SVG's pixels (its width by {@linkcode textWidth}). */
export interface TextBox {
  /** The text. */
  text: string;
  /** The `aria-label` of the group it is in ("y-axis tick label" …), or "text". */
  kind: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The DOM a rendered chart is made of, as far as these helpers read it (a DOM `Element`). */
export interface Node {
  tagName: string;
  textContent: string | null;
  parentElement: Node | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
  closest(selector: string): Node | null;
}

/** A length attribute in pixels (`3`, `0.32em`). */
function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  const number = parseFloat(value);
  return value.trim().endsWith("em") ? number * fontSize : number;
}

/** The attribute of the element or of its nearest ancestor that has it. */
function inherited(node: Node, name: string): string | null {
  for (let n: Node | null = node; n; n = n.parentElement) {
    const value = n.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * Where an element of an SVG lies: the sum of its own and its ancestors' `translate(…)`s, up to
 * the SVG; null when a transform other than a translation (a rotation) is in the way.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseHTML } from "linkedom";
 * import { type Node, translation } from "./_layout.ts";
 * const { document } = parseHTML(
 *   '<svg><g transform="translate(10,5)"><circle transform="translate(1, 2)"/></g></svg>',
 * ) as unknown as { document: Node };
 * assert.deepEqual(translation(document.querySelector("circle")!), { x: 11, y: 7 });
 * ```
 */
export function translation(node: Node): { x: number; y: number } | null {
  let x = 0, y = 0;
  for (let n: Node | null = node; n && n.tagName.toLowerCase() !== "svg"; n = n.parentElement) {
    const transform = n.getAttribute("transform");
    if (!transform) continue;
    const match = /^\s*translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)\s*$/.exec(transform);
    if (!match) return null;
    x += Number(match[1]);
    y += Number(match[2]);
  }
  return { x, y };
}

/**
 * The SVG of a rendered chart: the element itself, or in a figure (a chart with a title or a
 * legend) its last SVG that is neither inside another nor a legend's swatch; null if none.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseHTML } from "linkedom";
 * import { chartSvg, type Node } from "./_layout.ts";
 * const { document } = parseHTML(
 *   '<figure><div><span><svg id="swatch"></svg>a</span></div><svg id="chart"></svg></figure>',
 * ) as unknown as { document: Node };
 * assert.equal(chartSvg(document.querySelector("figure")!)?.getAttribute("id"), "chart");
 * ```
 */
export function chartSvg<T extends Node>(root: T): T | null {
  if (root.tagName.toLowerCase() === "svg") return root;
  const charts = [...root.querySelectorAll("svg")]
    .filter((svg) => !svg.parentElement?.closest("svg, span"));
  return (charts[charts.length - 1] as T | undefined) ?? null;
}

/**
 * The boxes of the texts of a rendered chart's SVG (see {@linkcode chartSvg}), in the SVG's
 * pixels; rotated texts are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseHTML } from "linkedom";
 * import { type Node, textBoxes } from "./_layout.ts";
 * const { document } = parseHTML(
 *   '<svg font-size="10"><g aria-label="y-axis tick label" text-anchor="end" ' +
 *     'transform="translate(-9,0)"><text transform="translate(40,20)" y="0.32em">50</text>' +
 *     "</g></svg>",
 * ) as unknown as { document: Node };
 * const [box] = textBoxes(document.querySelector("svg")!);
 * assert.equal(box.kind, "y-axis tick label");
 * assert.equal(box.right, 31);
 * assert.ok(box.left > 17 && box.left < 19);
 * ```
 */
export function textBoxes(root: Node): TextBox[] {
  const svg = chartSvg(root);
  if (!svg) return [];
  const boxes: TextBox[] = [];
  for (const text of svg.querySelectorAll("text")) {
    const content = text.textContent ?? "";
    const place = translation(text);
    if (!place || !content.trim()) continue;
    const fontSize = length(inherited(text, "font-size"), 10) || 10;
    const x = place.x + length(text.getAttribute("x"), fontSize) +
      length(text.getAttribute("dx"), fontSize);
    const baseline = place.y + length(text.getAttribute("y"), fontSize) +
      length(text.getAttribute("dy"), fontSize);
    const width = textWidth(content, fontSize);
    const anchor = inherited(text, "text-anchor") ?? "start";
    const left = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
    boxes.push({
      text: content,
      kind: text.closest("g[aria-label]")?.getAttribute("aria-label") ?? "text",
      left,
      right: left + width,
      top: baseline - 0.8 * fontSize,
      bottom: baseline + 0.25 * fontSize,
    });
  }
  return boxes;
}

/** The left and right margins of a chart, in pixels. */
export interface Margins {
  left: number;
  right: number;
}

/**
 * Renders the Plot options that `layout` builds for some margins, then, if a tick label would
 * stick out of the SVG (Plot's default 40 px clip labels like "1,000,000"), renders them again
 * with the margins widened to fit the widest label. The margins become the chart's `marginLeft`
 * and `marginRight`; `layout` gets them too, for a width that depends on them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseHTML } from "linkedom";
 * import { fitPlot, type Node, textBoxes } from "./_layout.ts";
 * import { Plot } from "./plot.ts";
 * const chart = fitPlot(() => ({
 *   marks: [Plot.barY([1_000_000, 3_000_000])],
 * }));
 * const { document } = parseHTML(chart.html) as unknown as { document: Node };
 * const labels = textBoxes(document.querySelector("svg")!);
 * assert.ok(labels.some((box) => box.text === "3,000,000"));
 * assert.ok(labels.every((box) => box.left >= 0));
 * ```
 */
export function fitPlot(
  layout: (margins: Margins) => Plot.PlotOptions,
  margins: Margins = { left: 40, right: 20 },
): Chart {
  const withMargins = (m: Margins) => ({ ...layout(m), marginLeft: m.left, marginRight: m.right });
  const options = withMargins(margins);
  const chart = plot(options);
  const element = chart.element as unknown as Node;
  const svg = chartSvg(element);
  const width = Number(svg?.getAttribute("width") ?? options.width ?? 640);
  const ticks = textBoxes(element).filter((box) => box.kind.endsWith("tick label"));
  const PAD = 2;
  const overLeft = Math.max(0, ...ticks.map((box) => PAD - box.left));
  const overRight = Math.max(0, ...ticks.map((box) => box.right - (width - PAD)));
  if (overLeft === 0 && overRight === 0) return chart;
  return plot(withMargins({
    left: margins.left + Math.ceil(overLeft),
    right: margins.right + Math.ceil(overRight),
  }));
}
