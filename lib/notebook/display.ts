/**
 * Showing things in a notebook. The Deno kernel displays any object with a
 * `Symbol.for("Jupyter.display")` method by the MIME bundle that method returns; the course's
 * pictures, charts and messages are such objects, so the same code also runs (and is tested)
 * outside a notebook.
 *
 * @module
 */

/** The method name the Deno kernel looks for to display an object. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** Something the kernel shows by the MIME bundle its display method returns. */
export interface Displayable {
  /** The MIME bundle: MIME type → content. */
  [JUPYTER_DISPLAY](): Record<string, string>;
}

/**
 * Markdown that a notebook shows formatted.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { JUPYTER_DISPLAY, markdown } from "./display.ts";
 * assert.deepEqual(markdown("**hi**")[JUPYTER_DISPLAY](), { "text/markdown": "**hi**", "text/plain": "**hi**" });
 * ```
 */
export function markdown(text: string): Displayable {
  return { [JUPYTER_DISPLAY]: () => ({ "text/markdown": text, "text/plain": text }) };
}

/**
 * Text made safe to put in HTML or SVG, between tags or in a quoted attribute.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { escapeHtml } from "./display.ts";
 * assert.equal(escapeHtml('a < b & "c"'), "a &lt; b &amp; &quot;c&quot;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot" })[c]};`,
  );
}
