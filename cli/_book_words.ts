/**
 * The words of the book around the notebooks (the sidebar, the notes under each title, the
 * index page), in each edition's language.
 *
 * @module
 */
import type { Edition } from "./_editions.ts";
import type { Machine } from "./_machine.ts";

/** What the book says around the notebooks, in one language. */
export interface BookWords {
  /** The `lang` attribute of the pages. */
  lang: string;
  /** The course's name. */
  courseTitle: string;
  /** What the index page's tab says after the course's name. */
  indexTitle: string;
  /** The link that skips the navigation, for keyboards and screen readers. */
  skip: string;
  /** The menu button on a phone. */
  contents: string;
  /** The sidebar's label for screen readers. */
  theCourse: string;
  /** The sidebar's last link, to the index's section on running the notebooks. */
  runThemYourself: string;
  /** The line under a page's title naming its notebook (`link` is the notebook's, as HTML). */
  source: (link: string) => string;
  /** The heading of a page's contents list. */
  onThisPage: string;
  previous: string;
  next: string;
  /** The label of the previous and next links, for screen readers. */
  previousAndNext: string;
  /** The machine, in words: "Debian 12, AMD EPYC, 2 cores, 24 GiB of memory, Deno 2.9.6". */
  machine: (machine: Machine) => string;
  /** The note saying when and on what machine (in words) the outputs were recorded. */
  recorded: (date: string, machine: string) => string;
  /** The index page's introduction (HTML). */
  lead: string;
  /** The index page's section on running the notebooks (HTML, under an `h2`). */
  runItYourself: { heading: string; html: string };
  /** The copy button on each code cell: its text, its text once copied, its label. */
  copy: { button: string; copied: string; label: string };
  /** The link to the same page in the other edition: its text and its title. */
  otherEdition: { text: string; title: string; lang: string };
}

const english: BookWords = {
  lang: "en",
  courseTitle: "Neural networks from scratch",
  indexTitle: "MNIST in TypeScript",
  skip: "Skip to the text",
  contents: "Contents",
  theCourse: "The course",
  runThemYourself: "Run the notebooks yourself",
  source: (link) =>
    `Source: ${link} — run it locally with <code>deno task lab</code> ` +
    `(<a href="index.html#run-it-yourself">how</a>).`,
  onThisPage: "On this page",
  previous: "Previous",
  next: "Next",
  previousAndNext: "Previous and next",
  machine: (m) =>
    [
      m.os,
      m.cpu,
      `${m.cores} ${m.cores === 1 ? "core" : "cores"}`,
      m.memoryGiB === undefined ? undefined : `${m.memoryGiB} GiB of memory`,
      `Deno ${m.deno}`,
    ].filter((part) => part).join(", "),
  recorded: (date, machine) =>
    `Outputs recorded on ${date} on ${machine}: timings and anything random describe that ` +
    `machine, not yours.`,
  lead: "From pixels to a trained MNIST digit recogniser, in TypeScript notebooks run by Deno. " +
    "Each chapter builds on the ones before it: read them in order.",
  runItYourself: {
    heading: "Run it yourself",
    html: `<p>Every chapter is a Jupyter notebook in the course's <code>notebooks/</code> folder,
and this book shows them as they ran once. To run them yourself (and change them), install
<a href="https://docs.deno.com/runtime/getting_started/installation/">Deno 2</a> and Jupyter
(<code>pip install jupyterlab</code>), then in the course's folder:</p>
<pre class="book-shell"><code>deno task lab     # opens the notebooks in JupyterLab with the Deno kernel
deno task book    # executes every notebook again and rebuilds this book</code></pre>
<p>The README has the details, and how to use VS Code instead.</p>`,
  },
  copy: { button: "Copy", copied: "Copied", label: "Copy this code" },
  otherEdition: { text: "中文", title: "阅读本页的中文版", lang: "zh-CN" },
};

const chinese: BookWords = {
  lang: "zh-CN",
  courseTitle: "从零开始的神经网络",
  indexTitle: "用 TypeScript 识别 MNIST 手写数字",
  skip: "跳到正文",
  contents: "目录",
  theCourse: "课程目录",
  runThemYourself: "自己运行这些笔记本",
  source: (link) =>
    `源文件：${link}。在本机运行：<code>deno task lab --zh</code>` +
    `（<a href="index.html#run-it-yourself">怎么做</a>）。`,
  onThisPage: "本页内容",
  previous: "上一章",
  next: "下一章",
  previousAndNext: "上一章和下一章",
  machine: (m) =>
    [
      m.os,
      m.cpu,
      `${m.cores} 核`,
      m.memoryGiB === undefined ? undefined : `${m.memoryGiB} GiB 内存`,
      `Deno ${m.deno}`,
    ].filter((part) => part).join("，"),
  recorded: (date, machine) =>
    `输出记录于 ${date}，机器为 ${machine}。其中的耗时和一切随机的结果描述的是那台机器，而不是你的。`,
  lead: "从像素到一个训练好的 MNIST 手写数字识别器，全部用 Deno 运行的 TypeScript 笔记本完成。" +
    "每一章都建立在前面各章的基础上，请按顺序阅读。",
  runItYourself: {
    heading: "自己动手运行",
    html: `<p>每一章都是课程 <code>notebooks/zh/</code> 文件夹里的一个 Jupyter 笔记本，
这本书展示的是它们某一次运行的结果。要自己运行（并修改）它们，请先安装
<a href="https://docs.deno.com/runtime/getting_started/installation/">Deno 2</a> 和 Jupyter
（<code>pip install jupyterlab</code>），然后在课程文件夹里运行：</p>
<pre class="book-shell"><code>deno task lab --zh   # 在 JupyterLab 中用 Deno 内核打开中文笔记本
deno task book       # 重新执行所有笔记本并重新生成这本书</code></pre>
<p>详细说明（以及如何改用 VS Code）见 README.zh.md。</p>`,
  },
  copy: { button: "复制", copied: "已复制", label: "复制这段代码" },
  otherEdition: { text: "English", title: "Read this page in English", lang: "en" },
};

/** The book's words in each edition. */
export const BOOK_WORDS: Record<Edition, BookWords> = { en: english, zh: chinese };
