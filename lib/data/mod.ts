/**
 * Data: MNIST and datasets like it as typed arrays, mini-batches, seeded randomness, the two
 * rings of notebook 04, and the files the course writes (the data folder, weights files). Loads
 * no TensorFlow.js.
 *
 * @module
 */
export * from "./idx.ts";
export * from "./dataset.ts";
export * from "./batches.ts";
export * from "./random.ts";
export * from "./rings.ts";
export * from "./average_digits.ts";
export * from "./files.ts";
export * from "./weights_file.ts";
