import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { type DisplayFunction, LiveDisplay, TrainingMonitor } from "../lib/notebook/live.ts";
import { JUPYTER_DISPLAY, markdown } from "../lib/notebook/display.ts";

function recorder() {
  const calls: { content: unknown; display_id: string; update?: boolean }[] = [];
  const display: DisplayFunction = (content, options) => void calls.push({ content, ...options });
  return { calls, display };
}

Deno.test("LiveDisplay sends one display, then updates with the same display id", async () => {
  const { calls, display } = recorder();
  const live = new LiveDisplay(display);
  await live.show("a");
  await live.show("b");
  await live.show("c");
  assert.deepEqual(calls.map((c) => [c.content, c.update]), [
    ["a", false],
    ["b", true],
    ["c", true],
  ]);
  assert.ok(calls.every((c) => c.display_id === live.id));
  assert.notEqual(new LiveDisplay(display).id, live.id, "each output has its own id");
});

Deno.test("LiveDisplay outside a notebook shows nothing and goes on showing nothing", async () => {
  // Deno.jupyter throws here (no kernel); the kernel display must swallow exactly that.
  const live = new LiveDisplay();
  await live.show("ignored");
  await live.show("still ignored");
  const failing = new LiveDisplay(() => {
    throw new Error("the display broke");
  });
  await assert.rejects(failing.show("x"), /the display broke/, "other errors are not swallowed");
});

Deno.test("markdown() displays as Markdown", () => {
  const shown = markdown("**hi**")[JUPYTER_DISPLAY]();
  assert.deepEqual(shown, { "text/markdown": "**hi**", "text/plain": "**hi**" });
});

Deno.test("TrainingMonitor keeps a history and redraws two live outputs in place", async () => {
  const { calls, display } = recorder();
  let measured = 0, now = 0;
  const monitor = new TrainingMonitor({
    epochs: 2,
    stepsPerEpoch: 50,
    pointEvery: 10,
    checkEvery: 20,
    redrawMs: 0,
    measureAccuracy: () => Promise.resolve((measured++, 0.5)),
    display,
    clock: () => now,
  });
  for (let step = 1; step <= 50; step++) {
    now = 10 * step; // 10 ms a step: 100 steps of 15 images take a second
    await monitor.step(2 - step / 50, 15);
  }
  await monitor.epochEnd(0.9);
  // Losses may come as scalar tensors: read when a point is made, and disposed.
  let disposed = 0;
  const tensor = (value: number) => ({
    data: () => Promise.resolve(Float32Array.of(value)),
    dispose: () => void disposed++,
  });
  for (let step = 51; step <= 100; step++) {
    now = 10 * step;
    await monitor.step(tensor(0.5), 15);
  }
  await monitor.epochEnd(0.95);

  assert.equal(disposed, 50);
  assert.deepEqual(monitor.history.map((p) => p.step), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  assert.ok(Math.abs(monitor.history[0].loss - (2 - 5.5 / 50)) < 1e-9, "mean loss of steps 1-10");
  assert.equal(monitor.history[9].loss, 0.5);
  assert.equal(measured, 5);
  assert.deepEqual(monitor.history.filter((p) => p.accuracy).map((p) => p.step), [
    20,
    40,
    60,
    80,
    100,
  ]);
  assert.deepEqual(monitor.epochAccuracies, [0.9, 0.95]);

  const ids = [...new Set(calls.map((c) => c.display_id))];
  assert.equal(ids.length, 2, "one progress line and one chart");
  for (const id of ids) {
    const mine = calls.filter((c) => c.display_id === id);
    assert.deepEqual(mine.map((c) => c.update), [false, ...new Array(mine.length - 1).fill(true)]);
  }
  const line = monitor.progressLine();
  assert.match(
    line,
    /^\*\*epoch 2\/2\*\* · step 100 of 100 · loss 0\.5000 · validation accuracy 50\.0% · 1,500 images\/s · 1 s/,
  );
  assert.match(line, /test accuracy after epoch 1: 90\.00%, epoch 2: 95\.00%$/);
});

Deno.test("TrainingMonitor redraws at most as often as asked", async () => {
  const { calls, display } = recorder();
  let now = 0;
  const monitor = new TrainingMonitor({
    epochs: 1,
    stepsPerEpoch: 1000,
    pointEvery: 1,
    redrawMs: 250,
    display,
    clock: () => now,
  });
  for (let step = 1; step <= 1000; step++) {
    now += 1; // a millisecond a step: a redraw every 250 steps
    await monitor.step(1, 15);
  }
  assert.equal(calls.length, 2 * 4, "the progress line and the chart, 4 times each");
});

/** The numbers an SVG's path data visits, as [x, y] pairs. */
function pathPoints(d: string): [number, number][] {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  return Array.from({ length: numbers.length / 2 }, (_, i) => [numbers[2 * i], numbers[2 * i + 1]]);
}

Deno.test("TrainingMonitor's accuracy chart draws its line inside the frame, where the values are", async () => {
  let now = 0, accuracy = 0.1;
  const monitor = new TrainingMonitor({
    epochs: 1,
    stepsPerEpoch: 400,
    pointEvery: 100,
    checkEvery: 100,
    measureAccuracy: () => (accuracy += 0.2),
    display: () => {},
    clock: () => (now += 1),
  });
  for (let step = 1; step <= 400; step++) await monitor.step(1, 15);
  // deno-lint-ignore no-explicit-any
  const { document } = parseHTML(`<html><body>${monitor.chart().html}</body></html>`) as any;
  type Node = { getAttribute(name: string): string | null; textContent: string | null } & {
    querySelector(selector: string): Node | null;
    querySelectorAll(selector: string): Iterable<Node>;
  };
  const [lossChart, accuracyChart]: Node[] = [...document.querySelectorAll("svg")];
  for (const svg of [lossChart, accuracyChart]) {
    const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    const line = svg.querySelector('g[aria-label="line"] path')!;
    for (const [x, y] of pathPoints(line.getAttribute("d")!)) {
      assert.ok(
        x >= 0 && x <= width && y >= 0 && y <= height,
        `(${x}, ${y}) outside ${width}×${height}`,
      );
    }
  }
  // Accuracies 30%, 50%, 70%, 90%: the dots rise evenly, the last one highest.
  const ys = [...accuracyChart.querySelectorAll('g[aria-label="dot"] circle')]
    .map((c) => Number(c.getAttribute("cy")));
  assert.equal(ys.length, 4);
  const gaps = ys.slice(1).map((y, i) => ys[i] - y);
  assert.ok(gaps.every((g) => g > 0 && Math.abs(g - gaps[0]) < 0.5), `y ${ys}`);
  assert.match(accuracyChart.textContent!, /validation accuracy/);
});
