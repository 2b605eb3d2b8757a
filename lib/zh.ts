/**
 * The Chinese edition's one line: `import "../../lib/zh.ts";` in a notebook's first cell makes the
 * course's library speak Chinese (exercise feedback, progress lines, the default labels of charts
 * and pictures), and warns when no Chinese font is installed for the pictures.
 *
 * ```ts ignore
 * import "../../lib/zh.ts";
 * ```
 *
 * @module
 */
import { setLanguage } from "./notebook/language.ts";

setLanguage("zh");
