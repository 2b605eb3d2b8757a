/**
 * Checks for the exercises on learning: one gradient-descent step, the chain rule through one
 * neuron (with and without a ReLU), the number of steps in an epoch, and the size of Adam's first
 * step.
 *
 * @module
 */
import { ADAM } from "../../training/adam.ts";
import { messages } from "../messages/mod.ts";
import {
  echo,
  Feedback,
  fieldSentence,
  fmt,
  judge,
  judgeNumber,
  type Mistake,
  notYet,
  type VectorMistake,
} from "./feedback.ts";
import { checkNumber, readFields } from "./answers.ts";

/** A tolerance of 1e-6, relative for numbers above 1. */
const fine = (x: number) => 1e-6 * Math.max(1, Math.abs(x));
/** A tolerance of 1e-4, relative for numbers above 1: room for numbers typed from a printout. */
const loose = (x: number) => 1e-4 * Math.max(1, Math.abs(x));

/**
 * Checks one step of gradient descent: the new weight w − η·slope, for the weight `w`, the
 * learning rate η and the slope of the loss at w (within 1e-6). Recognises going uphill
 * (w + η·slope), giving the move (η·slope or −η·slope) or the slope instead of the new weight,
 * forgetting η, and dividing by it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkGradientStep } from "./learning.ts";
 * // f(w) = (w − 3)² at w = 0: slope −6; with η = 0.1 the new weight is 0.6.
 * assert.ok(checkGradientStep({ w: 0, learningRate: 0.1, slope: -6 }, 0.6).ok);
 * assert.match(checkGradientStep({ w: 0, learningRate: 0.1, slope: -6 }, -0.6).message, /uphill/);
 * ```
 */
export function checkGradientStep(
  step: { w: number; learningRate: number; slope: number },
  answer: number | undefined,
): Feedback {
  const say = messages().learning;
  const { w, learningRate: eta, slope } = step;
  const expected = w - eta * slope;
  return checkNumber(answer, expected, {
    tolerance: fine(expected),
    right: say.stepRight(w, fmt(expected)),
    hint: say.stepHint,
    mistakes: [
      { value: w + eta * slope, message: say.stepUphill },
      { value: eta * slope, message: say.stepMove },
      { value: -eta * slope, message: say.stepChange },
      { value: slope, message: say.stepSlope },
      { value: w - slope, message: say.stepNoRate },
      { value: w - slope / eta, message: say.stepDivides },
      { value: w, message: say.stepBefore },
    ],
  });
}

/** The gradients of one neuron's loss, and the mistakes to recognise in them. */
interface GradientQuestion {
  dw: number;
  db: number;
  /** Mistakes of both gradients at once. */
  both: VectorMistake[];
  /** Mistakes of dL/dw alone. */
  dwMistakes: Mistake[];
  /** Mistakes of dL/db alone. */
  dbMistakes: Mistake[];
  /** Shown when a gradient matches no known mistake. */
  hint: string;
}

/** Judges `{ dw, db }` against a {@linkcode GradientQuestion}. */
function checkGradients(answer: unknown, question: GradientQuestion): Feedback {
  const given = readFields(answer, ["dw", "db"]);
  if (given instanceof Feedback) return given;
  const [dw, db] = given;
  const expected = [question.dw, question.db];
  const shown = `{ dw: ${echo(dw)}, db: ${echo(db)} }`;
  const verdict = judge(given, expected, expected.map(loose), question.both);
  const say = messages().feedback;
  if (verdict === true) {
    return new Feedback(true, messages().learning.gradientsRight(echo(dw), echo(db)));
  }
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const parts: string[] = [];
  const fields = [
    { name: "dL/dw", value: dw, want: question.dw, mistakes: question.dwMistakes },
    { name: "dL/db", value: db, want: question.db, mistakes: question.dbMistakes },
  ];
  let unexplained = 0;
  for (const field of fields) {
    const one = judgeNumber(field.value, field.want, loose(field.want), field.mistakes);
    if (one !== true && one.length === 0) unexplained++;
    parts.push(fieldSentence(field.name, field.value, one));
  }
  const hint = unexplained > 0 ? say.hint(question.hint) : "";
  return new Feedback(false, say.notYet(say.sentences(parts) + hint));
}

/** The mistakes of the chain rule through ŷ = w·x + b, L = (ŷ − y)², with error e = ŷ − y. */
function linearMistakes(x: number, w: number, e: number, eNoBias: number) {
  const say = messages().learning;
  const both: VectorMistake[] = [
    { value: [-2 * e * x, -2 * e], message: say.bothWrongSign },
    { value: [2 * eNoBias * x, 2 * eNoBias], message: say.noBias },
    { value: [2 * e, 2 * e * x], message: say.swapped },
  ];
  const dwMistakes: Mistake[] = [
    { value: 2 * e, message: say.dwMissingX },
    { value: e * x, message: say.missingTwo },
    { value: e, message: say.dwMissingBoth },
    { value: -2 * e * x, message: say.wrongSign },
    { value: 2 * e * w, message: say.dwTimesW },
    { value: e * e, message: say.lossItself },
  ];
  const dbMistakes: Mistake[] = [
    { value: 2 * e * x, message: say.dbExtraX },
    { value: e, message: say.missingTwo },
    { value: -2 * e, message: say.wrongSign },
    { value: e * e, message: say.lossItself },
  ];
  return { both, dwMistakes, dbMistakes };
}

/**
 * Checks the chain rule through one neuron without activation: z = w·x + b, prediction ŷ = z, loss
 * L = (ŷ − y)². The answer is `{ dw, db }` with dL/dw = 2(ŷ − y)·x and dL/db = 2(ŷ − y) (within
 * 1e-4, relative above 1). Explains which factor of the chain is missing when a gradient is off by
 * a factor x or 2, or has the wrong sign; recognises the bias left out of ŷ, w instead of x, dw
 * and db swapped, and the loss instead of its slope.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkChainRule } from "./learning.ts";
 * // ŷ = 0.5·3 + 1 = 2.5, so ŷ − y = −1.5: dL/dw = 2·(−1.5)·3 = −9, dL/db = −3.
 * const neuron = { x: 3, w: 0.5, b: 1, y: 4 };
 * assert.ok(checkChainRule(neuron, { dw: -9, db: -3 }).ok);
 * assert.match(checkChainRule(neuron, { dw: -3, db: -3 }).message, /missing the factor x/);
 * ```
 */
export function checkChainRule(
  neuron: { x: number; w: number; b: number; y: number },
  answer: { dw: number; db: number } | undefined,
): Feedback {
  const { x, w, b, y } = neuron;
  const e = w * x + b - y;
  return checkGradients(answer, {
    dw: 2 * e * x,
    db: 2 * e,
    ...linearMistakes(x, w, e, w * x - y),
    hint: messages().learning.chainHint,
  });
}

/**
 * Checks the chain rule through one neuron with a ReLU: z = w·x + b, ŷ = ReLU(z), L = (ŷ − y)².
 * The answer is `{ dw, db }`: dL/dw = 2(ŷ − y)·ReLU'(z)·x and dL/db = 2(ŷ − y)·ReLU'(z), where
 * ReLU'(z) is 1 for z > 0 and 0 otherwise, so both are 0 when z ≤ 0 (within 1e-4, relative above
 * 1). Recognises forgetting the ReLU's slope, leaving the ReLU out, and, where z > 0, the
 * mistakes {@linkcode checkChainRule} knows.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkReluChain } from "./learning.ts";
 * // z = 1·(−2) + 0.5 = −1.5 ≤ 0: the ReLU is flat there, no gradient flows.
 * const neuron = { x: -2, w: 1, b: 0.5, y: 1 };
 * assert.ok(checkReluChain(neuron, { dw: 0, db: 0 }).ok);
 * assert.match(checkReluChain(neuron, { dw: 4, db: -2 }).message, /forgets the ReLU's slope/);
 * ```
 */
export function checkReluChain(
  neuron: { x: number; w: number; b: number; y: number },
  answer: { dw: number; db: number } | undefined,
): Feedback {
  const { x, w, b, y } = neuron;
  const z = w * x + b;
  const say = messages().learning, hint = say.reluChainHint;
  if (z > 0) {
    const zNoBias = w * x;
    const eNoBias = Math.max(0, zNoBias) - y;
    const mistakes = linearMistakes(x, w, z - y, zNoBias > 0 ? eNoBias : 0);
    mistakes.both.unshift({ value: [0, 0], message: say.reluNotFlat });
    return checkGradients(answer, { dw: 2 * (z - y) * x, db: 2 * (z - y), ...mistakes, hint });
  }
  const missing: VectorMistake[] = [
    { value: [2 * (0 - y) * x, 2 * (0 - y)], message: say.reluForgotSlope },
    { value: [2 * (z - y) * x, 2 * (z - y)], message: say.reluLeftOut },
  ];
  return checkGradients(answer, {
    dw: 0,
    db: 0,
    both: missing,
    dwMistakes: missing.map((m) => ({ value: m.value[0], message: m.message })),
    dbMistakes: missing.map((m) => ({ value: m.value[1], message: m.message })),
    hint,
  });
}

/**
 * Checks how many steps (mini-batches) one epoch takes: the images divided by the batch size,
 * rounded up, since a last, smaller batch is a step too. Recognises rounding down, not rounding,
 * and multiplying.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkStepsPerEpoch } from "./learning.ts";
 * assert.ok(checkStepsPerEpoch(60000, 15, 4000).ok);
 * assert.match(checkStepsPerEpoch(60000, 64, 937).message, /last, smaller batch/);
 * ```
 */
export function checkStepsPerEpoch(
  images: number,
  batchSize: number,
  answer: number | undefined,
): Feedback {
  const say = messages().learning;
  return checkNumber(answer, Math.ceil(images / batchSize), {
    integer: true,
    hint: say.epochHint,
    mistakes: [
      { value: Math.floor(images / batchSize), message: say.epochLastBatch(images % batchSize) },
      { value: images / batchSize, message: say.epochFraction },
      { value: images * batchSize, message: say.epochMultiplies },
    ],
  });
}

/**
 * Checks the size of Adam's very first step. On step 1 the bias-corrected means are m̂ = g and
 * v̂ = g², so every parameter with a nonzero gradient moves by η·g/(|g| + ε): the learning rate η,
 * whatever the gradient's size (up to ε = 1e-7, TensorFlow.js's default). Right within 1e-6. Give
 * `gradient` to recognise η·g, plain gradient descent's step; always recognised are a negative
 * size and forgetting one or both bias corrections.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkAdamFirstStep } from "./learning.ts";
 * assert.ok(checkAdamFirstStep(0.001, 0.001).ok);
 * assert.match(checkAdamFirstStep(0.001, 0.0005, 0.5).message, /plain gradient descent/);
 * ```
 */
export function checkAdamFirstStep(
  learningRate: number,
  answer: number | undefined,
  gradient?: number,
): Feedback {
  if (!(learningRate > 0)) {
    throw new RangeError(
      `checkAdamFirstStep: the learning rate must be positive, got ${learningRate}.`,
    );
  }
  if (gradient !== undefined && !(Number.isFinite(gradient) && gradient !== 0)) {
    throw new RangeError(
      `checkAdamFirstStep: the gradient must be a nonzero number (a zero gradient does not move ` +
        `the weight), got ${gradient}.`,
    );
  }
  const say = messages().learning;
  const { beta1, beta2, epsilon } = ADAM;
  const eta = learningRate;
  const g = Math.abs(gradient ?? 1);
  const expected = (eta * g) / (g + epsilon);
  const mistakes: Mistake[] = [
    { value: -expected, message: say.adamSign },
    { value: eta * (1 - beta1), message: say.adamNoM(fmt(1 - beta1)) },
    { value: eta / Math.sqrt(1 - beta2), message: say.adamNoV(fmt(Math.sqrt(1 - beta2))) },
    { value: (eta * (1 - beta1)) / Math.sqrt(1 - beta2), message: say.adamNoCorrection },
  ];
  if (gradient !== undefined) {
    mistakes.unshift(
      { value: eta * gradient, message: say.adamPlain },
      { value: eta / g, message: say.adamNoRoot },
    );
  }
  return checkNumber(answer, expected, {
    tolerance: 1e-6,
    right: say.adamRight(eta),
    hint: say.adamHint,
    mistakes,
  });
}
