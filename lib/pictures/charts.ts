/**
 * The course's recurring charts, so notebook cells stay short: a picture's pixels as a heat-map
 * of numbers, a long vector as a bar chart, and curves of functions.
 *
 * @module
 */
import { type Chart, Plot, plot } from "./plot.ts";

/** Options of {@linkcode pixelHeatmap}. */
export interface HeatmapOptions {
  /** Height in pixels of the source; 28 by default. */
  rows?: number;
  /** Width in pixels of the source; 28 by default. */
  cols?: number;
  /** Write each pixel's value in its square; true by default. */
  showValues?: boolean;
  /** Side of a square on screen, in pixels; 24 by default. */
  cellSize?: number;
}

/**
 * A picture as the matrix a computer stores: one square a pixel, shaded by its value (0 … 255),
 * with the number written in it, and row and column indices on the axes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pixelHeatmap } from "./charts.ts";
 * const chart = pixelHeatmap(new Uint8Array([0, 255, 128, 64]), { rows: 2, cols: 2 });
 * assert.ok(chart.html.includes(">255<"));
 * ```
 */
export function pixelHeatmap(pixels: ArrayLike<number>, options: HeatmapOptions = {}): Chart {
  const { rows = 28, cols = 28, showValues = true, cellSize = 24 } = options;
  if (pixels.length !== rows * cols) {
    throw new Error(`The picture has ${pixels.length} pixels, expected ${rows} × ${cols}`);
  }
  const cells = Array.from(
    pixels,
    (value, i) => ({ row: Math.floor(i / cols), col: i % cols, value }),
  );
  return plot({
    width: cols * cellSize + 40,
    height: rows * cellSize + 40,
    marginLeft: 30,
    marginTop: 30,
    padding: 0,
    x: { axis: "top", label: "column", tickSize: 0 },
    y: { label: "row", tickSize: 0 },
    color: { type: "linear", domain: [0, 255], range: ["white", "black"] },
    marks: [
      Plot.cell(cells, { x: "col", y: "row", fill: "value", inset: 0.5 }),
      ...(showValues
        ? [Plot.text(cells.filter((c) => c.value > 0), {
          x: "col",
          y: "row",
          text: "value",
          fontSize: Math.max(6, Math.round(cellSize / 3.4)),
          fill: (c: { value: number }) => (c.value > 128 ? "white" : "black"),
        })]
        : []),
    ],
  });
}

/**
 * The values of a long vector as thin bars, index on the x-axis.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { vectorChart } from "./charts.ts";
 * assert.ok(vectorChart([0, 3, 1]).html.startsWith("<svg"));
 * ```
 */
export function vectorChart(
  values: ArrayLike<number>,
  options: { xLabel?: string; yLabel?: string; height?: number } = {},
): Chart {
  const points = Array.from(values, (value, index) => ({ index, value }));
  return plot({
    height: options.height ?? 220,
    width: 900,
    x: { label: options.xLabel ?? "index in the vector" },
    y: { label: options.yLabel ?? "value", grid: true },
    marks: [
      Plot.rectY(points, { x1: "index", x2: (d: { index: number }) => d.index + 1, y: "value" }),
      Plot.ruleY([0]),
    ],
  });
}

/** One curve of {@linkcode curvesChart}: a name and a function. */
export interface Curve {
  /** Shown in the legend. */
  name: string;
  /** The function drawn. */
  f: (x: number) => number;
}

/**
 * Functions drawn over an interval, one coloured line each, with a legend.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { curvesChart } from "./charts.ts";
 * const chart = curvesChart([{ name: "square", f: (x) => x * x }], [-1, 1]);
 * assert.ok(chart.html.includes("square"));
 * ```
 */
export function curvesChart(
  curves: Curve[],
  domain: [number, number],
  options: { xLabel?: string; yLabel?: string; height?: number; width?: number; samples?: number } =
    {},
): Chart {
  const samples = options.samples ?? 201;
  const points = curves.flatMap(({ name, f }) =>
    Array.from({ length: samples }, (_, i) => {
      const x = domain[0] + ((domain[1] - domain[0]) * i) / (samples - 1);
      return { name, x, y: f(x) };
    })
  );
  return plot({
    height: options.height ?? 260,
    width: options.width ?? 420,
    x: { label: options.xLabel ?? "x", grid: true },
    y: { label: options.yLabel ?? "y", grid: true },
    color: { legend: true, domain: curves.map((c) => c.name) },
    marks: [
      Plot.ruleY([0], { stroke: "#999" }),
      Plot.ruleX([0], { stroke: "#999" }),
      Plot.line(points, { x: "x", y: "y", stroke: "name", strokeWidth: 2 }),
    ],
  });
}

/**
 * A classifier's view of the plane: each region shaded by the probability of class 1, and the
 * labelled points on top.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decisionChart } from "./charts.ts";
 * const chart = decisionChart([{ x: 0, y: 0, probability: 0.2 }], { x: new Float32Array([0, 0]),
 *   labels: new Uint8Array([1]), size: 1 }, { title: "demo" });
 * assert.ok(chart.html.includes("demo"));
 * ```
 */
export function decisionChart(
  regions: { x: number; y: number; probability: number }[],
  points: { x: Float32Array; labels: Uint8Array; size: number },
  options: { title?: string; size?: number } = {},
): Chart {
  const dots = Array.from(
    { length: points.size },
    (_, i) => ({ x: points.x[2 * i], y: points.x[2 * i + 1], label: `class ${points.labels[i]}` }),
  );
  // The regions are the centres of a square grid: its side, and where its edges lie.
  const resolution = Math.round(Math.sqrt(regions.length));
  const step = regions.length > 1 ? Math.abs(regions[1].x - regions[0].x) : 1;
  const low = Math.min(regions[0].x, regions[0].y) - step / 2, high = low + resolution * step;
  const size = options.size ?? 340;
  return plot({
    width: size,
    height: size,
    title: options.title,
    x: { label: "x₁", domain: [-3.2, 3.2] },
    y: { label: "x₂", domain: [-3.2, 3.2] },
    color: { type: "linear", domain: [0, 1], range: ["#cfe3f7", "#f7d6c9"] },
    marks: [
      // One pixel a region, in one embedded image: thousands of squares would make the chart
      // weigh half a megabyte.
      Plot.raster(regions, {
        x: "x",
        y: "y",
        fill: "probability",
        x1: low,
        x2: high,
        y1: low,
        y2: high,
        width: resolution,
        height: resolution,
        imageRendering: "pixelated",
      }),
      Plot.dot(dots, {
        x: "x",
        y: "y",
        r: 2.5,
        stroke: "white",
        strokeWidth: 0.5,
        fill: (d: { label: string }) => (d.label === "class 1" ? "#c4441c" : "#1f5fa8"),
      }),
    ],
  });
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
 * assert.ok(chart.html.includes("layer 2"));
 * ```
 */
export function layerActivationsChart(layers: number[][], options: { width?: number } = {}): Chart {
  const values = layers.flatMap((values, l) =>
    values.map((value, neuron) => ({
      layer: l === layers.length - 1 ? `layer ${l + 1} (output)` : `layer ${l + 1}`,
      neuron,
      value,
    }))
  );
  return plot({
    width: options.width ?? 900,
    height: 110 * layers.length,
    marginRight: 110,
    x: { label: "neuron", type: "linear" },
    y: { label: "value", grid: true },
    fy: { label: null },
    marks: [
      Plot.rectY(values, {
        x1: "neuron",
        x2: (d: { neuron: number }) => d.neuron + 0.8,
        y: "value",
        fy: "layer",
        fill: (d: { value: number }) => (d.value >= 0 ? "#4c78a8" : "#e45756"),
      }),
      Plot.ruleY([0]),
    ],
  });
}

/**
 * Gradient descent on a curve: the function, and the path of the parameter as dots joined step by
 * step, numbered.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { descentChart } from "./charts.ts";
 * const chart = descentChart((w) => w * w, [{ step: 0, w: 2 }, { step: 1, w: 1 }], [-3, 3]);
 * assert.ok(chart.html.includes("<circle"));
 * ```
 */
export function descentChart(
  f: (w: number) => number,
  path: { step: number; w: number }[],
  domain: [number, number],
  options: { title?: string; width?: number; height?: number } = {},
): Chart {
  const curve = Array.from({ length: 201 }, (_, i) => {
    const w = domain[0] + ((domain[1] - domain[0]) * i) / 200;
    return { w, y: f(w) };
  });
  const visible = path.filter((p) => p.w >= domain[0] && p.w <= domain[1])
    .map((p) => ({ ...p, y: f(p.w) }));
  return plot({
    width: options.width ?? 320,
    height: options.height ?? 240,
    title: options.title,
    x: { label: "w", domain },
    y: { label: "loss f(w)", grid: true },
    marks: [
      Plot.line(curve, { x: "w", y: "y", stroke: "#999" }),
      Plot.line(visible, { x: "w", y: "y", stroke: "#e45756", strokeOpacity: 0.6 }),
      Plot.dot(visible, { x: "w", y: "y", fill: "#e45756", r: 3 }),
      Plot.text(visible.slice(0, 4), { x: "w", y: "y", text: "step", dy: -9, fontSize: 9 }),
    ],
  });
}
