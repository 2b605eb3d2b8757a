/**
 * Checks for the exercises on fully connected layers: a layer's outputs computed by hand, and
 * a network's parameter count.
 *
 * @module
 */
import { dense } from "../../maths/mod.ts";
import { messages } from "../messages/mod.ts";
import { echo, Feedback, judge, notYet } from "./feedback.ts";
import { checkNumber, readNumbers } from "./answers.ts";

/**
 * Checks a layer's outputs z = W·x + b computed by hand (tolerance 1e-6 each), where row j of W
 * holds neuron j's weights. Recognises forgetting the biases, subtracting them, and (for a square
 * W) multiplying by the columns of W instead of its rows; otherwise names the first neuron off.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkDense } from "./layers.ts";
 * assert.ok(checkDense({ W: [[1, -1]], x: [3, 1], b: [0.5] }, [2.5]).ok);
 * assert.match(checkDense({ W: [[1, -1]], x: [3, 1], b: [0.5] }, [2]).message, /without the bias/);
 * ```
 */
export function checkDense(
  layer: { W: number[][]; x: number[]; b: number[] },
  answer: number[] | undefined,
): Feedback {
  const { W, x, b } = layer;
  const say = messages().layers;
  const expected = dense(W, x, b);
  const given = readNumbers(answer, expected.length, say.denseWhat);
  if (given instanceof Feedback) return given;
  const zeros = b.map(() => 0);
  const withoutBias = dense(W, x, zeros);
  const mistakes = [
    { value: withoutBias, message: say.denseNoBias },
    { value: withoutBias.map((z, j) => z - b[j]), message: say.denseMinusBias },
  ];
  if (W.every((row) => row.length === W.length) && x.length === W.length) {
    const transposed = W.map((_, j) => W.map((row) => row[j]));
    mistakes.push({ value: dense(transposed, x, b), message: say.denseColumns });
  }
  const verdict = judge(given, expected, 1e-6, mistakes);
  const shown = `[${given.map(echo).join(", ")}]`;
  if (verdict === true) return new Feedback(true, say.denseRight(shown));
  if (verdict.length > 0) return new Feedback(false, notYet(shown, verdict));
  const wrong = expected.findIndex((z, j) => !(Math.abs(given[j] - z) <= 1e-6));
  return new Feedback(false, messages().feedback.notYet(say.denseNeuronOff(wrong + 1)));
}

/**
 * Checks the parameter count (weights and biases) of fully connected layers of the given sizes,
 * inputs first. Recognises counting the weights only, giving the inputs biases too, multiplying
 * all the sizes, and counting neurons instead of parameters.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkParameterCount } from "./layers.ts";
 * assert.ok(checkParameterCount([784, 64, 64, 64, 10], 59210).ok);
 * assert.match(checkParameterCount([784, 128, 10], 101632).message, /weights only/);
 * ```
 */
export function checkParameterCount(layers: number[], answer: number | undefined): Feedback {
  let weights = 0;
  for (let i = 1; i < layers.length; i++) weights += layers[i - 1] * layers[i];
  const biases = layers.slice(1).reduce((sum, n) => sum + n, 0);
  const say = messages().layers;
  return checkNumber(answer, weights + biases, {
    integer: true,
    hint: say.paramsHint,
    mistakes: [
      { value: weights, message: say.paramsWeightsOnly },
      { value: weights + biases + layers[0], message: say.paramsInputBiases(layers[0]) },
      { value: layers.reduce((product, n) => product * n, 1), message: say.paramsProduct },
      { value: biases, message: say.paramsNeurons },
    ],
  });
}
