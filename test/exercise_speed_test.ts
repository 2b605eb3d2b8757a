/** The checks of the speed exercises (13). */
import assert from "node:assert/strict";
import { checkEpochSeconds, checkFixedCost } from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

Deno.test("checkFixedCost() solves t = a + b·batch from two timings, within 1%", () => {
  // a = 1 ms, b = 0.1 ms: t15 = 2.5 ms, t256 = 26.6 ms.
  right(checkFixedCost(2.5, 26.6, { a: 1, b: 0.1 }), /fixed cost of 1 ms a step, plus 0\.1 ms/);
  right(checkFixedCost(2.5, 26.6, { a: 1.0099, b: 0.10099 }));
  wrong(checkFixedCost(2.5, 26.6, { a: 1.0101, b: 0.1 }), /b is right\. a = 1\.0101 is not it/);
  right(checkFixedCost(4.2, 13.8, { a: 1, b: 0.1 }, [32, 128]));
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 0.5 }), /b = 0\.5 is not it\. Hint: two batch sizes/);
});

Deno.test("checkFixedCost() recognises a and b swapped, seconds and per-image averages", () => {
  wrong(checkFixedCost(2.5, 26.6, { a: 0.1, b: 1 }), /swaps a and b/);
  wrong(checkFixedCost(2.5, 26.6, { a: 0.001, b: 0.0001 }), /is in seconds/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 26.6 / 256 }), /time per image at batch 256/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 2.5 / 15 }), /time per image at batch 15/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: 24.1 / 256 }), /divides by 256: .* the 241 extra/);
  wrong(checkFixedCost(2.5, 26.6, { a: 1, b: -0.1 }), /has the wrong sign/);
  wrong(checkFixedCost(2.5, 26.6, { a: 2.5, b: 0.1 }), /a = 2\.5 is the whole time at batch 15/);
  wrong(checkFixedCost(2.5, 26.6, { a: 4, b: 0.1 }), /adds the cost of the 15 images/);
  wrong(
    checkFixedCost(2.5, 26.6, { a: 2.5 - (15 * 24.1) / 256, b: 24.1 / 256 }),
    /follows from your b: fix b first/,
  );
  wrong(checkFixedCost(2.5, 26.6, untyped({ a: 1 })), /has no `b`/);
  assert.throws(
    () => checkFixedCost(1, 2, { a: 1, b: 1 }, [64, 64]),
    /must be positive and different/,
  );
});

Deno.test("checkEpochSeconds() multiplies by the steps, rounded up, within 1%", () => {
  // 938 steps of 12 ms: 11.256 s.
  right(checkEpochSeconds(12, 64, 60000, 11.256), /938 steps of 12 ms, 11\.26 s an epoch/);
  right(checkEpochSeconds(12, 64, 60000, 11.3));
  wrong(checkEpochSeconds(12, 64, 60000, 11.4), /is not it\. Hint: multiply the time of one step/);
  right(checkEpochSeconds(10, 15, 60000, 40));
});

Deno.test("checkEpochSeconds() recognises a step left out, milliseconds and images", () => {
  wrong(checkEpochSeconds(12, 64, 60000, 11.244), /leaves out the last step: .* 32 images/);
  wrong(checkEpochSeconds(12, 64, 60000, 11.25), /counts a fraction of a step/);
  wrong(checkEpochSeconds(12, 64, 60000, 11256), /is in milliseconds: divide by 1000/);
  wrong(checkEpochSeconds(12, 64, 60000, 11244), /in milliseconds, and leaves out the last step/);
  wrong(checkEpochSeconds(12, 64, 60000, 720), /multiplies by the images/);
  wrong(checkEpochSeconds(12, 64, 60000, 0.1876), /is in minutes/);
  wrong(checkEpochSeconds(12, 64, 60000, untyped("11.256")), /without quotes/);
});
