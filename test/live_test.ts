import assert from "node:assert/strict";
import { type DisplayFunction, LiveDisplay, markdown, TrainingMonitor } from "../lib/notebook/live.ts";
import { JUPYTER_DISPLAY } from "../lib/notebook/display.ts";

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
  assert.deepEqual(calls.map((c) => [c.content, c.update]), [["a", false], ["b", true], [
    "c",
    true,
  ]]);
  assert.ok(calls.every((c) => c.display_id === live.id));
  assert.notEqual(new LiveDisplay(display).id, live.id, "each output has its own id");
});

Deno.test("LiveDisplay shows nothing and fails on nothing outside a notebook", async () => {
  await new LiveDisplay().show("ignored");
});

Deno.test("markdown() displays as Markdown", () => {
  const shown = markdown("**hi**")[JUPYTER_DISPLAY]();
  assert.deepEqual(shown, { "text/markdown": "**hi**", "text/plain": "**hi**" });
});

Deno.test("TrainingMonitor keeps a history and redraws two live outputs in place", async () => {
  const { calls, display } = recorder();
  let measured = 0;
  const monitor = new TrainingMonitor({
    epochs: 2,
    stepsPerEpoch: 50,
    pointEvery: 10,
    checkEvery: 20,
    redrawMs: 0,
    measureAccuracy: () => (measured++, 0.5),
    display,
  });
  for (let step = 1; step <= 50; step++) await monitor.step(2 - step / 50, 15);
  await monitor.epochEnd(0.9);
  for (let step = 1; step <= 50; step++) await monitor.step(0.5, 15);
  await monitor.epochEnd(0.95);

  assert.equal(monitor.history.length, 10);
  assert.deepEqual(monitor.history.map((p) => p.step), [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  assert.ok(Math.abs(monitor.history[0].loss - (2 - 5.5 / 50)) < 1e-9, "mean loss of steps 1-10");
  assert.equal(measured, 5);
  assert.deepEqual(monitor.epochAccuracies, [0.9, 0.95]);

  const ids = [...new Set(calls.map((c) => c.display_id))];
  assert.equal(ids.length, 2, "one progress line and one chart");
  for (const id of ids) {
    const mine = calls.filter((c) => c.display_id === id);
    assert.deepEqual(mine.map((c) => c.update), [false, ...new Array(mine.length - 1).fill(true)]);
  }
  const line = monitor.progressLine();
  assert.match(line, /^\*\*epoch 2\/2\*\* · step 100 of 100 · loss 0\.5000 · accuracy 50\.0% · /);
  assert.match(line, /test accuracy after epoch 1: 90\.00%, epoch 2: 95\.00%$/);
  assert.equal(monitor.chart().html.match(/<svg /g)?.length, 2);
});

Deno.test("TrainingMonitor redraws at most as often as asked", async () => {
  const { calls, display } = recorder();
  const monitor = new TrainingMonitor({
    epochs: 1,
    stepsPerEpoch: 1000,
    pointEvery: 1,
    redrawMs: 60_000,
    display,
  });
  for (let step = 1; step <= 1000; step++) await monitor.step(1, 15);
  assert.equal(calls.length, 2, "only the first point is drawn within a minute");
});
