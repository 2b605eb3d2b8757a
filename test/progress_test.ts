import assert from "node:assert/strict";
import { formatDuration, formatProgress, terminalProgress } from "../cli/progress.ts";

const halfway = {
  epoch: 2,
  step: 2000,
  stepsPerEpoch: 4000,
  loss: 0.12345,
  learningRate: 0.001,
  samplesSeen: 90000,
  seconds: 18,
};

Deno.test("formatProgress() shows epoch, bar, steps, loss, speed and time left", () => {
  assert.equal(
    formatProgress(halfway, 2, 10),
    "epoch 2/2 [#####-----] 2000/4000 loss 0.1235  5,000 images/s  0:06 left",
  );
});

Deno.test("formatDuration() writes m:ss and h:mm:ss", () => {
  assert.equal(formatDuration(0), "0:00");
  assert.equal(formatDuration(61.4), "1:01");
  assert.equal(formatDuration(3725), "1:02:05");
});

Deno.test("terminalProgress() draws on a terminal at most 10 times a second, silent elsewhere", () => {
  const written: string[] = [];
  const fake = (terminal: boolean) => ({
    isTerminal: () => terminal,
    writeSync: (bytes: Uint8Array) => (written.push(new TextDecoder().decode(bytes)), bytes.length),
  });
  let now = 1000;
  const clock = () => now;
  const quiet = terminalProgress(2, fake(false), clock);
  quiet.onProgress(halfway);
  quiet.finish();
  assert.equal(written.length, 0);
  const loud = terminalProgress(2, fake(true), clock);
  loud.onProgress(halfway);
  now += 99;
  loud.onProgress({ ...halfway, step: 2100 }); // within 100 ms: skipped
  now += 1;
  loud.onProgress({ ...halfway, step: 2200 }); // 100 ms later: drawn
  loud.onProgress({ ...halfway, step: 4000 }); // the end of an epoch is always drawn
  loud.finish();
  assert.equal(written.length, 4);
  assert.ok(written[0].startsWith("\r\x1b[2Kepoch 2/2"), written[0]);
  assert.match(written[1], / 2200\/4000 /);
  assert.match(written[2], / 4000\/4000 /);
  assert.equal(written[3], "\r\x1b[2K");
});
