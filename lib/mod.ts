/**
 * Everything the notebooks use, from one import:
 *
 * ```ts ignore
 * import { loadDataset, useBackend } from "../lib/mod.ts";
 * ```
 *
 * The library is grouped by concern, each folder with a `mod.ts` of its own:
 *
 * - `data/`: datasets, batches, seeded randomness, files (no TensorFlow.js);
 * - `maths/`: a layer, softmax and activations on plain arrays;
 * - `training/`: the recipe, the engine interface, the training loop, Adam (no TensorFlow.js);
 * - `network/`: the network in TensorFlow.js and written from scratch;
 * - `engines/`: the TensorFlow.js, scratch and fast engines, training and saving, speed;
 * - `pictures/`: digits as images, charts;
 * - `notebook/`: display helpers, live outputs, exercise checks, the drawing pad.
 *
 * @module
 */
export * from "./data/mod.ts";
export * from "./maths/mod.ts";
export * from "./training/mod.ts";
export * from "./network/mod.ts";
export * from "./engines/mod.ts";
export * from "./pictures/mod.ts";
export * from "./notebook/mod.ts";
