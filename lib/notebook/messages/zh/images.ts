/**
 * Chinese: the feedback of the checks on images as arrays of pixels (`exercises/images.ts`).
 * Mistakes continue a sentence whose subject is the learner's answer ("… 是整张图片的像素总数").
 *
 * @module
 */
import type { images as English } from "../en/images.ts";

const weight = "每个位置要按它的像素值加权";

/**
 * The feedback of the image checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { images } from "./images.ts";
 * assert.equal(images.centreRight("[14, 15]"), "对了：笔迹的重心在 [14, 15]。");
 * ```
 */
export const images: typeof English = {
  inkHint: "数一数值大于 0 的像素有多少个，比如用 .filter()。",
  inkEveryPixel: (rows, cols) => `是整张图片的像素总数（${rows} × ${cols}）：只数值大于 0 的那些。`,
  inkBackground: "是背景像素（值为 0）的个数：要数的是其余的像素。",
  inkBlackOnly: "只数了纯黑的像素（255）：边缘那些灰色的像素，只要值大于 0，也算笔迹。",
  inkSum: "是所有像素值的总和：要数的是像素的个数。",
  flatHint: (row, cols) => `第 ${row} 行之前的每一行都占 ${cols} 个位置。`,
  flatSwapped: (cols) =>
    `把行和列弄反了：图片是一行接一行存放的，所以行号每加 1，位置就要跳过 ${cols} 个。`,
  flatFromOne: "是从 1 开始数的：索引从 0 开始，像素 (0, 0) 就是第 0 个位置。",
  flatRowTooMany: (row) =>
    `在这个像素前面数了 ${row + 1} 整行：第 ${row} 行前面是第 0 … ${row - 1} 行，一共 ${row} 行。`,
  flatAdds: (cols) => `把行号和列号直接相加了：这一行之前的每一行都有 ${cols} 个位置。`,
  centreWhat: "[行, 列]",
  centreSwapped: (cols) =>
    `把行和列弄反了：答案的格式是 \`[行, 列]\`，行（竖直方向的位置，也就是索引 / ${cols} ` +
    "向下取整）在前。",
  centrePlainMean: `是笔迹像素位置的简单平均：${weight}，这样颜色深的像素才比灰色的边缘更有分量。`,
  centrePlainMeanSwapped:
    `是笔迹像素位置的简单平均，而且行和列弄反了：${weight}，并且把行放在前面。`,
  centreOfFrame: `是整个画面的中心，也就是所有位置的平均：${weight}（背景的权重是 0）。`,
  fromOne: "把行和列从 1 开始数了：索引是从 0 开始的。",
  centreByPixels: "除以了像素的总数：加权平均要除以权重之和，也就是笔迹的总量 Σ v。",
  centreByInkPixels: "除以了笔迹像素的个数：加权平均要除以权重之和，也就是笔迹的总量 Σ v。",
  centreRight: (centre) => `对了：笔迹的重心在 ${centre}。`,
  centreBothOff: "两个坐标都不对",
  centreRowOff: "列对了，行不对",
  centreColumnOff: "行对了，列不对",
  centreOff: (which) =>
    `${which}。提示：行是所有行索引的加权平均，每个行索引按它那个像素的值加权，即 Σ v·r / Σ v；` +
    "列也一样，换成列索引来算。",
  boxOnePast: "的 bottom 和 right 多出了一格：它们是包含在内的，指最后一个有笔迹的行和列。",
  boxSwapped: (cols) =>
    `把行和列弄反了：top 和 bottom 是行（索引 / ${cols} 向下取整），left 和 right 是列` +
    `（索引 % ${cols}）。`,
  boxWholeFrame: "是整个画面：只有值大于 0 的像素才算笔迹。",
  boxRight: (box) => `对了：笔迹占据的范围是 ${box}。`,
  boxNotWhole: "四条边是行和列的索引，都是整数。",
  boxSide: (side, offByOne) => `\`${side}\`${offByOne ? "（差了 1）" : ""}`,
  boxCheck: (sides) =>
    `检查一下 ${sides}。提示：top 是第一个有大于 0 的像素的行，bottom 是最后一个，两者都包含在内；` +
    "left 和 right 对列也是一样。",
};
