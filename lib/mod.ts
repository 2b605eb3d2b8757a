/**
 * Everything the notebooks use, from one import:
 *
 * ```ts ignore
 * import { loadDataset, useBackend } from "./mod.ts";
 * ```
 *
 * @module
 */
export * from "./network/backend.ts";
export * from "./data/batches.ts";
export * from "./data/dataset.ts";
export * from "./notebook/display.ts";
export * from "./data/files.ts";
export * from "./data/idx.ts";
export * from "./pictures/images.ts";
export * from "./network/network.ts";
export * from "./data/random.ts";
export * from "./engines/tfjs.ts";
export * from "./network/weights.ts";
export * from "./pictures/charts.ts";
export * from "./notebook/exercises.ts";
export * from "./maths/maths.ts";
export * from "./pictures/plot.ts";
export * from "./network/points.ts";
export * from "./notebook/live.ts";
export * from "./network/scratch.ts";
export * from "./engines/scratch.ts";
export * from "./engines/trained.ts";
export * from "./notebook/draw_widget.ts";
export * from "./engines/fast.ts";
export * from "./engines/speed.ts";
