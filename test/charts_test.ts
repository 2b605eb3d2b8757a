import assert from "node:assert/strict";
import { useBackend } from "../lib/network/backend.ts";
import {
  curvesChart,
  decisionChart,
  descentChart,
  layerActivationsChart,
  pixelHeatmap,
  vectorChart,
} from "../lib/pictures/charts.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";
import { predictionGrid, showDigit, showDigits } from "../lib/pictures/digits.ts";
import { ACTIVATIONS } from "../lib/maths/activations.ts";
import { chartRow, Plot, plot } from "../lib/pictures/plot.ts";
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

Deno.test("pixelHeatmap() draws one square and one number per ink pixel (snapshot)", async () => {
  const pixels = seededPixels();
  const chart = pixelHeatmap(pixels, { rows: 6, cols: 6 });
  const squares = chart.html.match(/<rect /g)?.length ?? 0;
  assert.equal(squares, 36);
  const numbers = [...chart.html.matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
  for (const value of pixels.filter((v) => v > 0)) assert.ok(numbers.includes(value));
  await assertSnapshot("pixel_heatmap.svg", chart.html);
  assert.throws(() => pixelHeatmap(pixels), /The picture has 36 pixels, expected 28 × 28/);
});

Deno.test("vectorChart() draws one bar per value (snapshot)", async () => {
  const chart = vectorChart(seededPixels(), { xLabel: "position" });
  assert.equal(chart.html.match(/<rect /g)?.length, 36);
  await assertSnapshot("vector.svg", chart.html);
});

Deno.test("curvesChart() draws a line per function with a legend in their order (snapshot)", async () => {
  const chart = curvesChart(
    [{ name: "relu", f: ACTIVATIONS.relu.f }, { name: "slope", f: ACTIVATIONS.relu.df }],
    [-2, 2],
    { samples: 21 },
  );
  assert.ok(chart.html.indexOf(">relu<") < chart.html.indexOf(">slope<"));
  await assertSnapshot("curves.html", chart.html);
});

Deno.test("layerActivationsChart() has a row per layer", () => {
  const html = layerActivationsChart([[1, 0, 2], [0.5, -1], [-2, 3, 1, 0]]).html;
  for (const label of ["layer 1", "layer 2", "layer 3 (output)"]) assert.ok(html.includes(label));
});

Deno.test("decisionChart() shades the plane and draws every point", async () => {
  const rings = makeRings(50, 3);
  const { network } = await trainOnPoints([2, 8, 2], rings, { steps: 20 });
  const regions = await decisionRegions(network, 3.2, 12);
  network.dispose();
  assert.equal(regions.length, 144);
  assert.ok(regions.every((r) => r.probability >= 0 && r.probability <= 1));
  const html = decisionChart(regions, rings, { title: "rings" }).html;
  assert.equal(html.match(/<circle /g)?.length, 50);
  assert.ok(html.includes("rings"));
  // The 144 regions are the pixels of one image, not 144 shapes.
  assert.equal(html.match(/<image [^>]*href="data:image\/png;base64,/g)?.length, 1);
  assert.ok(!html.includes("<rect"), "no square per region");
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

Deno.test("predictionGrid() titles right answers green and mistakes red with the truth", async () => {
  const { loadImage, createCanvas } = await import("@napi-rs/canvas");
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
