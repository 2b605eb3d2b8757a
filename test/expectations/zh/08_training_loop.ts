import { expectations as english } from "../08_training_loop.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/08_training_loop.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the live progress line, updated to the end": /第 8,000 步，共 8,000 步[\s\S]*第 2 轮 9\d\.\d\d%/,
  "the live loss and accuracy charts": /^<div[\s\S]*损失[\s\S]*1,000 张测试图片上的正确率/,
  "when the watched accuracy passed 90% and 95%, read from the history": {
    text:
      /在全部 8,000 步中，图表上的正确率\s*在第 ([\d,]+) 步首次达到 90%，(在第 [\d,]+ 步首次|一直没有)达到 95%/,
    accept: (m) => Number(m[1].replace(",", "")) <= 4000,
  },
  "where the weights went, without a path of this machine":
    /^"网络已保存为数据文件夹里的 mnist\.weights\.json/,
  "the network beating the nearest average digit":
    /用最近的平均数字来猜，正确率是 \*\*(\d+\.\d)%\*\*；训练好的网络是 \*\*(\d+\.\d)%/,
  "the schedule against the constant rate on three seeds":
    /始终 0\.001<\/th><th>先 0\.003 后 0\.0003[\s\S]*<td>2<\/td>/,
  "the verdict in words": /学习率调度都(赢了|更差)|结果有好有坏/,
  "training and validation accuracy per epoch": /<svg[\s\S]*训练图片[\s\S]*验证图片/,
  "the gap between training and validation accuracy":
    /训练 30 轮之后：在学过的图片上答对 \*\*(\d+\.\d)%\*\*[\s\S]*在验证图片上答对 \*\*(\d+\.\d)%\*\*/,
});
