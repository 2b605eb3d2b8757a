/** Assertions shared by the tests of the exercise checks. */
import assert from "node:assert/strict";
import type { Feedback } from "../lib/notebook/exercises/mod.ts";

/** Asserts a right answer, shown on one line. */
export function right(feedback: Feedback, message?: RegExp): void {
  assert.equal(feedback.ok, true, feedback.message);
  assert.ok(!feedback.message.includes("\n"), "feedback is one line");
  if (message) assert.match(feedback.message, message);
}

/** Asserts a wrong answer whose explanation matches `message`, shown on one line. */
export function wrong(feedback: Feedback, message: RegExp): void {
  assert.equal(feedback.ok, false, `expected a wrong answer, got: ${feedback.message}`);
  assert.ok(!feedback.message.includes("\n"), "feedback is one line");
  assert.match(feedback.message, message);
}

/** Lets a wrongly typed answer through, as a learner's untyped notebook cell would. */
// deno-lint-ignore no-explicit-any
export const untyped = (value: unknown): any => value;
