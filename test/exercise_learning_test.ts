/** The checks of the learning exercises (05–08, 10). */
import assert from "node:assert/strict";
import {
  checkAdamFirstStep,
  checkChainRule,
  checkGradientStep,
  checkReluChain,
  checkStepsPerEpoch,
} from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

const STEP = { w: 1, learningRate: 0.1, slope: -6 };

Deno.test("checkGradientStep() wants w − η·slope within 1e-6", () => {
  right(checkGradientStep(STEP, 1.6), /moves from 1 to 1\.6/);
  right(checkGradientStep(STEP, 1.6 + 9e-7));
  wrong(checkGradientStep(STEP, 1.6 + 2e-6), /is not it\. Hint: step against the slope/);
});

Deno.test("checkGradientStep() recognises the wrong sign, the move alone and the slope", () => {
  wrong(checkGradientStep(STEP, 0.4), /goes uphill/);
  wrong(checkGradientStep(STEP, -0.6), /is the size of the move, η·f'\(w\)/);
  wrong(checkGradientStep(STEP, 0.6), /is the change of the weight, −η·f'\(w\): add it/);
  wrong(checkGradientStep(STEP, -6), /slope of the loss, not the new weight: w − η·f'\(w\)/);
  wrong(checkGradientStep(STEP, 7), /forgets the learning rate/);
  wrong(checkGradientStep(STEP, 61), /divides the slope by the learning rate/);
  wrong(checkGradientStep(STEP, 1), /the weight before the step/);
  wrong(checkGradientStep(STEP, untyped(null)), /Expected a number, got null/);
});

// ŷ = −1·3 + 4 = 1, ŷ − y = 0.5: dL/dw = 2·0.5·3 = 3, dL/db = 2·0.5 = 1.
const NEURON = { x: 3, w: -1, b: 4, y: 0.5 };

Deno.test("checkChainRule() wants dL/dw = 2(ŷ − y)·x and dL/db = 2(ŷ − y)", () => {
  right(checkChainRule(NEURON, { dw: 3, db: 1 }), /dL\/dw = 3, dL\/db = 1/);
  right(checkChainRule(NEURON, { dw: 3 * (1 + 0.9e-4), db: 1 - 0.9e-4 }));
  wrong(checkChainRule(NEURON, { dw: 3 * (1 + 1.1e-4), db: 1 }), /dL\/dw = 3\.00033 is not it/);
  wrong(
    checkChainRule(NEURON, { dw: 7, db: 5 }),
    /dL\/dw = 7 is not it\. dL\/db = 5 is not it\. Hint: follow the chain/,
  );
});

Deno.test("checkChainRule() names the missing factor of the chain", () => {
  wrong(
    checkChainRule(NEURON, { dw: 1, db: 1 }),
    /^Not yet: dL\/dw = 1 is missing the factor x: .* dL\/db is right\.$/,
  );
  wrong(checkChainRule(NEURON, { dw: 1.5, db: 1 }), /dL\/dw = 1\.5 is missing the factor 2/);
  wrong(
    checkChainRule(NEURON, { dw: 0.5, db: 0.5 }),
    /missing two factors.*dL\/db = 0\.5 is missing the factor 2/,
  );
  wrong(checkChainRule(NEURON, { dw: -3, db: -1 }), /has the wrong sign in both/);
  wrong(checkChainRule(NEURON, { dw: -3, db: 1 }), /dL\/dw = -3 has the wrong sign/);
  wrong(
    checkChainRule(NEURON, { dw: 3, db: 3 }),
    /dL\/dw is right\. dL\/db = 3 has a factor x too many/,
  );
  wrong(checkChainRule(NEURON, { dw: -1, db: 1 }), /multiplies by w, but dz\/dw is x/);
  wrong(checkChainRule(NEURON, { dw: 0.25, db: 0.25 }), /is the loss \(ŷ − y\)² itself/);
  wrong(checkChainRule(NEURON, { dw: -21, db: -7 }), /without the bias: ŷ = w·x \+ b/);
  wrong(checkChainRule(NEURON, { dw: 1, db: 3 }), /swaps dw and db/);
  // With x = 2, a missing x and a missing 2 give the same number: both are named.
  wrong(
    checkChainRule({ x: 2, w: 3, b: 0, y: 5 }, { dw: 2, db: 2 }),
    /missing the factor x.* Or it is missing the factor 2/,
  );
});

Deno.test("checkChainRule() explains answers of the wrong shape", () => {
  wrong(checkChainRule(NEURON, untyped([3, 1])), /Give an object `\{ dw: …, db: … \}`/);
  wrong(checkChainRule(NEURON, untyped({ dw: 3 })), /The answer has no `db`/);
  wrong(
    checkChainRule(NEURON, untyped({ dw: "3", db: 1 })),
    /`dw`: Expected a number, got the text "3"/,
  );
  wrong(checkChainRule(NEURON, untyped({ dw: NaN, db: 1 })), /`dw`: Expected a number, got NaN/);
});

Deno.test("checkReluChain() wants zero gradients where z ≤ 0 and recognises a forgotten slope", () => {
  // z = 1·(−2) + 0.5 = −1.5.
  const off = { x: -2, w: 1, b: 0.5, y: 1 };
  right(checkReluChain(off, { dw: 0, db: 0 }));
  wrong(checkReluChain(off, { dw: 4, db: -2 }), /forgets the ReLU's slope/);
  wrong(checkReluChain(off, { dw: 10, db: -5 }), /leaves the ReLU out/);
  wrong(
    checkReluChain(off, { dw: 0, db: -2 }),
    /^Not yet: dL\/dw is right\. dL\/db = -2 forgets the ReLU's slope/,
  );
  wrong(checkReluChain(off, { dw: 1, db: 1 }), /is not it\. Hint: .*the ReLU's slope dŷ\/dz/);
  // z = 0 exactly: the course takes the ReLU's slope there to be 0.
  const edge = { x: 1, w: 1, b: -1, y: 2 };
  right(checkReluChain(edge, { dw: 0, db: 0 }));
  wrong(checkReluChain(edge, { dw: -4, db: -4 }), /forgets the ReLU's slope/);
});

Deno.test("checkReluChain() where z > 0 is the chain rule of a plain neuron", () => {
  right(checkReluChain(NEURON, { dw: 3, db: 1 }));
  wrong(checkReluChain(NEURON, { dw: 0, db: 0 }), /takes the ReLU to be flat, but here z/);
  wrong(checkReluChain(NEURON, { dw: 1, db: 1 }), /missing the factor x/);
  wrong(checkReluChain(NEURON, untyped(3)), /Give an object/);
});

Deno.test("checkStepsPerEpoch() rounds up and recognises rounding down or not at all", () => {
  right(checkStepsPerEpoch(60000, 64, 938));
  right(checkStepsPerEpoch(60000, 15, 4000));
  wrong(checkStepsPerEpoch(60000, 64, 937), /leaves out the last, smaller batch of 32 images/);
  wrong(checkStepsPerEpoch(60000, 64, 937.5), /fraction of a step/);
  wrong(checkStepsPerEpoch(60000, 64, 3840000), /multiplies/);
  wrong(checkStepsPerEpoch(60000, 64, 939), /is not it\. Hint: divide/);
  wrong(checkStepsPerEpoch(60000, 64, 938.2), /938\.2 is not\. Hint: divide/);
});

Deno.test("checkAdamFirstStep() wants the learning rate within 1e-6", () => {
  right(checkAdamFirstStep(0.001, 0.001), /η = 0\.001, whatever the size of its gradient/);
  right(checkAdamFirstStep(0.001, 0.001 + 9e-7));
  right(checkAdamFirstStep(0.001, 0.001, -250));
  // A gradient as small as ε really does take a smaller step.
  right(checkAdamFirstStep(0.001, 0.0005, 1e-7));
  wrong(checkAdamFirstStep(0.001, 0.001 + 1.1e-6), /η·g would be plain gradient descent's step/);
  assert.throws(() => checkAdamFirstStep(0, 0.001), /learning rate must be positive/);
  assert.throws(() => checkAdamFirstStep(0.001, 0.001, 0), /nonzero number/);
});

Deno.test("checkAdamFirstStep() recognises η·g, a sign and forgotten bias corrections", () => {
  wrong(checkAdamFirstStep(0.001, 0.0005, 0.5), /η·g, the step plain gradient descent/);
  wrong(checkAdamFirstStep(0.001, 0.002, 0.5), /divides by v̂ = g² instead of its square root/);
  wrong(checkAdamFirstStep(0.001, -0.001), /has a sign: .* a positive number/);
  wrong(checkAdamFirstStep(0.001, 0.0001), /forgets to correct m for starting at zero/);
  wrong(checkAdamFirstStep(0.001, 0.001 / Math.sqrt(0.001)), /forgets to correct v/);
  wrong(checkAdamFirstStep(0.001, 0.0001 / Math.sqrt(0.001)), /forgets both corrections/);
});
