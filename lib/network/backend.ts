/**
 * Choosing where TensorFlow.js runs its maths: the WebAssembly backend (the default, fast and
 * installed with the course), plain JavaScript (`cpu`), or native TensorFlow (`node`, `node-gpu`)
 * where the user could install `@tensorflow/tfjs-node` or `@tensorflow/tfjs-node-gpu`.
 *
 * @module
 */
import * as tf from "@tensorflow/tfjs-core";
// The gradients (tf.grad, optimizer.minimize) and chained ops (x.square()) that the umbrella
// package @tensorflow/tfjs registers: generated from tfjs-core by `deno task vendor-tfjs`.
import "./_tfjs_gradients.js";
import type {} from "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.d.ts";
import "@tensorflow/tfjs-backend-cpu";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { createRequire } from "node:module";
import { dirname } from "node:path";

export { tf };

/** The backends the course knows how to load. */
export const BACKENDS = ["wasm", "cpu", "node", "node-gpu"] as const;
/** One of {@linkcode BACKENDS}. */
export type BackendName = typeof BACKENDS[number];
/** The environment variable that chooses a backend when no option does. */
export const BACKEND_ENV = "MNIST_BACKEND";
/** The backend used when neither an option nor {@linkcode BACKEND_ENV} chooses one. */
export const DEFAULT_BACKEND: BackendName = "wasm";

const NATIVE_PACKAGES = {
  node: "@tensorflow/tfjs-node",
  "node-gpu": "@tensorflow/tfjs-node-gpu",
} as const;
const NATIVE_VERSION = "4.22.0";

/** True when `name` is one of {@linkcode BACKENDS}. */
export function isBackendName(name: string): name is BackendName {
  return (BACKENDS as readonly string[]).includes(name);
}

/** The backend an option asks for, else the one {@linkcode BACKEND_ENV} names, else wasm. */
export function requestedBackend(option?: string): string {
  return option ?? Deno.env.get(BACKEND_ENV) ?? DEFAULT_BACKEND;
}

function wasmDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm"));
}

async function loadNative(name: "node" | "node-gpu"): Promise<void> {
  // A bare name, resolved through deno.json: the package is used only once the user added it,
  // and never fetched behind their back.
  const specifier: string = NATIVE_PACKAGES[name];
  try {
    await import(specifier);
  } catch (error) {
    const pkg = `${NATIVE_PACKAGES[name]}@${NATIVE_VERSION}`;
    throw new Error(
      `The ${name} backend could not be loaded: ${(error as Error).message.split("\n")[0]}\n` +
        `It needs the npm package ${pkg} and the native TensorFlow library that its install ` +
        `script downloads: run \`deno install --allow-scripts=npm:${NATIVE_PACKAGES[name]} ` +
        `npm:${pkg}\` in the ` +
        "course folder where that download is possible" +
        (name === "node-gpu" ? " (the GPU build also needs CUDA 11.2 and cuDNN 8.1)" : "") +
        ". Use --backend wasm (the default) to run without it.",
    );
  }
}

/**
 * Makes `name` (or, when absent, the {@linkcode BACKEND_ENV} variable, else `wasm`) the active
 * TensorFlow.js backend and returns its name. Unknown or unloadable backends fail with a message
 * saying what to do. TensorFlow.js's own console notices are switched off.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { tf, useBackend } from "./backend.ts";
 * await useBackend("cpu");
 * assert.ok(tf.getBackend() === "cpu");
 * ```
 */
export async function useBackend(name?: string): Promise<BackendName> {
  const requested = requestedBackend(name);
  if (!isBackendName(requested)) {
    throw new Error(
      `Unknown backend "${requested}": choose one of ${BACKENDS.join(", ")}` +
        (name === undefined ? ` (it came from the ${BACKEND_ENV} environment variable)` : ""),
    );
  }
  tf.env().set("PROD", true);
  if (requested === "wasm") {
    setWasmPaths(`${wasmDistDir()}/`);
  } else if (requested === "node" || requested === "node-gpu") {
    await loadNative(requested);
  }
  // Both native packages register themselves under TensorFlow.js's name "tensorflow".
  const registered = requested === "node" || requested === "node-gpu" ? "tensorflow" : requested;
  if (!(await tf.setBackend(registered))) {
    throw new Error(
      `The ${requested} backend failed to start (TensorFlow.js could not initialise it)`,
    );
  }
  await tf.ready();
  return requested;
}

/**
 * The active backend, for people: its name (and, once a GPU backend is in use, which device).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { describeBackend, useBackend } from "./backend.ts";
 * await useBackend("cpu");
 * assert.equal(describeBackend(), "cpu");
 * ```
 */
export function describeBackend(): string {
  return tf.getBackend();
}
