/**
 * Outputs that update in place while a cell runs: a progress line and a chart that redraw during
 * training, instead of thousands of printed lines. In the Deno kernel they use Jupyter's display
 * updates (one `display_data`, then `update_display_data` messages with the same display id).
 *
 * @module
 */
import { type Chart, chartRow, Plot, plot } from "../pictures/plot.ts";
import { markdown } from "./display.ts";
import { messages } from "./messages/mod.ts";
import { BLUE, ORANGE } from "../pictures/colours.ts";

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
 * import assert from "node:assert/strict";
 * import { LiveDisplay } from "./live.ts";
 * const calls: unknown[] = [];
 * const live = new LiveDisplay((content, options) => void calls.push([content, options]));
 * await live.show("first");
 * await live.show("second");
 * assert.ok(calls.length === 2);
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

/** One point of the training history. */
export interface HistoryPoint {
  /** Steps done so far. */
  step: number;
  /** Mean loss of the batches since the previous point. */
  loss: number;
  /** Accuracy on the validation set at this step, when it was measured. */
  accuracy?: number;
}

/**
 * A step's loss: a number, or a scalar tensor that the monitor reads (asynchronously, a hundred
 * at a time, so that a GPU is not stalled every step) and disposes.
 */
export type LossValue = number | { data(): Promise<ArrayLike<number>>; dispose(): void };

/** Options of {@linkcode TrainingMonitor}. */
export interface MonitorOptions {
  /** Epochs the training will run. */
  epochs: number;
  /** Steps in one epoch. */
  stepsPerEpoch: number;
  /** Measures accuracy (0 … 1) for the chart, every `checkEvery` steps. */
  measureAccuracy?: () => number | Promise<number>;
  /** What the measured accuracy is of; "validation accuracy" (in the current language) by default. */
  accuracyLabel?: string;
  /** Steps between two points of the loss curve; 100 by default. */
  pointEvery?: number;
  /** Steps between two accuracy measurements; 500 by default. */
  checkEvery?: number;
  /** Milliseconds between two redraws of the outputs; 250 by default. */
  redrawMs?: number;
  /** Where to show the outputs; the kernel's display by default. */
  display?: DisplayFunction;
  /** Milliseconds from some fixed moment; `performance.now` by default (tests pass their own). */
  clock?: () => number;
}

/**
 * Watches a training loop: call `step()` after every step and `epochEnd()` after every epoch. It
 * keeps the history and shows two live outputs, a progress line (step, loss, accuracy, speed)
 * and a chart of the loss and the measured accuracy, each updated in place. Both speak the
 * language chosen with `setLanguage()` (numbers keep their English separators: "1,500").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { TrainingMonitor } from "./live.ts";
 * let now = 0;
 * const monitor = new TrainingMonitor({ epochs: 1, stepsPerEpoch: 2, pointEvery: 1,
 *   display: () => {}, clock: () => now });
 * now = 1000;
 * await monitor.step(0.5, 15);
 * assert.equal(monitor.progressLine(), "**epoch 1/1** · step 1 of 2 · loss 0.5000 · 15 images/s · 1 s");
 * ```
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
  #pending: LossValue[] = [];
  #lastAccuracy?: number;
  #lastDraw = -Infinity;
  readonly #start: number;

  /** Starts watching; nothing is shown until the first point. */
  constructor(options: MonitorOptions) {
    this.#options = {
      pointEvery: 100,
      checkEvery: 500,
      redrawMs: 250,
      accuracyLabel: messages().notebook.validationAccuracy,
      clock: () => performance.now(),
      ...options,
    };
    this.#start = this.#options.clock();
    this.#progress = new LiveDisplay(options.display);
    this.#chart = new LiveDisplay(options.display);
  }

  /** Records one step's loss; adds a point and redraws the outputs when it is time. */
  async step(loss: LossValue, batchSize: number): Promise<void> {
    this.#steps++;
    this.#samples += batchSize;
    this.#pending.push(loss);
    const { pointEvery, checkEvery, redrawMs, measureAccuracy, clock } = this.#options;
    if (this.#steps % pointEvery !== 0) return;
    const losses = await Promise.all(this.#pending.map(readLoss));
    this.#pending = [];
    const point: HistoryPoint = {
      step: this.#steps,
      loss: losses.reduce((sum, l) => sum + l, 0) / losses.length,
    };
    if (measureAccuracy && this.#steps % checkEvery === 0) {
      point.accuracy = this.#lastAccuracy = await measureAccuracy();
    }
    this.history.push(point);
    const now = clock();
    if (now - this.#lastDraw >= redrawMs) {
      this.#lastDraw = now;
      await this.#draw();
    }
  }

  /** Records the test accuracy at the end of an epoch and redraws. */
  async epochEnd(testAccuracy: number): Promise<void> {
    this.epochAccuracies.push(testAccuracy);
    await this.#draw();
  }

  async #draw(): Promise<void> {
    await this.#progress.show(markdown(this.progressLine()));
    await this.#chart.show(this.chart());
  }

  /** The progress line as Markdown. */
  progressLine(): string {
    const { epochs, stepsPerEpoch, clock } = this.#options;
    const total = epochs * stepsPerEpoch;
    const epoch = Math.min(epochs, Math.floor((this.#steps - 1) / stepsPerEpoch) + 1);
    const seconds = (clock() - this.#start) / 1000;
    const last = this.history.at(-1);
    const say = messages().notebook;
    const count = (n: number) => n.toLocaleString("en-US");
    const parts = [
      say.epoch(epoch, epochs),
      say.step(count(this.#steps), count(total)),
      last ? say.loss(last.loss.toFixed(4)) : "",
      this.#lastAccuracy === undefined
        ? ""
        : say.accuracy(this.#options.accuracyLabel, (100 * this.#lastAccuracy).toFixed(1)),
      seconds > 0 ? say.speed(count(Math.round(this.#samples / seconds))) : "",
      say.seconds(seconds.toFixed(0)),
    ];
    const epochsDone = this.epochAccuracies.map((a, i) =>
      say.epochAccuracy(i + 1, (100 * a).toFixed(2))
    );
    return parts.filter(Boolean).join(" · ") +
      (epochsDone.length
        ? `  \n${say.testAccuracyAfter(messages().feedback.list(epochsDone))}`
        : "");
  }

  /** The loss curve and the measured accuracy, side by side. */
  chart(): Chart {
    const steps = this.#options.epochs * this.#options.stepsPerEpoch;
    const accuracy = this.history.filter((p) => p.accuracy !== undefined);
    const say = messages().notebook;
    const common = {
      width: 420,
      height: 240,
      grid: true,
      x: { label: say.stepAxis, domain: [0, steps] },
    };
    return chartRow([
      plot({
        ...common,
        y: { label: say.lossAxis, domain: [0, Math.max(0.5, ...this.history.map((p) => p.loss))] },
        marks: [Plot.lineY(this.history, { x: "step", y: "loss", stroke: BLUE })],
      }),
      plot({
        ...common,
        // percent: the values (0 … 1) are drawn as percentages, so the domain is in percent.
        y: { label: this.#options.accuracyLabel, domain: [0, 100], percent: true },
        marks: [
          Plot.lineY(accuracy, { x: "step", y: "accuracy", stroke: ORANGE }),
          Plot.dot(accuracy, { x: "step", y: "accuracy", fill: ORANGE, r: 2.5 }),
        ],
      }),
    ]);
  }
}

async function readLoss(loss: LossValue): Promise<number> {
  if (typeof loss === "number") return loss;
  const value = (await loss.data())[0];
  loss.dispose();
  return value;
}
