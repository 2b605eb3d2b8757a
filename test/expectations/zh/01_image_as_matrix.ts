import { expectations as english } from "../01_image_as_matrix.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/01_image_as_matrix.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the split sizes": /\*\*60,000\*\* 张训练图片和 \*\*10,000\*\* 张测试图片/,
  "the three piles: 55,000 to learn from, 5,000 for validation, 10,000 for the test":
    /用来学习<\/td><td>55000<\/td>[\s\S]*用来做选择<\/td><td>5000<\/td>[\s\S]*用来报告结果<\/td><td>10000<\/td>/,
  "the digit counts as a bar chart": /训练图片张数/,
  "the most common and the rarest digit, from the table":
    /训练集里最常见的数字是 \*\*1\*\*，有\s+6,742 张；最少的是 \*\*5\*\*，有\s+5,421/,
  "its label": /它的标签是 \*\*5\*\*/,
  "the first digit's ink fits a 20 × 20 box": /占据第\s+5–24 行、第 4–23 列：20 × 20 像素/,
  "every training digit fits 20 × 20, yet many come within 2 pixels of an edge":
    /最高的笔迹有 \*\*20\*\* 行高，最宽的有\s+\*\*20\*\* 列宽。\*\*([\d,]+)\*\* 张图片（\d+%）的边距不超过\s+2 个像素，还有 \*\*(\d+)\*\* 张一点边距都没有/,
  "most digits touching an edge are 7s": /在碰到边缘的 (\d+) 张图片中，有 \*\*(\d+)\*\* 张是 7/,
  "the rows laid end to end into the vector": /第 1 行 → 位置 28–55/,
  "the nearest-average baseline's test accuracy, about 82%": /正确率为 \*\*(\d+\.\d)%\*\*/,
});
