/**
 * English: the feedback of the checks on fully connected layers (`exercises/layers.ts`).
 *
 * @module
 */

/**
 * The feedback of the layer checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { layers } from "./layers.ts";
 * assert.equal(layers.denseRight("[2.5]"), "Right: z = [2.5].");
 * ```
 */
export const layers = {
  // checkDense
  denseWhat: "one per neuron, that is per row of W",
  denseNoBias: "is W·x without the biases: add each neuron's bias to its sum.",
  denseMinusBias: "subtracts the biases: z = W·x + b adds them.",
  denseColumns: "multiplies x by the columns of W: neuron j's weights are row j of W.",
  denseRight: (z: string) => `Right: z = ${z}.`,
  denseNeuronOff: (neuron: number) =>
    `neuron ${neuron} is off. Multiply row ${neuron} of W by x element by element, add the ` +
    "products, then add that neuron's bias.",
  // checkParameterCount
  paramsHint: "each layer has inputs × outputs weights, plus one bias per output.",
  paramsWeightsOnly: "counts the weights only: each neuron also has a bias.",
  paramsInputBiases: (inputs: number) =>
    `gives the ${inputs} inputs biases too: they are pixels, not neurons; only the layers that ` +
    "compute something have biases.",
  paramsProduct: "multiplies all the sizes: weights connect neighbouring layers only, so add up " +
    "the layers' counts.",
  paramsNeurons: "counts the neurons (one bias each), not the weights that connect them.",
};
