/**
 * Files the course writes: where they go, and writing them so that a crash or a full disk never
 * leaves half a file behind.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { basename, dirname, join } from "node:path";

/** The environment variable that moves the data folder elsewhere (the tests use it). */
export const DATA_DIR_ENV = "MNIST_DATA_DIR";

/**
 * The folder where trained weights and generated figures are cached: the course's `data/`, or
 * the folder named by {@linkcode DATA_DIR_ENV}.
 */
export const DATA_DIR: string = Deno.env.get(DATA_DIR_ENV) ||
  fileURLToPath(new URL("../../data", import.meta.url));

/**
 * A path inside {@linkcode DATA_DIR}.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { DATA_DIR, dataPath } from "./files.ts";
 * assert.equal(dataPath("mnist.weights.json"), `${DATA_DIR}/mnist.weights.json`);
 * ```
 */
export function dataPath(name: string): string {
  return join(DATA_DIR, name);
}

/** Temporary files older than this (milliseconds) are leftovers of a save that was killed. */
const STALE_TEMPORARY_MS = 60_000;

/**
 * Writes `contents` to `path` atomically: into a temporary file beside it first, then renamed
 * over the target, so readers see the old file or the new one, never a mix. Creates missing
 * folders, and removes the temporary files that earlier saves of the same path left behind when
 * they were killed.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { writeFileAtomic } from "./files.ts";
 * const path = await Deno.makeTempFile();
 * await writeFileAtomic(path, "hello");
 * assert.equal(await Deno.readTextFile(path), "hello");
 * ```
 */
export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${Deno.pid}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    await Deno.mkdir(dirname(path), { recursive: true });
    await removeStaleTemporaries(path);
    if (typeof contents === "string") await Deno.writeTextFile(temporary, contents);
    else await Deno.writeFile(temporary, contents);
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw new Error(`Cannot write ${path}: ${(error as Error).message}`);
  }
}

/** Removes `<path>.<pid>.<id>.tmp` files older than a minute: no save takes that long. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const now = Date.now();
  for await (const entry of Deno.readDir(dirname(path))) {
    if (!entry.isFile || !entry.name.startsWith(prefix) || !entry.name.endsWith(".tmp")) continue;
    const leftover = join(dirname(path), entry.name);
    const { mtime } = await Deno.stat(leftover);
    if (mtime && now - mtime.getTime() > STALE_TEMPORARY_MS) {
      await Deno.remove(leftover).catch(() => {});
    }
  }
}

/**
 * Makes sure files can be written in `dir` (creating it if needed), so that a long training run
 * is not thrown away at the end for want of a place to save it. Throws a clear error otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkWritableFolder } from "./files.ts";
 * await checkWritableFolder(await Deno.makeTempDir());
 * await assert.rejects(checkWritableFolder("/proc/no-such-folder"), /Cannot write files in/);
 * ```
 */
export async function checkWritableFolder(dir: string): Promise<void> {
  if (dir.trim() === "") throw new Error("The output folder is empty: name a folder");
  const probe = join(dir, `.write-test-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`);
  try {
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(probe, "");
    await Deno.remove(probe);
  } catch (error) {
    throw new Error(
      `Cannot write files in ${dir} (${(error as Error).message}). Choose a folder you can ` +
        "write to: --out DIR for `deno task train`, or the MNIST_DATA_DIR environment variable.",
    );
  }
}
