/**
 * What each notebook of the Chinese edition must show: every file `NN_name.ts` beside this one,
 * found when the tests start (so that a new translation needs no line here). Each is its English
 * twin's expectations with the patterns on words in Chinese (see `_chinese.ts`).
 */
import type { CellExpectations } from "../../notebook_expectations.ts";

/** The Chinese edition's expectations, by file name (`notebooks/zh/NN_name.ipynb`). */
export const EXPECTATIONS_ZH: Record<string, CellExpectations> = {};

const here = new URL(".", import.meta.url);
for (const entry of [...Deno.readDirSync(here)].sort((a, b) => a.name.localeCompare(b.name))) {
  if (!/^\d\d_[a-z0-9_]+\.ts$/.test(entry.name)) continue;
  const module = await import(new URL(entry.name, here).href);
  EXPECTATIONS_ZH[entry.name.replace(/\.ts$/, ".ipynb")] = module.expectations;
}
