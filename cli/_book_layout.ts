/**
 * The book's layout around nbconvert's pages: the sidebar listing the course, the bar at the top
 * of a phone's screen, the notes and contents list under each title, the previous and next links,
 * the link to the page in the other edition, and the index page.
 *
 * @module
 */
import { plainText } from "./_book_text.ts";
import type { Heading } from "./_book_text.ts";
import type { BookWords } from "./_book_words.ts";

/** One page of the book, as the sidebar, the index and the page itself show it. */
export interface BookPage {
  /** The page's file, such as `08_training_loop.html`. */
  file: string;
  /** The notebook's file, such as `08_training_loop.ipynb`. */
  notebook: string;
  /** The notebook's title (its first `#` heading, Markdown). */
  title: string;
  /** Its summary for the index (Markdown). */
  summary: string;
  /** Its sections, for the contents lists. */
  headings: Heading[];
  /** The note saying when and where its outputs were recorded. */
  recorded: string;
}

/** One edition's book: its words and where its pages find what they link to. */
export interface BookEdition {
  words: BookWords;
  /** The folder of the edition's notebooks, relative to its pages (for the source links). */
  sourceBase: string;
  /** The notebooks' folder as a reader names it, such as `notebooks/` or `notebooks/zh/`. */
  sourceFolder: string;
  /** The folder of the style sheet, script and KaTeX, relative to the pages (`""` or `"../"`). */
  assets: string;
  /** The other edition's pages, when the book has one: their folder relative to these, and files. */
  other?: { base: string; files: Set<string> };
}

/** Text made safe to put in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
}

/** A page's title in the browser's tab: "08 · The training loop — Neural networks from scratch". */
export function pageTitle(title: string, words: BookWords): string {
  return `${plainText(title)} — ${words.courseTitle}`;
}

/** "08 · The training loop" as a number and a name, for the sidebar. */
function numbered(title: string): string {
  const match = /^(\d+)\s*[·.:—–-]\s*(.+)$/.exec(plainText(title));
  return match
    ? `<span class="book-num">${escapeHtml(match[1])}</span> ${escapeHtml(match[2])}`
    : escapeHtml(plainText(title));
}

function contentsList(headings: Heading[], className: string): string {
  if (headings.length === 0) return "";
  const items = headings.map((h) =>
    `<li class="book-h${h.level}"><a href="#${escapeHtml(h.id)}">${h.html}</a></li>`
  ).join("\n");
  return `<ol class="${className}">\n${items}\n</ol>`;
}

/** The link to `file` in the other edition, or nothing when it has no such page. */
export function languageLink(edition: BookEdition, file: string): string {
  if (!edition.other?.files.has(file)) return "";
  const { text, title, lang } = edition.words.otherEdition;
  return `<a class="book-language" href="${edition.other.base}${file}" hreflang="${lang}" ` +
    `lang="${lang}" title="${escapeHtml(title)}">${escapeHtml(text)}</a>`;
}

/** The sidebar: the course's pages, the current one highlighted with its sections under it. */
export function sidebar(pages: BookPage[], current: number | null, edition: BookEdition): string {
  const { words } = edition;
  const items = pages.map((page, i) =>
    i === current
      ? `<li class="book-current"><a href="${page.file}" aria-current="page">${
        numbered(page.title)
      }</a>\n${contentsList(page.headings, "book-sections")}</li>`
      : `<li><a href="${page.file}">${numbered(page.title)}</a></li>`
  ).join("\n");
  const file = current === null ? "index.html" : pages[current].file;
  return `<nav class="book-sidebar" id="book-sidebar" aria-label="${escapeHtml(words.theCourse)}">
<div class="book-sidebar-head"><a class="book-home" href="index.html"${
    current === null ? ' aria-current="page"' : ""
  }>${escapeHtml(words.courseTitle)}</a>${languageLink(edition, file)}</div>
<ol class="book-chapters">
${items}
</ol>
<p class="book-sidebar-foot"><a href="index.html#run-it-yourself">${
    escapeHtml(words.runThemYourself)
  }</a></p>
</nav>`;
}

/** The bar at the top of a narrow screen: the menu button, the course's name, the other edition. */
function topbar(edition: BookEdition, file: string): string {
  return `<header class="book-topbar">
<button type="button" class="book-menu" aria-controls="book-sidebar" aria-expanded="false">` +
    `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M2 3.5h12M2 8h12M2 12.5h12" ` +
    `stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg> ${
      escapeHtml(edition.words.contents)
    }</button>
<a class="book-topbar-title" href="index.html">${escapeHtml(edition.words.courseTitle)}</a>
${languageLink(edition, file)}
</header>`;
}

/**
 * One page of the book from nbconvert's HTML: the browser's title and the page's language, the
 * sidebar, the source and recording notes and the contents list under the page's title, previous
 * and next links at the end.
 */
export function layoutPage(
  html: string,
  pages: BookPage[],
  index: number,
  edition: BookEdition,
): string {
  const { words } = edition;
  const page = pages[index];
  const source = `<a href="${edition.sourceBase}${escapeHtml(page.notebook)}"><code>${
    escapeHtml(edition.sourceFolder + page.notebook)
  }</code></a>`;
  const meta = `<div class="book-meta">
<p class="book-source">${words.source(source)}</p>
<p class="book-recorded">${escapeHtml(page.recorded)}</p>
</div>
${
    page.headings.length
      ? `<nav class="book-toc" aria-label="${escapeHtml(words.onThisPage)}">` +
        `<p class="book-toc-title">${escapeHtml(words.onThisPage)}</p>\n${
          contentsList(page.headings, "book-toc-list")
        }</nav>`
      : ""
  }`;
  const link = (target: BookPage | undefined, rel: string, label: string) =>
    target
      ? `<a class="book-${rel}" rel="${rel}" href="${target.file}"><span class="book-dir">${
        escapeHtml(label)
      }</span>${numbered(target.title)}</a>`
      : "<span></span>";
  const footer = `<nav class="book-pager" aria-label="${escapeHtml(words.previousAndNext)}">${
    link(pages[index - 1], "prev", words.previous)
  }${link(pages[index + 1], "next", words.next)}</nav>`;
  const notebooks = new Set(pages.map((p) => p.notebook));
  let out = html
    .replace(/<html>/, `<html lang="${words.lang}">`)
    // The style sheet, script and KaTeX are shared by the editions, in the book's top folder.
    .replace(/(href|src)="(katex\/|book\.css|book\.js)/g, `$1="${edition.assets}$2`)
    .replace(">Skip to the text<", `>${escapeHtml(words.skip)}<`)
    // The copy buttons (book.js adds them) speak the page's language.
    .replace(
      '<body class="jp-Notebook book-page">',
      `<body class="jp-Notebook book-page" data-copy="${escapeHtml(words.copy.button)}" ` +
        `data-copied="${escapeHtml(words.copy.copied)}" ` +
        `data-copy-label="${escapeHtml(words.copy.label)}">`,
    )
    // A link from one notebook to another leads to that notebook's page.
    .replace(
      /href="(?:\.\/)?([\w.-]+\.ipynb)(#[^"]*)?"/g,
      (link, name: string, anchor = "") =>
        notebooks.has(name) ? `href="${name.replace(/\.ipynb$/, ".html")}${anchor}"` : link,
    )
    .replace(
      /<title>[\s\S]*?<\/title>/,
      `<title>${escapeHtml(pageTitle(page.title, words))}</title>`,
    )
    .replace("<!--book:topbar-->", topbar(edition, page.file))
    .replace("<!--book:sidebar-->", sidebar(pages, index, edition))
    .replace("<!--book:footer-->", footer);
  const h1 = out.indexOf("</h1>", out.indexOf('id="book-content"'));
  if (h1 >= 0) out = out.slice(0, h1 + 5) + meta + out.slice(h1 + 5);
  return out.replace("<!--book:meta-->", h1 >= 0 ? "" : meta);
}

/** The index page: the course's pages in order with their summaries, and how to run them. */
export function indexPage(pages: BookPage[], recorded: string, edition: BookEdition): string {
  const { words, assets } = edition;
  const items = pages.map((p) =>
    `<li><a href="${p.file}">${numbered(p.title)}</a>\n<p>${
      escapeHtml(plainText(p.summary))
    }</p></li>`
  ).join("\n");
  return `<!DOCTYPE html>
<html lang="${words.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(words.courseTitle)}: ${escapeHtml(words.indexTitle)}</title>
<link rel="stylesheet" href="${assets}book.css">
</head>
<body class="book-index">
<a class="book-skip" href="#book-content">${escapeHtml(words.skip)}</a>
${topbar(edition, "index.html")}
<div class="book-layout">
${sidebar(pages, null, edition)}
<main class="book-main" id="book-content">
<div class="book-article">
<h1>${escapeHtml(words.courseTitle)}</h1>
<p class="book-lead">${escapeHtml(words.lead)}</p>
<ol class="book-index-list">
${items}
</ol>
<h2 id="run-it-yourself">${escapeHtml(words.runItYourself.heading)}</h2>
${words.runItYourself.html}
<p class="book-recorded">${escapeHtml(recorded)}</p>
</div>
</main>
</div>
<script src="${assets}book.js"></script>
</body>
</html>
`;
}
