/**
 * Files the course writes: where they go, and writing them so that a crash or a full disk never
 * leaves half a file behind.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

/** The environment variable that moves the data folder elsewhere (the tests use it). */
export const DATA_DIR_ENV = "MNIST_DATA_DIR";

/**
 * The folder where trained weights and generated figures are cached: the course's `data/`, or
 * the folder named by {@linkcode DATA_DIR_ENV}.
 */
export const DATA_DIR: string = Deno.env.get(DATA_DIR_ENV) ||
  fileURLToPath(new URL("../../data", import.meta.url));

/** A path inside {@linkcode DATA_DIR}. */
export function dataPath(name: string): string {
  return join(DATA_DIR, name);
}

/**
 * Writes `contents` to `path` atomically: into a temporary file beside it first, then renamed
 * over the target, so readers see the old file or the new one, never a mix. Creates missing
 * folders.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from "./files.ts";
 * const path = await Deno.makeTempFile();
 * await writeFileAtomic(path, "hello");
 * console.assert(await Deno.readTextFile(path) === "hello");
 * ```
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${Deno.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    await Deno.mkdir(dirname(path), { recursive: true });
    if (typeof contents === "string") await Deno.writeTextFile(temporary, contents);
    else await Deno.writeFile(temporary, contents);
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw new Error(`Cannot write ${path}: ${(error as Error).message}`);
  }
}
