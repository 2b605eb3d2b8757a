/**
 * TensorFlow.js on WebGPU in Deno (private to `backend.ts`): find an adapter through
 * `navigator.gpu`, fail clearly when there is none, start the `webgpu` backend, and say which
 * adapter it runs on.
 *
 * @module
 */
import * as tf from "@tensorflow/tfjs-core";

/** The adapter the webgpu backend runs on, as Deno reports it. */
export interface GpuAdapter {
  /** The driver's name for the device, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)". */
  description: string;
  /** A name ("nvidia") or a PCI vendor id in decimal ("65541" = 0x10005, Mesa). */
  vendor: string;
  /** True for a software implementation that runs on the CPU (Mesa's lavapipe or llvmpipe). */
  isFallbackAdapter: boolean;
}

/**
 * The Debian (and Ubuntu) package of a software adapter: Mesa's Vulkan driver, lavapipe. (Mesa's
 * GL driver gives one too, but through it Deno compiles each shader for seconds to minutes.)
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SOFTWARE_ADAPTER_PACKAGE } from "./_webgpu.ts";
 * assert.equal(SOFTWARE_ADAPTER_PACKAGE, "mesa-vulkan-drivers");
 * ```
 */
export const SOFTWARE_ADAPTER_PACKAGE = "mesa-vulkan-drivers";

/**
 * An adapter for people: `llvmpipe (LLVM 15.0.6, 256 bits), software`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { adapterLine } from "./_webgpu.ts";
 * const adapter = { description: "llvmpipe", vendor: "65541", isFallbackAdapter: true };
 * assert.equal(adapterLine(adapter), "llvmpipe, software");
 * assert.equal(adapterLine({ ...adapter, isFallbackAdapter: false }), "llvmpipe");
 * ```
 */
export function adapterLine(adapter: GpuAdapter): string {
  return `${adapter.description}${adapter.isFallbackAdapter ? ", software" : ""}`;
}

function describe(info: GPUAdapterInfo): GpuAdapter {
  return {
    description: info.description || `vendor ${info.vendor}, device ${info.device}`,
    vendor: info.vendor,
    // Deno 2.9 has it on GPUAdapterInfo (as the current spec does), not on GPUAdapter.
    isFallbackAdapter: (info as { isFallbackAdapter?: boolean }).isFallbackAdapter === true,
  };
}

/**
 * The message of the error thrown when Deno finds no WebGPU adapter: what to install.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { NO_ADAPTER_MESSAGE } from "./_webgpu.ts";
 * assert.match(NO_ADAPTER_MESSAGE, /apt-get install mesa-vulkan-drivers/);
 * assert.match(NO_ADAPTER_MESSAGE, /--backend wasm/);
 * ```
 */
export const NO_ADAPTER_MESSAGE =
  "No WebGPU adapter: Deno found no GPU driver (Vulkan or OpenGL) to run the webgpu backend on. " +
  "Install one; for a software adapter that runs on the CPU, Mesa's Vulkan driver: " +
  `sudo apt-get install ${SOFTWARE_ADAPTER_PACKAGE} (Debian, Ubuntu). Or use --backend wasm ` +
  "(the default), which needs no GPU.";

/**
 * Makes TensorFlow.js's `webgpu` backend the active one and returns the adapter it runs on.
 * Throws {@linkcode NO_ADAPTER_MESSAGE} when Deno finds no WebGPU adapter.
 *
 * @example
 * ```ts ignore
 * import { adapterLine, startWebGpu } from "./_webgpu.ts";
 * console.log(adapterLine(await startWebGpu())); // llvmpipe (LLVM 15.0.6, 256 bits), software
 * ```
 */
export async function startWebGpu(): Promise<GpuAdapter> {
  if (!("gpu" in navigator) || !navigator.gpu) {
    throw new Error("This runtime has no WebGPU (navigator.gpu): run the course with Deno 2.");
  }
  // Headless (no login session: CI, a container, ssh as root), Mesa's Vulkan driver prints
  // "error: XDG_RUNTIME_DIR is invalid or not set in the environment." twice per adapter request:
  // the Wayland library it loads looks there for a display server, which computing never needs.
  // Any absolute path silences it. Set in this process only, and only when the session has none.
  if (!Deno.env.get("XDG_RUNTIME_DIR")) Deno.env.set("XDG_RUNTIME_DIR", "/nonexistent");
  // The same request as TensorFlow.js's; without a driver Deno returns null (no exception).
  const adapter = await navigator.gpu.requestAdapter({ powerPreference: "high-performance" });
  if (!adapter) throw new Error(NO_ADAPTER_MESSAGE);
  // Imported only now: on import the package registers "webgpu" with priority 3 (wasm has 2),
  // so TensorFlow.js would otherwise pick it by itself; and without an adapter its factory throws.
  await import("@tensorflow/tfjs-backend-webgpu");
  if (!(await tf.setBackend("webgpu"))) {
    throw new Error(
      `The webgpu backend failed to start on ${adapterLine(describe(adapter.info))} ` +
        "(TensorFlow.js could not initialise it). Use --backend wasm to run without a GPU.",
    );
  }
  // TensorFlow.js requests an adapter of its own and keeps only its vendor and architecture;
  // the device it opened knows the whole adapter info.
  const device = (tf.backend() as unknown as { device: { adapterInfo?: GPUAdapterInfo } }).device;
  return describe(device.adapterInfo ?? adapter.info);
}
