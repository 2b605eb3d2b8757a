/**
 * Checks for the exercises at the end of each notebook: the learner passes an answer (a number,
 * or a function they wrote) and gets a ✔ or a hint, shown as Markdown.
 *
 * @module
 */
import type { ImageSet } from "../data/dataset.ts";
import { imageAt } from "../data/dataset.ts";
import { JUPYTER_DISPLAY } from "./display.ts";
import { ACTIVATIONS, dense, softmax } from "../maths/mod.ts";

/** The verdict of a check: shown in a notebook as one line of Markdown. */
export class Feedback {
  /** Whether the answer is right, and what to tell the learner. */
  constructor(readonly ok: boolean, readonly message: string) {}

  /** The line shown under the cell. */
  toString(): string {
    return `${this.ok ? "✔" : "✘"} ${this.message}`;
  }

  /** The MIME bundle the kernel shows. */
  [JUPYTER_DISPLAY](): Record<string, string> {
    return { "text/markdown": this.toString(), "text/plain": this.toString() };
  }
}

const NO_ANSWER = new Feedback(
  false,
  "Replace `undefined` with your answer and run the cell again.",
);

/**
 * Checks a number against the expected one, within a tolerance.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkNumber } from "./exercises.ts";
 * assert.ok(checkNumber(0.3333, 1 / 3, { tolerance: 1e-3 }).ok);
 * assert.ok(!checkNumber(3, 4).ok);
 * ```
 */
export function checkNumber(
  answer: number | undefined,
  expected: number,
  options: { tolerance?: number; hint?: string } = {},
): Feedback {
  if (answer === undefined) return NO_ANSWER;
  if (typeof answer !== "number" || Number.isNaN(answer)) {
    return new Feedback(false, `Expected a number, got ${String(answer)}.`);
  }
  if (Math.abs(answer - expected) <= (options.tolerance ?? 0)) {
    return new Feedback(true, `Right: ${answer}.`);
  }
  return new Feedback(
    false,
    `Not yet: ${answer} is not it.${options.hint ? ` Hint: ${options.hint}` : ""}`,
  );
}

/**
 * Checks a softmax written by the learner on small, negative and very large scores.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSoftmax } from "./exercises.ts";
 * import { softmax } from "../maths/mod.ts";
 * assert.ok(checkSoftmax(softmax).ok);
 * assert.ok(!checkSoftmax((z) => z).ok);
 * ```
 */
export function checkSoftmax(candidate: (z: number[]) => number[]): Feedback {
  const cases = [[1, 5, 3], [0, 0, 0, 0], [-2, 7.5], [1000, 1001, 1002]];
  for (const z of cases) {
    let got: number[];
    try {
      got = candidate(z);
    } catch (error) {
      return new Feedback(false, `It threw on [${z}]: ${(error as Error).message}`);
    }
    const want = softmax(z);
    if (!Array.isArray(got) || got.length !== want.length) {
      return new Feedback(false, `For [${z}] it should return ${want.length} numbers.`);
    }
    if (got.some((v, i) => !(Math.abs(v - want[i]) < 1e-9))) {
      const hint = z[0] >= 1000
        ? " Large scores overflow e^z: subtract the largest score first."
        : "";
      return new Feedback(
        false,
        `For [${z}] it gives [${got.map((v) => v.toFixed(4))}], expected ` +
          `[${want.map((v) => v.toFixed(4))}].${hint}`,
      );
    }
  }
  return new Feedback(true, "Your softmax is right, and safe for large scores.");
}

/**
 * Checks a derivative written by the learner against an activation's own, at many points.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDerivative } from "./exercises.ts";
 * assert.ok(checkDerivative("sigmoid", (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2).ok);
 * ```
 */
export function checkDerivative(
  name: keyof typeof ACTIVATIONS,
  candidate: (x: number) => number,
): Feedback {
  const { df } = ACTIVATIONS[name];
  for (const x of [-3, -1.5, -0.25, 0.25, 0.5, 1, 2.75]) {
    const got = candidate(x);
    if (!(Math.abs(got - df(x)) < 1e-6)) {
      return new Feedback(
        false,
        `At x = ${x} it gives ${got}, but the slope of ${name} there is ` +
          `${df(x).toFixed(4)}.`,
      );
    }
  }
  return new Feedback(true, `That is the derivative of ${name}.`);
}

/**
 * Checks a count of the ink pixels (value above 0) of one image.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkInkCount } from "./exercises.ts";
 * const set = { images: new Uint8Array([0, 9, 0, 200]), labels: new Uint8Array([1]), count: 1,
 *   rows: 2, cols: 2 };
 * assert.ok(checkInkCount(set, 0, 2).ok && !checkInkCount(set, 0, 4).ok);
 * ```
 */
export function checkInkCount(set: ImageSet, index: number, answer: number | undefined): Feedback {
  const ink = imageAt(set, index).filter((v) => v > 0).length;
  return checkNumber(answer, ink, {
    hint: "count the pixels whose value is greater than 0, for example with .filter().",
  });
}

/**
 * Checks where pixel (row, col) of a 28-wide image lands in the flattened vector.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFlatIndex } from "./exercises.ts";
 * assert.ok(checkFlatIndex(1, 2, 30).ok);
 * ```
 */
export function checkFlatIndex(
  row: number,
  col: number,
  answer: number | undefined,
  cols = 28,
): Feedback {
  return checkNumber(answer, row * cols + col, {
    hint: `each row before row ${row} contributes ${cols} entries.`,
  });
}

/**
 * Checks a layer's outputs z = W·x + b computed by hand.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDense } from "./exercises.ts";
 * assert.ok(checkDense({ W: [[1, -1]], x: [3, 1], b: [0.5] }, [2.5]).ok);
 * ```
 */
export function checkDense(
  layer: { W: number[][]; x: number[]; b: number[] },
  answer: number[] | undefined,
): Feedback {
  if (answer === undefined) return NO_ANSWER;
  const expected = dense(layer.W, layer.x, layer.b);
  if (!Array.isArray(answer) || answer.length !== expected.length) {
    return new Feedback(false, `Give ${expected.length} numbers, one per neuron (row of W).`);
  }
  const wrong = expected.findIndex((z, j) => !(Math.abs(answer[j] - z) < 1e-9));
  return wrong < 0 ? new Feedback(true, `Right: z = [${answer.join(", ")}].`) : new Feedback(
    false,
    `Neuron ${wrong + 1} is off. Multiply row ${wrong + 1} of W by x element by element, ` +
      "add the products, then add that neuron's bias.",
  );
}

/**
 * Checks the parameter count (weights and biases) of fully connected layers of the given sizes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkParameterCount } from "./exercises.ts";
 * assert.ok(checkParameterCount([784, 64, 64, 64, 10], 59210).ok);
 * ```
 */
export function checkParameterCount(layers: number[], answer: number | undefined): Feedback {
  let expected = 0;
  for (let i = 1; i < layers.length; i++) expected += layers[i - 1] * layers[i] + layers[i];
  return checkNumber(answer, expected, {
    hint: "each layer has inputs × outputs weights, plus one bias per output.",
  });
}

/**
 * Checks how many steps (mini-batches) one epoch takes.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkStepsPerEpoch } from "./exercises.ts";
 * assert.ok(checkStepsPerEpoch(60000, 15, 4000).ok);
 * ```
 */
export function checkStepsPerEpoch(
  images: number,
  batchSize: number,
  answer: number | undefined,
): Feedback {
  return checkNumber(answer, Math.ceil(images / batchSize), {
    hint: "divide, and remember that a last, smaller batch still counts as a step.",
  });
}
