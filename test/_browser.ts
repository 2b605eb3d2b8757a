/** Helpers for the tests that run in a real browser: headless Chromium driven by Playwright. */
import { type Browser, chromium, type Page } from "playwright-core";
import { tf } from "../lib/network/backend.ts";
import type { Network } from "../lib/network/network.ts";

/** The kernel side: what the TensorFlow.js network says for one 28 × 28 input. */
export function kernelProbabilities(network: Network, input: number[]): number[] {
  return tf.tidy(() =>
    Array.from(tf.softmax(network.logits(tf.tensor2d(input, [1, 784]))).dataSync())
  );
}

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export const CHROMIUM = Deno.env.get("CHROMIUM_PATH") ?? "/usr/bin/chromium";

/** Why browser tests cannot run here, or null when they can. Under CI they must. */
export function browserMissing(): string | null {
  try {
    Deno.statSync(CHROMIUM);
    return null;
  } catch {
    const why = `no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`;
    if (Deno.env.get("CI")) throw new Error(`CI must run the browser tests, but there is ${why}`);
    return why;
  }
}

/** Runs `fn` with a fresh headless Chromium, closed afterwards. */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** What the draw-a-digit widget on a page computed. */
export interface WidgetState {
  input: number[] | null;
  probabilities: number[] | null;
  prediction: string;
}

/** Reads the first draw-a-digit widget's state. */
export function widgetState(page: Page): Promise<WidgetState> {
  return page.evaluate(() => {
    // deno-lint-ignore no-explicit-any
    const container = (globalThis as any).document.querySelector("[data-mnist-draw]");
    return {
      input: container.mnistDraw.input(),
      probabilities: container.mnistDraw.probabilities(),
      prediction: container.dataset.prediction,
    };
  });
}

/** Draws a stroke with the mouse across the widget's pad, from and to points in 0 … 1. */
export async function drawStroke(page: Page, points: [number, number][]): Promise<void> {
  // The mouse reaches only what is on screen: bring the whole pad into view first.
  const pad = page.locator("[data-mnist-draw] canvas.pad");
  await pad.evaluate((element) => element.scrollIntoView({ block: "center" }));
  const box = (await pad.boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...at(point), { steps: 8 });
  await page.mouse.up();
}

/** Paints a 28 × 28 picture into the widget's pad (each pixel a 10 × 10 square) and predicts. */
export async function paintDigit(page: Page, pixels: Uint8Array): Promise<WidgetState> {
  await page.evaluate((values: number[]) => {
    // deno-lint-ignore no-explicit-any
    const container = (globalThis as any).document.querySelector("[data-mnist-draw]");
    const pad = container.querySelector("canvas.pad");
    const context = pad.getContext("2d");
    context.clearRect(0, 0, pad.width, pad.height);
    values.forEach((v, k) => {
      if (!v) return;
      context.fillStyle = `rgba(0, 0, 0, ${v / 255})`;
      context.fillRect((k % 28) * 10, Math.floor(k / 28) * 10, 10, 10);
    });
    container.mnistDraw.predict();
  }, Array.from(pixels));
  return widgetState(page);
}
