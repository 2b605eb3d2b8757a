/**
 * The fonts of the course's pictures. Latin text and symbols are drawn in DejaVu Sans (the font
 * CI installs); Chinese text falls through to the first CJK family installed. A PNG drawn with
 * Skia (`@napi-rs/canvas`) shows boxes instead of Chinese characters when there is none, so
 * {@linkcode findCjkFont} looks for one among the families Skia found.
 *
 * @module
 */
import { GlobalFonts } from "@napi-rs/canvas";

/**
 * CJK families to fall back on, best first: WenQuanYi Micro Hei (Debian's `fonts-wqy-microhei`,
 * what CI installs), Noto Sans CJK and Source Han Sans (the same design), then macOS's and
 * Windows's own.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { CJK_FONT_FAMILIES } from "./fonts.ts";
 * assert.equal(CJK_FONT_FAMILIES[0], "WenQuanYi Micro Hei");
 * ```
 */
export const CJK_FONT_FAMILIES: readonly string[] = [
  "WenQuanYi Micro Hei",
  "Noto Sans CJK SC",
  "Source Han Sans SC",
  "PingFang SC",
  "Microsoft YaHei",
];

/**
 * A CSS `font-family` list for the SVG the course writes by hand: DejaVu Sans, then the CJK
 * families, then `sans-serif` (unquoted, so that it sits in an attribute as it is).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SVG_FONT_FAMILY } from "./fonts.ts";
 * assert.ok(SVG_FONT_FAMILY.startsWith("DejaVu Sans, WenQuanYi Micro Hei, "));
 * ```
 */
export const SVG_FONT_FAMILY: string = ["DejaVu Sans", ...CJK_FONT_FAMILIES, "sans-serif"]
  .join(", ");

/**
 * The `font-family` list of Observable Plot's charts: Plot's own `system-ui`, then the CJK
 * families, then `sans-serif`.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PLOT_FONT_FAMILY } from "./fonts.ts";
 * assert.ok(PLOT_FONT_FAMILY.startsWith("system-ui, WenQuanYi Micro Hei, "));
 * ```
 */
export const PLOT_FONT_FAMILY: string = ["system-ui", ...CJK_FONT_FAMILIES, "sans-serif"]
  .join(", ");

/**
 * A canvas font (`context.font`) of `size` pixels: DejaVu Sans, then the CJK families.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { canvasFont } from "./fonts.ts";
 * assert.equal(canvasFont(15).split(", ")[0], '15px "DejaVu Sans"');
 * assert.ok(canvasFont(15).includes('"WenQuanYi Micro Hei"'));
 * ```
 */
export function canvasFont(size: number): string {
  const families = ["DejaVu Sans", ...CJK_FONT_FAMILIES].map((family) => `"${family}"`);
  return `${size}px ${families.join(", ")}, sans-serif`;
}

/** Family names of fonts that cover Chinese characters. */
const CJK_FAMILY =
  /CJK|WenQuanYi|Source Han|PingFang|Hiragino Sans GB|Heiti|YaHei|SimHei|SimSun|KaiTi|FangSong|DengXian|AR PL|Droid Sans Fallback|Noto (Sans|Serif) (SC|TC|HK)\b|文泉|思源|黑体|宋体/i;

/**
 * The font families Skia (`@napi-rs/canvas`) found on this machine, as `GlobalFonts` lists them.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { installedFontFamilies } from "./fonts.ts";
 * assert.ok(installedFontFamilies().every((family) => typeof family === "string"));
 * ```
 */
export function installedFontFamilies(): string[] {
  return GlobalFonts.families.map((font) => font.family);
}

/**
 * The first of `families` (by default, those installed) that covers Chinese characters, or
 * `undefined` when none does; the families of {@linkcode CJK_FONT_FAMILIES} come first.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { findCjkFont } from "./fonts.ts";
 * assert.equal(findCjkFont(["DejaVu Sans", "Noto Sans CJK JP"]), "Noto Sans CJK JP");
 * assert.equal(findCjkFont(["DejaVu Sans", "DejaVu Serif"]), undefined);
 * ```
 */
export function findCjkFont(
  families: readonly string[] = installedFontFamilies(),
): string | undefined {
  return CJK_FONT_FAMILIES.find((family) => families.includes(family)) ??
    families.find((family) => CJK_FAMILY.test(family));
}

/** Code points drawn a full em wide: CJK ideographs, kana, hangul, and full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Whether a character is drawn a full em wide, as Chinese characters and full-width punctuation
 * ("，", "：") are: the width estimates of the charts and diagrams count them as 1 em.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { isWide } from "./fonts.ts";
 * assert.ok(isWide("字") && isWide("，"));
 * assert.ok(!isWide("a") && !isWide("×"));
 * ```
 */
export function isWide(character: string): boolean {
  return WIDE.test(character);
}
