import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { useBackend } from "../lib/network/backend.ts";
import {
  curvesChart,
  layerActivationsChart,
  pixelHeatmap,
  vectorChart,
} from "../lib/pictures/charts.ts";
import { decisionChart, descentChart } from "../lib/pictures/learning_charts.ts";
import { epochCurves, throughputChart } from "../lib/pictures/training_charts.ts";
import {
  chartSvg,
  type Node as Element,
  type TextBox,
  textBoxes,
  translation,
} from "../lib/pictures/_layout.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";
import { predictionGrid, showDigit, showDigits } from "../lib/pictures/digits.ts";
import { ACTIVATIONS } from "../lib/maths/activations.ts";
import { type Chart, chartRow, Plot, plot } from "../lib/pictures/plot.ts";
import { createRandom } from "../lib/data/random.ts";
import { makeRings } from "../lib/data/rings.ts";
import { decisionRegions, trainOnPoints } from "../lib/network/points.ts";
import { assertSnapshot } from "./_snapshot.ts";

await useBackend("wasm");

/** A seeded 6 × 6 "digit" with values 0 … 255. */
function seededPixels(): Uint8Array {
  const random = createRandom(42);
  return Uint8Array.from({ length: 36 }, () => (random() < 0.5 ? 0 : Math.floor(random() * 256)));
}

/** A rectangle in the SVG's pixels. */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The chart's own SVG, parsed (not the swatches of its legend). */
function svgOf(chart: Chart): Element {
  const { document } = parseHTML(`<div>${chart.html}</div>`) as unknown as { document: Element };
  const svg = chartSvg(document.querySelector("div")!);
  assert.ok(svg, "the chart has an SVG");
  return svg;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

/** Where an element is drawn: its own translation plus its ancestors'. */
function at(element: Element): { x: number; y: number } {
  const place = translation(element);
  assert.ok(place, "only translations between the SVG and its marks");
  return place;
}

/** The frame the marks are drawn in: from the grid lines, or else from the axes' ticks. */
function frameOf(svg: Element): Box | null {
  const frame = { left: 0, right: number(svg, "width"), top: 0, bottom: number(svg, "height") };
  let framed = false;
  for (const line of svg.querySelectorAll('g[aria-label="y-grid"] line')) {
    frame.left = Math.max(frame.left, Math.min(number(line, "x1"), number(line, "x2")));
    frame.right = Math.min(frame.right, Math.max(number(line, "x1"), number(line, "x2")));
    framed = true;
  }
  for (const line of svg.querySelectorAll('g[aria-label="x-grid"] line')) {
    frame.top = Math.max(frame.top, Math.min(number(line, "y1"), number(line, "y2")));
    frame.bottom = Math.min(frame.bottom, Math.max(number(line, "y1"), number(line, "y2")));
    framed = true;
  }
  for (const tick of svg.querySelectorAll('g[aria-label="y-axis tick"] path')) {
    frame.left = Math.max(frame.left, at(tick).x);
    framed = true;
  }
  for (const tick of svg.querySelectorAll('g[aria-label="x-axis tick"] path')) {
    frame.bottom = Math.min(frame.bottom, at(tick).y);
    framed = true;
  }
  return framed ? frame : null;
}

/** The points of a path made of moves and lines ("M1,2L3,4M…"), in the SVG's pixels. */
function pathPoints(path: Element): { x: number; y: number }[] {
  const { x, y } = at(path);
  const numbers = (path.getAttribute("d") ?? "").match(/-?[\d.]+(?:e-?\d+)?/g)?.map(Number) ?? [];
  return Array.from({ length: numbers.length / 2 }, (_, i) => ({
    x: x + numbers[2 * i],
    y: y + numbers[2 * i + 1],
  }));
}

/** The box an image covers: Plot places a raster by `translate(…) scale(…)`. */
function imageBox(image: Element): Box {
  const transform = image.getAttribute("transform") ?? "";
  const [tx, ty] = /translate\(([^,]+),([^)]+)\)/.exec(transform)?.slice(1).map(Number) ?? [0, 0];
  const [sx, sy] = /scale\(([^,]+),([^)]+)\)/.exec(transform)?.slice(1).map(Number) ?? [1, 1];
  const xs = [0, number(image, "width")].map((x) => tx + sx * (number(image, "x") + x));
  const ys = [0, number(image, "height")].map((y) => ty + sy * (number(image, "y") + y));
  return {
    left: Math.min(...xs),
    right: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
  };
}

/** The points each mark draws: dots' centres, paths' vertices, rules' ends, boxes' corners. */
function markPoints(svg: Element): { mark: string; x: number; y: number }[] {
  const points: { mark: string; x: number; y: number }[] = [];
  for (const group of svg.querySelectorAll("g[aria-label]")) {
    const mark = group.getAttribute("aria-label")!;
    if (group.parentElement !== svg || /axis|grid|frame|legend|tip|text/.test(mark)) continue;
    for (const image of group.querySelectorAll("image")) {
      const box = imageBox(image);
      points.push({ mark, x: box.left, y: box.top }, { mark, x: box.right, y: box.bottom });
    }
    for (const shape of group.querySelectorAll("circle, path, line, rect")) {
      const { x, y } = at(shape);
      const tag = shape.tagName.toLowerCase();
      const corners = tag === "circle"
        ? [[number(shape, "cx"), number(shape, "cy")]]
        : tag === "line"
        ? [[number(shape, "x1"), number(shape, "y1")], [number(shape, "x2"), number(shape, "y2")]]
        : tag === "path"
        ? pathPoints(shape).map((p) => [p.x - x, p.y - y])
        : [[number(shape, "x"), number(shape, "y")], [
          number(shape, "x") + number(shape, "width"),
          number(shape, "y") + number(shape, "height"),
        ]];
      for (const [cx, cy] of corners) points.push({ mark, x: x + cx, y: y + cy });
    }
  }
  return points;
}

const inside = (p: { x: number; y: number }, box: Box, tolerance = 1) =>
  p.x >= box.left - tolerance && p.x <= box.right + tolerance &&
  p.y >= box.top - tolerance && p.y <= box.bottom + tolerance;

/** Two text boxes overlap. */
const overlap = (a: TextBox, b: TextBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The size of a text's type: its own `font-size` or its nearest ancestor's (Plot's 10 px). */
function fontSize(text: Element): number {
  for (let e: Element | null = text; e; e = e.parentElement) {
    const size = e.getAttribute("font-size");
    if (size !== null) return parseFloat(size);
  }
  return 10;
}

/**
 * What the book's browser check asks of every chart: every text inside the SVG and at 9 px or
 * more, every mark inside the frame (charts in facets aside, as there).
 */
function assertFits(chart: Chart, name: string): void {
  const svg = svgOf(chart);
  const svgBox = { left: 0, top: 0, right: number(svg, "width"), bottom: number(svg, "height") };
  for (const text of textBoxes(svg)) {
    const corners = [{ x: text.left, y: text.top }, { x: text.right, y: text.bottom }];
    assert.ok(
      corners.every((c) => inside(c, svgBox)),
      `${name}: the ${text.kind} "${text.text}" \
is cut off (${text.left.toFixed(1)} … ${text.right.toFixed(1)} in 0 … ${svgBox.right})`,
    );
  }
  for (const text of svg.querySelectorAll("text")) {
    assert.ok(fontSize(text) >= 9, `${name}: "${text.textContent}" in ${fontSize(text)} px type`);
  }
  if (svg.querySelector('g[aria-label="facet"]')) return;
  // Without ticks or a grid to show a frame (a heat-map), the marks stay inside the SVG.
  const frame = frameOf(svg) ?? svgBox;
  for (const point of markPoints(svg)) {
    assert.ok(
      inside(point, frame),
      `${name}: the ${point.mark} reaches (${point.x.toFixed(1)}, ${point.y.toFixed(1)}), \
outside the frame ${JSON.stringify(frame)}`,
    );
  }
}

/** A gradient-descent path on (w − 3)² + 1 from w = −1, as notebook 05 computes it. */
function descend(learningRate: number, steps = 15): { step: number; w: number }[] {
  const path = [];
  let w = -1;
  for (let step = 0; step <= steps; step++) {
    path.push({ step, w });
    w -= learningRate * 2 * (w - 3);
  }
  return path;
}
const lossOf = (w: number) => (w - 3) ** 2 + 1;

/** Regions on a grid of `resolution`² centres over ±3.2, as decisionRegions() lays them out. */
function gridRegions(
  probability: (x: number, y: number) => number,
  resolution = 40,
): { x: number; y: number; probability: number }[] {
  const step = 6.4 / resolution;
  return Array.from({ length: resolution * resolution }, (_, i) => {
    const x = Math.fround(-3.2 + ((i % resolution) + 0.5) * step);
    const y = Math.fround(-3.2 + (Math.floor(i / resolution) + 0.5) * step);
    return { x, y, probability: probability(x, y) };
  });
}
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Throughput rows as notebook 13 measures them, up to 50,000 images per second. */
const THROUGHPUT = ["tfjs-wasm", "scratch", "fast, 4 threads"].flatMap((engine, e) =>
  [15, 32, 64, 128, 256].map((batch, b) => ({
    engine,
    batch,
    imagesPerSecond: Math.round([12_000, 2_500, 30_000][e] * (1 + b * [0.3, 0.1, 0.166][e])),
  }))
);

Deno.test("plot() renders standalone SVG shown as image/svg+xml", () => {
  const chart = plot({ marks: [Plot.barY([3, 1, 2])] });
  assert.ok(chart.html.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.deepEqual(Object.keys(chart[JUPYTER_DISPLAY]()), ["image/svg+xml"]);
});

Deno.test("a chart with a colour legend renders (canvas included) and shows as HTML", () => {
  const chart = plot({
    color: { legend: true, type: "linear" },
    marks: [Plot.cell([{ x: 1, y: 1, v: 3 }, { x: 2, y: 1, v: 5 }], { x: "x", y: "y", fill: "v" })],
  });
  assert.ok(chart.html.startsWith("<figure"));
  assert.match(chart.html, /<image[^>]+href="data:image\/png;base64,/);
  assert.deepEqual(Object.keys(chart[JUPYTER_DISPLAY]()), ["text/html"]);
});

Deno.test("pixelHeatmap() draws one square and one number per ink pixel, in 9 px type or more (snapshot)", async () => {
  const pixels = seededPixels();
  const chart = pixelHeatmap(pixels, { rows: 6, cols: 6 });
  const squares = chart.html.match(/<rect /g)?.length ?? 0;
  assert.equal(squares, 36);
  const numbers = [...chart.html.matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  for (const value of pixels.filter((v) => v > 0)) assert.ok(numbers.includes(value));
  assertFits(chart, "pixelHeatmap");
  // Each number fits in its square, 26 px by default.
  const svg = svgOf(chart);
  const rect = svg.querySelector('g[aria-label="cell"] rect')!;
  assert.ok(number(rect, "width") >= 25);
  for (const box of textBoxes(svg).filter((b) => b.kind === "text")) {
    assert.ok(box.right - box.left <= number(rect, "width") - 4, `"${box.text}" fits its square`);
  }
  await assertSnapshot("pixel_heatmap.svg", chart.html);
  assert.throws(() => pixelHeatmap(pixels), /The picture has 36 pixels, expected 28 × 28/);
});

Deno.test("pixelHeatmap() leaves the numbers out of squares too small to hold them at 9 px", () => {
  const pixels = seededPixels();
  for (const cellSize of [10, 16, 24]) {
    const chart = pixelHeatmap(pixels, { rows: 6, cols: 6, cellSize, showValues: true });
    assert.equal(svgOf(chart).querySelector('g[aria-label="text"]'), null, `${cellSize} px`);
    assertFits(chart, `pixelHeatmap, ${cellSize} px squares`);
  }
  assert.ok(
    svgOf(pixelHeatmap(pixels, { rows: 6, cols: 6, cellSize: 25 })).querySelector(
      'g[aria-label="text"]',
    ),
  );
});

Deno.test("vectorChart() draws one bar per value (snapshot)", async () => {
  const chart = vectorChart(seededPixels(), { xLabel: "position" });
  assert.equal(chart.html.match(/<rect /g)?.length, 36);
  assertFits(chart, "vectorChart");
  await assertSnapshot("vector.svg", chart.html);
});

Deno.test("vectorChart() widens its left margin so that long tick labels are not cut off", () => {
  const chart = vectorChart([0, 1_500_000, 3_000_000, -2_000_000], { width: 400 });
  const labels = textBoxes(svgOf(chart)).filter((b) => b.kind === "y-axis tick label");
  assert.ok(labels.some((b) => b.text === "−2,000,000"));
  assertFits(chart, "vectorChart with millions");
});

Deno.test("curvesChart() draws a line per function with a legend in their order (snapshot)", async () => {
  const { relu } = ACTIVATIONS;
  const chart = curvesChart(
    [{ name: relu.label, f: relu.f }, { name: `slope of ${relu.label}`, f: relu.df }],
    [-2, 2],
    { samples: 21 },
  );
  assert.ok(chart.html.indexOf(">ReLU<") < chart.html.indexOf(">slope of ReLU<"));
  assertFits(chart, "curvesChart");
  await assertSnapshot("curves.html", chart.html);
});

Deno.test("curvesChart() labels its axes in words, never x or y", () => {
  const svg = svgOf(curvesChart([{ name: "square", f: (x) => x * x }], [-1, 1]));
  const label = (axis: string) =>
    svg.querySelector(`g[aria-label="${axis}-axis label"] text`)?.textContent?.replace(/[↑→]/g, "")
      .trim();
  assert.equal(label("x"), "input");
  assert.equal(label("y"), "output");
  const named = svgOf(curvesChart([{ name: "s", f: Math.sin }], [0, 3], { yLabel: "height" }));
  assert.match(named.querySelector('g[aria-label="y-axis label"] text')!.textContent!, /height/);
});

Deno.test("every activation has a label in words for legends", () => {
  assert.deepEqual(Object.values(ACTIVATIONS).map((a) => a.label), [
    "sigmoid",
    "tanh",
    "ReLU",
    "leaky ReLU",
  ]);
});

Deno.test("layerActivationsChart() has a row per layer, its labels inside the SVG", () => {
  const chart = layerActivationsChart([[1, 0, 2], [0.5, -1], [-2, 3, 1, 0]]);
  for (const label of ["layer 1", "layer 2", "layer 3 (output)"]) {
    assert.ok(chart.html.includes(label));
  }
  assertFits(chart, "layerActivationsChart");
});

Deno.test("decisionChart() shades the plane and draws every point", async () => {
  const rings = makeRings(50, 3);
  const { network } = await trainOnPoints([2, 8, 2], rings, { steps: 20 });
  const regions = await decisionRegions(network, 3.2, 12);
  network.dispose();
  assert.equal(regions.length, 144);
  assert.ok(regions.every((r) => r.probability >= 0 && r.probability <= 1));
  const chart = decisionChart(regions, rings, { title: "rings" });
  const html = chart.html;
  assert.equal(html.match(/<circle /g)?.length, 50);
  assert.ok(html.includes("rings"));
  // The 144 regions are the pixels of one image, not 144 shapes.
  assert.equal(html.match(/<image [^>]*href="data:image\/png;base64,/g)?.length, 1);
  assert.ok(!html.includes("<rect"), "no square per region");
  assertFits(chart, "decisionChart");
});

Deno.test("decisionChart() draws the boundary where the probability is 0.5, as one path inside the frame", async () => {
  // A model whose probability is 0.5 along x = 0, and barely moves from it (a weak linear model).
  const regions = gridRegions((x, y) => sigmoid(0.1 * x * (1.5 + Math.sin(y))));
  const chart = decisionChart(regions, makeRings(40, 1), { title: "linear" });
  const svg = svgOf(chart);
  const paths = [...svg.querySelectorAll('g[aria-description="decision boundary"] path')];
  assert.equal(paths.length, 1, "one path");
  const points = pathPoints(paths[0]);
  assert.ok(points.length >= 40, `${points.length} points: one a row of the grid at least`);
  const image = svg.querySelector('g[aria-label="raster"] image')!;
  const frame = imageBox(image);
  assert.ok(points.every((p) => inside(p, frame, 0.01)), "the boundary lies in the frame");
  const zero = textBoxes(svg).find((b) => b.kind === "x-axis tick label" && b.text === "0")!;
  const x0 = (zero.left + zero.right) / 2;
  for (const p of points) assert.ok(Math.abs(p.x - x0) < 0.5, `boundary at ${p.x}, x = 0 at ${x0}`);
  assert.ok(
    Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y)) > 0.9 *
        (frame.bottom - frame.top),
    "from the bottom of the frame to its top",
  );
  assert.ok(chart.html.length < 30_000, `${chart.html.length} characters`);
  assertFits(chart, "decisionChart, linear");
  await assertSnapshot("decision.html", chart.html);

  // Either side of the boundary, at probabilities 0.49 and 0.51, the shades differ plainly.
  const href = image.getAttribute("href")!;
  const picture = await loadImage(
    Uint8Array.from(atob(href.slice(href.indexOf(",") + 1)), (c) => c.charCodeAt(0)),
  );
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext("2d");
  context.drawImage(picture, 0, 0);
  const middle = picture.height / 2;
  const [left, right] = [0.4, 0.6].map((f) => [
    ...context.getImageData(Math.floor(f * picture.width), middle, 1, 1).data,
  ]);
  assert.ok(left[2] - left[0] > 30, `blue on the side of class 0: rgb ${left.slice(0, 3)}`);
  assert.ok(right[0] - right[2] > 30, `orange on the side of class 1: rgb ${right.slice(0, 3)}`);
});

Deno.test("chartRow() lays charts side by side", () => {
  const row = chartRow([plot({ marks: [Plot.barY([1])] }), plot({ marks: [Plot.barY([2])] })]);
  assert.equal(row.html.match(/<svg /g)?.length, 2);
  assert.deepEqual(Object.keys(row[JUPYTER_DISPLAY]()), ["text/html"]);
});

Deno.test("showDigit() and showDigits() display PNG images", () => {
  const digit = showDigit(new Uint8Array(784).fill(200), { scale: 2 });
  const bundle = digit[JUPYTER_DISPLAY]();
  assert.match(bundle["image/png"], /^iVBORw0KGgo/); // base64 of the PNG signature
  const set = {
    images: new Uint8Array(4 * 784),
    labels: new Uint8Array([1, 2, 3, 4]),
    count: 4,
    rows: 28,
    cols: 28,
  };
  assert.ok(showDigits(set, [0, 3], { title: (i, label) => `#${i}: ${label}` }).bytes.length > 0);
});

Deno.test("descentChart() draws the curve and the visible steps of the path", () => {
  const path = [{ step: 0, w: -1 }, { step: 1, w: 1 }, { step: 2, w: 50 }];
  const html = descentChart((w) => (w - 3) ** 2, path, [-2, 8], { title: "η" }).html;
  assert.equal(html.match(/<circle /g)?.length, 2, "the step outside the domain is left out");
});

Deno.test("descentChart() numbers the steps without two numbers overlapping (snapshot)", async () => {
  for (const learningRate of [0.02, 0.1, 0.3, 1.05]) {
    for (const size of [{}, { width: 480, height: 280 }]) {
      const name = `descentChart, η = ${learningRate}`;
      const chart = descentChart(lossOf, descend(learningRate), [-2, 8], { title: name, ...size });
      const svg = svgOf(chart);
      const labels = textBoxes(svg).filter((b) => b.kind === "text");
      assert.equal(labels[0]?.text, "0", `${name}: the start is numbered`);
      const centre = (b: TextBox) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i], labels[j]];
          assert.ok(!overlap(a, b), `${name}: steps ${a.text} and ${b.text} overlap`);
          const apart = Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y);
          assert.ok(apart > 13.9, `${name}: steps ${a.text} and ${b.text} ${apart} px apart`);
        }
      }
      assertFits(chart, name);
      if (learningRate === 0.3 && !("width" in size)) {
        // Converging fast, the steps pile up by the minimum: only a few numbers have room.
        assert.ok(labels.length >= 3 && labels.length < 8, `${labels.length} numbers`);
        await assertSnapshot("descent.html", chart.html);
      }
    }
  }
});

Deno.test("throughputChart() fits its y tick labels, starts at 0, draws a line per engine (snapshot)", async () => {
  const chart = throughputChart(THROUGHPUT);
  const svg = svgOf(chart);
  const labels = textBoxes(svg).filter((b) => b.kind === "y-axis tick label");
  assert.ok(labels.length >= 3);
  for (const label of labels) assert.ok(label.left >= 0, `"${label.text}" starts at ${label.left}`);
  const lowest = labels.reduce((a, b) => (a.top > b.top ? a : b));
  assert.equal(lowest.text, "0", "the y-axis starts at 0");
  assert.ok(labels.some((b) => b.text === "50k"), labels.map((b) => b.text).join());
  assert.equal([...svg.querySelectorAll('g[aria-label="line"] path')].length, 3, "one line each");
  assert.equal([...svg.querySelectorAll('g[aria-label="dot"] circle')].length, 15);
  const ticks = textBoxes(svg).filter((b) => b.kind === "x-axis tick label").map((b) => b.text);
  assert.deepEqual(ticks, ["15", "32", "64", "128", "256"]);
  for (const engine of ["tfjs-wasm", "scratch", "fast, 4 threads"]) {
    assert.ok(chart.html.includes(`>${engine}</span>`), `${engine} in the legend`);
  }
  assertFits(chart, "throughputChart");
  await assertSnapshot("throughput.html", chart.html);
});

Deno.test("throughputChart() keeps wide tick labels inside the SVG at any scale", () => {
  for (const scale of [0.001, 1, 30, 3000]) {
    const rows = THROUGHPUT.map((r) => ({ ...r, imagesPerSecond: r.imagesPerSecond * scale }));
    assertFits(throughputChart(rows, { width: 360 }), `throughputChart × ${scale}`);
  }
});

Deno.test("epochCurves() puts each epoch's dots where the accuracies say, inside the frame (snapshot)", async () => {
  const points = [1, 2, 3, 4, 5].flatMap((epoch) => [
    { epoch, set: "training", accuracy: 1 - 0.06 / epoch },
    { epoch, set: "validation", accuracy: 0.97 - 0.05 / epoch - 0.003 * epoch },
  ]);
  const chart = epochCurves(points);
  const svg = svgOf(chart);
  const dots = [...svg.querySelectorAll('g[aria-label="dot"] circle')]
    .map((c) => ({ x: at(c).x + number(c, "cx"), y: at(c).y + number(c, "cy") }));
  assert.equal(dots.length, points.length);
  // The y scale, from two of its ticks.
  const ticks = new Map(
    [...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')]
      .map((t) => [t.textContent!, at(t).y]),
  );
  assert.equal(Math.max(...ticks.keys().map((t) => parseFloat(t))), 100, "up to 100%");
  const [low, high] = [ticks.get("90%")!, ticks.get("100%")!];
  const y = (accuracy: number) => low + ((100 * accuracy - 90) / 10) * (high - low);
  const sorted = [...points].sort((a, b) => a.epoch - b.epoch);
  sorted.forEach((p, i) => {
    assert.ok(Math.abs(dots[i].y - y(p.accuracy)) < 0.5, `${p.set}, epoch ${p.epoch}`);
  });
  // Higher accuracy, higher on screen; later epoch, further right.
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < sorted.length; j++) {
      if (sorted[i].accuracy > sorted[j].accuracy) assert.ok(dots[i].y < dots[j].y);
      if (sorted[i].epoch > sorted[j].epoch) assert.ok(dots[i].x > dots[j].x);
    }
  }
  const lowest = Math.min(...points.map((p) => p.accuracy));
  const bottom = Math.min(...ticks.keys().map((t) => parseFloat(t)));
  assert.ok(bottom < 100 * lowest && bottom > 100 * lowest - 10, `axis from ${bottom}%`);
  const epochs = textBoxes(svg).filter((b) => b.kind === "x-axis tick label").map((b) => b.text);
  assert.deepEqual(epochs, ["1", "2", "3", "4", "5"]);
  assert.ok(chart.html.includes(">training</span>") && chart.html.includes(">validation</span>"));
  assertFits(chart, "epochCurves");
  await assertSnapshot("epochs.html", chart.html);
  assert.throws(
    () => epochCurves([{ epoch: 1, set: "test", accuracy: 97.5 }]),
    /epochCurves\(\) takes fractions/,
  );
  assertFits(epochCurves([{ epoch: 1, set: "test", accuracy: 1 }]), "epochCurves, one point");
});

Deno.test("predictionGrid() titles right answers green and mistakes red with the truth", async () => {
  const set = {
    images: new Uint8Array(2 * 784),
    labels: new Uint8Array([7, 5]),
    count: 2,
    rows: 28,
    cols: 28,
  };
  const png = predictionGrid(set, [0, 1], [7, 3], { columns: 2 }).bytes;
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, 30).data;
  let green = 0, red = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 1] > 100 && pixels[i] < 80) green++;
    if (pixels[i] > 150 && pixels[i + 1] < 90) red++;
  }
  assert.ok(green > 20 && red > 20, `green ${green}, red ${red}`);
});
