/**
 * The course's recurring pictures of numbers, so notebook cells stay short: a picture's pixels as
 * a heat-map of numbers, a long vector as a bar chart, curves of functions, and the values of a
 * network's layers. (Charts of training are in `learning_charts.ts`.)
 *
 * Every chart keeps its marks inside its frame and its texts inside its SVG, at 9 px or more: its
 * margins widen to fit the widest tick label. Default labels are in the language chosen with
 * `setLanguage()`; a label given in the options is drawn as given.
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import { Plot } from "./plot.ts";
import { fitPlot, textWidth } from "./_layout.ts";
import { BLUE, RED } from "./colours.ts";

/** The numbers in a heat-map's squares: 9 px, the smallest type the book allows. */
const VALUE_FONT = 9;
/** The smallest square that holds "255" at 9 px with room around it: 25 px. */
const VALUE_CELL = Math.ceil(textWidth("255", VALUE_FONT) + 7);

/** Options of {@linkcode pixelHeatmap}. */
export interface HeatmapOptions {
  /** Height in pixels of the source; 28 by default. */
  rows?: number;
  /** Width in pixels of the source; 28 by default. */
  cols?: number;
  /**
   * Write each pixel's value in its square; true by default. The numbers need squares of 25 px
   * or more (to write "255" in 9 px type): with a smaller `cellSize` they are left out.
   */
  showValues?: boolean;
  /** Side of a square on screen, in pixels; 26 by default (room for "255" in 9 px type). */
  cellSize?: number;
}

/**
 * A picture as the matrix a computer stores: one square a pixel, shaded by its value (0 … 255),
 * with the number written in it (at 9 px or more, in squares of 25 px or more; smaller squares
 * show no numbers), and row and column indices on the axes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pixelHeatmap } from "./charts.ts";
 * const chart = pixelHeatmap(new Uint8Array([0, 255, 128, 64]), { rows: 2, cols: 2 });
 * assert.ok(chart.html.includes(">255<"));
 * assert.ok(!pixelHeatmap(new Uint8Array(4).fill(9), { rows: 2, cols: 2, cellSize: 16 })
 *   .html.includes(">9<"), "squares too small for readable numbers show none");
 * ```
 */
export function pixelHeatmap(pixels: ArrayLike<number>, options: HeatmapOptions = {}): Chart {
  const { rows = 28, cols = 28, cellSize = 26 } = options;
  if (pixels.length !== rows * cols) {
    throw new Error(`The picture has ${pixels.length} pixels, expected ${rows} × ${cols}`);
  }
  const say = messages().pictures;
  const showValues = (options.showValues ?? true) && cellSize >= VALUE_CELL;
  const fontSize = Math.max(VALUE_FONT, Math.min(14, Math.floor(cellSize / 2.8)));
  const cells = Array.from(
    pixels,
    (value, i) => ({ row: Math.floor(i / cols), col: i % cols, value }),
  );
  return fitPlot(({ left, right }) => ({
    width: left + cols * cellSize + right,
    height: 30 + rows * cellSize + 10,
    marginTop: 30,
    marginBottom: 10,
    padding: 0,
    x: { axis: "top", label: say.column, tickSize: 0 },
    y: { label: say.row, tickSize: 0 },
    color: { type: "linear", domain: [0, 255], range: ["white", "black"] },
    marks: [
      Plot.cell(cells, { x: "col", y: "row", fill: "value", inset: 0.5 }),
      ...(showValues
        ? [Plot.text(cells.filter((c) => c.value > 0), {
          x: "col",
          y: "row",
          text: "value",
          fontSize,
          fill: (c: { value: number }) => (c.value > 128 ? "white" : "black"),
        })]
        : []),
    ],
  }), { left: 30, right: 10 });
}

/**
 * The values of a long vector as thin bars, index on the x-axis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { vectorChart } from "./charts.ts";
 * const html = vectorChart([0, 3, 1], { yLabel: "pixel value" }).html;
 * assert.ok(html.startsWith("<svg") && html.includes("pixel value"));
 * ```
 */
export function vectorChart(
  values: ArrayLike<number>,
  options: { xLabel?: string; yLabel?: string; height?: number; width?: number } = {},
): Chart {
  const points = Array.from(values, (value, index) => ({ index, value }));
  const say = messages().pictures;
  return fitPlot(() => ({
    height: options.height ?? 220,
    width: options.width ?? 900,
    x: { label: options.xLabel ?? say.indexInVector },
    y: { label: options.yLabel ?? say.value, grid: true },
    marks: [
      Plot.rectY(points, { x1: "index", x2: (d: { index: number }) => d.index + 1, y: "value" }),
      Plot.ruleY([0]),
    ],
  }));
}

/** One curve of {@linkcode curvesChart}: a name and a function. */
export interface Curve {
  /** Shown in the legend: words for a reader ("leaky ReLU", "slope of tanh"), not code names. */
  name: string;
  /** The function drawn. */
  f: (x: number) => number;
}

/** Options of {@linkcode curvesChart}. */
export interface CurvesOptions {
  /** The x-axis label, in words; "input" (or "输入" in Chinese) by default. */
  xLabel?: string;
  /** The y-axis label, in words; "output" (or "输出" in Chinese) by default. */
  yLabel?: string;
  /** In pixels; 260 by default. */
  height?: number;
  /** In pixels; 420 by default. */
  width?: number;
  /** Points computed per curve; 201 by default. */
  samples?: number;
}

/**
 * Functions drawn over an interval, one coloured line each, with a legend of their names (in
 * their order) and axes labelled in words ("input" and "output" unless told otherwise).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curvesChart } from "./charts.ts";
 * const chart = curvesChart([{ name: "square", f: (x) => x * x }], [-1, 1]);
 * assert.ok(chart.html.includes("square") && chart.html.includes("output"));
 * ```
 */
export function curvesChart(
  curves: Curve[],
  domain: [number, number],
  options: CurvesOptions = {},
): Chart {
  const samples = options.samples ?? 201;
  const points = curves.flatMap(({ name, f }) =>
    Array.from({ length: samples }, (_, i) => {
      const x = domain[0] + ((domain[1] - domain[0]) * i) / (samples - 1);
      return { name, x, y: f(x) };
    })
  );
  const zeroInside = domain[0] <= 0 && domain[1] >= 0;
  const say = messages().pictures;
  return fitPlot(() => ({
    height: options.height ?? 260,
    width: options.width ?? 420,
    x: { label: options.xLabel ?? say.input, grid: true, domain },
    y: { label: options.yLabel ?? say.output, grid: true },
    color: { legend: true, domain: curves.map((c) => c.name) },
    marks: [
      Plot.ruleY([0], { stroke: "#999" }),
      ...(zeroInside ? [Plot.ruleX([0], { stroke: "#999" })] : []),
      Plot.line(points, { x: "x", y: "y", stroke: "name", strokeWidth: 2 }),
    ],
  }));
}

/**
 * The values of each layer of a network for one input, one row of bars a layer: what the
 * neurons "say" as the input flows through.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { layerActivationsChart } from "./charts.ts";
 * const chart = layerActivationsChart([[0, 1, 2], [3, -1]]);
 * assert.ok(chart.html.includes("layer 2 (output)"));
 * ```
 */
export function layerActivationsChart(layers: number[][], options: { width?: number } = {}): Chart {
  const say = messages().pictures;
  const values = layers.flatMap((values, l) =>
    values.map((value, neuron) => ({
      layer: l === layers.length - 1 ? say.outputLayer(l + 1) : say.layer(l + 1),
      neuron,
      value,
    }))
  );
  return fitPlot(() => ({
    width: options.width ?? 900,
    height: 110 * layers.length,
    x: { label: say.neuron, type: "linear" },
    y: { label: say.value, grid: true },
    fy: { label: null },
    marks: [
      Plot.rectY(values, {
        x1: "neuron",
        x2: (d: { neuron: number }) => d.neuron + 0.8,
        y: "value",
        fy: "layer",
        fill: (d: { value: number }) => (d.value >= 0 ? BLUE : RED),
      }),
      Plot.ruleY([0]),
    ],
  }), { left: 40, right: 110 });
}
