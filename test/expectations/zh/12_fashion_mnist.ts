import { expectations as english } from "../12_fashion_mnist.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/12_fashion_mnist.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "Fashion-MNIST's sizes": /\*\*60,000\*\* 张训练图片和 \*\*10,000\*\* 张测试图片/,
  "the nearest-average baseline on both datasets":
    /MNIST 的测试数字上能认对 \*\*82\.0%\*\*，在 Fashion-MNIST 的测试图片上能认对 \*\*67\.7%\*\*/,
  "the same recipe on both datasets, beside the baseline":
    /MNIST 数字<\/td><td>0\.8203<\/td><td>0\.9\d*<\/td><td>(0\.9\d*)<\/td>[\s\S]*Fashion-MNIST<\/td><td>0\.6768<\/td><td>0\.\d+<\/td><td>(0\.\d+)<\/td>/,
  "the difference in points, computed": {
    text: /在服装上（([\d.]+)%）比在数字上（([\d.]+)%）低了 \*\*([\d.]+) 个百分点\*\*/,
    accept: (m) => Math.abs(Number(m[2]) - Number(m[1]) - Number(m[3])) < 0.15,
  },
  "the most frequent confusions": /<th>被当成<\/th>[\s\S]*<td>Shirt<\/td>/,
  "the confusions among the upper-body classes": /最常见的四对只涉及 (\d) 个类别/,
});
