/** Helpers for the notebook tests: reading outputs and writing small fixture notebooks. */
import type { Expectation } from "./notebook_expectations.ts";

/** The parts of a notebook the tests read. */
export interface Notebook {
  metadata: Record<string, unknown>;
  cells: {
    cell_type: string;
    source: string | string[];
    execution_count?: number | null;
    outputs?: Output[];
  }[];
}

/** One output of a cell. */
export interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
}

const join = (text: unknown) => Array.isArray(text) ? text.join("") : String(text ?? "");

/** The texts an output offers: stream text, plain text, Markdown, HTML and SVG. */
export function outputTexts(output: Output): string[] {
  const texts = output.text === undefined ? [] : [join(output.text)];
  for (const mime of ["text/plain", "text/markdown", "text/html", "image/svg+xml"]) {
    if (output.data?.[mime] !== undefined) texts.push(join(output.data[mime]));
  }
  return texts;
}

/** Whether an executed notebook has an output meeting the expectation. */
export function meets(notebook: Notebook, expectation: Expectation): boolean {
  return notebook.cells.some((cell, index) =>
    (expectation.cell === undefined || expectation.cell === index + 1) &&
    (cell.outputs ?? []).some((output) =>
      (!expectation.mime || output.data?.[expectation.mime] !== undefined) &&
      (!expectation.text || outputTexts(output).some((t) => {
        const match = t.match(expectation.text!);
        return match !== null && (expectation.accept?.(match) ?? true);
      }))
    )
  );
}

/** Writes a notebook of the given code cells (for the Deno kernel) into `dir`. */
export async function writeFixture(dir: string, name: string, cells: string[]): Promise<string> {
  const path = `${dir}/${name}`;
  const notebook = {
    cells: cells.map((source) => ({
      cell_type: "code",
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
