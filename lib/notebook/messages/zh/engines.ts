/**
 * Chinese: how the engines and backends are named in tables, charts and prose.
 *
 * @module
 */
import type { engines as English } from "../en/engines.ts";

/**
 * The names of the engines and backends, in Chinese.
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
  webgpuOn: (adapter, software) =>
    `webgpu，运行在 ${adapter}${software ? "（软件适配器）上" : " 上"}`,
};
