/**
 * Training, whatever does the arithmetic: the tutorial's recipe and its checks, the engine
 * interface, the training loop, and Adam on plain arrays. Loads no TensorFlow.js.
 *
 * @module
 */
export * from "./recipe.ts";
export * from "./engine.ts";
export * from "./loop.ts";
export * from "./adam.ts";
