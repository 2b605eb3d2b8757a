import { expectations as english } from "../00_setup.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/00_setup.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "MNIST's split sizes and a load time of seconds at most":
    /\*\*60,000\*\* 张训练图片和 \*\*10,000\*\* 张测试图片，每张\s+28 × 28 像素，加载用了 (\d+\.\d\d) 秒/,
  "its label": /这张图片的标签是 \*\*5\*\*。/,
});
