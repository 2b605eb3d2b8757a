import assert from "node:assert/strict";
import { formatDuration, formatProgress, terminalProgress } from "../cli/progress.ts";

const halfway = {
  epoch: 2,
  step: 2000,
  stepsPerEpoch: 4000,
  loss: 0.12345,
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

Deno.test("terminalProgress() draws on a terminal and stays silent elsewhere", () => {
  const written: string[] = [];
  const fake = (terminal: boolean) => ({
    isTerminal: () => terminal,
    writeSync: (bytes: Uint8Array) => (written.push(new TextDecoder().decode(bytes)), bytes.length),
  });
  const quiet = terminalProgress(2, fake(false));
  quiet.onStep(halfway);
  quiet.finish();
  assert.equal(written.length, 0);
  const loud = terminalProgress(2, fake(true));
  loud.onStep(halfway);
  loud.onStep({ ...halfway, step: 2001 }); // within 100 ms: skipped
  loud.onStep({ ...halfway, step: 4000 }); // the end of an epoch is always drawn
  loud.finish();
  assert.equal(written.length, 3);
  assert.ok(written[0].startsWith("\r\x1b[2Kepoch 2/2"), written[0]);
  assert.match(written[1], /4000\/4000/);
  assert.equal(written[2], "\r\x1b[2K");
});
