/**
 * Charts of training runs: accuracy epoch after epoch, and how many images each engine learns per
 * second.
 *
 * Every chart keeps its marks inside its frame and its texts inside its SVG, at 9 px or more: its
 * margins widen to fit the widest tick label. Their axis labels are in the language chosen with
 * `setLanguage()`; the legends name the engines and sets as given.
 *
 * @module
 */
import { messages } from "../notebook/messages/mod.ts";
import type { Chart } from "./plot.ts";
import { Plot } from "./plot.ts";
import { fitPlot } from "./_layout.ts";

/** A number in few characters, for tick labels: 950, 2.5k, 16k, 1.2M. */
function compactNumber(n: number): string {
  const size = Math.abs(n);
  if (size >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (size >= 1e3) return `${+(n / 1e3).toFixed(1)}k`;
  return String(+n.toFixed(2));
}

/**
 * How many images each engine learns per second, against the batch size: a line with dots per
 * engine (named in the legend as given), batch sizes on a log scale with each size measured as a
 * tick, and the y-axis from 0 with compact labels ("16k").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { throughputChart } from "./training_charts.ts";
 * const html = throughputChart([
 *   { engine: "TensorFlow.js", batch: 16, imagesPerSecond: 16_000 },
 *   { engine: "TensorFlow.js", batch: 64, imagesPerSecond: 41_000 },
 * ]).html;
 * assert.ok(html.includes(">40k<") && html.includes("images learnt per second"));
 * ```
 */
export function throughputChart(
  rows: { engine: string; batch: number; imagesPerSecond: number }[],
  options: { title?: string; width?: number; height?: number } = {},
): Chart {
  const sorted = [...rows].sort((a, b) => a.batch - b.batch);
  const batches = [...new Set(sorted.map((r) => r.batch))];
  const [first, last] = [batches[0] ?? 1, batches[batches.length - 1] ?? 1];
  const say = messages().pictures;
  return fitPlot(() => ({
    width: options.width ?? 640,
    height: options.height ?? 300,
    title: options.title,
    x: {
      type: "log",
      label: say.batchSize,
      domain: first < last ? [first, last] : [first / 2, last * 2],
      ticks: batches,
      tickFormat: (d: number) => String(d),
      inset: 14,
      grid: true,
    },
    y: {
      label: say.imagesPerSecond,
      domain: [0, Math.max(1, ...rows.map((r) => r.imagesPerSecond))],
      nice: true,
      grid: true,
      tickFormat: compactNumber,
    },
    color: { legend: true, domain: [...new Set(rows.map((r) => r.engine))] },
    marks: [
      Plot.ruleY([0]),
      Plot.line(sorted, { x: "batch", y: "imagesPerSecond", stroke: "engine", strokeWidth: 2 }),
      Plot.dot(sorted, { x: "batch", y: "imagesPerSecond", fill: "engine", r: 3.5 }),
    ],
  }));
}

/** A round step for about `count` intervals over `span`: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count, power = 10 ** Math.floor(Math.log10(raw)), error = raw / power;
  return power *
    (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1);
}

/**
 * Accuracy epoch after epoch for several sets ("training", "validation" …) on the same axes, to
 * see over-fitting: a line with dots per set (named in the legend as given), whole epochs on the
 * x-axis, and accuracy as a percentage from a little below the lowest value to 100%.
 * Accuracies are fractions (0.97), not percentages.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { epochCurves } from "./training_charts.ts";
 * const html = epochCurves([
 *   { epoch: 1, set: "training", accuracy: 0.95 },
 *   { epoch: 2, set: "training", accuracy: 0.99 },
 *   { epoch: 1, set: "validation", accuracy: 0.94 },
 *   { epoch: 2, set: "validation", accuracy: 0.93 },
 * ]).html;
 * assert.ok(html.includes(">100%<") && html.includes("validation"));
 * assert.throws(() => epochCurves([{ epoch: 1, set: "test", accuracy: 97 }]), /fractions/);
 * ```
 */
export function epochCurves(
  points: { epoch: number; set: string; accuracy: number }[],
  options: { title?: string; width?: number; height?: number } = {},
): Chart {
  const wrong = points.find((p) => !(p.accuracy >= 0 && p.accuracy <= 1));
  if (wrong) {
    throw new Error(
      `Accuracy ${wrong.accuracy} (${wrong.set}, epoch ${wrong.epoch}) is not between 0 and 1: ` +
        `epochCurves() takes fractions (0.97 for 97%); divide percentages by 100`,
    );
  }
  const data = [...points].sort((a, b) => a.epoch - b.epoch)
    .map((p) => ({ ...p, percent: 100 * p.accuracy }));
  const lowest = Math.min(100, ...data.map((p) => p.percent));
  const margin = Math.max(1, (100 - lowest) * 0.15);
  const step = niceStep(100 - (lowest - margin), 5);
  const bottom = Math.max(0, +(Math.floor((lowest - margin) / step) * step).toFixed(6));
  const epochs = data.map((p) => p.epoch);
  const [first, last] = epochs.length ? [Math.min(...epochs), Math.max(...epochs)] : [1, 1];
  const every = Math.max(1, Math.ceil((last - first) / 10));
  const say = messages().pictures;
  const ticks = Array.from(
    { length: Math.floor((last - first) / every) + 1 },
    (_, i) => first + i * every,
  );
  return fitPlot(() => ({
    width: options.width ?? 480,
    height: options.height ?? 280,
    title: options.title,
    x: {
      label: say.epoch,
      domain: first < last ? [first, last] : [first - 1, last + 1],
      ticks,
      tickFormat: "d",
      inset: 14,
      grid: true,
    },
    y: {
      label: say.accuracy,
      domain: [bottom, 100],
      grid: true,
      tickFormat: (d: number) => `${d}%`,
    },
    color: { legend: true, domain: [...new Set(points.map((p) => p.set))] },
    marks: [
      Plot.line(data, { x: "epoch", y: "percent", stroke: "set", strokeWidth: 2 }),
      Plot.dot(data, { x: "epoch", y: "percent", fill: "set", r: 3.5 }),
    ],
  }));
}
