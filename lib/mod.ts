/**
 * Everything the notebooks use, from one import:
 *
 * ```ts ignore
 * import { loadDataset, useBackend } from "../lib/mod.ts";
 * ```
 *
 * @module
 */
export * from "./backend.ts";
export * from "./batches.ts";
export * from "./dataset.ts";
export * from "./display.ts";
export * from "./files.ts";
export * from "./idx.ts";
export * from "./images.ts";
export * from "./model.ts";
export * from "./random.ts";
export * from "./train.ts";
export * from "./weights.ts";
export * from "./charts.ts";
export * from "./exercises.ts";
export * from "./maths.ts";
export * from "./plot.ts";
export * from "./toy.ts";
export * from "./live.ts";
export * from "./scratch.ts";
export * from "./scratch_train.ts";
export * from "./trained.ts";
export * from "./draw_widget.ts";
export * from "./fast_train.ts";
export * from "./speed.ts";
