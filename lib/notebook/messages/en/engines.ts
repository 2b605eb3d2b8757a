/**
 * English: how the engines are named in tables, charts and prose.
 *
 * @module
 */

/**
 * The names of the engines, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { engines } from "./engines.ts";
 * assert.equal(engines.fastThreads(2), "fast, 2 threads");
 * ```
 */
export const engines = {
  /** The fast engine and how many threads it trains on. */
  fastThreads: (threads: number) => `fast, ${threads} thread${threads === 1 ? "" : "s"}`,
};
