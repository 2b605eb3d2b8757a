/**
 * The rendered book checked in a real browser (headless Chromium through playwright-core), page
 * by page, as a reader would meet it on a phone and on a laptop:
 *
 * - every chart's marks lie inside its frame, and every text of a chart (tick labels, axis labels)
 *   inside its SVG, not cut off; no chart text is drawn smaller than 9 px;
 * - every image loads;
 * - no page is wider than a 390 px screen (or a 1280 px one): wide outputs scroll in their box;
 * - no character lacks a glyph in the fonts installed here (CI installs DejaVu and WenQuanYi
 *   Micro Hei for Chinese);
 * - every link inside the book leads to a page it has, and to an anchor on that page;
 * - no output shows a path of the machine that built the book, no cell shows an error, no script
 *   fails and no file the page needs is missing.
 *
 * @module
 */
// deno-lint-ignore-file no-explicit-any
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { machinePaths, machinePlaces } from "../cli/_machine.ts";
import { withBrowser } from "./_browser.ts";

/** The phone and the laptop the pages are checked on. */
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 900 };

/** What the browser found on one page (see {@linkcode inspectPage}). */
interface PageReport {
  problems: string[];
  /** Each character outside ASCII that the page shows, with where it first appears. */
  characters: Record<string, string>;
  /** The text of each output, with where it is. */
  outputs: { where: string; text: string }[];
}

/**
 * Checks every page of the book in `siteDir` and returns the problems found, each a sentence
 * starting with the page's file (and the cell, counted as in the notebook), or `[]` when the book
 * is fine. All pages are checked in one browser, a second or two each.
 */
export async function checkBook(siteDir: string): Promise<string[]> {
  const files = htmlFiles(siteDir);
  const problems: string[] = [];
  const characters = new Map<string, string[]>();
  const places = machinePlaces();
  await withBrowser(async (browser) => {
    const page = await browser.newPage({ viewport: PHONE });
    let failures: string[] = [];
    page.on("pageerror", (error) => failures.push(`a script failed: ${error.message}`));
    page.on("requestfailed", (request) => {
      const url = request.url();
      if (!url.startsWith("data:")) {
        failures.push(`${basename(url)} could not be loaded (${request.failure()?.errorText})`);
      }
    });
    for (const file of files) {
      failures = [];
      await page.setViewportSize(PHONE);
      await page.goto(`file://${join(siteDir, file)}`, { waitUntil: "load" });
      await page.evaluate(() => (globalThis as any).document.fonts.ready.then(() => {}));
      const report: PageReport = await page.evaluate(inspectPage);
      const found = [...report.problems];
      for (const { where, text } of report.outputs) {
        for (const path of new Set([...machinePaths(text, places), ...foreignHomes(text)])) {
          found.push(
            `${where}: an output shows a path of the machine that built the book: ${path}`,
          );
        }
      }
      found.push(...await linkProblems(page, siteDir));
      found.push(...await widthProblems(page, PHONE.width));
      await page.setViewportSize(LAPTOP);
      found.push(...await widthProblems(page, LAPTOP.width));
      found.push(...failures);
      problems.push(...found.map((problem) => `${file}: ${problem}`));
      for (const [character, where] of Object.entries(report.characters)) {
        const list = characters.get(character) ?? [];
        characters.set(character, [...list, `${file} (${where})`]);
      }
    }
  });
  problems.push(...await glyphProblems(characters));
  return problems;
}

/** The book's pages: its HTML files, those of its editions' folders (`zh/…`) included. */
function htmlFiles(siteDir: string, folder = ""): string[] {
  return [...Deno.readDirSync(join(siteDir, folder))]
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory && entry.name !== "katex") return htmlFiles(siteDir, file);
      return entry.isFile && entry.name.endsWith(".html") ? [file] : [];
    });
}

/**
 * The links of a page that lead nowhere inside the book: to a page it does not have, or to an
 * anchor that page lacks (links out of the book, such as to the notebooks' sources, are not
 * checked here).
 */
async function linkProblems(page: Page, siteDir: string): Promise<string[]> {
  const links: string[] = await page.evaluate(() =>
    [...(globalThis as any).document.querySelectorAll("a[href]")].map((a: any) => a.href)
  );
  const site = new URL(`file://${siteDir.replace(/\/?$/, "/")}`);
  const problems = new Set<string>();
  for (const link of links) {
    const url = new URL(link);
    if (url.protocol !== "file:" || !url.pathname.startsWith(site.pathname)) continue;
    const file = decodeURIComponent(url.pathname);
    const name = file.slice(site.pathname.length);
    let html: string;
    try {
      html = await Deno.readTextFile(file);
    } catch {
      problems.add(`a link leads to ${name}, which the book does not have`);
      continue;
    }
    // nbconvert writes its heading ids percent-encoded, as links spell them.
    const anchor = url.hash.slice(1);
    const ids = [anchor, decodeURIComponent(anchor)].map((id) => `id="${id}"`);
    if (anchor && !ids.some((id) => html.includes(id))) {
      problems.add(
        `a link leads to ${name}#${decodeURIComponent(anchor)}, which that page does not have`,
      );
    }
  }
  return [...problems];
}

/** Home folders of any machine (`/home/NAME/`, `/Users/NAME/`, `C:\Users\NAME\`). */
function foreignHomes(text: string): string[] {
  return [...text.matchAll(/(?<![\w.~+/-])(?:\/home\/|\/Users\/|[A-Z]:\\Users\\)[^\s"'<>)\]]+/g)]
    .map((match) => match[0].replace(/[.,;:]+$/, ""));
}

/** The page is no wider than the screen; if it is, which elements stick out. */
async function widthProblems(page: Page, width: number): Promise<string[]> {
  const result = await page.evaluate((screen: number) => {
    const g: any = globalThis;
    const d = g.document;
    const scrollWidth = d.documentElement.scrollWidth;
    if (scrollWidth <= screen) return null;
    // Whether a box that scrolls (or clips, or stays put) holds the element: only the boxes of its
    // containing-block chain do (an absolutely positioned element escapes static ones).
    const held = (el: any) => {
      let position = g.getComputedStyle(el).position;
      if (position === "fixed") return true;
      for (let e = el.parentElement; e && e !== d.body; e = e.parentElement) {
        const style = g.getComputedStyle(e);
        if (position === "absolute" && style.position === "static") continue;
        if (style.position === "fixed" || style.overflowX !== "visible") return true;
        position = style.position;
      }
      return false;
    };
    const sticking = (el: any) => {
      const r = el.getBoundingClientRect();
      return r.right > screen + 1 && (r.width > 0 || r.height > 0) && !held(el);
    };
    const culprits: string[] = [];
    for (const el of d.body.querySelectorAll("*")) {
      if (culprits.length >= 3) break;
      if (!sticking(el) || (el.parentElement !== d.body && sticking(el.parentElement))) continue;
      const cells = [...d.querySelectorAll(".jp-Cell")];
      const cell = cells.indexOf(el.closest(".jp-Cell")) + 1;
      const name = el.tagName.toLowerCase() +
        (typeof el.className === "string" && el.className
          ? `.${el.className.trim().split(/\s+/)[0]}`
          : "");
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const r = el.getBoundingClientRect();
      culprits.push(
        `${cell ? `cell ${cell}, ` : ""}<${name}> ${Math.round(r.width)} px wide` +
          (text ? ` ("${text}")` : ""),
      );
    }
    return { scrollWidth, culprits };
  }, width);
  if (!result) return [];
  return [
    `the page is ${result.scrollWidth} px wide on a ${width} px screen` +
    (result.culprits.length ? `: ${result.culprits.join("; ")}` : ""),
  ];
}

/** Characters that no installed font has a glyph for, with the pages that show them. */
async function glyphProblems(characters: Map<string, string[]>): Promise<string[]> {
  if (characters.size === 0) return [];
  const covered = await fontCoverage();
  if (covered === null) {
    return ["the glyphs cannot be checked: fontconfig's fc-list is missing (install fontconfig)"];
  }
  return [...characters.entries()].filter(([character]) => !covered(character))
    .map(([character, where]) => {
      const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
      return `${where[0]}: "${character}" (${code}) has no glyph in the installed fonts (it ` +
        `shows as a box)${where.length > 1 ? `; also on ${where.slice(1).join(", ")}` : ""}`;
    });
}

/**
 * Whether some installed font covers a character, from fontconfig's character sets (one call for
 * all fonts: a Chinese page shows a thousand characters); null when fontconfig is missing.
 */
async function fontCoverage(): Promise<((character: string) => boolean) | null> {
  let listing: string;
  try {
    const { stdout } = await new Deno.Command("fc-list", {
      args: ["--format", "%{charset}\n"],
      stdout: "piped",
      stderr: "null",
    }).output();
    listing = new TextDecoder().decode(stdout);
  } catch {
    return null;
  }
  const ranges = [...listing.matchAll(/([0-9a-f]+)(?:-([0-9a-f]+))?/g)]
    .map(([, from, to]) => [parseInt(from, 16), parseInt(to ?? from, 16)]);
  return (character) => {
    const code = character.codePointAt(0)!;
    return ranges.some(([from, to]) => from <= code && code <= to);
  };
}

/**
 * Runs in the page: checks its charts and images, and collects its characters and its outputs'
 * texts. A cell is named by its number in the notebook, a chart by its number in the cell and its
 * title (or y-axis label).
 */
async function inspectPage(): Promise<PageReport> {
  const g: any = globalThis;
  const d = g.document;
  const problems: string[] = [];
  const TOLERANCE = 2; // px: antialiasing, rounding, a curve's overshoot

  const cells: any[] = [...d.querySelectorAll(".jp-Cell")];
  const where = (el: any) => {
    const cell = cells.indexOf(el.closest(".jp-Cell")) + 1;
    return cell ? `cell ${cell}` : "the page";
  };
  const quote = (text: string) => `"${text.trim().replace(/\s+/g, " ").slice(0, 40)}"`;
  const px = (n: number) => `${Math.round(n)} px`;

  // Charts: the root SVG of each output, legends' little swatches aside.
  const svgs: any[] = [...d.querySelectorAll(".jp-OutputArea-output svg")]
    .filter((svg: any) => !svg.parentElement.closest("svg"))
    .filter((svg: any) => {
      const r = svg.getBoundingClientRect();
      return r.width > 30 || r.height > 30;
    });
  const perCell = new Map<any, number>();
  for (const svg of svgs) {
    const cell = svg.closest(".jp-Cell");
    const number = (perCell.get(cell) ?? 0) + 1;
    perCell.set(cell, number);
    const title = svg.closest("figure")?.querySelector("h2")?.textContent ??
      svg.querySelector('g[aria-label="y-axis label"] text')?.textContent ?? "";
    const name = `${where(svg)}, chart ${number}${title ? ` (${quote(title)})` : ""}`;
    const box = svg.getBoundingClientRect();

    // Its texts: inside the SVG (a tick label at a negative x is cut off), and not too small.
    const scale = svg.viewBox?.baseVal?.width ? box.width / svg.viewBox.baseVal.width : 1;
    const cut = new Map<string, { text: string; over: number; count: number }>();
    let smallest = { size: Infinity, kind: "", text: "" };
    for (const text of svg.querySelectorAll("text")) {
      if (!text.textContent.trim()) continue;
      const r = text.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const kind = text.closest("g[aria-label]")?.getAttribute("aria-label") ?? "text";
      const size = parseFloat(g.getComputedStyle(text).fontSize) * scale;
      if (size < smallest.size) smallest = { size, kind, text: text.textContent };
      const over = Math.max(
        box.left - r.left,
        r.right - box.right,
        box.top - r.top,
        r.bottom - box.bottom,
      );
      if (over <= TOLERANCE) continue;
      const seen = cut.get(kind);
      if (!seen) cut.set(kind, { text: text.textContent, over, count: 1 });
      else if (over > seen.over) {
        cut.set(kind, { text: text.textContent, over, count: seen.count + 1 });
      } else seen.count++;
    }
    for (const [kind, { text, over, count }] of cut) {
      problems.push(
        `${name}: the ${kind} ${quote(text)}${count > 1 ? ` (and ${count - 1} more)` : ""} is ` +
          `cut off: it reaches ${px(over)} outside the chart`,
      );
    }
    if (smallest.size < 9) {
      problems.push(
        `${name}: the ${smallest.kind} ${quote(smallest.text)} is drawn in ` +
          `${+smallest.size.toFixed(1)} px type, too small to read (9 px at least)`,
      );
    }

    // Its marks: inside the frame that the axes, grid or frame mark draw.
    if (svg.querySelector('g[aria-label="facet"]')) continue;
    const frame = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    let framed = false;
    for (const tick of svg.querySelectorAll('g[aria-label="x-axis tick"] > *')) {
      const length = Number(/L\s*0\s*,\s*(-?[\d.]+)/.exec(tick.getAttribute("d") ?? "")?.[1]);
      if (!length) continue;
      const r = tick.getBoundingClientRect();
      if (length > 0) frame.bottom = Math.min(frame.bottom, r.top);
      else frame.top = Math.max(frame.top, r.bottom);
      framed = true;
    }
    for (const tick of svg.querySelectorAll('g[aria-label="y-axis tick"] > *')) {
      const length = Number(/L\s*(-?[\d.]+)\s*,\s*0/.exec(tick.getAttribute("d") ?? "")?.[1]);
      if (!length) continue;
      const r = tick.getBoundingClientRect();
      if (length < 0) frame.left = Math.max(frame.left, r.right);
      else frame.right = Math.min(frame.right, r.left);
      framed = true;
    }
    const extent = (selector: string) => {
      const rects = [...svg.querySelectorAll(selector)].map((e: any) => e.getBoundingClientRect());
      if (rects.length === 0) return null;
      return {
        left: Math.min(...rects.map((r) => r.left)),
        right: Math.max(...rects.map((r) => r.right)),
        top: Math.min(...rects.map((r) => r.top)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      };
    };
    const yGrid = extent('g[aria-label="y-grid"] > *');
    if (yGrid) {
      frame.left = Math.max(frame.left, yGrid.left);
      frame.right = Math.min(frame.right, yGrid.right);
      framed = true;
    }
    const xGrid = extent('g[aria-label="x-grid"] > *');
    if (xGrid) {
      frame.top = Math.max(frame.top, xGrid.top);
      frame.bottom = Math.min(frame.bottom, xGrid.bottom);
      framed = true;
    }
    const frameMark = extent('[aria-label="frame"]');
    if (frameMark) {
      Object.assign(frame, frameMark);
      framed = true;
    }
    if (!framed) continue;

    const marks = [...svg.querySelectorAll(":scope > g[aria-label]")]
      .filter((mark: any) => !/axis|grid|frame|legend|tip/.test(mark.getAttribute("aria-label")))
      .filter((mark: any) => !mark.closest("[clip-path]"));
    for (const mark of marks) {
      const label = mark.getAttribute("aria-label");
      let worst = { over: 0, side: "" };
      for (
        const shape of mark.querySelectorAll(
          "path, line, circle, ellipse, rect, polygon, polyline, image",
        )
      ) {
        if (shape.closest("[clip-path], defs, marker, clipPath, mask, pattern, symbol")) continue;
        const r = shape.getBoundingClientRect();
        if (r.width === 0 && r.height === 0 && shape.tagName !== "circle") continue;
        // A dot is where its centre is; other shapes are their whole extent.
        const [x0, x1, y0, y1] = shape.tagName === "circle"
          ? [r.left + r.width / 2, r.left + r.width / 2, r.top + r.height / 2, r.top + r.height / 2]
          : [r.left, r.right, r.top, r.bottom];
        for (
          const [over, side] of [
            [frame.left - x0, "left of"],
            [x1 - frame.right, "right of"],
            [frame.top - y0, "above"],
            [y1 - frame.bottom, "below"],
          ] as [number, string][]
        ) {
          if (over > worst.over) worst = { over, side };
        }
      }
      if (worst.over > TOLERANCE) {
        problems.push(
          `${name}: the ${label} is drawn outside its frame: ${px(worst.over)} ${worst.side} it`,
        );
      }
    }
  }

  // Images: every picture loads, in the page and inside charts.
  for (const image of d.querySelectorAll("img")) {
    if (!image.complete || image.naturalWidth === 0) {
      const src = image.getAttribute("src") ?? "";
      problems.push(
        `${where(image)}: an image does not load (${src.slice(0, 50)}${
          src.length > 50 ? "…" : ""
        })`,
      );
    }
  }
  for (const image of d.querySelectorAll("svg image")) {
    const href = image.getAttribute("href") ?? image.getAttribute("xlink:href") ?? "";
    const probe = new g.Image();
    probe.src = href;
    try {
      await probe.decode();
    } catch {
      problems.push(
        `${where(image)}: an image inside a chart does not load (${href.slice(0, 50)})`,
      );
    }
  }

  // Errors that an output shows.
  for (const error of d.querySelectorAll(".book-error")) {
    const line = error.textContent.trim().split("\n").find((l: string) =>
      /\w+Error|Error:/.test(l)
    ) ??
      error.textContent.trim().split("\n")[0];
    problems.push(`${where(error)}: the cell failed: ${line.slice(0, 120)}`);
  }

  // Characters, for the glyph check; KaTeX typesets maths with its own fonts.
  const characters: Record<string, string> = {};
  const walker = d.createTreeWalker(d.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(".katex, script, style, noscript, template")) continue;
    for (const character of node.textContent) {
      if (character.codePointAt(0)! < 0x7f || characters[character]) continue;
      if (/[\p{Cc}\p{Cf}\p{Mn}\p{Z}]/u.test(character)) continue;
      characters[character] = where(parent);
    }
  }

  const outputs = [...d.querySelectorAll(".jp-OutputArea-output")]
    .map((output: any) => ({ where: where(output), text: output.textContent as string }));
  return { problems, characters, outputs };
}
