/**
 * Choosing where TensorFlow.js runs its maths: the WebAssembly backend (the default, fast and
 * installed with the course), plain JavaScript (`cpu`), a GPU through WebGPU (`webgpu`, where
 * Deno finds an adapter: a graphics card's driver, or Mesa's software adapter), or native
 * TensorFlow (`node`, `node-gpu`) where the user could install `@tensorflow/tfjs-node` or
 * `@tensorflow/tfjs-node-gpu`.
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
import { adapterLine, type GpuAdapter, startWebGpu } from "./_webgpu.ts";
import {
  BACKEND_ENV,
  type BackendName,
  BACKENDS,
  isBackendName,
  requestedBackend,
} from "./backend_names.ts";

export * from "./backend_names.ts";
export { tf };
export type { GpuAdapter };

const NATIVE_PACKAGES = {
  node: "@tensorflow/tfjs-node",
  "node-gpu": "@tensorflow/tfjs-node-gpu",
} as const;
const NATIVE_VERSION = "4.22.0";

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

/** The adapter the webgpu backend started on, once {@linkcode useBackend} started it. */
let webgpuAdapter: GpuAdapter | null = null;

/**
 * Makes `name` (or, when absent, the {@linkcode BACKEND_ENV} variable, else `wasm`) the active
 * TensorFlow.js backend and returns its name. Unknown or unloadable backends fail with a message
 * saying what to do; `webgpu` without a WebGPU adapter says what to install. TensorFlow.js's own
 * console notices are switched off.
 *
 * On `webgpu` the numbers live on the GPU: read tensors with `await tensor.data()`, never
 * `dataSync()` (which throws there), and use a tensor made on another backend only after reading
 * it that way.
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
  if (requested === "webgpu") {
    // Once started, it is only made active again: same adapter, same device, its tensors kept.
    if (!(webgpuAdapter && await tf.setBackend("webgpu"))) webgpuAdapter = await startWebGpu();
    return requested;
  }
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
 * The active backend, for people: its name, and on `webgpu` the adapter it runs on, such as
 * `webgpu on llvmpipe (LLVM 15.0.6, 256 bits), software` (`software`: a fallback adapter, which
 * runs on the CPU).
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
  const adapter = gpuAdapter();
  return adapter ? `webgpu on ${adapterLine(adapter)}` : tf.getBackend();
}

/**
 * The adapter the active backend runs on when it is `webgpu` (its description, vendor, and
 * whether it is a software fallback adapter); null on every other backend.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { gpuAdapter, useBackend } from "./backend.ts";
 * await useBackend("cpu");
 * assert.equal(gpuAdapter(), null);
 * ```
 */
export function gpuAdapter(): GpuAdapter | null {
  return tf.getBackend() === "webgpu" ? webgpuAdapter : null;
}
