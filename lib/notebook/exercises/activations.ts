/**
 * Checks for the exercises on activation functions: a derivative the learner writes, and the
 * ReLU's backward pass.
 *
 * @module
 */
import { ACTIVATIONS } from "../../maths/mod.ts";
import { messages } from "../messages/mod.ts";
import { Feedback, fmt, judge } from "./feedback.ts";
import { callCandidate, readNumbers, rejectResult } from "./answers.ts";

/**
 * Checks a derivative written by the learner against an activation's own, at many points
 * (within 1e-6). Recognises the function itself instead of its slope, and the opposite sign.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDerivative } from "./activations.ts";
 * assert.ok(checkDerivative("sigmoid", (x) => Math.exp(-x) / (1 + Math.exp(-x)) ** 2).ok);
 * assert.match(checkDerivative("tanh", Math.tanh).message, /tanh itself, not its slope/);
 * ```
 */
export function checkDerivative(
  name: keyof typeof ACTIVATIONS,
  candidate: ((x: number) => number) | undefined,
): Feedback {
  const { f, df } = ACTIVATIONS[name];
  const points = [-3, -1.5, -0.25, 0.25, 0.5, 1, 2.75];
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
  const got: number[] = [];
  for (const x of points) {
    const result = callCandidate(candidate, [x], `x = ${x}`);
    if (result instanceof Feedback) return result;
    const invalid = rejectResult(result.value, `x = ${x}`);
    if (invalid) return invalid;
    got.push(result.value as number);
  }
  const say = messages().activations, { notYet } = messages().feedback;
  if (points.every((x, i) => close(got[i], df(x)))) {
    return new Feedback(true, say.derivativeRight(name));
  }
  if (points.every((x, i) => close(got[i], f(x)))) {
    return new Feedback(false, notYet(say.derivativeItself(name)));
  }
  if (points.every((x, i) => close(got[i], -df(x)))) {
    return new Feedback(false, notYet(say.derivativeMinus(name)));
  }
  const i = points.findIndex((x, i) => !close(got[i], df(x)));
  return new Feedback(
    false,
    say.derivativeAt(points[i], got[i], name, df(points[i]).toFixed(4)),
  );
}

/**
 * Checks the learner's ReLU backward pass: given the ReLU's inputs z and the gradient flowing
 * back from above (`upstream`), it returns the upstream gradient where z > 0 and 0 elsewhere, z = 0
 * included (as the course's code does). Tested with negative upstream gradients. Recognises the
 * ReLU's slope without the upstream gradient, letting the gradient through at z = 0, gating on the
 * upstream gradient's sign instead of z, passing everything through, and the forward pass.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkReluBackward } from "./activations.ts";
 * assert.ok(checkReluBackward((z, up) => z.map((v, i) => (v > 0 ? up[i] : 0))).ok);
 * assert.match(checkReluBackward((z, up) => up).message, /passes every gradient through/);
 * ```
 */
export function checkReluBackward(
  candidate: ((z: number[], upstream: number[]) => number[]) | undefined,
): Feedback {
  const cases = [
    { z: [2, -1, 0, 3.5, -0.5], upstream: [0.5, 0.7, 0.9, -1.2, -2] },
    { z: [0.25, -4, 0], upstream: [-3, 5, -1] },
  ];
  const say = messages().activations, { notYet } = messages().feedback;
  for (const { z, upstream } of cases) {
    const shown = say.reluInputs(`[${z}]`, `[${upstream}]`);
    const result = callCandidate(candidate, [[...z], [...upstream]], shown);
    if (result instanceof Feedback) return result;
    if (result.value === undefined) return new Feedback(false, say.reluUndefined(shown));
    const got = readNumbers(result.value, z.length, say.reluWhat);
    if (got instanceof Feedback) return new Feedback(false, say.reluOn(shown, got.message));
    const expected = z.map((v, i) => (v > 0 ? upstream[i] : 0));
    const verdict = judge(got, expected, 1e-9, [
      { value: z.map((v) => (v > 0 ? 1 : 0)), message: say.reluSlopeAlone },
      { value: z.map((v, i) => (v >= 0 ? upstream[i] : 0)), message: say.reluAtZero },
      { value: upstream.map((g) => Math.max(0, g)), message: say.reluGatesUpstream },
      { value: upstream, message: say.reluPassesAll },
      { value: z.map((v) => Math.max(0, v)), message: say.reluForward },
      { value: z.map((v, i) => Math.max(0, v) * upstream[i]), message: say.reluTimesValue },
      { value: z.map((v, i) => (v > 0 ? 0 : upstream[i])), message: say.reluReversed },
    ]);
    if (verdict === true) continue;
    const gives = `[${got.map(fmt)}]`;
    if (verdict.length > 0) {
      return new Feedback(false, notYet(say.reluGivesMistake(shown, gives, verdict[0])));
    }
    return new Feedback(false, notYet(say.reluGives(shown, gives)));
  }
  return new Feedback(true, say.reluRight);
}
