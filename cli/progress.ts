/**
 * A one-line progress bar for training in a terminal: steps, loss, speed and time left, redrawn
 * in place a few times a second.
 *
 * @module
 */
import type { Progress } from "../lib/training/loop.ts";

/**
 * The progress line for one moment of training, without colours or carriage returns.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatProgress } from "./progress.ts";
 * const line = formatProgress({ epoch: 1, step: 2000, stepsPerEpoch: 4000, loss: 0.25,
 *   learningRate: 0.001, samplesSeen: 30000, seconds: 5 }, 2, 20);
 * assert.ok(line.startsWith("epoch 1/2 [##########----------] 2000/4000"));
 * ```
 */
export function formatProgress(p: Progress, epochs: number, width = 24): string {
  const done = Math.round((p.step / p.stepsPerEpoch) * width);
  const bar = "#".repeat(done) + "-".repeat(width - done);
  const stepsDone = (p.epoch - 1) * p.stepsPerEpoch + p.step;
  const stepsLeft = epochs * p.stepsPerEpoch - stepsDone;
  const secondsLeft = p.seconds / stepsDone * stepsLeft;
  const speed = p.seconds > 0 ? Math.round(p.samplesSeen / p.seconds) : 0;
  return `epoch ${p.epoch}/${epochs} [${bar}] ${p.step}/${p.stepsPerEpoch} ` +
    `loss ${p.loss.toFixed(4)}  ${speed.toLocaleString("en-US")} images/s  ` +
    `${formatDuration(secondsLeft)} left`;
}

/** Seconds as m:ss (or h:mm:ss). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * A progress callback that redraws the progress line on a terminal (at most 10 times a second) and
 * does nothing when `output` is not a terminal, so logs and pipes stay clean. Call the returned
 * `finish` to end the line.
 */
export function terminalProgress(
  epochs: number,
  output: { isTerminal(): boolean; writeSync(bytes: Uint8Array): number } = Deno.stderr,
  clock: () => number = () => performance.now(),
): { onProgress: (p: Progress) => void; finish: () => void } {
  if (!output.isTerminal()) return { onProgress: () => {}, finish: () => {} };
  const encoder = new TextEncoder();
  let last = 0;
  let drawn = false;
  return {
    onProgress(p) {
      const now = clock();
      if (now - last < 100 && p.step !== p.stepsPerEpoch) return;
      last = now;
      drawn = true;
      output.writeSync(encoder.encode(`\r\x1b[2K${formatProgress(p, epochs)}`));
    },
    finish() {
      if (drawn) output.writeSync(encoder.encode("\r\x1b[2K"));
      drawn = false;
    },
  };
}
