/**
 * Pictures: digits and weights as PNG images, charts with Observable Plot, the course's recurring
 * charts of numbers (`charts.ts`), of how a model learns (`learning_charts.ts`) and of training
 * runs (`training_charts.ts`), and the fonts they draw text in, Chinese included (`fonts.ts`).
 *
 * @module
 */
export * from "./images.ts";
export * from "./digits.ts";
export * from "./plot.ts";
export * from "./charts.ts";
export * from "./learning_charts.ts";
export * from "./training_charts.ts";
export * from "./network_diagram.ts";
export * from "./rows_to_vector_diagram.ts";
export * from "./batch_diagram.ts";
export * from "./fonts.ts";
