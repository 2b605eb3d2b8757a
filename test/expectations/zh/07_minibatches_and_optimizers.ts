import { expectations as english } from "../07_minibatches_and_optimizers.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/07_minibatches_and_optimizers.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the noise in words": /15 张图片的批次只有一部分指向同一个方向/,
  "Adam beating SGD at the same rate, on the validation set":
    /验证集正确率[\s\S]*SGD, η = 0\.001<\/td><td>(0\.\d+)[\s\S]*Adam, η = 0\.001<\/td><td>(0\.\d+)/,
  "the comparison in words": /Adam 用默认的学习率就达到了/,
});
