/**
 * The parts of a notebook file (`.ipynb`, JSON) that the commands read.
 *
 * @module
 */

/** One cell of a notebook file. */
export interface NotebookCell {
  cell_type: string;
  source: string | string[];
}

/**
 * The source of a cell as one string (notebook files may store it as a list of lines).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { cellSource } from "./_notebook.ts";
 * assert.equal(cellSource({ cell_type: "code", source: ["a;\n", "b;"] }), "a;\nb;");
 * ```
 */
export function cellSource(cell: NotebookCell): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}
