/**
 * Making an engine by name: `fast` (the default of `deno task train`), `tfjs` or `scratch`.
 *
 * @module
 */
import type { Engine, EngineName } from "../training/engine.ts";
import { FastEngine, type FastEngineOptions } from "./fast.ts";
import { ScratchEngine } from "./scratch.ts";
import { TfjsEngine, type TfjsEngineOptions } from "./tfjs.ts";

/** Options of {@linkcode createEngine}: the common ones and each engine's own. */
export type CreateEngineOptions = FastEngineOptions & TfjsEngineOptions;

/**
 * A new engine of the given kind, with the seeded initial weights every engine shares. Options
 * that do not concern the engine are ignored (`threads` for TensorFlow.js, `backend` for the
 * others).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { createEngine } from "./create.ts";
 * for (const name of ["fast", "scratch", "tfjs"] as const) {
 *   const engine = await createEngine(name, { layers: [4, 3], seed: 5, backend: "cpu", threads: 1 });
 *   assert.deepEqual((await engine.weights())[1].length, 3);
 *   engine.dispose();
 * }
 * ```
 */
export async function createEngine(
  name: EngineName,
  options: CreateEngineOptions = {},
): Promise<Engine> {
  if (name === "fast") return await FastEngine.create(options);
  if (name === "tfjs") return await TfjsEngine.create(options);
  if (name === "scratch") return ScratchEngine.create(options);
  throw new Error(`Unknown engine "${name}": use fast, tfjs or scratch`);
}
