/**
 * The verdict of an exercise check, the check of a single number, and the helpers the topic files
 * share: validating what the learner gave, calling a function they wrote, and matching a wrong
 * answer against the mistakes a check knows.
 *
 * @module
 */
import { JUPYTER_DISPLAY } from "../display.ts";
import { messages } from "../messages/mod.ts";

/**
 * The verdict of a check: shown in a notebook as one line of Markdown, "✔ …" or "✘ …".
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { Feedback } from "./feedback.ts";
 * assert.equal(String(new Feedback(true, "Right: 938.")), "✔ Right: 938.");
 * assert.equal(String(new Feedback(false, "Not yet: 937 is not it.")), "✘ Not yet: 937 is not it.");
 * ```
 */
export class Feedback {
  readonly #message: string | (() => string);

  /**
   * Whether the answer is right, and what to tell the learner: a text, or a function that writes
   * it when it is read (in the language chosen then, as {@linkcode NO_ANSWER} does).
   */
  constructor(readonly ok: boolean, message: string | (() => string)) {
    this.#message = message;
  }

  /** What to tell the learner. */
  get message(): string {
    return typeof this.#message === "string" ? this.#message : this.#message();
  }

  /** The line shown under the cell. */
  toString(): string {
    return `${this.ok ? "✔" : "✘"} ${this.message}`;
  }

  /** The MIME bundle the kernel shows. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { "text/markdown": this.toString(), "text/plain": this.toString() };
  }
}

/**
 * What every check says to the placeholder `undefined`, before the learner has answered (in the
 * language chosen when it is shown).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkNumber, NO_ANSWER } from "./feedback.ts";
 * assert.equal(checkNumber(undefined, 3), NO_ANSWER);
 * assert.equal(String(NO_ANSWER), "✘ Replace `undefined` with your answer and run the cell again.");
 * ```
 */
export const NO_ANSWER: Feedback = new Feedback(false, () => messages().feedback.noAnswer);

/**
 * A wrong answer a check recognises: the value that mistake gives, and what to tell the learner.
 * `message` continues a sentence whose subject is the learner's answer ("… is ln p without the
 * minus sign: …"), so that it reads after "Not yet: 0.14".
 */
export interface Mistake {
  /** What the mistake gives. */
  value: number;
  /** What went wrong and how to fix it, without giving the answer away. */
  message: string;
}

/** A recognised wrong answer made of several numbers (a vector, or an object's fields in order). */
export interface VectorMistake {
  /** What the mistake gives, entry by entry. */
  value: readonly number[];
  /** What went wrong and how to fix it; continues a sentence about the answer. */
  message: string;
}

/** How close two numbers must be to count as the very same computation. */
const SAME = 1e-9;

/**
 * Checks a number against the expected one, within a tolerance (and always up to rounding
 * errors of 1e-9). Known `mistakes` are recognised and explained: one that the answer matches
 * exactly wins even inside the tolerance, so that a tolerance never hides a recognised mistake.
 * With `integer`, an answer that is not a whole number is explained as such.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkNumber } from "./feedback.ts";
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
  const verdict = judge(
    [given],
    [expected],
    options.tolerance ?? 0,
    (options.mistakes ?? []).map(
      (m) => ({ value: [m.value], message: m.message }),
    ),
    options.integer ? (a) => Number.isInteger(a[0]) : undefined,
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

// ---------------------------------------------------------------------------------------------
// Helpers for the topic files (not re-exported by mod.ts).

/**
 * Compares an answer with the expected numbers and with known mistakes. Returns `true` when it is
 * right, otherwise the messages of the mistakes it matches (possibly none). An exact match with a
 * mistake (up to 1e-9) comes before the tolerance; `valid`, when given, must hold for an answer
 * to be right (for example, "is a whole number").
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { judge } from "./feedback.ts";
 * const mistakes = [{ value: [4], message: "is off by one." }];
 * assert.equal(judge([3.001], [3], 0.01, mistakes), true);
 * assert.deepEqual(judge([4], [3], 0.01, mistakes), ["is off by one."]);
 * assert.deepEqual(judge([5], [3], 0.01, mistakes), []);
 * ```
 */
export function judge(
  answer: readonly number[],
  expected: readonly number[],
  tolerance: number | readonly number[],
  mistakes: readonly VectorMistake[] = [],
  valid?: (answer: readonly number[]) => boolean,
): true | string[] {
  const tol = (i: number) => typeof tolerance === "number" ? tolerance : tolerance[i];
  const same = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((v, i) => sameNumber(v, b[i]));
  const within = (a: readonly number[], b: readonly number[]) =>
    a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= Math.max(tol(i), slack(b[i])));
  const ok = !valid || valid(answer);
  if (ok && same(answer, expected)) return true;
  const possible = mistakes.filter((m) => !same(m.value, expected));
  const exact = unique(possible.filter((m) => same(answer, m.value)).map((m) => m.message));
  if (exact.length > 0) return exact;
  if (ok && within(answer, expected)) return true;
  return unique(possible.filter((m) => within(answer, m.value)).map((m) => m.message));
}

/**
 * Whether two numbers are the same up to rounding errors (1e-9, relative above 1).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { sameNumber } from "./feedback.ts";
 * assert.ok(sameNumber(0.1 + 0.2, 0.3));
 * assert.ok(!sameNumber(0.3001, 0.3));
 * ```
 */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= slack(b);
}

function slack(x: number): number {
  return SAME * Math.max(1, Math.abs(x));
}

function unique(messages: string[]): string[] {
  return [...new Set(messages)];
}

/**
 * "Not yet: <subject> <first mistake> Or it <next mistake>": the sentence for a wrong answer that
 * matches one or more known mistakes (in the current language).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { notYet } from "./feedback.ts";
 * assert.equal(notYet("4", ["is twice too big."]), "Not yet: 4 is twice too big.");
 * assert.equal(notYet("4", ["is a.", "is b."]), "Not yet: 4 is a. Or it is b.");
 * ```
 */
export function notYet(subject: string, mistakes: readonly string[]): string {
  const say = messages().feedback;
  return say.notYet(say.matches(subject, mistakes));
}

/**
 * A number for a message: whole numbers as they are, others with at most 4 significant digits.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fmt } from "./feedback.ts";
 * assert.equal(fmt(938), "938");
 * assert.equal(fmt(0.142676), "0.1427");
 * assert.equal(fmt(-2 / 3), "-0.6667");
 * ```
 */
export function fmt(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs >= 1e-4 && abs < 1e6 ? String(Number(x.toPrecision(4))) : x.toPrecision(4);
}

/**
 * The learner's number as they would recognise it: as written, or to 10 significant digits when
 * it is long (0.30000000000000004 shows as 0.3).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { echo } from "./feedback.ts";
 * assert.equal(echo(0.1427), "0.1427");
 * assert.equal(echo(0.1 + 0.2), "0.3");
 * ```
 */
export function echo(x: number): string {
  const text = String(x);
  return text.length <= 12 ? text : String(Number(x.toPrecision(10)));
}

/**
 * A few words saying what a value is, for a message about an answer of the wrong kind (in the
 * current language).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describe } from "./feedback.ts";
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
 * import { rejectNonNumber } from "./feedback.ts";
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
 * import { Feedback, readNumbers } from "./feedback.ts";
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
 * import { Feedback, readFields } from "./feedback.ts";
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
 * import { callCandidate, Feedback } from "./feedback.ts";
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
 * import { rejectResult } from "./feedback.ts";
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
