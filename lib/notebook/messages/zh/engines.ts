/**
 * Chinese: how the engines are named in tables, charts and prose.
 *
 * @module
 */
import type { engines as English } from "../en/engines.ts";

/**
 * The names of the engines, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { engines } from "./engines.ts";
 * assert.equal(engines.fastThreads(2), "fast（2 个线程）");
 * ```
 */
export const engines: typeof English = {
  fastThreads: (threads) => `fast（${threads} 个线程）`,
};
