/**
 * Charts of how a model learns: gradient descent on a curve, and a classifier's view of the plane.
 * (Measurements of training runs, accuracy per epoch and speed, are in `training_charts.ts`.)
 *
 * Every chart keeps its marks inside its frame and its texts inside its SVG, at 9 px or more: its
 * margins widen to fit the widest tick label. Their labels are in the language chosen with
 * `setLanguage()`.
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import { Plot } from "./plot.ts";
import { fitPlot, textWidth } from "./_layout.ts";
import { boundaryLines } from "./_boundary.ts";
import { RED } from "./colours.ts";

/** The size of the step numbers of {@linkcode descentChart}. */
const STEP_FONT = 9;
/** How far apart, centre to centre, two step numbers must be to be both written, in pixels. */
const LABEL_SPACING = 14;

/**
 * Gradient descent on a curve: the function, and the path of the parameter as dots joined step by
 * step. A dot is numbered with its step when its number has room: a number that would overlap one
 * already written, or come closer than 14 px to it (steps close together on screen, as near a
 * minimum), is left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { descentChart } from "./learning_charts.ts";
 * const path = [2, 1, 0.1, 0.05].map((w, step) => ({ step, w }));
 * const html = descentChart((w) => w * w, path, [-3, 3]).html;
 * assert.equal(html.match(/<circle/g)?.length, 4);
 * assert.ok(html.includes(">0</text>") && !html.includes(">3</text>"), "3 sits on 2: no room");
 * ```
 */
export function descentChart(
  f: (w: number) => number,
  path: { step: number; w: number }[],
  domain: [number, number],
  options: { title?: string; width?: number; height?: number } = {},
): Chart {
  const width = options.width ?? 320, height = options.height ?? 240;
  const [top, bottom] = [20, 30];
  const curve = Array.from({ length: 201 }, (_, i) => {
    const w = domain[0] + ((domain[1] - domain[0]) * i) / 200;
    return { w, y: f(w) };
  });
  const visible = path.filter((p) => p.w >= domain[0] && p.w <= domain[1])
    .map((p) => ({ ...p, y: f(p.w) }));
  const ys = [...curve, ...visible].map((p) => p.y).filter(Number.isFinite);
  const [low, high] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
  const yDomain: [number, number] = high > low ? [low, high] : [low - 1, high + 1];
  const say = messages().pictures;
  return fitPlot(({ left, right }) => {
    // Where each dot lands on screen, to write only the step numbers that have room.
    const px = (w: number) =>
      left + ((w - domain[0]) / (domain[1] - domain[0])) * (width - left - right);
    const py = (y: number) =>
      height - bottom - ((y - yDomain[0]) / (yDomain[1] - yDomain[0])) * (height - top - bottom);
    const placed: { left: number; right: number; top: number; bottom: number }[] = [];
    const above: typeof visible = [], below: typeof visible = [];
    for (const dot of visible) {
      const half = textWidth(String(dot.step), STEP_FONT) / 2 + 1;
      const x = px(dot.w), y = py(dot.y);
      // Above the dot, or below it when there is no room above in the SVG.
      const under = y - 10 - STEP_FONT < 0;
      const centre = under ? y + 12 : y - 10;
      const box = {
        left: x - half,
        right: x + half,
        top: centre - 0.6 * STEP_FONT - 1,
        bottom: centre + 0.6 * STEP_FONT + 1,
      };
      const free = placed.every((b) =>
        (box.right <= b.left || box.left >= b.right || box.bottom <= b.top ||
          box.top >= b.bottom) &&
        Math.hypot(b.left + b.right - 2 * x, b.top + b.bottom - 2 * centre) / 2 >= LABEL_SPACING
      );
      if (!free || box.left < 0 || box.right > width) continue;
      placed.push(box);
      (under ? below : above).push(dot);
    }
    const numbers = (dots: typeof visible, dy: number) =>
      Plot.text(dots, { x: "w", y: "y", text: "step", dy, fontSize: STEP_FONT });
    return {
      width,
      height,
      marginTop: top,
      marginBottom: bottom,
      title: options.title,
      x: { label: "w", domain },
      y: { label: say.lossOfW, grid: true, domain: yDomain },
      marks: [
        Plot.line(curve, { x: "w", y: "y", stroke: "#999" }),
        Plot.line(visible, { x: "w", y: "y", stroke: RED, strokeOpacity: 0.6 }),
        Plot.dot(visible, { x: "w", y: "y", fill: RED, r: 3 }),
        numbers(above, -10),
        numbers(below, 12),
      ],
    };
  });
}

/**
 * A classifier's view of the plane: each region shaded by the class the model picks (blue for
 * class 0, orange for class 1), deeper the surer it is, so that even a model hesitating near 0.5
 * everywhere shows its two sides; the decision boundary (probability 0.5) drawn as a dark line;
 * and the labelled points on top. The regions are the centres of a square grid (as
 * `decisionRegions` returns them), drawn as one image; the axes span the grid, and points outside
 * it are left out.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { decisionChart } from "./learning_charts.ts";
 * const regions = [-0.5, 0.5].flatMap((y) =>
 *   [-0.5, 0.5].map((x) => ({ x, y, probability: x > 0 ? 0.6 : 0.4 }))
 * );
 * const chart = decisionChart(regions, { x: new Float32Array([0.2, 0.3]),
 *   labels: new Uint8Array([1]), size: 1 }, { title: "demo" });
 * assert.ok(chart.html.includes("demo"));
 * assert.equal(chart.html.match(/aria-description="decision boundary"/g)?.length, 1);
 * ```
 */
export function decisionChart(
  regions: { x: number; y: number; probability: number }[],
  points: { x: Float32Array; labels: Uint8Array; size: number },
  options: { title?: string; size?: number } = {},
): Chart {
  // The regions are the centres of a square grid: its side, and where its edges lie.
  const resolution = Math.round(Math.sqrt(regions.length));
  const xs = regions.map((r) => r.x), ys = regions.map((r) => r.y);
  const step = resolution > 1 ? (Math.max(...xs) - Math.min(...xs)) / (resolution - 1) : 1;
  const low = Math.min(...xs, ...ys) - step / 2, high = Math.max(...xs, ...ys) + step / 2;
  const dots = Array.from(
    { length: points.size },
    (_, i) => ({ x: points.x[2 * i], y: points.x[2 * i + 1], label: points.labels[i] }),
  ).filter((d) => d.x >= low && d.x <= high && d.y >= low && d.y <= high);
  // One line with gaps (NaN) between the pieces of the boundary: one path in the SVG.
  const boundary = boundaryLines(regions, 0.5)
    .flatMap((line) => [...line, { x: NaN, y: NaN }]);
  const size = options.size ?? 340;
  const say = messages().pictures;
  return fitPlot(() => ({
    width: size,
    height: size,
    title: options.title,
    x: { label: "x₁", domain: [low, high] },
    y: { label: "x₂", domain: [low, high] },
    color: {
      type: "linear",
      // Two hues that meet at 0.5, each already clearly tinted there.
      domain: [0, 0.5, 0.5, 1],
      range: ["#7eaadf", "#c9dcf2", "#f5cdb8", "#e99a78"],
    },
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
      Plot.line(boundary, {
        x: "x",
        y: "y",
        stroke: "#222",
        strokeWidth: 1.5,
        ariaDescription: say.decisionBoundary,
      }),
      Plot.dot(dots, {
        x: "x",
        y: "y",
        r: 2.5,
        stroke: "white",
        strokeWidth: 0.6,
        fill: (d: { label: number }) => (d.label === 1 ? "#a8330f" : "#174f8f"),
      }),
    ],
  }));
}
