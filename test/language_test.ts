import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { CATALOGUES, type Messages } from "../lib/notebook/messages/mod.ts";
import { MENTION_UNDEFINED, type Message, NO_WORDS, rendered } from "./_message_samples.ts";
import { language, missingFontNotice, setLanguage } from "../lib/notebook/language.ts";
import { checkInkCount, checkLoss, NO_ANSWER } from "../lib/notebook/exercises/mod.ts";
import { TrainingMonitor } from "../lib/notebook/live.ts";
import { DrawDigitWidget } from "../lib/notebook/draw_widget.ts";
import { digitGridPng } from "../lib/pictures/images.ts";
import { predictionGrid, showDigits } from "../lib/pictures/digits.ts";
import { curvesChart, vectorChart } from "../lib/pictures/charts.ts";
import { epochCurves } from "../lib/pictures/training_charts.ts";
import { type Chart } from "../lib/pictures/plot.ts";
import { findCjkFont, installedFontFamilies } from "../lib/pictures/fonts.ts";
import { choiceName } from "../lib/engines/speed.ts";

/** Runs `body` in Chinese (as if a CJK font were installed), then back in English, always. */
async function inChinese<T>(body: () => T | Promise<T>): Promise<T> {
  setLanguage("zh", { fontFamilies: ["WenQuanYi Micro Hei"] });
  try {
    return await body();
  } finally {
    setLanguage("en");
  }
}

// ---------------------------------------------------------------------------------------------
// The catalogues

Deno.test("the Chinese catalogue has the English one's topics, keys and parameter counts", () => {
  const { en, zh } = CATALOGUES;
  assert.deepEqual(Object.keys(zh), Object.keys(en));
  let count = 0;
  for (const topic of Object.keys(en) as (keyof Messages)[]) {
    const english = en[topic] as Record<string, Message>;
    const chinese = zh[topic] as Record<string, Message>;
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort(), topic);
    for (const [key, message] of Object.entries(english)) {
      assert.equal(typeof chinese[key], typeof message, `${topic}.${key}`);
      if (typeof message === "function") {
        assert.equal((chinese[key] as () => string).length, message.length, `${topic}.${key}`);
      }
      count++;
    }
  }
  assert.ok(count > 200, `${count} messages`);
});

Deno.test("every message renders whole in both languages, and the Chinese ones in Chinese", () => {
  const english = rendered(CATALOGUES.en), chinese = rendered(CATALOGUES.zh);
  const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  for (const [name, zh] of chinese) {
    const en = english.get(name)!;
    for (const text of [en, zh]) {
      assert.ok(text.trim().length > 0, `${name} is empty`);
      assert.ok(!/\[object |NaN|undefined/.test(text) || MENTION_UNDEFINED.has(name), name);
    }
    assert.ok(han.test(zh) || NO_WORDS.has(name), `${name} has no Chinese: ${zh}`);
    assert.ok(!/[\p{Script=Han}]/u.test(en), `${name} has Chinese in English: ${en}`);
    assert.ok(zh !== en || NO_WORDS.has(name), `${name} is not translated: ${zh}`);
  }
});

// ---------------------------------------------------------------------------------------------
// What setLanguage() changes

Deno.test("setLanguage() switches the exercise feedback, and English comes back exactly", async () => {
  assert.equal(language(), "en");
  const set = {
    images: Uint8Array.of(0, 9, 0, 255),
    labels: Uint8Array.of(1),
    count: 1,
    rows: 2,
    cols: 2,
  };
  await inChinese(() => {
    assert.equal(language(), "zh");
    assert.equal(String(checkLoss(0.867, 0.1427)), "✔ 对了：−ln 0.867 ≈ 0.1427。");
    assert.equal(
      checkLoss(0.867, -0.1427).message,
      "还不对：-0.1427 是没有负号的 ln p：p < 1 时 ln p 是负数，而损失是正数。",
    );
    assert.equal(
      checkInkCount(set, 0, 4).message,
      "还不对：4 是整张图片的像素总数（2 × 2）：只数值大于 0 的那些。",
    );
    assert.equal(String(NO_ANSWER), "✘ 把 `undefined` 换成你的答案，再运行一次这个单元格。");
    assert.equal(checkLoss(0.867, undefined), NO_ANSWER, "one placeholder verdict, any language");
  });
  assert.equal(language(), "en");
  assert.equal(String(checkLoss(0.867, 0.1427)), "✔ Right: −ln 0.867 ≈ 0.1427.");
  assert.equal(
    checkInkCount(set, 0, 4).message,
    "Not yet: 4 is every pixel of the image (2 × 2): count only those with a value above 0.",
  );
  assert.equal(String(NO_ANSWER), "✘ Replace `undefined` with your answer and run the cell again.");
});

/** A monitor after two epochs of 50 steps of 15 images, 10 ms a step. */
async function trainedMonitor(): Promise<TrainingMonitor> {
  let now = 0;
  const monitor = new TrainingMonitor({
    epochs: 2,
    stepsPerEpoch: 50,
    pointEvery: 10,
    checkEvery: 20,
    measureAccuracy: () => 0.5,
    display: () => {},
    clock: () => now,
  });
  for (let epoch = 0; epoch < 2; epoch++) {
    for (let step = 1; step <= 50; step++) {
      now = 10 * (50 * epoch + step);
      await monitor.step(0.5, 15);
    }
    await monitor.epochEnd(epoch === 0 ? 0.9 : 0.95);
  }
  return monitor;
}

/** The texts of the groups of a chart's SVGs whose `aria-label` is `label`. */
function labelled(chart: Chart, label: string): string[] {
  const { document } = parseHTML(`<div>${chart.html}</div>`) as unknown as {
    document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };
  };
  return [...document.querySelectorAll(`g[aria-label="${label}"] text`)].map((t) =>
    t.textContent ?? ""
  );
}

Deno.test("setLanguage() switches the TrainingMonitor's progress line and chart labels", async () => {
  const [line, chart] = await inChinese(async () => {
    const monitor = await trainedMonitor();
    return [monitor.progressLine(), monitor.chart()] as const;
  });
  assert.equal(
    line,
    "**第 2/2 轮** · 第 100 步，共 100 步 · 损失 0.5000 · 验证集正确率 50.0% · 每秒 1,500 张图片 · " +
      "1 秒  \n每轮训练后的测试集正确率：第 1 轮 90.00%、第 2 轮 95.00%",
  );
  assert.deepEqual(labelled(chart, "x-axis label"), ["训练步数 →", "训练步数 →"]);
  assert.deepEqual(labelled(chart, "y-axis label"), ["↑ 损失", "↑ 验证集正确率"]);
  const english = await trainedMonitor();
  assert.equal(
    english.progressLine(),
    "**epoch 2/2** · step 100 of 100 · loss 0.5000 · validation accuracy 50.0% · 1,500 images/s · " +
      "1 s  \ntest accuracy after epoch 1: 90.00%, epoch 2: 95.00%",
  );
  assert.deepEqual(labelled(english.chart(), "y-axis label"), ["↑ loss", "↑ validation accuracy"]);
});

Deno.test("setLanguage() switches the charts' default labels; labels passed in stay as given", async () => {
  const curve = [{ name: "ReLU", f: (x: number) => Math.max(0, x) }];
  const epochs = [{ epoch: 1, set: "验证集", accuracy: 0.9 }, {
    epoch: 2,
    set: "验证集",
    accuracy: 0.95,
  }];
  await inChinese(() => {
    assert.deepEqual(labelled(curvesChart(curve, [-1, 1]), "y-axis label"), ["↑ 输出"]);
    assert.deepEqual(labelled(curvesChart(curve, [-1, 1]), "x-axis label"), ["输入 →"]);
    const passed = curvesChart(curve, [-1, 1], { xLabel: "z", yLabel: "斜率" });
    assert.deepEqual(labelled(passed, "y-axis label"), ["↑ 斜率"]);
    assert.deepEqual(labelled(vectorChart([1, 2]), "y-axis label"), ["↑ 数值"]);
    const accuracy = epochCurves(epochs);
    assert.deepEqual(labelled(accuracy, "y-axis label"), ["↑ 正确率"]);
    assert.deepEqual(labelled(accuracy, "x-axis label"), ["训练轮次（epoch） →"]);
    assert.ok(accuracy.html.includes("验证集"), "the legend names the sets as given");
  });
  assert.deepEqual(labelled(curvesChart(curve, [-1, 1]), "y-axis label"), ["↑ output"]);
  assert.deepEqual(labelled(epochCurves(epochs), "y-axis label"), ["↑ accuracy"]);
});

Deno.test("setLanguage() switches the digit grids' default titles", async () => {
  const set = {
    images: new Uint8Array(2 * 784).fill(90),
    labels: Uint8Array.of(7, 5),
    count: 2,
    rows: 28,
    cols: 28,
  };
  const pixels = set.images.subarray(0, 784);
  const grid = (titles: string[], colours?: string[]) =>
    digitGridPng(titles.map((title, i) => ({ pixels, title, titleColor: colours?.[i] })));
  const [labels, predictions] = await inChinese(() => [
    showDigits(set, [0, 1]).bytes,
    predictionGrid(set, [0, 1], [7, 3]).bytes,
  ]);
  assert.deepEqual(labels, grid(["标签 7", "标签 5"]));
  assert.deepEqual(predictions, grid(["预测 7", "预测 3，实为 5"], ["#1e7b34", "#c0392b"]));
  assert.deepEqual(showDigits(set, [0, 1]).bytes, grid(["label 7", "label 5"]));
  assert.deepEqual(
    predictionGrid(set, [0, 1], [7, 3]).bytes,
    grid(["predicted 7", "predicted 3, is 5"], ["#1e7b34", "#c0392b"]),
  );
});

Deno.test({
  name: "with a CJK font installed, PNG titles draw Chinese glyphs, not the same box for each",
  ignore: findCjkFont() === undefined,
  async fn() {
    const pixels = new Uint8Array(784);
    const inkOf = async (title: string) => {
      const image = await loadImage(digitGridPng([{ pixels, title }], { columns: 1 }));
      const context = createCanvas(image.width, image.height).getContext("2d");
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, 30);
      return Array.from({ length: data.length / 4 }, (_, i) => data[4 * i] < 128 ? 1 : 0);
    };
    const [label, predicted] = [await inkOf("标签"), await inkOf("预测")];
    const count = (ink: number[]) => ink.reduce((a, b) => a + b, 0);
    assert.ok(count(label) > 20 && count(predicted) > 20, "both titles have ink");
    assert.notDeepEqual(label, predicted, "boxes for missing glyphs would look the same");
  },
});

Deno.test("setLanguage() switches the drawing pad's texts", async () => {
  const widget = new DrawDigitWidget([784, 10], "");
  const html = await inChinese(() => widget.html);
  assert.ok(html.includes('<button class="clear">清除</button>'));
  assert.ok(
    html.includes("在正中间写一个大大的数字。") && html.includes("网络看到的样子（28 × 28）"),
  );
  assert.ok(widget.html.includes("Draw one digit, large, in the middle."));
});

Deno.test("setLanguage() switches the engines' names in tables and charts", async () => {
  const fast = { engine: "fast", threads: 2 } as const;
  assert.equal(await inChinese(() => choiceName(fast)), "fast（2 个线程）");
  assert.equal(await inChinese(() => choiceName({ engine: "tfjs", backend: "wasm" })), "tfjs-wasm");
  assert.equal(choiceName(fast), "fast, 2 threads");
  assert.equal(choiceName({ ...fast, threads: 1 }), "fast, 1 thread");
});

// ---------------------------------------------------------------------------------------------
// Fonts

const NO_CJK_FONT =
  "没有找到中文字体：这门课用 Skia（通过 @napi-rs/canvas）画的 PNG 图片里，汉字会" +
  "显示成一个个方框。在 Debian 或 Ubuntu 上可以这样装一个：`sudo apt-get install " +
  "fonts-wqy-microhei`；其他系统装任意一款中文（CJK）字体就行，比如 Noto Sans CJK。装好后重启内核。";

Deno.test("Chinese without a CJK font says that PNG titles show boxes, and what to install", () => {
  const latinOnly = ["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"];
  assert.equal(findCjkFont(latinOnly), undefined);
  assert.equal(missingFontNotice("zh", latinOnly), NO_CJK_FONT);
  assert.equal(missingFontNotice("en", latinOnly), undefined, "English needs no CJK font");
  for (const family of ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC"]) {
    assert.equal(missingFontNotice("zh", [...latinOnly, family]), undefined, family);
  }
  const warned: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.join(" "));
  try {
    setLanguage("zh", { fontFamilies: latinOnly });
    setLanguage("zh", { fontFamilies: ["WenQuanYi Micro Hei"] });
  } finally {
    console.warn = warn;
    setLanguage("en");
  }
  assert.deepEqual(warned, [NO_CJK_FONT], "said once, and only without a CJK font");
});

Deno.test("the CJK font detection agrees with fontconfig about this machine", async () => {
  const families = installedFontFamilies();
  assert.ok(families.includes("DejaVu Sans"), "CI installs DejaVu Sans");
  let output: string;
  try {
    const command = new Deno.Command("fc-list", { args: [":lang=zh", "family"], stdout: "piped" });
    output = new TextDecoder().decode((await command.output()).stdout);
  } catch {
    return; // no fontconfig to compare with
  }
  const fontconfig = output.split("\n").flatMap((line) => line.split(",")).map((f) => f.trim());
  const found = findCjkFont();
  if (output.trim() === "") {
    assert.equal(found, undefined, "fontconfig knows no Chinese font");
  } else {
    assert.ok(found && fontconfig.includes(found), `${found} among ${fontconfig.join(", ")}`);
  }
});

Deno.test("setLanguage() takes only the course's languages", () => {
  assert.throws(() => setLanguage("fr" as never), /Unknown language "fr": choose "en" \(English\)/);
  assert.equal(language(), "en");
});
