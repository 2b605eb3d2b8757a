/**
 * English: how the engines and backends are named in tables, charts and prose.
 *
 * @module
 */

/**
 * The names of the engines and backends, in English.
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
  /** The webgpu backend and the adapter it runs on, and whether that is a software one. */
  webgpuOn: (adapter: string, software: boolean) =>
    `webgpu on ${adapter}${software ? ", software" : ""}`,
};
