/** Helpers for the notebook tests: reading outputs and writing small fixture notebooks. */
import type { Expectation } from "./notebook_expectations.ts";

export type { Notebook, Output } from "../cli/_notebook.ts";
import type { Notebook, Output } from "../cli/_notebook.ts";

const join = (text: unknown) => Array.isArray(text) ? text.join("") : String(text ?? "");

/** The texts an output offers: stream text, plain text, Markdown, HTML and SVG. */
export function outputTexts(output: Output): string[] {
  const texts = output.text === undefined ? [] : [join(output.text)];
  for (const mime of ["text/plain", "text/markdown", "text/html", "image/svg+xml"]) {
    if (output.data?.[mime] !== undefined) texts.push(join(output.data[mime]));
  }
  return texts;
}

/**
 * Whether the cell `cellId` of an executed notebook has an output meeting the expectation; throws
 * when the notebook has no such cell (the expectation names a cell that was renamed or removed).
 */
export function meets(notebook: Notebook, cellId: string, expectation: Expectation): boolean {
  const cell = notebook.cells.find((c) => c.id === cellId);
  if (!cell) throw new Error(`There is no cell with the id "${cellId}"`);
  return (cell.outputs ?? []).some((output) =>
    (!expectation.mime || output.data?.[expectation.mime] !== undefined) &&
    (!expectation.text || outputTexts(output).some((t) => {
      const match = t.match(expectation.text!);
      return match !== null && (expectation.accept?.(match) ?? true);
    }))
  );
}

/** Writes a notebook of the given code cells (for the Deno kernel) into `dir`. */
export async function writeFixture(dir: string, name: string, cells: string[]): Promise<string> {
  const path = `${dir}/${name}`;
  const notebook = {
    cells: cells.map((source, i) => ({
      cell_type: "code",
      id: `cell-${i + 1}`,
      execution_count: null,
      metadata: {},
      outputs: [],
      source,
    })),
    metadata: {
      kernelspec: { display_name: "Deno", language: "typescript", name: "deno" },
      language_info: { file_extension: ".ts", name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  await Deno.writeTextFile(path, JSON.stringify(notebook));
  return path;
}
