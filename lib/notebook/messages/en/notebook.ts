/**
 * English: what the notebook outputs say: the training monitor's progress line and chart, the
 * drawing pad, and the notice about a missing CJK font.
 *
 * @module
 */

/**
 * The texts of the training monitor, the drawing pad and the language notice, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notebook } from "./notebook.ts";
 * assert.equal(notebook.step("100", "1,000"), "step 100 of 1,000");
 * ```
 */
export const notebook = {
  // TrainingMonitor: the progress line, its parts joined by " · ".
  validationAccuracy: "validation accuracy",
  epoch: (epoch: number, epochs: number) => `**epoch ${epoch}/${epochs}**`,
  step: (step: string, total: string) => `step ${step} of ${total}`,
  loss: (loss: string) => `loss ${loss}`,
  accuracy: (label: string, percent: string) => `${label} ${percent}%`,
  speed: (imagesPerSecond: string) => `${imagesPerSecond} images/s`,
  seconds: (seconds: string) => `${seconds} s`,
  epochAccuracy: (epoch: number, percent: string) => `epoch ${epoch}: ${percent}%`,
  testAccuracyAfter: (epochs: string) => `test accuracy after ${epochs}`,
  // TrainingMonitor: the chart's axes.
  stepAxis: "step",
  lossAxis: "loss",
  // The draw-a-digit pad.
  clear: "Clear",
  drawHere: "Draw one digit, large, in the middle.",
  networkSees: "what the network sees (28 × 28)",
  itsAnswer: "its answer",
  padAsText: "[draw-a-digit widget: open in Jupyter or a browser]",
  // setLanguage("zh") without a CJK font.
  missingFont: "No CJK font found: the pictures this course draws (PNG titles, rendered with " +
    "Skia through @napi-rs/canvas) will show boxes instead of Chinese characters. On Debian or " +
    "Ubuntu install one with `sudo apt-get install fonts-wqy-microhei`; elsewhere install any " +
    "CJK font, such as Noto Sans CJK. Then restart the kernel.",
};
