/**
 * The language the library speaks: English by default, or Chinese. A Chinese notebook starts
 * with `setLanguage("zh");`, and from then on exercise feedback, progress lines, chart labels
 * and figure titles drawn by the library come from the Chinese catalogue (`messages/zh/`).
 *
 * @module
 */
import { findCjkFont } from "../pictures/fonts.ts";
import { zh } from "./messages/zh/mod.ts";

/**
 * A language of the course: `"en"` (English) or `"zh"` (Chinese).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { type Language, LANGUAGES } from "./language.ts";
 * const chinese: Language = "zh";
 * assert.ok(LANGUAGES.includes(chinese));
 * ```
 */
export type Language = "en" | "zh";

/**
 * The languages, in the order the course was written.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { LANGUAGES } from "./language.ts";
 * assert.deepEqual(LANGUAGES, ["en", "zh"]);
 * ```
 */
export const LANGUAGES: readonly Language[] = ["en", "zh"];

let current: Language = "en";

/**
 * The language the library speaks now; `"en"` until {@linkcode setLanguage} says otherwise.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { language, setLanguage } from "./language.ts";
 * assert.equal(language(), "en");
 * setLanguage("zh", { fontFamilies: ["WenQuanYi Micro Hei"] });
 * assert.equal(language(), "zh");
 * setLanguage("en");
 * ```
 */
export function language(): Language {
  return current;
}

/**
 * What to tell a learner who reads in `which` language and lacks a font for it, or `undefined`
 * when nothing is missing. Only Chinese needs more than DejaVu Sans: without a CJK font among
 * `fontFamilies` (by default the families Skia found here), the PNG pictures show boxes instead
 * of Chinese characters, and the notice says what to install.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingFontNotice } from "./language.ts";
 * assert.equal(missingFontNotice("zh", ["WenQuanYi Micro Hei", "DejaVu Sans"]), undefined);
 * assert.match(missingFontNotice("zh", ["DejaVu Sans"])!, /fonts-wqy-microhei/);
 * assert.equal(missingFontNotice("en", []), undefined);
 * ```
 */
export function missingFontNotice(
  which: Language,
  fontFamilies?: readonly string[],
): string | undefined {
  if (which === "en" || findCjkFont(fontFamilies)) return undefined;
  return zh.notebook.missingFont;
}

/**
 * Chooses the language of everything the library shows a learner: `"en"` (the default) or
 * `"zh"`. Choosing Chinese where no CJK font is installed prints (to stderr, shown under the
 * cell) what to install, since the PNG pictures would show boxes instead of Chinese characters.
 * `fontFamilies` replaces the installed families, for tests.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { language, setLanguage } from "./language.ts";
 * import { checkNumber } from "./exercises/answers.ts";
 * setLanguage("zh", { fontFamilies: ["Noto Sans CJK SC"] });
 * assert.equal(checkNumber(2, 2).message, "对了：2。");
 * setLanguage("en");
 * assert.equal(checkNumber(2, 2).message, "Right: 2.");
 * assert.throws(() => setLanguage("fr" as never), /choose "en" .* or "zh"/);
 * assert.equal(language(), "en");
 * ```
 */
export function setLanguage(
  which: Language,
  options: { fontFamilies?: readonly string[] } = {},
): void {
  if (!LANGUAGES.includes(which)) {
    throw new RangeError(
      `Unknown language ${JSON.stringify(which)}: choose "en" (English) or "zh" (Chinese)`,
    );
  }
  current = which;
  const notice = missingFontNotice(which, options.fontFamilies);
  if (notice) console.warn(notice);
}
