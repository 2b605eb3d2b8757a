/**
 * Reading what a learner gave: a number, several numbers or named fields, a function they wrote
 * (called safely) and what it returned; saying what a value of the wrong kind is; and the check of
 * a single number, which most exercises use.
 *
 * @module
 */
import { messages } from "../messages/mod.ts";
import { echo, Feedback, judgeNumber, type Mistake, NO_ANSWER, notYet } from "./feedback.ts";

/**
 * Checks a number against the expected one, within a tolerance (and always up to rounding
 * errors of 1e-9). Known `mistakes` are recognised and explained: one that the answer matches
 * exactly wins even inside the tolerance, so that a tolerance never hides a recognised mistake.
 * With `integer`, an answer that is not a whole number is explained as such.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkNumber } from "./answers.ts";
 * assert.ok(checkNumber(0.3333, 1 / 3, { tolerance: 1e-3 }).ok);
 * assert.ok(checkNumber(0.1 + 0.2, 0.3).ok);
 * assert.ok(!checkNumber(3, 4).ok);
 * const sign = checkNumber(-6, 6, { mistakes: [{ value: -6, message: "has the wrong sign." }] });
 * assert.equal(sign.message, "Not yet: -6 has the wrong sign.");
 * ```
 */
export function checkNumber(
  answer: number | undefined,
  expected: number,
  options: {
    /** How far from `expected` an answer may be; 0 (up to rounding errors) by default. */
    tolerance?: number;
    /** Shown after an answer that matches no known mistake. */
    hint?: string;
    /** Wrong answers to recognise. */
    mistakes?: readonly Mistake[];
    /** Whether the answer is a count or an index. */
    integer?: boolean;
    /** The message for a right answer; "Right: <answer>." (in the current language) by default. */
    right?: string;
  } = {},
): Feedback {
  const invalid = rejectNonNumber(answer);
  if (invalid) return invalid;
  const given = answer as number;
  const verdict = judgeNumber(
    given,
    expected,
    options.tolerance ?? 0,
    options.mistakes,
    options.integer ? Number.isInteger : undefined,
  );
  const say = messages().feedback;
  if (verdict === true) return new Feedback(true, options.right ?? say.right(echo(given)));
  if (verdict.length > 0) return new Feedback(false, notYet(echo(given), verdict));
  const hint = options.hint ? say.hint(options.hint) : "";
  const wrong = options.integer && !Number.isInteger(given)
    ? say.notWhole(echo(given))
    : say.notIt(echo(given));
  return new Feedback(false, say.notYet(wrong + hint));
}

/**
 * A few words saying what a value is, for a message about an answer of the wrong kind (in the
 * current language).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describe } from "./answers.ts";
 * assert.equal(describe("0.5"), 'the text "0.5"');
 * assert.equal(describe([1, 2]), "an array of 2 values");
 * ```
 */
export function describe(value: unknown): string {
  const say = messages().feedback;
  if (typeof value === "string") return say.text(value);
  if (typeof value === "function") return say.aFunction;
  if (typeof value === "bigint") return say.bigint(String(value));
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return say.array((value as ArrayLike<unknown>).length);
  }
  if (value instanceof Promise) return say.aPromise;
  if (value !== null && typeof value === "object") {
    const text = JSON.stringify(value);
    return text && text.length <= 60 ? say.object(text) : say.anObject;
  }
  return say.value(String(value));
}

/**
 * `undefined` if the answer is a finite number; otherwise the feedback to give instead:
 * {@linkcode NO_ANSWER} for `undefined`, and what is wrong with anything else.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rejectNonNumber } from "./answers.ts";
 * assert.equal(rejectNonNumber(2), undefined);
 * assert.match(rejectNonNumber("2")!.message, /the text "2": write the number without quotes/);
 * ```
 */
export function rejectNonNumber(answer: unknown, what?: string): Feedback | undefined {
  if (answer === undefined) return NO_ANSWER;
  const say = messages().feedback;
  const expected = what ?? say.aNumber;
  if (typeof answer === "number") {
    if (Number.isNaN(answer)) return new Feedback(false, say.gotNaN(expected));
    if (!Number.isFinite(answer)) {
      return new Feedback(false, say.gotInfinite(expected, String(answer)));
    }
    return undefined;
  }
  if (typeof answer === "string") {
    return new Feedback(false, say.gotText(expected, describe(answer)));
  }
  if (typeof answer === "function") return new Feedback(false, say.gotFunction(expected));
  return new Feedback(false, say.gotOther(expected, describe(answer)));
}

/**
 * The answer as an array of `length` finite numbers, or the feedback to give instead. Typed
 * arrays are accepted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readNumbers } from "./answers.ts";
 * import { Feedback } from "./feedback.ts";
 * assert.deepEqual(readNumbers(new Float32Array([1, 2]), 2, "the two numbers"), [1, 2]);
 * const short = readNumbers([1], 2, "the two numbers");
 * assert.ok(short instanceof Feedback && /Give 2 numbers/.test(short.message));
 * ```
 */
export function readNumbers(
  answer: unknown,
  length: number,
  what: string,
): number[] | Feedback {
  if (answer === undefined) return NO_ANSWER;
  const say = messages().feedback;
  if (!Array.isArray(answer) && !(ArrayBuffer.isView(answer) && "length" in answer)) {
    return new Feedback(false, say.notArray(what, describe(answer)));
  }
  const values = Array.from(answer as ArrayLike<unknown>);
  if (values.length !== length) {
    return new Feedback(false, say.wrongLength(length, what, values.length));
  }
  for (const [i, v] of values.entries()) {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return new Feedback(false, say.entryNotNumber(i, describe(v)));
    }
  }
  return values as number[];
}

/**
 * The answer's fields as numbers, in the order given, or the feedback to give instead.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readFields } from "./answers.ts";
 * import { Feedback } from "./feedback.ts";
 * assert.deepEqual(readFields({ dw: 1, db: 2 }, ["dw", "db"]), [1, 2]);
 * const missing = readFields({ dw: 1 }, ["dw", "db"]);
 * assert.ok(missing instanceof Feedback && /no `db`/.test(missing.message));
 * ```
 */
export function readFields(answer: unknown, fields: readonly string[]): number[] | Feedback {
  const shape = `{ ${fields.map((f) => `${f}: …`).join(", ")} }`;
  if (answer === undefined) return NO_ANSWER;
  const say = messages().feedback;
  if (answer === null || typeof answer !== "object" || Array.isArray(answer)) {
    return new Feedback(false, say.notObject(shape, describe(answer)));
  }
  const values: number[] = [];
  for (const field of fields) {
    const value = (answer as Record<string, unknown>)[field];
    if (value === undefined) return new Feedback(false, say.missingField(field, shape));
    const invalid = rejectNonNumber(value);
    if (invalid) return new Feedback(false, say.badField(field, invalid.message));
    values.push(value as number);
  }
  return values;
}

/**
 * Calls a function the learner wrote. Returns what it returned, or the feedback to give instead:
 * {@linkcode NO_ANSWER} for `undefined`, a message if it is not a function, throws, or returns a
 * Promise. `shown` names the inputs in the message ("It threw on [1,5,3]: …").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { callCandidate } from "./answers.ts";
 * import { Feedback } from "./feedback.ts";
 * assert.deepEqual(callCandidate((x: number) => x + 1, [1], "1"), { value: 2 });
 * const threw = callCandidate(() => { throw new Error("nope"); }, [], "[]");
 * assert.ok(threw instanceof Feedback && threw.message === "It threw on []: nope");
 * ```
 */
export function callCandidate(
  candidate: unknown,
  args: readonly unknown[],
  shown: string,
): { value: unknown } | Feedback {
  if (candidate === undefined) return NO_ANSWER;
  const say = messages().feedback;
  if (typeof candidate !== "function") {
    return new Feedback(false, say.notFunction(describe(candidate)));
  }
  let value: unknown;
  try {
    value = candidate(...args);
  } catch (error) {
    return new Feedback(
      false,
      say.threw(shown, error instanceof Error ? error.message : String(error)),
    );
  }
  if (value instanceof Promise) {
    value.catch(() => {}); // its failure, if any, is not the learner's concern here
    return new Feedback(false, say.returnsPromise);
  }
  return { value };
}

/**
 * What is wrong with a value a learner's function returned where a number was expected, or
 * `undefined` if it is a number (NaN included, for the caller to judge).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { rejectResult } from "./answers.ts";
 * assert.equal(rejectResult(0.5, "[]"), undefined);
 * assert.match(rejectResult(undefined, "[]")!.message, /forget `return`/);
 * ```
 */
export function rejectResult(value: unknown, shown: string): Feedback | undefined {
  if (typeof value === "number") return undefined;
  const say = messages().feedback;
  if (value === undefined) return new Feedback(false, say.returnsUndefined(shown));
  return new Feedback(false, say.returnsOther(shown, describe(value)));
}
