/**
 * Outputs that update in place while a cell runs: a progress line and a chart that redraw during
 * training, instead of thousands of printed lines. In the Deno kernel they use Jupyter's display
 * updates (one `display_data`, then `update_display_data` messages with the same display id).
 *
 * @module
 */
import { type Chart, chartRow, Plot, plot } from "../pictures/plot.ts";

/** Shows `content` under the display id; `update` replaces what that id showed before. */
export type DisplayFunction = (
  content: unknown,
  options: { display_id: string; update?: boolean },
) => unknown;

/**
 * The kernel's display function. Outside the kernel `Deno.jupyter` throws when touched; then the
 * outputs are simply not shown.
 */
function kernelDisplay(): DisplayFunction {
  let inKernel = true;
  return async (content, options) => {
    if (!inKernel) return;
    try {
      const { jupyter } = Deno as unknown as { jupyter: { display: DisplayFunction } };
      await jupyter.display(content, options);
    } catch (error) {
      if (!/only available in `deno jupyter`/.test((error as Error).message)) throw error;
      inKernel = false;
    }
  };
}

let nextId = 0;

/**
 * One output that can be shown and then replaced as often as needed. Outside a notebook it shows
 * nothing (unless a display function is given).
 *
 * @example
 * ```ts
 * import { LiveDisplay } from "./live.ts";
 * const calls: unknown[] = [];
 * const live = new LiveDisplay((content, options) => void calls.push([content, options]));
 * await live.show("first");
 * await live.show("second");
 * console.assert(calls.length === 2);
 * ```
 */
export class LiveDisplay {
  /** The Jupyter display id shared by every version of this output. */
  readonly id = `live-${Date.now().toString(36)}-${nextId++}`;
  #shown = false;

  /** Uses the kernel's `Deno.jupyter.display` unless another display function is given. */
  constructor(private readonly display: DisplayFunction = kernelDisplay()) {}

  /** Shows `content` the first time, then replaces it in place. */
  async show(content: unknown): Promise<void> {
    await this.display(content, { display_id: this.id, update: this.#shown });
    this.#shown = true;
  }
}

/** A Markdown output for the kernel. */
export function markdown(text: string): { [key: symbol]: () => Record<string, string> } {
  return { [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": text, "text/plain": text }) };
}

/** One point of the training history. */
export interface HistoryPoint {
  /** Steps done so far. */
  step: number;
  /** Mean loss of the batches since the previous point. */
  loss: number;
  /** Accuracy on the held-out check set at this step, when it was measured. */
  accuracy?: number;
}

/** Options of {@linkcode TrainingMonitor}. */
export interface MonitorOptions {
  /** Epochs the training will run. */
  epochs: number;
  /** Steps in one epoch. */
  stepsPerEpoch: number;
  /** Measures accuracy (0 … 1) for the chart; called every `checkEvery` steps. */
  measureAccuracy?: () => number;
  /** Steps between two points of the loss curve; 100 by default. */
  pointEvery?: number;
  /** Steps between two accuracy measurements; 500 by default. */
  checkEvery?: number;
  /** Milliseconds between two redraws of the progress line; 250 by default. */
  redrawMs?: number;
  /** Where to show the outputs; the kernel's display by default. */
  display?: DisplayFunction;
}

/**
 * Watches a training loop: call `step()` after every step and `epochEnd()` after every epoch. It
 * keeps the history and shows two live outputs, a progress line (step, loss, accuracy, speed)
 * and a chart of the loss and accuracy, each updated in place.
 */
export class TrainingMonitor {
  /** Loss (and accuracy, when measured) every `pointEvery` steps. */
  readonly history: HistoryPoint[] = [];
  /** Test accuracy after each epoch, as reported to `epochEnd()`. */
  readonly epochAccuracies: number[] = [];
  readonly #progress: LiveDisplay;
  readonly #chart: LiveDisplay;
  readonly #options: Required<Omit<MonitorOptions, "measureAccuracy" | "display">> & MonitorOptions;
  #steps = 0;
  #samples = 0;
  #lossSum = 0;
  #lossCount = 0;
  #lastAccuracy?: number;
  #lastDraw = -Infinity;
  readonly #start = performance.now();

  /** Starts watching; nothing is shown until the first step. */
  constructor(options: MonitorOptions) {
    this.#options = { pointEvery: 100, checkEvery: 500, redrawMs: 250, ...options };
    this.#progress = new LiveDisplay(options.display);
    this.#chart = new LiveDisplay(options.display);
  }

  /** Records one step's loss; redraws the outputs when it is time. */
  async step(loss: number, batchSize: number): Promise<void> {
    this.#steps++;
    this.#samples += batchSize;
    this.#lossSum += loss;
    this.#lossCount++;
    const { pointEvery, checkEvery, redrawMs, measureAccuracy } = this.#options;
    let newPoint = false;
    if (this.#steps % pointEvery === 0) {
      const point: HistoryPoint = { step: this.#steps, loss: this.#lossSum / this.#lossCount };
      if (measureAccuracy && this.#steps % checkEvery === 0) {
        point.accuracy = this.#lastAccuracy = measureAccuracy();
      }
      this.history.push(point);
      this.#lossSum = this.#lossCount = 0;
      newPoint = true;
    }
    const now = performance.now();
    if (newPoint && now - this.#lastDraw >= redrawMs) {
      this.#lastDraw = now;
      await this.#progress.show(markdown(this.progressLine()));
      await this.#chart.show(this.chart());
    }
  }

  /** Records the test accuracy at the end of an epoch and redraws. */
  async epochEnd(testAccuracy: number): Promise<void> {
    this.epochAccuracies.push(testAccuracy);
    await this.#progress.show(markdown(this.progressLine()));
    await this.#chart.show(this.chart());
  }

  /** The progress line as Markdown. */
  progressLine(): string {
    const { epochs, stepsPerEpoch } = this.#options;
    const total = epochs * stepsPerEpoch;
    const epoch = Math.min(epochs, Math.floor((this.#steps - 1) / stepsPerEpoch) + 1);
    const seconds = (performance.now() - this.#start) / 1000;
    const last = this.history.at(-1);
    const parts = [
      `**epoch ${epoch}/${epochs}**`,
      `step ${this.#steps.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`,
      last ? `loss ${last.loss.toFixed(4)}` : "",
      this.#lastAccuracy === undefined ? "" : `accuracy ${(100 * this.#lastAccuracy).toFixed(1)}%`,
      `${Math.round(this.#samples / seconds).toLocaleString("en-US")} images/s`,
      `${seconds.toFixed(0)} s`,
    ];
    const epochsDone = this.epochAccuracies.map((a, i) =>
      `epoch ${i + 1}: ${(100 * a).toFixed(2)}%`
    );
    return parts.filter(Boolean).join(" · ") +
      (epochsDone.length ? `  \ntest accuracy after ${epochsDone.join(", ")}` : "");
  }

  /** The loss curve and the accuracy measurements, side by side. */
  chart(): Chart {
    const steps = this.#options.epochs * this.#options.stepsPerEpoch;
    const accuracy = this.history.filter((p) => p.accuracy !== undefined);
    const common = {
      width: 420,
      height: 240,
      grid: true,
      x: { label: "step", domain: [0, steps] },
    };
    return chartRow([
      plot({
        ...common,
        y: { label: "loss", domain: [0, Math.max(0.5, ...this.history.map((p) => p.loss))] },
        marks: [Plot.lineY(this.history, { x: "step", y: "loss", stroke: "#4c78a8" })],
      }),
      plot({
        ...common,
        y: { label: "accuracy on the check set", domain: [0, 1], percent: true },
        marks: [
          Plot.lineY(accuracy, { x: "step", y: "accuracy", stroke: "#f58518" }),
          Plot.dot(accuracy, { x: "step", y: "accuracy", fill: "#f58518", r: 2.5 }),
        ],
      }),
    ]);
  }
}
