/**
 * Checks for the exercises on activation functions: a derivative the learner writes, and the
 * ReLU's backward pass.
 *
 * @module
 */
import { ACTIVATIONS } from "../../maths/mod.ts";
import { callCandidate, Feedback, fmt, judge, readNumbers, rejectResult } from "./feedback.ts";

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
  if (points.every((x, i) => close(got[i], df(x)))) {
    return new Feedback(true, `That is the derivative of ${name}.`);
  }
  if (points.every((x, i) => close(got[i], f(x)))) {
    return new Feedback(
      false,
      `Not yet: that is ${name} itself, not its slope. The derivative says how fast the ` +
        "function changes at x.",
    );
  }
  if (points.every((x, i) => close(got[i], -df(x)))) {
    return new Feedback(
      false,
      `Not yet: that is minus the derivative of ${name}: check the signs.`,
    );
  }
  const i = points.findIndex((x, i) => !close(got[i], df(x)));
  return new Feedback(
    false,
    `At x = ${points[i]} it gives ${got[i]}, but the slope of ${name} there is ` +
      `${df(points[i]).toFixed(4)}.`,
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
  for (const { z, upstream } of cases) {
    const shown = `z = [${z}] and upstream = [${upstream}]`;
    const result = callCandidate(candidate, [[...z], [...upstream]], shown);
    if (result instanceof Feedback) return result;
    if (result.value === undefined) {
      return new Feedback(false, `On ${shown} it returns undefined: did you forget \`return\`?`);
    }
    const got = readNumbers(result.value, z.length, "one gradient per input");
    if (got instanceof Feedback) return new Feedback(false, `On ${shown}: ${got.message}`);
    const expected = z.map((v, i) => (v > 0 ? upstream[i] : 0));
    const verdict = judge(got, expected, 1e-9, [
      {
        value: z.map((v) => (v > 0 ? 1 : 0)),
        message: "is the ReLU's slope alone: multiply it by the upstream gradient (chain rule).",
      },
      {
        value: z.map((v, i) => (v >= 0 ? upstream[i] : 0)),
        message: "lets the gradient through at z = 0: the course takes the ReLU's slope at 0 " +
          "to be 0, so pass it only where z > 0.",
      },
      {
        value: upstream.map((g) => Math.max(0, g)),
        message: "gates on the sign of the upstream gradient: the gate is z, the ReLU's input, " +
          "and negative gradients flow back too.",
      },
      {
        value: upstream,
        message: "passes every gradient through: where z ≤ 0 the ReLU is flat, so no gradient " +
          "flows back there.",
      },
      {
        value: z.map((v) => Math.max(0, v)),
        message: "is ReLU(z), the forward pass: the backward pass returns gradients.",
      },
      {
        value: z.map((v, i) => Math.max(0, v) * upstream[i]),
        message: "multiplies by ReLU(z), the function's value, instead of its slope (1 or 0).",
      },
      {
        value: z.map((v, i) => (v > 0 ? 0 : upstream[i])),
        message: "is the other way round: the gradient passes where z > 0 and stops elsewhere.",
      },
    ]);
    if (verdict === true) continue;
    const gives = `[${got.map(fmt)}]`;
    if (verdict.length > 0) {
      return new Feedback(
        false,
        `Not yet: on ${shown} it gives ${gives}, which ${verdict[0]}`,
      );
    }
    return new Feedback(
      false,
      `Not yet: on ${shown} it gives ${gives}. Hint: the ReLU's slope is 1 where z > 0 and 0 ` +
        "elsewhere; multiply the upstream gradient by it.",
    );
  }
  return new Feedback(true, "Your ReLU backward pass is right, z = 0 included.");
}
