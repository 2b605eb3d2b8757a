/**
 * The engines that train the network: TensorFlow.js on a backend, the scratch network in plain
 * TypeScript, and the fast two-thread engine; making one by name, training and saving, and
 * measuring their speed.
 *
 * @module
 */
export * from "./tfjs.ts";
export * from "./scratch.ts";
export * from "./fast.ts";
export * from "./create.ts";
export * from "./trained.ts";
export * from "./speed.ts";
