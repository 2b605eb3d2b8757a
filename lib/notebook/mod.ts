/**
 * What the notebooks show: display helpers, live outputs that update while training runs, the
 * checks of the exercises, and the draw-a-digit pad.
 *
 * @module
 */
export * from "./display.ts";
export * from "./live.ts";
export * from "./exercises.ts";
export * from "./draw_widget.ts";
