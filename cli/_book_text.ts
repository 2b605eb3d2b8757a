/**
 * What the book reads from a notebook: its title and a summary for the index, and the sections of
 * its rendered page for the contents lists.
 *
 * @module
 */
import { cellSource } from "./_notebook.ts";

/** The parts of a notebook the book reads. */
export interface BookNotebook {
  cells: {
    cell_type: string;
    source: string | string[];
    outputs?: {
      output_type: string;
      text?: string | string[];
      data?: Record<string, unknown>;
      traceback?: string[];
    }[];
  }[];
}

/** A notebook's title (its first Markdown heading) and a summary for the index (Markdown). */
export function describeNotebook(notebook: BookNotebook): { title: string; summary: string } {
  const markdown = notebook.cells.filter((c) => c.cell_type === "markdown").map(cellSource).join(
    "\n\n",
  );
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? "Untitled";
  const paragraph = markdown.split(/\n\s*\n/).map((p) => p.trim())
    .find((p) => p && !/^(#|[-*+|>]|\d+[.)]\s|```|\$\$|<)/.test(p)) ?? "";
  return { title, summary: summarize(paragraph) };
}

/**
 * A paragraph made to stand alone in a list of chapters: the sentences that point at what follows
 * on the page ("…the tutorial's recipe:", "Below is a drawing pad…", "下面是…") are left out, and
 * a paragraph that is nothing but such a sentence ends with a full stop instead of a colon.
 * Chinese text loses the spaces that its line breaks would leave between characters.
 */
export function summarize(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, " ").replace(BETWEEN_CHINESE, "").trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z*_[(`"“])|(?<=[。！？])\s*/);
  if (sentences.length > 1 && /[:：]$/.test(sentences.at(-1)!)) sentences.pop();
  const kept = sentences.filter((s) =>
    !/^(Below|Above|Here (is|are)|The (cells?|code|output) below)\b|^(下面|下方|以下|如下)/i.test(s)
  );
  return (kept.length > 0 ? kept.join(" ") : text)
    .replace(/(?<=[。！？]) /g, "")
    .replace(/\s*:$/, ".")
    .replace(/：$/, "。");
}

/** A space between two Chinese characters or punctuation marks (where a line break was). */
const BETWEEN_CHINESE =
  /(?<=[\p{Script=Han}，。：；？！（）「」、]) (?=[\p{Script=Han}，。：；？！（）「」、])/gu;

/** Markdown as plain text, for the index: links keep their words, tags and marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/[*_`$]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A section heading of a page, for its contents list. */
export interface Heading {
  /** 2 for a section (`##`), 3 for a subsection (`###`). */
  level: number;
  /** The heading's anchor. */
  id: string;
  /** The heading's inner HTML, without its ¶ anchor link. */
  html: string;
}

/**
 * The sections (`##`) and subsections (`###`) of a page rendered by nbconvert, in order. Only
 * the notebook's Markdown cells count: a heading that an output shows (a chart's title) is not a
 * section of the page.
 */
export function pageHeadings(html: string): Heading[] {
  const headings: Heading[] = [];
  for (const cell of html.split(/(?=<div class="jp-Cell )/)) {
    if (!cell.startsWith('<div class="jp-Cell jp-MarkdownCell')) continue;
    for (const match of cell.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
      const inner = match[3].replace(/<a class="anchor-link"[\s\S]*?<\/a>/g, "").trim();
      headings.push({ level: Number(match[1]), id: match[2], html: inner });
    }
  }
  return headings;
}
