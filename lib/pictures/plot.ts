/**
 * Charts with Observable Plot, rendered without a browser: Plot draws into a `linkedom` document
 * (and, for colour legends, into a Skia canvas), and the result shows in a notebook as SVG.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { createCanvas } from "@napi-rs/canvas";
import { parseHTML } from "linkedom";
import { JUPYTER_DISPLAY } from "../notebook/display.ts";

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
 * Renders Plot options (marks, scales …) to a {@linkcode Chart} a notebook displays.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { plot, Plot } from "./plot.ts";
 * const chart = plot({ marks: [Plot.barY([3, 1, 2])] });
 * assert.ok(chart.html.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
 * ```
 */
export function plot(options: Plot.PlotOptions): Chart {
  return new Chart(Plot.plot({ ...options, document: plotDocument }) as unknown as RenderedElement);
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
