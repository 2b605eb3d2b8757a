/**
 * A digit you draw yourself: an output with a drawing pad, the 28 × 28 input the network sees,
 * and the network's ten probabilities, updated as you draw. The trained weights travel inside the
 * output and the forward pass runs in the page, so it works in JupyterLab, VS Code and the
 * rendered site with nothing fetched from a network.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import { escapeHtml, JUPYTER_DISPLAY } from "./display.ts";
import { messages } from "./messages/mod.ts";
import type { Network } from "../network/network.ts";
import { PLOT_FONT_FAMILY } from "../pictures/fonts.ts";
import { BLUE } from "../pictures/colours.ts";

/** The page half of the widget, read when a widget is first shown (not by every notebook). */
let pageScript: string | undefined;
function readPageScript(): string {
  return pageScript ??= Deno.readTextFileSync(new URL("./_draw_widget_page.js", import.meta.url));
}

const STYLE = `
.mnist-draw { display: flex; gap: 24px; align-items: flex-start; flex-wrap: wrap;
  font-family: ${PLOT_FONT_FAMILY}; }
.mnist-draw .pad { width: 280px; height: 280px; border: 1px solid #bbb; border-radius: 6px;
  background: white; cursor: crosshair; touch-action: none; }
.mnist-draw .preview { width: 112px; height: 112px; image-rendering: pixelated;
  border: 1px solid #bbb; }
.mnist-draw .answer { font-size: 64px; font-weight: 600; line-height: 1; margin: 4px 0 12px; }
.mnist-draw .chart { display: flex; gap: 6px; align-items: flex-end; height: 120px; }
.mnist-draw .column { display: flex; flex-direction: column; align-items: center; width: 22px;
  height: 100%; justify-content: flex-end; }
.mnist-draw .bar { width: 100%; background: ${BLUE}; height: 0; transition: height 80ms; }
.mnist-draw .label { font-size: 13px; margin-top: 4px; }
.mnist-draw button { margin-top: 8px; font-size: 14px; padding: 4px 14px; }
.mnist-draw .note { font-size: 12px; color: #666; }
`;

/** The network's parameters, layer by layer (weights then biases), as base64 float32. */
export async function encodeWeights(network: Network): Promise<string> {
  const arrays = await network.getWeights();
  const all = new Float32Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const array of arrays) {
    all.set(array, offset);
    offset += array.length;
  }
  return Buffer.from(all.buffer).toString("base64");
}

/**
 * The draw-a-digit output: HTML that a notebook, VS Code or a browser shows and runs. Its texts
 * are in the language chosen when it is shown.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DrawDigitWidget } from "./draw_widget.ts";
 * const widget = new DrawDigitWidget([784, 10], "");
 * assert.ok(widget.html.includes('<button class="clear">Clear</button>'));
 * ```
 */
export class DrawDigitWidget {
  /** Builds the widget for a network of these layer sizes and weights (see `encodeWeights`). */
  constructor(readonly sizes: readonly number[], readonly encodedWeights: string) {}

  /** The complete HTML: style, pad, preview, chart, and the script with the weights. */
  get html(): string {
    const say = messages().notebook;
    const bars = Array.from(
      { length: 10 },
      (_, d) => `<div class="column"><div class="bar"></div><div class="label">${d}</div></div>`,
    ).join("");
    return `<style>${STYLE}</style>
<div class="mnist-draw" data-mnist-draw data-sizes="${JSON.stringify(this.sizes)}"
  data-weights="${this.encodedWeights}">
  <div><canvas class="pad" width="280" height="280"></canvas><br>
    <button class="clear">${escapeHtml(say.clear)}</button>
    <span class="note">${escapeHtml(say.drawHere)}</span></div>
  <div><div class="note">${escapeHtml(say.networkSees)}</div>
    <canvas class="preview" width="28" height="28"></canvas></div>
  <div><div class="note">${escapeHtml(say.itsAnswer)}</div><div class="answer">?</div>
    <div class="chart">${bars}</div></div>
</div>
<script>${readPageScript()}</script>`;
  }

  /** The MIME bundle the kernel shows. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return {
      "text/html": this.html,
      "text/plain": messages().notebook.padAsText,
    };
  }
}

/**
 * The draw-a-digit widget for a trained network.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { useBackend } from "../network/backend.ts";
 * import { drawDigitWidget } from "./draw_widget.ts";
 * import { createNetwork } from "../network/network.ts";
 * await useBackend("cpu");
 * const network = createNetwork();
 * assert.ok((await drawDigitWidget(network)).html.includes("data-mnist-draw"));
 * network.dispose();
 * ```
 */
export async function drawDigitWidget(network: Network): Promise<DrawDigitWidget> {
  return new DrawDigitWidget(network.sizes, await encodeWeights(network));
}
