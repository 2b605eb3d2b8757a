import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { batchDiagram } from "../lib/pictures/batch_diagram.ts";
import { networkDiagram } from "../lib/pictures/network_diagram.ts";
import { rowsToVectorDiagram } from "../lib/pictures/rows_to_vector_diagram.ts";
import { outsideViewBox } from "../lib/pictures/_svg.ts";
import type { Chart } from "../lib/pictures/plot.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";
import { createRandom } from "../lib/data/random.ts";
import { isWide, SVG_FONT_FAMILY } from "../lib/pictures/fonts.ts";
import { setLanguage } from "../lib/notebook/language.ts";
import { assertSnapshot } from "./_snapshot.ts";

const ORANGE = "#f58518";

/** The characters beyond ASCII that DejaVu Sans (the Latin font CI installs) draws for us. */
const DRAWABLE = new Set("·×→−Σ₀₁₂₃₄₅₆₇₈₉ᵀ⋮…–");

/** The attributes of every element `<tag …>` whose attributes match `filter`, in order. */
function elements(html: string, tag: string, filter = ""): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag} ([^>]*${filter}[^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
  );
}

/** The text of every `<text>`, unescaped. */
function texts(html: string): string[] {
  return [...html.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")
  );
}

/**
 * What every diagram promises: standalone sized SVG, readable text, everything in view. Text is
 * ASCII or symbols DejaVu Sans draws, and, in `chinese`, characters of the CJK font CI installs.
 */
function assertWellMade(chart: Chart, chinese = false): string {
  const html = chart.html;
  assert.deepEqual(Object.keys(chart[JUPYTER_DISPLAY]()), ["image/svg+xml"]);
  const svg = elements(html, "svg")[0];
  assert.equal(svg.xmlns, "http://www.w3.org/2000/svg");
  assert.equal(svg.viewBox, `0 0 ${svg.width} ${svg.height}`);
  assert.ok(Number(svg.width) >= 300 && Number(svg.width) <= 950, `width ${svg.width}`);
  assert.equal(svg["font-family"], SVG_FONT_FAMILY);
  assert.ok(svg["font-family"].startsWith("DejaVu Sans, WenQuanYi Micro Hei, "));
  assert.ok(!/font-family/.test(html.slice(html.indexOf(">"))), "one font, set once");
  const sizes = elements(html, "text").map((t) => Number(t["font-size"]));
  assert.ok(sizes.length > 0 && sizes.every((size) => size >= 11), `font sizes ${sizes}`);
  for (const content of texts(html)) {
    for (const ch of content) {
      assert.ok(
        ch.charCodeAt(0) < 127 || DRAWABLE.has(ch) || (chinese && isWide(ch)),
        `"${ch}" in "${content}"`,
      );
    }
  }
  assert.deepEqual(outsideViewBox(html), [], "everything lies inside the viewBox");
  assert.ok(html.length < 200_000, `${html.length} characters of SVG`);
  return html;
}

/** A seeded picture with values 0 … 255, about half of them ink. */
function seededPixels(count: number, seed = 42): Uint8Array {
  const random = createRandom(seed);
  return Uint8Array.from(
    { length: count },
    () => (random() < 0.5 ? 0 : Math.floor(random() * 256)),
  );
}

/** The course's grey of a pixel value: 0 white, 255 black. */
function grey(value: number): string {
  return "#" + (255 - value).toString(16).padStart(2, "0").repeat(3);
}

Deno.test("outsideViewBox() finds circles, lines, rectangles and text that leave the frame", () => {
  const svg = '<svg viewBox="0 0 100 50"><circle cx="96" cy="10" r="5"/>' +
    '<rect x="0" y="0" width="100" height="50"/><line x1="0" y1="0" x2="100" y2="50"/>' +
    '<text x="90" y="20" font-size="12">far too long</text>' +
    '<text x="50" y="20" font-size="12" text-anchor="middle">fits</text>' +
    '<polygon points="0,0 10,60 20,0"/></svg>';
  assert.deepEqual(outsideViewBox(svg), [
    '<circle cx="96" cy="10" r="5"/>',
    '<text x="90" y="20" font-size="12">far too long</text>',
    '<polygon points="0,0 10,60 20,0"/>',
  ]);
  assert.throws(() => outsideViewBox("<svg></svg>"), /no readable viewBox/);
});

Deno.test("networkDiagram() draws the scaled-down layers, every edge, one neuron's sum (snapshot)", async () => {
  const html = assertWellMade(networkDiagram());
  const perLayer = [12, 8, 8, 8, 10];
  perLayer.forEach((count, l) => {
    assert.equal(
      elements(html, "circle", `class="node layer-${l}[ "]`).length,
      count,
      `layer ${l}`,
    );
  });
  assert.equal(elements(html, "circle").length, 46, "no circle but the nodes");
  assert.equal(elements(html, "line", 'class="edge"').length, 12 * 8 + 8 * 8 + 8 * 8 + 8 * 10);

  // The highlighted neuron: the first of hidden 1, its 12 drawn inputs' edges in their own group.
  const [lit] = elements(html, "circle", "highlighted");
  assert.equal(lit.class, "node layer-1 highlighted");
  const strong = elements(html, "line", 'class="edge highlighted"');
  assert.equal(strong.length, perLayer[0]);
  const inputs = elements(html, "circle", 'class="node layer-0"');
  strong.forEach((edge, i) => {
    assert.deepEqual([edge.x1, edge.y1], [inputs[i].cx, inputs[i].cy]);
    assert.deepEqual([edge.x2, edge.y2], [lit.cx, lit.cy]);
  });
  const groups = [...html.matchAll(/<g stroke="([^"]+)"[^>]*>(<line class="([^"]+)")/g)];
  const strokes = Object.fromEntries(groups.map((g) => [g[3], g[1]]));
  assert.deepEqual(strokes, { "edge": "#9c9c9c", "edge highlighted": ORANGE });

  const labels = texts(html);
  for (
    const label of [
      "input",
      "hidden 1",
      "hidden 2",
      "hidden 3",
      "output",
      "784 inputs (pixels)",
      "64 neurons",
      "z = w₁x₁ + w₂x₂ + … + w₇₈₄x₇₈₄ + b",
      "h = ReLU(z)",
      "x₁",
      "x₇₈₄",
      "⋮",
      ...Array.from({ length: 10 }, (_, digit) => String(digit)),
    ]
  ) {
    assert.ok(labels.includes(label), `label "${label}"`);
  }
  assert.equal(labels.filter((label) => label === "64 neurons").length, 3);
  await assertSnapshot("network_diagram.svg", html);
});

Deno.test("networkDiagram() follows other layers and highlights, and says which neurons it draws", () => {
  const small = assertWellMade(
    networkDiagram({ layers: [4, 3, 2], highlight: { layer: 2, neuron: 1 }, width: 600 }),
  );
  assert.equal(elements(small, "circle", "node").length, 4 + 3 + 2);
  assert.equal(elements(small, "line", "edge highlighted").length, 3);
  assert.equal(elements(small, "circle", "highlighted")[0].class, "node layer-2 highlighted");
  assert.ok(texts(small).includes("z = w₁h₁ + w₂h₂ + w₃h₃ + b"));
  assert.ok(!small.includes("⋮"), "small layers are drawn whole");

  // The last drawn neuron gets its sum under the network, joined by a dashed line.
  const low = assertWellMade(networkDiagram({ highlight: { layer: 1, neuron: 63 }, width: 700 }));
  const [lowest] = elements(low, "circle", "highlighted");
  const [callout] = elements(low, "line", 'class="callout"');
  assert.equal(callout.x1, lowest.cx);
  assert.ok(Number(callout.y2) > Number(lowest.cy), "the sum is under the neuron");
  assert.ok(texts(low).includes("hidden 1") && texts(low).includes("h = ReLU(z)"));

  const plain = assertWellMade(networkDiagram({ highlight: null, width: 720 }));
  assert.ok(!plain.includes("highlighted") && !plain.includes("ReLU"));
  assert.ok(plain.includes('width="720"'));

  assert.throws(
    () => networkDiagram({ highlight: { layer: 1, neuron: 10 } }),
    /Neuron 10 of layer 1 is not drawn: the diagram shows neurons 0, 1, 2, 3, 60, 61, 62, 63/,
  );
  assert.throws(() => networkDiagram({ highlight: { layer: 0, neuron: 0 } }), /1 is the first/);
  assert.throws(() => networkDiagram({ layers: [784] }), /at least two positive whole sizes/);
});

Deno.test("rowsToVectorDiagram() lays the rows end to end in the picture's greys", () => {
  const pixels = seededPixels(784);
  const html = assertWellMade(rowsToVectorDiagram(pixels));

  // The strip: 784 cells, in reading order (line by line, left to right), shaded like the pixels.
  const cells = elements(html, "rect", 'class="cell"');
  assert.equal(cells.length, 784);
  assert.deepEqual(cells.map((c) => c.fill), Array.from(pixels, grey));
  for (let i = 1; i < cells.length; i++) {
    const [a, b] = [cells[i - 1], cells[i]].map((c) => ({ x: Number(c.x), y: Number(c.y) }));
    assert.ok(b.y > a.y || (b.y === a.y && b.x === a.x + Number(cells[i].width)), `cell ${i}`);
  }
  // The picture: 784 squares, the same greys.
  assert.deepEqual(elements(html, "rect", 'class="pixel"').map((c) => c.fill), [
    ...Array.from(pixels, grey),
  ]);

  // Rows 0, 1, 2 outlined in blue, orange and red, in the picture and in the strip.
  ["#4c78a8", ORANGE, "#e45756"].forEach((colour, r) => {
    const outlines = elements(html, "rect", `row-outline row-${r}"`);
    assert.equal(outlines.length, 2, `row ${r}`);
    assert.ok(outlines.every((o) => o.stroke === colour), `row ${r} in ${colour}`);
  });
  assert.equal(elements(html, "rect", "row-3").length, 0, "row 3 stays grey");
  const [segment] = elements(html, "rect", "segment row-outline row-1");
  assert.equal(Number(segment.x), Number(cells[28].x), "row 1's segment starts at position 28");
  assert.equal(Number(segment.width), 28 * Number(cells[0].width));

  const labels = texts(html);
  for (
    const label of [
      "row 0 → positions 0–27",
      "row 1 → positions 28–55",
      "row 2 → positions 56–83",
      "…",
      "i = 28·r + c",
      "row 27 → positions 756–783",
    ]
  ) {
    assert.ok(labels.includes(label), `label "${label}"`);
  }
  assert.throws(() => rowsToVectorDiagram(pixels.subarray(1)), /783 pixels, expected 28 × 28/);
});

Deno.test("rowsToVectorDiagram() of a small picture, highlighting other rows (snapshot)", async () => {
  const pixels = seededPixels(36);
  const html = assertWellMade(rowsToVectorDiagram(pixels, { rows: 6, cols: 6 }));
  assert.deepEqual(elements(html, "rect", 'class="cell"').map((c) => c.fill), [
    ...Array.from(pixels, grey),
  ]);
  assert.ok(texts(html).includes("i = 6·r + c") && texts(html).includes("row 2 → positions 12–17"));
  await assertSnapshot("rows_to_vector_diagram.svg", html);

  const four = assertWellMade(rowsToVectorDiagram(pixels, { rows: 6, cols: 6, highlightRows: 4 }));
  assert.equal(elements(four, "rect", "row-outline").length, 2 * 4);
  assert.ok(texts(four).includes("row 3 → positions 18–23"));
  const none = assertWellMade(rowsToVectorDiagram(pixels, { rows: 6, cols: 6, highlightRows: 0 }));
  assert.equal(elements(none, "rect", "row-outline").length, 0);
});

Deno.test("batchDiagram() draws one row an image in every matrix, one row lit throughout (snapshot)", async () => {
  const html = assertWellMade(batchDiagram());
  const matrices = [
    ...html.matchAll(/<g class="matrix" data-rows="(\d+)" data-cols="(\d+)">(.*?)<\/g>/g),
  ];
  assert.deepEqual(matrices.map((m) => Number(m[2])), [784, 64, 64, 64, 10]);
  const litRows = new Set<string>();
  for (const [, rows, , inside] of matrices) {
    assert.equal(Number(rows), 15);
    assert.equal(elements(inside, "rect", 'class="row[ "]').length, 15);
    const lit = elements(inside, "rect", "row highlighted");
    assert.equal(lit.length, 1);
    assert.equal(lit[0].stroke, ORANGE);
    litRows.add(lit[0].y);
  }
  assert.equal(litRows.size, 1, "the same row in every matrix");

  const labels = texts(html);
  for (
    const label of [
      "15 images × 784 pixels",
      "15 × 64",
      "15 × 10 scores",
      "× W₁ᵀ + b₁",
      "× W₂ᵀ + b₂",
      "× W₃ᵀ + b₃",
      "× W₄ᵀ + b₄",
      "W₁ is 64 × 784",
      "one image = one row all the way through",
    ]
  ) {
    assert.ok(labels.includes(label), `label "${label}"`);
  }
  assert.equal(labels.filter((label) => label === "15 × 64").length, 3);
  assert.equal(labels.filter((label) => label === "ReLU").length, 3, "no ReLU on the output");
  await assertSnapshot("batch_diagram.svg", html);
});

Deno.test("batchDiagram() follows the batch size and the layers", () => {
  const small = assertWellMade(batchDiagram(4, [784, 32, 10]));
  assert.equal(elements(small, "rect", 'class="row[ "]').length, 3 * 4);
  assert.ok(texts(small).includes("4 × 32") && texts(small).includes("4 × 10 scores"));
  const large = assertWellMade(batchDiagram(64, [784, 128, 10]));
  assert.equal(elements(large, "rect", 'class="row[ "]').length, 3 * 64);
  assert.throws(() => batchDiagram(0), /Cannot draw a batch of 0: give a whole number of images/);
  assert.throws(() => batchDiagram(1000), /from 1 to 256/);
  assert.throws(() => batchDiagram(15, [784]), /at least two positive whole sizes/);
});

Deno.test("the diagrams render to pictures through Skia, with ink where the text is", async () => {
  for (const chart of [networkDiagram(), rowsToVectorDiagram(seededPixels(784)), batchDiagram()]) {
    const image = await loadImage(Buffer.from(chart.html));
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let dark = 0, orange = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 80 && data[i + 1] < 80 && data[i + 2] < 80) dark++;
      if (data[i] > 200 && data[i + 1] > 100 && data[i + 1] < 170 && data[i + 2] < 80) orange++;
    }
    assert.ok(dark > 500, `${dark} dark pixels`);
    assert.ok(orange > 50, `${orange} orange pixels`);
  }
});

Deno.test("the diagrams in Chinese keep every label, wider in Chinese characters, in view", () => {
  setLanguage("zh", { fontFamilies: ["WenQuanYi Micro Hei"] });
  try {
    const network = assertWellMade(networkDiagram(), true);
    assert.ok(texts(network).includes("隐藏层 1"), "layer names in Chinese");
    assert.ok(texts(network).includes("784 个输入（像素）"));
    assert.ok(texts(network).includes("h = ReLU(z)"), "formulas stay as they are");
    assertWellMade(networkDiagram({ highlight: { layer: 4, neuron: 9 } }), true);
    for (const width of [600, 900]) {
      const rows = assertWellMade(rowsToVectorDiagram(seededPixels(784), { width }), true);
      assert.ok(texts(rows).includes("第 1 行 → 位置 28–55"));
    }
    const batch = assertWellMade(batchDiagram(), true);
    assert.ok(texts(batch).includes("15 张图片 × 784 个像素"));
    assert.match(elements(batch, "svg")[0]["aria-label"], /^一个 15 张图片的批次/);
  } finally {
    setLanguage("en");
  }
});
