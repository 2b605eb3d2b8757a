/**
 * The course's two editions, English (`notebooks/`) and Chinese (`notebooks/zh/`), and what keeps
 * them in step: a Chinese notebook's code is its English twin's, but for the line that selects
 * the language, the path to the library (one folder deeper), and the words inside strings and
 * comments (the text the learner reads).
 *
 * @module
 */
import { join } from "node:path";
import { listNotebooks, NOTEBOOKS_DIR } from "./_jupyter.ts";

/** The editions of the course. */
export const EDITIONS = ["en", "zh"] as const;

/** An edition: `en` or `zh`. */
export type Edition = typeof EDITIONS[number];

/**
 * The folder an edition adds under each of the course's folders (`notebooks/`, `build/notebooks/`,
 * `build/book/`): none for English, `zh/` for Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editionFolder } from "./_editions.ts";
 * assert.deepEqual([editionFolder("en"), editionFolder("zh")], ["", "zh/"]);
 * ```
 */
export function editionFolder(edition: Edition): string {
  return edition === "en" ? "" : `${edition}/`;
}

/** Where an edition's notebooks are. */
export function editionDir(edition: Edition): string {
  return join(NOTEBOOKS_DIR, editionFolder(edition));
}

/** The notebooks of every edition: the English ones, then the Chinese ones. */
export function allNotebooks(): string[] {
  return EDITIONS.flatMap((edition) => listNotebooks(editionDir(edition)));
}

/** The line a Chinese notebook adds to its first code cell to choose the language. */
export const CHINESE_LINE = 'import "../../lib/zh.ts";';

/**
 * A code cell reduced to what must be the same in both editions: comments gone, every string's
 * text replaced by `"…"`, each template literal reduced to the skeletons of its `${…}` expressions
 * (sorted, since a translation may put them in another order), the Chinese line dropped, and the
 * library's path written as in `notebooks/`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { codeSkeleton } from "./_editions.ts";
 * const en = 'import { tf } from "../lib/mod.ts";\nDeno.jupyter.md`**${a}** of ${b} images`; // count';
 * const zh = 'import { tf } from "../../lib/mod.ts";\nimport "../../lib/zh.ts";\n' +
 *   "Deno.jupyter.md`${b} 张图片中的 **${a}** 张`; // 数量";
 * assert.equal(codeSkeleton(zh), codeSkeleton(en));
 * assert.notEqual(codeSkeleton("f(n + 1);"), codeSkeleton("f(n + 2);"));
 * assert.notEqual(codeSkeleton("md`${a}`"), codeSkeleton("md`${a + 1}`"));
 * ```
 */
export function codeSkeleton(code: string): string {
  const lines = code.split("\n").filter((line) => line.trim() !== CHINESE_LINE);
  const text = lines.join("\n").replaceAll('"../../lib/', '"../lib/');
  return readCode(text, 0, false).skeleton
    .replace(/[ \t]+$/gm, "").replace(/\n{2,}/g, "\n").trim();
}

/**
 * Reads code from `start` to the end of the text or, when `inExpression`, to the `}` that closes a
 * template's `${`; returns its skeleton and where it stopped (just after that `}`).
 */
function readCode(text: string, start: number, inExpression: boolean) {
  let skeleton = "", i = start, depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
      i++;
      skeleton += '"…"';
    } else if (c === "`") {
      const template = readTemplate(text, i + 1);
      skeleton += "`" + template.parts.sort().map((part) => "${" + part + "}").join("") + "`";
      i = template.end;
    } else if (inExpression && c === "}" && depth === 0) {
      return { skeleton, end: i + 1 };
    } else {
      if (c === "{") depth++;
      if (c === "}") depth--;
      skeleton += c;
      i++;
    }
  }
  return { skeleton, end: i };
}

/** Reads a template literal's text from `start` (after its opening backtick). */
function readTemplate(text: string, start: number): { parts: string[]; end: number } {
  const parts: string[] = [];
  let i = start;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === "`") return { parts, end: i + 1 };
    else if (text[i] === "$" && text[i + 1] === "{") {
      const expression = readCode(text, i + 2, true);
      parts.push(expression.skeleton.trim());
      i = expression.end;
    } else i++;
  }
  return { parts, end: i };
}

/** A notebook's cells as the editions must share them: type and id in order, code as skeletons. */
export interface EditionCell {
  cell_type: string;
  id?: string;
  source: string | string[];
}

/**
 * Where a Chinese notebook's cells leave its English twin's: the same cells (types and ids, in
 * order), and code cells with the same {@linkcode codeSkeleton}. Returns a sentence per
 * difference, none when they are in step.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { editionDifferences } from "./_editions.ts";
 * const en = [{ cell_type: "code", id: "a", source: 'const n = 1;\nDeno.jupyter.md`${n} digit`;' }];
 * const zh = [{ cell_type: "code", id: "a", source: 'const n = 1;\nDeno.jupyter.md`${n} 个数字`;' }];
 * assert.deepEqual(editionDifferences(en, zh), []);
 * const drifted = [{ cell_type: "code", id: "a", source: "const n = 2;" }];
 * assert.match(editionDifferences(en, drifted)[0], /cell "a": the code differs/);
 * ```
 */
export function editionDifferences(english: EditionCell[], chinese: EditionCell[]): string[] {
  const source = (cell: EditionCell) =>
    Array.isArray(cell.source) ? cell.source.join("") : cell.source;
  const shape = (cells: EditionCell[]) => cells.map((c) => `${c.cell_type} ${c.id}`).join(", ");
  if (shape(english) !== shape(chinese)) {
    return [
      `the cells differ: English has [${shape(english)}], Chinese has [${shape(chinese)}]`,
    ];
  }
  const differences: string[] = [];
  english.forEach((cell, i) => {
    if (cell.cell_type !== "code") return;
    const [en, zh] = [codeSkeleton(source(cell)), codeSkeleton(source(chinese[i]))];
    if (en === zh) return;
    const lines = [en.split("\n"), zh.split("\n")];
    const at = lines[0].findIndex((line, k) => line !== lines[1][k]);
    differences.push(
      `cell "${cell.id}": the code differs: "${lines[0][at] ?? ""}" in English, ` +
        `"${lines[1][at] ?? ""}" in Chinese`,
    );
  });
  return differences;
}
