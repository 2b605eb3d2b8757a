/**
 * The parts of a notebook file (`.ipynb`, JSON) that the commands read.
 *
 * @module
 */

/** One cell of a notebook file. */
export interface NotebookCell {
  cell_type: string;
  /** The cell's id (nbformat 4.5): stays when cells are added or moved. */
  id?: string;
  source: string | string[];
  execution_count?: number | null;
  outputs?: Output[];
  metadata?: Record<string, unknown>;
}

/** One output of a code cell. */
export interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

/** A notebook file. */
export interface Notebook {
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** Reads a notebook file. */
export async function readNotebook(path: string): Promise<Notebook> {
  return JSON.parse(await Deno.readTextFile(path));
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
