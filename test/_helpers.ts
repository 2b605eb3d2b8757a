import { type ProcessResult, runProcess } from "../cli/_command.ts";

/** Small helpers shared by the tests: crafted IDX files and temporary folders. */

/** The bytes of an IDX file of unsigned bytes with the given dimensions and data. */
export function idxBytes(dims: number[], data: ArrayLike<number>): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(bytes.buffer);
  bytes.set([0, 0, 0x08, dims.length]);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  bytes.set(data, 4 + 4 * dims.length);
  return bytes;
}

/** Gzip-compresses bytes. */
export async function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()
    .pipeThrough(new CompressionStream("gzip"));
  return await new Response(stream).bytes();
}

/**
 * Writes a tiny dataset folder: `train` and `t10k` splits of 2 × 3 images with the given labels.
 * `overrides` replaces a file's bytes by name.
 */
export async function writeTinyDataset(
  overrides: Record<string, Uint8Array | null> = {},
): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "idx-" });
  const files: Record<string, Uint8Array | null> = {
    "train-images-idx3-ubyte": idxBytes([4, 2, 3], Array.from({ length: 24 }, (_, i) => i * 10)),
    "train-labels-idx1-ubyte": idxBytes([4], [3, 1, 4, 1]),
    "t10k-images-idx3-ubyte": idxBytes([2, 2, 3], new Array(12).fill(255)),
    "t10k-labels-idx1-ubyte": idxBytes([2], [5, 9]),
    ...overrides,
  };
  for (const [name, bytes] of Object.entries(files)) {
    if (bytes) await Deno.writeFile(`${dir}/${name}`, bytes);
  }
  return dir;
}

/** Runs `deno <args>` from the course folder without colours (plus `env`); returns its exit code
 * and output. */
export async function runDeno(
  args: string[],
  env: Record<string, string> = {},
): Promise<ProcessResult> {
  return (await runProcess(Deno.execPath(), args, { NO_COLOR: "1", ...env }))!;
}
