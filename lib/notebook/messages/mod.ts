/**
 * The message catalogue: every text the library shows a learner (exercise feedback, progress
 * lines, chart labels, figure titles, the drawing pad), in English (`en/`) and Chinese (`zh/`),
 * one module per topic. The library looks a text up in the language chosen with
 * {@linkcode setLanguage}:
 *
 * ```ts ignore
 * const say = messages().pictures;
 * say.predictedIs("3", "5"); // "predicted 3, is 5", or "预测 3，实为 5"
 * ```
 *
 * A message is a string, or a function of the values it shows. The English catalogue defines
 * the type, {@linkcode Messages}; the Chinese one is declared with that type, so the compiler
 * rejects a missing or extra key and a parameter of the wrong type.
 *
 * @module
 */
import { type Language, language } from "../language.ts";
import { en } from "./en/mod.ts";
import { zh } from "./zh/mod.ts";

/**
 * The catalogue's shape: the English catalogue's type. Every language's catalogue has it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CATALOGUES, type Messages } from "./mod.ts";
 * const chinese: Messages = CATALOGUES.zh;
 * assert.equal(chinese.notebook.clear, "清除");
 * ```
 */
export type Messages = typeof en;

/**
 * Every catalogue, by language.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CATALOGUES } from "./mod.ts";
 * assert.deepEqual(Object.keys(CATALOGUES.zh), Object.keys(CATALOGUES.en));
 * ```
 */
export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, zh };

/**
 * The messages in the current language (or in the one given).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { messages } from "./mod.ts";
 * assert.equal(messages().pictures.label("5"), "label 5"); // English unless told otherwise
 * assert.equal(messages("zh").pictures.label("5"), "标签 5");
 * ```
 */
export function messages(which: Language = language()): Messages {
  return CATALOGUES[which];
}
