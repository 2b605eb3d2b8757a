import { expectations as english } from "../09_what_the_network_learned.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/09_what_the_network_learned.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the saved accuracies beside the tutorial's 0.95 and 0.96":
    /第 2 轮后是 \*\*(0\.\d{4})\*\*；教程里的结果是第 1 轮后 0\.95，第 2 轮后 0\.96/,
  "the results table": /<th>置信度<\/th><th>是否答对<\/th>/,
  "the accuracy recomputed from the predictions, as saved":
    /在 10,000 张测试图片中，网络答对了 \*\*[\d,]+\*\* 张，正确率为 0\.9\d{3}，和随网络一起保存的正确率一致。答错了 \*\*(\d+)\*\* 张/,
  "the confusion matrix": /真实的数字/,
  "the most and fewest images per digit, counted from the test labels":
    /测试集里数字 1 的图片有 1,135 张，数字 5 却只有 892 张/,
  "the most frequent confusions": /<th>真实的数字<\/th><th>预测的数字<\/th><th>张数<\/th>/,
  "the top confusions written from the table":
    /最常见的错误：有 \*\*(\d+)\*\* 张数字 \d 被认成了数字 \d。其次是 \d+ 张/,
  "the calibration table, five confidence groups":
    /<th>平均置信度<\/th><th>答对的比例<\/th>[\s\S]*(<tr><td>[^<]+ 到 [^<]+<\/td>[\s\S]*){5}/,
  "the confident group nearly always right, and the gap between the columns":
    /的置信度在 0\.99 或以上，其中 (\d+\.\d)% 答对了[\s\S]*相差都不超过 (\d+\.\d) 个百分点/,
  "the silent neurons, each firing on training images at the start":
    /<th>节点<\/th><th>一开始激活的图片数<\/th>/,
  "the silent neurons barely moved, the others moved":
    /它们的权重变化没有一个超过 (0\.\d+)，而其他每个节点都至少有一个权重变化了 (0\.\d+) 或更多/,
  "the pixels never inked kept their starting weights":
    /784 个像素中有 \*\*(\d+)\*\* 个在全部 60,000 张训练图片里都是空白的；对其中每一个像素来说/,
  "the never-inked pixels": /列/,
});
