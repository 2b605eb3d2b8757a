/**
 * The verdict of an exercise check, and how the checks judge an answer: matching a wrong answer
 * against the mistakes a check knows, and writing numbers in messages. (Reading the answer itself
 * is in `answers.ts`.)
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
 * import { NO_ANSWER } from "./feedback.ts";
 * import { checkNumber } from "./answers.ts";
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
 * {@linkcode judge} for one number: `answer` against `expected` within `tolerance`, and against
 * each known mistake.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { judgeNumber } from "./feedback.ts";
 * const mistakes = [{ value: 4, message: "is off by one." }];
 * assert.equal(judgeNumber(3.001, 3, 0.01, mistakes), true);
 * assert.deepEqual(judgeNumber(4, 3, 0.01, mistakes), ["is off by one."]);
 * ```
 */
export function judgeNumber(
  answer: number,
  expected: number,
  tolerance: number,
  mistakes: readonly Mistake[] = [],
  valid?: (answer: number) => boolean,
): true | string[] {
  return judge(
    [answer],
    [expected],
    tolerance,
    mistakes.map((m) => ({ value: [m.value], message: m.message })),
    valid && ((a) => valid(a[0])),
  );
}

/**
 * One field of an answer judged alone, as a sentence: "dL/dw is right.", "dL/dw = 3 <what the
 * mistake is>", or "dL/dw = 3 is not it." (in the current language).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fieldSentence } from "./feedback.ts";
 * assert.equal(fieldSentence("a", 1, true), "a is right.");
 * ```
 */
export function fieldSentence(name: string, value: number, verdict: true | string[]): string {
  const say = messages().feedback;
  const shown = `${name} = ${echo(value)}`;
  if (verdict === true) return say.fieldRight(name);
  return verdict.length > 0 ? say.matches(shown, verdict) : say.notIt(shown);
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
