/**
 * The names of TensorFlow.js's backends that the course can load, and which one is asked for.
 * Loads no TensorFlow.js, so that the command's flags can be checked without it.
 *
 * @module
 */

/** The backends the course knows how to load. */
export const BACKENDS = ["wasm", "cpu", "webgpu", "node", "node-gpu"] as const;
/** One of {@linkcode BACKENDS}. */
export type BackendName = typeof BACKENDS[number];
/** The environment variable that chooses a backend when no option does. */
export const BACKEND_ENV = "MNIST_BACKEND";
/** The backend used when neither an option nor {@linkcode BACKEND_ENV} chooses one. */
export const DEFAULT_BACKEND: BackendName = "wasm";

/**
 * True when `name` is one of {@linkcode BACKENDS}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isBackendName } from "./backend_names.ts";
 * assert.ok(isBackendName("webgpu") && !isBackendName("gpu"));
 * ```
 */
export function isBackendName(name: string): name is BackendName {
  return (BACKENDS as readonly string[]).includes(name);
}

/** The backend an option asks for, else the one {@linkcode BACKEND_ENV} names, else wasm. */
export function requestedBackend(option?: string): string {
  return option ?? Deno.env.get(BACKEND_ENV) ?? DEFAULT_BACKEND;
}
