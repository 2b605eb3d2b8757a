/**
 * English: the verdicts and phrases that every exercise check shares (`exercises/feedback.ts`):
 * "Right", "Not yet", hints, and what is wrong with an answer of the wrong kind.
 *
 * @module
 */

/** "1 value", "2 values": a count with its noun. */
const plural = (count: number, noun: string, nouns = `${noun}s`) =>
  `${count} ${count === 1 ? noun : nouns}`;

/**
 * The shared phrases of the exercise checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { feedback } from "./feedback.ts";
 * assert.equal(feedback.notYet(feedback.notIt("4")), "Not yet: 4 is not it.");
 * ```
 */
export const feedback = {
  noAnswer: "Replace `undefined` with your answer and run the cell again.",
  right: (answer: string) => `Right: ${answer}.`,
  /** Wraps the explanation of a wrong answer. */
  notYet: (explanation: string) => `Not yet: ${explanation}`,
  /** The answer and the known mistakes it matches; each mistake continues "<answer> …". */
  matches: (subject: string, mistakes: readonly string[]) =>
    `${subject} ${mistakes[0]}${mistakes.slice(1).map((m) => ` Or it ${m}`).join("")}`,
  notIt: (answer: string) => `${answer} is not it.`,
  notWhole: (answer: string) => `the answer is a whole number, and ${answer} is not.`,
  /** Appended to an explanation. */
  hint: (hint: string) => ` Hint: ${hint}`,
  /** Several things in a sentence: "a, b, c". */
  list: (items: readonly string[]) => items.join(", "),
  /** Sentences one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(" "),
  fieldRight: (name: string) => `${name} is right.`,
  // What a value is, in a message about an answer of the wrong kind.
  text: (text: string) => `the text "${text}"`,
  aFunction: "a function",
  bigint: (digits: string) => `the BigInt ${digits}n`,
  array: (length: number) => `an array of ${plural(length, "value")}`,
  aPromise: "a Promise",
  object: (json: string) => `the object \`${json}\``,
  anObject: "an object",
  /** Anything else (null, true …), as JavaScript writes it. */
  value: (text: string) => text,
  // Answers of the wrong kind.
  aNumber: "a number",
  gotNaN: (what: string) =>
    `Expected ${what}, got NaN ("not a number"): a calculation had no numeric result, ` +
    "such as 0 / 0 or arithmetic with an undefined value.",
  gotInfinite: (what: string, answer: string) =>
    `Expected ${what}, got ${answer}: a division by zero or an overflow.`,
  gotText: (what: string, described: string) =>
    `Expected ${what}, got ${described}: write the number without quotes.`,
  gotFunction: (what: string) =>
    `Expected ${what}, got a function: call it, and give the value it returns.`,
  gotOther: (what: string, described: string) => `Expected ${what}, got ${described}.`,
  notArray: (what: string, described: string) => `Expected ${what} as an array, got ${described}.`,
  wrongLength: (length: number, what: string, got: number) =>
    `Give ${plural(length, "number")} (${what}), got ${got}.`,
  entryNotNumber: (index: number, described: string) =>
    `Entry ${index} of the array is ${described}, not a number.`,
  notObject: (shape: string, described: string) => `Give an object \`${shape}\`, got ${described}.`,
  missingField: (field: string, shape: string) =>
    `The answer has no \`${field}\`: give \`${shape}\`.`,
  badField: (field: string, problem: string) => `\`${field}\`: ${problem}`,
  // A function the learner wrote.
  notFunction: (described: string) =>
    `Expected a function, got ${described}: pass the function's name, without calling it.`,
  threw: (inputs: string, error: string) => `It threw on ${inputs}: ${error}`,
  returnsPromise:
    "It returns a Promise: remove `async` from the function, it has nothing to wait for.",
  returnsUndefined: (inputs: string) =>
    `On ${inputs} it returns undefined: did you forget \`return\` (a function with a body in ` +
    "braces needs one)?",
  returnsOther: (inputs: string, described: string) =>
    `On ${inputs} it returns ${described}, not a number.`,
};
