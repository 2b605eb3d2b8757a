/**
 * Snapshot checks for rendered charts: the output is compared with a file in `test/snapshots/`.
 * Run the tests with `UPDATE_SNAPSHOTS=1` to write new snapshots after a deliberate change, and
 * look at them before committing.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("./snapshots/", import.meta.url));

/** Asserts that `actual` equals the stored snapshot `name` (writing it when asked to). */
export async function assertSnapshot(name: string, actual: string): Promise<void> {
  const path = `${DIR}${name}`;
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.writeTextFile(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(path);
  } catch {
    throw new Error(`No snapshot ${name}: run the tests with UPDATE_SNAPSHOTS=1 to create it`);
  }
  assert.ok(
    actual === expected,
    `${name} differs from its snapshot; if the change is intended, run with UPDATE_SNAPSHOTS=1`,
  );
}
