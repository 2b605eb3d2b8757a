/**
 * Pictures: digits and weights as PNG images, charts with Observable Plot, and the course's
 * recurring charts.
 *
 * @module
 */
export * from "./images.ts";
export * from "./digits.ts";
export * from "./plot.ts";
export * from "./charts.ts";
