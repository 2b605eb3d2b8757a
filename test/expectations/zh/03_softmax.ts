import { expectations as english } from "../03_softmax.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/03_softmax.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the probabilities matching the tutorial's and adding up to 1":
    /0\.016、0\.867、0\.117\*\*，和教程里的一样[\s\S]*= \*\*1\.000\*\*/,
  "scores beside probabilities, axes in words":
    /^<div[\s\S]*<svg[\s\S]*输出序号[\s\S]*<svg[\s\S]*概率/,
  "the sum as it prints, explained": /^(和恰好是 1。|和显示为 0\.9999\d+，与 1 相差 \d\.\de-1[56])/,
  "the loss curve with the three outputs marked":
    /给真实答案的概率[\s\S]*输出 1[\s\S]*输出 2[\s\S]*输出 3/,
  "the loss of the unlikely answer": /只给了它 0\.016，损失就是 \$-\\ln 0\.016 = 4\.14\$/,
  "the naive softmax failing its check": /✘[\s\S]*减去最大的那个/,
  "the loss exercise waiting for an answer": /✘ 把 `undefined` 换成你的答案/,
});
