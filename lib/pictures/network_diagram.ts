/**
 * The tutorial's network drawn as nodes and edges, with one neuron's sum written out (SVG, its
 * labels in the language chosen with `setLanguage()`).
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import {
  BLUE,
  GREY,
  LIGHT_BLUE,
  LIGHT_GREY,
  MUTED,
  num,
  ORANGE,
  subscript,
  svgChart,
  text,
  textMiddle,
  textWidth,
} from "./_svg.ts";

/** Options of {@linkcode networkDiagram}. */
export interface NetworkDiagramOptions {
  /** The true size of each layer, input first; `[784, 64, 64, 64, 10]` by default. */
  layers?: number[];
  /**
   * The neuron whose incoming edges and formula are shown: layer 1 is the first hidden layer,
   * `neuron` counts from 0 in the true layer and must be one of those drawn (the first and last
   * few). `{ layer: 1, neuron: 0 }` by default; `null` highlights none.
   */
  highlight?: { layer: number; neuron: number } | null;
  /** Width in pixels; 900 by default. */
  width?: number;
}

/** The neurons drawn of a layer of `size` when at most `cap` fit: the first and the last ones. */
function drawnNeurons(size: number, cap: number): { neurons: number[]; gapAfter: number } {
  if (size <= cap) return { neurons: Array.from({ length: size }, (_, i) => i), gapAfter: -1 };
  const first = Math.ceil(cap / 2), last = cap - first;
  return {
    neurons: [
      ...Array.from({ length: first }, (_, i) => i),
      ...Array.from({ length: last }, (_, i) => size - last + i),
    ],
    gapAfter: first - 1,
  };
}

/**
 * The tutorial's network 784 → 64 → 64 → 64 → 10 as nodes and edges, scaled down (12 of the 784
 * inputs, 8 of each hidden layer's 64 neurons, all 10 outputs), with every edge drawn faintly and
 * one neuron of the first hidden layer highlighted: its incoming edges drawn strongly and its sum
 * written out in a box joined to it, `z = w₁x₁ + w₂x₂ + … + w₇₈₄x₇₈₄ + b`, then `h = ReLU(z)`.
 * The box sits above the network, or under it when the neuron is the last drawn of its layer.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { networkDiagram } from "./network_diagram.ts";
 * const html = networkDiagram().html;
 * assert.equal(html.match(/<circle class="node/g)?.length, 12 + 8 + 8 + 8 + 10);
 * assert.equal(html.match(/class="edge highlighted"/g)?.length, 12);
 * assert.ok(html.includes("784 inputs (pixels)") && html.includes("h = ReLU(z)"));
 * ```
 */
export function networkDiagram(options: NetworkDiagramOptions = {}): Chart {
  const { layers = [784, 64, 64, 64, 10], width = 900 } = options;
  const highlight = options.highlight === undefined ? { layer: 1, neuron: 0 } : options.highlight;
  if (layers.length < 2 || layers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(
      `The layers [${layers}] are not a network: give at least two positive whole sizes, ` +
        `input first, such as [784, 64, 64, 64, 10]`,
    );
  }
  const last = layers.length - 1;
  const drawn = layers.map((size, l) => drawnNeurons(size, l === 0 ? 12 : l === last ? 10 : 8));
  if (highlight) {
    const { layer, neuron } = highlight;
    if (!Number.isInteger(layer) || layer < 1 || layer > last) {
      throw new RangeError(
        `Cannot highlight a neuron of layer ${layer}: the layers with incoming edges are 1 … ` +
          `${last} (1 is the first hidden layer); pass highlight: null to highlight none`,
      );
    }
    if (!drawn[layer].neurons.includes(neuron)) {
      const shown = drawn[layer].neurons;
      throw new RangeError(
        `Neuron ${neuron} of layer ${layer} is not drawn: the diagram shows neurons ` +
          `${shown.join(", ")} of its ${layers[layer]}; highlight one of those`,
      );
    }
  }

  const pitch = 30, radius = 9;
  const slotCount = (l: number) => drawn[l].neurons.length + (drawn[l].gapAfter >= 0 ? 1 : 0);
  const maxSlots = Math.max(...layers.map((_, l) => slotCount(l)));
  // The sum's box goes above the network, or under it (and the layers' names above) when the
  // highlighted neuron is the last drawn of its layer.
  const index = highlight ? drawn[highlight.layer].neurons.indexOf(highlight.neuron) : -1;
  const boxBelow = index > 0 && index === drawn[highlight!.layer].neurons.length - 1;
  const boxAbove = highlight !== null && !boxBelow;
  const boxHeight = 84;
  let cursor = 12;
  const boxAboveY = cursor;
  if (boxAbove) cursor += boxHeight + 12;
  const namesAboveY = cursor + 14;
  if (boxBelow) cursor += 48;
  const top = cursor + radius;
  const middle = top + ((maxSlots - 1) * pitch) / 2;
  const left = 100, right = 62;
  const columnX = (l: number) => left + (l * (width - left - right)) / last;
  const slotY = (l: number, slot: number) => middle + (slot - (slotCount(l) - 1) / 2) * pitch;
  /** The drawn nodes of a layer: neuron number and position. */
  const nodes = drawn.map(({ neurons, gapAfter }, l) =>
    neurons.map((neuron, i) => ({
      neuron,
      x: columnX(l),
      y: slotY(l, gapAfter >= 0 && i > gapAfter ? i + 1 : i),
    }))
  );

  const body: string[] = [];
  // Every edge between consecutive layers, faint; then the highlighted neuron's, strong.
  const edge = (a: { x: number; y: number }, b: { x: number; y: number }, cls: string) =>
    `<line class="${cls}" x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}"/>`;
  body.push(`<g stroke="${GREY}" stroke-width="0.7" stroke-opacity="0.45">`);
  for (let l = 0; l < last; l++) {
    for (const a of nodes[l]) for (const b of nodes[l + 1]) body.push(edge(a, b, "edge"));
  }
  body.push("</g>");
  const target = highlight
    ? nodes[highlight.layer].find((node) => node.neuron === highlight.neuron)!
    : undefined;
  if (highlight && target) {
    body.push(`<g stroke="${ORANGE}" stroke-width="1.8">`);
    const sources = nodes[highlight.layer - 1];
    for (const a of sources) body.push(edge(a, target, "edge highlighted"));
    body.push("</g>");
    // The weights of the first and last edges, named as in the formula.
    for (const a of [sources[0], sources[sources.length - 1]]) {
      const t = a.y <= target.y ? 0.32 : 0.24,
        x = a.x + t * (target.x - a.x),
        y = a.y + t * (target.y - a.y);
      const above = a.y <= target.y;
      body.push(text(x + (above ? -4 : 8), y + (above ? -8 : 10), `w${subscript(a.neuron + 1)}`, {
        size: 14,
        fill: "#c2570c",
        bold: true,
        className: "weight",
      }));
    }
  }

  // The nodes, the gaps between the first and last ones, and their labels.
  nodes.forEach((column, l) => {
    const [fill, stroke] = l === 0 ? [LIGHT_GREY, GREY] : [LIGHT_BLUE, BLUE];
    for (const { neuron, x, y } of column) {
      const lit = highlight?.layer === l && highlight.neuron === neuron;
      body.push(
        `<circle class="node layer-${l}${lit ? " highlighted" : ""}" cx="${num(x)}" ` +
          `cy="${num(y)}" r="${lit ? radius + 2 : radius}" fill="${lit ? ORANGE : fill}" ` +
          `stroke="${lit ? "#c2570c" : stroke}" stroke-width="${lit ? 2 : 1.2}"/>`,
      );
      if (l === 0) {
        body.push(textMiddle(x - radius - 6, y, `x${subscript(neuron + 1)}`, {
          anchor: "end",
          size: 14,
          fill: MUTED,
        }));
      } else if (l === last) {
        body.push(textMiddle(x + radius + 7, y, String(neuron), { size: 13 }));
      }
    }
    if (drawn[l].gapAfter >= 0) {
      body.push(textMiddle(columnX(l), slotY(l, drawn[l].gapAfter + 1), "⋮", {
        anchor: "middle",
        size: 18,
        fill: MUTED,
        className: "gap",
      }));
    }
  });

  // The layers' names and true sizes, under the columns (or above them).
  const bottom = middle + ((maxSlots - 1) * pitch) / 2 + radius;
  const namesY = boxBelow ? namesAboveY : bottom + 26;
  const say = messages().pictures;
  layers.forEach((size, l) => {
    const name = l === 0 ? say.inputName : l === last ? say.outputName : say.hiddenName(l);
    const count = l === 0
      ? say.inputCount(size)
      : l === last
      ? say.scoreCount(size)
      : say.neuronCount(size);
    body.push(text(columnX(l), namesY, name, { anchor: "middle", size: 14, bold: true }));
    body.push(text(columnX(l), namesY + 18, count, { anchor: "middle", size: 12, fill: MUTED }));
  });
  cursor = boxBelow ? bottom + 20 : bottom + 56;

  // The highlighted neuron's sum, in a box above or under it.
  if (highlight && target) {
    const n = layers[highlight.layer - 1];
    const v = highlight.layer === 1 ? "x" : "h";
    const term = (i: number) => `w${subscript(i)}${v}${subscript(i)}`;
    const sum = n <= 3
      ? `z = ${Array.from({ length: n }, (_, i) => term(i + 1)).join(" + ")} + b`
      : `z = ${term(1)} + ${term(2)} + … + ${term(n)} + b`;
    const out = highlight.layer === last ? say.scoreNoRelu : "h = ReLU(z)";
    const layerName = highlight.layer === last ? say.theOutput : say.hiddenName(highlight.layer);
    const note = say.ownWeights(layers[highlight.layer], layerName, n);
    const boxWidth = Math.max(textWidth(sum, 17), textWidth(note, 12)) + 28;
    const boxX = Math.max(8, Math.min(target.x - 34, width - 8 - boxWidth));
    const boxY = boxAbove ? boxAboveY : cursor;
    if (boxBelow) cursor += boxHeight + 12;
    // A dashed line joins box and neuron when no other neuron lies between them.
    if (index === 0 || boxBelow) {
      const [from, to] = boxAbove
        ? [boxY + boxHeight, target.y - radius - 3]
        : [target.y + radius + 3, boxY];
      body.push(
        `<line class="callout" x1="${num(target.x)}" y1="${num(from)}" x2="${num(target.x)}" ` +
          `y2="${num(to)}" stroke="${ORANGE}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      );
    }
    body.push(
      `<rect class="callout" x="${num(boxX)}" y="${boxY}" width="${num(boxWidth)}" ` +
        `height="${boxHeight}" rx="6" fill="#fff8f0" stroke="${ORANGE}" stroke-width="1.5"/>`,
      text(boxX + 14, boxY + 26, sum, { size: 17, className: "formula" }),
      text(boxX + 14, boxY + 50, out, { size: 17, className: "formula" }),
      text(boxX + 14, boxY + 72, note, { size: 12, fill: MUTED }),
    );
  }

  return svgChart(
    width,
    cursor,
    say.networkAria(layers.join(" → ")),
    body,
  );
}
