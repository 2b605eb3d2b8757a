/**
 * The course's maths on plain arrays, small enough to read: a layer z = W·x + b, softmax and
 * log-softmax, the activation functions with their derivatives. The notebooks compare them with
 * TensorFlow.js.
 *
 * @module
 */
export * from "./linear.ts";
export * from "./softmax.ts";
export * from "./activations.ts";
