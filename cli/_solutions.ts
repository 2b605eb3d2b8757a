/**
 * The exercises' solutions, run by `deno task notebooks --solutions` and by the notebook tests. A
 * solution is a ```ts block inside a Markdown `<details><summary>Solution</summary>` block
 * (`<summary>答案</summary>` in the Chinese edition). {@linkcode withSolutions} appends each one to the
 * notebook as a cell of its own, run in a function so that its names do not clash with the
 * notebook's; a solution to a checked exercise ends with the check (a line starting with
 * `check`), whose verdict is recorded. The last appended cell shows every verdict as JSON.
 *
 * @module
 */
import type { Notebook } from "./_notebook.ts";

/** The id prefix of the cells that hold solutions; the book leaves them out. */
export const SOLUTION_CELL = "appended-solution-";

/** One solution's code, and whether it ends with a check. */
export interface Solution {
  /** The solution's number in the notebook, from 1. */
  number: number;
  code: string;
  checked: boolean;
}

/** The verdict of one solution run in the kernel. */
export interface SolutionResult {
  number: number;
  ok: boolean;
  message: string;
}

const source = (cell: { source: string | string[] }) =>
  Array.isArray(cell.source) ? cell.source.join("") : cell.source;

/** The solutions with code in a notebook's Markdown, in order. */
export function solutionsOf(notebook: Notebook): Solution[] {
  const solutions: Solution[] = [];
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const blocks = source(cell).matchAll(
      /<details>\s*<summary>(?:Solution|答案)<\/summary>([\s\S]*?)<\/details>/g,
    );
    for (const [, inside] of blocks) {
      for (const [, code] of inside.matchAll(/```ts\n([\s\S]*?)```/g)) {
        solutions.push({
          number: solutions.length + 1,
          code: code.trimEnd(),
          checked: /^check\w*\(/m.test(code),
        });
      }
    }
  }
  return solutions;
}

/** The notebook with every solution appended as a cell, and a last cell reporting the verdicts. */
export function withSolutions(notebook: Notebook): Notebook {
  const solutions = solutionsOf(notebook);
  const cell = (id: string, code: string) => ({
    cell_type: "code",
    execution_count: null,
    id,
    metadata: {},
    outputs: [],
    source: code,
  });
  const cells = solutions.map(({ number, code, checked }) => {
    const body = checked ? code.replace(/^(check\w*\()/m, "return $1") : code;
    const verdict = checked
      ? `(verdict) => ({ number: ${number}, ok: verdict.ok, message: String(verdict) })`
      : `() => ({ number: ${number}, ok: true, message: "" })`;
    return cell(
      `${SOLUTION_CELL}${number}`,
      `${number === 1 ? "const __solutions: unknown[] = [];\n" : ""}` +
        `__solutions.push(\n  await (async () => {\n${indent(body)}\n  })().then(\n` +
        `    ${verdict},\n` +
        `    (error) => ({ number: ${number}, ok: false, message: \`threw \${error}\` }),\n  ),\n);`,
    );
  });
  if (solutions.length) {
    // Shown as plain text exactly, not as the kernel would quote a string.
    cells.push(cell(
      `${SOLUTION_CELL}verdicts`,
      '({ [Symbol.for("Jupyter.display")]: () => ({ "text/plain": JSON.stringify(__solutions) }) });',
    ));
  }
  return { ...notebook, cells: [...notebook.cells, ...cells] };
}

function indent(code: string): string {
  return code.split("\n").map((line) => (line ? `    ${line}` : line)).join("\n");
}

/** The verdicts an executed notebook with solutions reported (none when it had no solutions). */
export function solutionResults(executed: Notebook): SolutionResult[] {
  const last = executed.cells.find((c) => c.id === `${SOLUTION_CELL}verdicts`);
  if (!last) return [];
  const text = (last.outputs ?? []).map((o) => o.data?.["text/plain"]).find((t) => t !== undefined);
  if (text === undefined) throw new Error("The solutions ran, but reported no verdicts");
  return JSON.parse(Array.isArray(text) ? text.join("") : String(text));
}

/** The executed notebook without the appended solution cells, as a reader sees it. */
export function withoutSolutions(executed: Notebook): Notebook {
  return {
    ...executed,
    cells: executed.cells.filter((c) => !(c.id ?? "").startsWith(SOLUTION_CELL)),
  };
}
