/**
 * English: the feedback of the checks on learning (`exercises/learning.ts`): a gradient-descent
 * step, the chain rule through one neuron, the steps of an epoch, Adam's first step.
 *
 * @module
 */

const sign = "the derivative of (ŷ − y)² with respect to ŷ is 2(ŷ − y), not 2(y − ŷ).";

/**
 * The feedback of the learning checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { learning } from "./learning.ts";
 * assert.equal(learning.stepRight(0, "0.6"), "Right: the weight moves from 0 to 0.6.");
 * ```
 */
export const learning = {
  // checkGradientStep
  stepRight: (from: number, to: string) => `Right: the weight moves from ${from} to ${to}.`,
  stepHint: "step against the slope, by the learning rate times the slope.",
  stepUphill: "goes uphill: the step goes against the slope, so subtract η·f'(w) from w.",
  stepMove: "is the size of the move, η·f'(w): the new weight is the old one minus it.",
  stepChange: "is the change of the weight, −η·f'(w): add it to the old weight w.",
  stepSlope: "is the slope of the loss, not the new weight: w − η·f'(w).",
  stepNoRate: "forgets the learning rate: the step is η times the slope.",
  stepDivides: "divides the slope by the learning rate: multiply instead.",
  stepBefore: "is the weight before the step.",
  // checkChainRule and checkReluChain
  gradientsRight: (dw: string, db: string) => `Right: dL/dw = ${dw}, dL/db = ${db}.`,
  bothWrongSign: `has the wrong sign in both: ${sign}`,
  noBias: "computes the prediction without the bias: ŷ = w·x + b.",
  swapped: "swaps dw and db.",
  dwMissingX: "is missing the factor x: z = w·x + b grows by x when w grows by 1, so dz/dw = x.",
  missingTwo: "is missing the factor 2 from the square: d(ŷ − y)²/dŷ = 2(ŷ − y).",
  dwMissingBoth: "is missing two factors: the 2 from the square, and x from dz/dw.",
  wrongSign: `has the wrong sign: ${sign}`,
  dwTimesW: "multiplies by w, but dz/dw is x, the input that w multiplies.",
  lossItself: "is the loss (ŷ − y)² itself, not its slope.",
  dbExtraX: "has a factor x too many: the bias is added, not multiplied by x, so dz/db = 1.",
  chainHint: "follow the chain from L back to w (or b) and multiply its slopes: dL/dŷ, then " +
    "dŷ/dz, then dz/dw (or dz/db).",
  reluChainHint: "follow the chain from L back to w (or b) and multiply its slopes: dL/dŷ, then " +
    "the ReLU's slope dŷ/dz at z = w·x + b, then dz/dw (or dz/db).",
  reluNotFlat: "takes the ReLU to be flat, but here z = w·x + b is above 0, where its slope is 1.",
  reluForgotSlope: "forgets the ReLU's slope: look at z = w·x + b. Where it is 0 or below, the " +
    "ReLU is flat, its slope is 0, and the chain multiplies by that slope.",
  reluLeftOut: "leaves the ReLU out, taking ŷ = z: here z = w·x + b is 0 or below, so " +
    "ŷ = ReLU(z) is 0, and flat.",
  // checkStepsPerEpoch
  epochHint: "divide, and remember that a last, smaller batch still counts as a step.",
  epochLastBatch: (images: number) =>
    `leaves out the last, smaller batch of ${images} images: it is a step too, so round up.`,
  epochFraction: "is a fraction of a step: a step takes a whole batch (the last one smaller), " +
    "so round up.",
  epochMultiplies: "multiplies: each step takes a batch of images, so divide.",
  // checkAdamFirstStep
  adamSign: "has a sign: the weight moves against the gradient, but the size of a step is its " +
    "length, a positive number.",
  adamNoM: (share: string) =>
    "forgets to correct m for starting at zero: after one step m = (1 − β₁)·g, only " +
    `${share}·g; dividing by 1 − β₁ᵗ undoes that.`,
  adamNoV: (share: string) =>
    "forgets to correct v for starting at zero: after one step v = (1 − β₂)·g², so √v is " +
    `only ${share}·|g|; dividing v by 1 − β₂ᵗ undoes that.`,
  adamNoCorrection: "forgets both corrections for starting at zero: divide m by 1 − β₁ᵗ and v " +
    "by 1 − β₂ᵗ.",
  adamPlain: "is η·g, the step plain gradient descent would take: Adam divides the mean " +
    "gradient by the square root of the mean squared gradient.",
  adamNoRoot: "divides by v̂ = g² instead of its square root.",
  adamRight: (eta: number) =>
    `Right: Adam's first step moves each weight by η = ${eta}, whatever the size of its ` +
    "gradient.",
  adamHint: "on the first step the corrected means are m̂ = g and v̂ = g²; work out " +
    "η·m̂ / (√v̂ + ε). (η·g would be plain gradient descent's step.)",
};
