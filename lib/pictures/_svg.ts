/**
 * What the course's hand-drawn SVG diagrams share: their colours and font, text measured in
 * DejaVu Sans's widths, text and arrows, the chart that holds a drawing, and a check that nothing
 * is drawn outside the frame.
 *
 * @module
 */
import { Chart } from "./plot.ts";
import { isWide, SVG_FONT_FAMILY } from "./fonts.ts";
import { escapeHtml } from "../notebook/display.ts";
import { BLUE, ORANGE, RED } from "./colours.ts";

export { BLUE, ORANGE };

/** DejaVu Sans (the Latin font CI installs), then CJK families for Chinese labels. */
const FONT = SVG_FONT_FAMILY;
const TEXT = "#222";
export const GREY = "#9c9c9c";
export const MUTED = "#666";
export const LIGHT_BLUE = "#dbe6f1", LIGHT_ORANGE = "#fde3c8", LIGHT_GREY = "#eeeeee";
/** Colours of highlighted rows, in turn: the course's blue, orange and red, then Tableau's next. */
export const ROW_COLOURS = [BLUE, ORANGE, RED, "#54a24b", "#b279a2", "#72b7b2"];
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
export function num(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/** A number written with subscript digits: 784 → ₇₈₄. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]);
}

/**
 * The width of `s` in DejaVu Sans at `size` px, a few per cent generous (bold is about 12 % wider;
 * subscript digits are 0.4 em; Chinese characters and full-width punctuation 1 em; anything
 * unknown counts 0.7 em).
 */
export function textWidth(s: string, size: number, bold = false): number {
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

export interface TextStyle {
  size?: number;
  anchor?: "start" | "middle" | "end";
  fill?: string;
  bold?: boolean;
  className?: string;
}

/** A `<text>` at baseline `y`. */
export function text(x: number, y: number, content: string, style: TextStyle = {}): string {
  const { size = 12, anchor = "start", fill = TEXT, bold = false, className } = style;
  return `<text${className ? ` class="${className}"` : ""} x="${num(x)}" y="${num(y)}" ` +
    `font-size="${size}"${anchor === "start" ? "" : ` text-anchor="${anchor}"`}` +
    `${fill === TEXT ? "" : ` fill="${fill}"`}${bold ? ' font-weight="bold"' : ""}>` +
    `${escapeHtml(content)}</text>`;
}

/** A `<text>` whose middle (of a line of digits and lower-case letters) sits at `y`. */
export function textMiddle(x: number, y: number, content: string, style: TextStyle = {}): string {
  return text(x, y + 0.36 * (style.size ?? 12), content, style);
}

/** A horizontal arrow from x1 to x2 at height y (the head ends at x2). */
export function arrowRight(
  x1: number,
  x2: number,
  y: number,
  colour: string,
  strokeWidth = 1.6,
): string {
  const head = 5 + 2 * strokeWidth;
  return `<line class="arrow" x1="${num(x1)}" y1="${num(y)}" x2="${num(x2 - head + 1)}" ` +
    `y2="${num(y)}" stroke="${colour}" stroke-width="${strokeWidth}"/>` +
    `<polygon class="arrow-head" points="${num(x2)},${num(y)} ${num(x2 - head)},` +
    `${num(y - head / 2)} ${num(x2 - head)},${num(y + head / 2)}" fill="${colour}"/>`;
}

/** A standalone SVG document as a chart: white background, the course's font. */
export function svgChart(width: number, height: number, label: string, body: string[]): Chart {
  const w = Math.ceil(width), h = Math.ceil(height);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" ` +
    `viewBox="0 0 ${w} ${h}" font-family="${FONT}" role="img" ` +
    `aria-label="${escapeHtml(label)}">` +
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
 * import { outsideViewBox } from "./_svg.ts";
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
