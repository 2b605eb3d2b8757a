/**
 * The network: the TensorFlow.js backend, the tutorial's network in TensorFlow.js (its layers,
 * loss, learning step, predictions and weights files), the same network written from scratch in
 * plain TypeScript, and small networks on points of the plane.
 *
 * @module
 */
export * from "./backend.ts";
export * from "./init.ts";
export * from "./network.ts";
export * from "./loss.ts";
export * from "./learn.ts";
export * from "./predict.ts";
export * from "./weights.ts";
export * from "./scratch.ts";
export * from "./points.ts";
