/**
 * What the notebooks show: display helpers, live outputs that update while training runs, the
 * checks of the exercises, the draw-a-digit pad, and the language they speak (`setLanguage`,
 * with the message catalogue in `messages/`).
 *
 * @module
 */
export * from "./display.ts";
export * from "./language.ts";
export { CATALOGUES, type Messages, messages } from "./messages/mod.ts";
export * from "./live.ts";
export * from "./draw_widget.ts";
export * from "./exercises/mod.ts";
