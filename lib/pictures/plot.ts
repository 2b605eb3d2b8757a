/**
 * Charts with Observable Plot, rendered without a browser: Plot draws into a `linkedom` document
 * (and, for colour legends, into a Skia canvas), and the result shows in a notebook as SVG. Its
 * texts use Plot's `system-ui`, then a CJK family for Chinese labels (see `fonts.ts`).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { createCanvas } from "@napi-rs/canvas";
import { parseHTML } from "linkedom";
import { JUPYTER_DISPLAY } from "../notebook/display.ts";
import { PLOT_FONT_FAMILY } from "./fonts.ts";

export { Plot };

/** The document type Plot draws into (a DOM `Document`). */
export type PlotDocument = NonNullable<Plot.PlotOptions["document"]>;

/** A document for Plot to draw into; its canvases are real (Skia) so legends can be drawn. */
export const plotDocument: PlotDocument = (() => {
  // deno-lint-ignore no-explicit-any
  const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>") as any;
  const createElement = document.createElement.bind(document);
  document.createElement = (name: string, options?: unknown) =>
    name.toLowerCase() === "canvas" ? createCanvas(300, 150) : createElement(name, options);
  return document as PlotDocument;
})();

/** What the course needs of a rendered element. */
interface RenderedElement {
  outerHTML: string;
}

/** Plot's font list, in the chart's attributes and in its legend's style sheet. */
const PLOT_DEFAULT_FONT = "system-ui, sans-serif";

/** What the course needs of the elements of a rendered chart, to set their fonts. */
interface FontElement {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelectorAll(selector: string): Iterable<FontElement>;
  textContent: string | null;
}

/** Replaces Plot's `system-ui, sans-serif` with the course's list, CJK families included. */
function useCourseFonts(root: FontElement): void {
  for (const element of [root, ...root.querySelectorAll("[font-family]")]) {
    if (element.getAttribute("font-family") === PLOT_DEFAULT_FONT) {
      element.setAttribute("font-family", PLOT_FONT_FAMILY);
    }
  }
  for (const style of root.querySelectorAll("style")) {
    const css = style.textContent ?? "";
    if (css.includes(`font-family: ${PLOT_DEFAULT_FONT};`)) {
      style.textContent = css.replaceAll(
        `font-family: ${PLOT_DEFAULT_FONT};`,
        `font-family: ${PLOT_FONT_FAMILY};`,
      );
    }
  }
}

/** A rendered chart: SVG (or, with a legend, an HTML figure holding SVG). */
export class Chart {
  /** Wraps an element Plot rendered. */
  constructor(readonly element: RenderedElement) {}

  /** The chart's markup; standalone SVG gets its namespace so it also opens as a file. */
  get html(): string {
    const markup = this.element.outerHTML;
    return markup.startsWith("<svg") && !markup.includes('xmlns="http://www.w3.org/2000/svg"')
      ? markup.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"')
      : markup;
  }

  /** The MIME bundle the kernel shows: `image/svg+xml` for a lone SVG, else `text/html`. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    const html = this.html;
    return html.startsWith("<svg") ? { "image/svg+xml": html } : { "text/html": html };
  }
}

/**
 * Renders Plot options (marks, scales …) to a {@linkcode Chart} a notebook displays. Its texts'
 * fonts are Plot's `system-ui`, then CJK families for Chinese labels, then `sans-serif`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plot, Plot } from "./plot.ts";
 * const chart = plot({ marks: [Plot.barY([3, 1, 2])] });
 * assert.ok(chart.html.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
 * assert.ok(chart.html.includes('font-family="system-ui, WenQuanYi Micro Hei, '));
 * ```
 */
export function plot(options: Plot.PlotOptions): Chart {
  const element = Plot.plot({ ...options, document: plotDocument });
  useCourseFonts(element as unknown as FontElement);
  return new Chart(element as unknown as RenderedElement);
}

/**
 * Several charts side by side (wrapping onto new lines when the page is narrow).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { chartRow, plot, Plot } from "./plot.ts";
 * const both = chartRow([plot({ marks: [Plot.barY([1])] }), plot({ marks: [Plot.barY([2])] })]);
 * assert.ok(both.html.startsWith("<div"));
 * ```
 */
export function chartRow(charts: Chart[]): Chart {
  const cells = charts.map((c) => `<div>${c.html}</div>`).join("");
  return new Chart({
    outerHTML:
      `<div style="display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start">${cells}</div>`,
  });
}
