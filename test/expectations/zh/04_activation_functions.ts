import { expectations as english } from "../04_activation_functions.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/04_activation_functions.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the four activations and their slopes, legends and axes in words":
    /^<div(?=[\s\S]*leaky ReLU 的斜率)(?=[\s\S]*节点的加权和 z)[\s\S]*(<svg[\s\S]*){4}/,
  "the slopes in numbers: sigmoid and tanh flat at ±4, minus signs typeset":
    /z = −4 处的斜率[\s\S]*<td>sigmoid<\/td><td>0\.0177<\/td><td>0\.1966<\/td>[\s\S]*<td>tanh<\/td><td>0\.0013<\/td>/,
  "the linear model near a coin toss, the ReLU network separating the rings":
    /线性模型 \*\*(\d+)%\*\*，ReLU 网络 \*\*100%\*\*/,
  "the two decision maps, each with its boundary line":
    /线性模型[\s\S]*决策边界[\s\S]*ReLU 网络[\s\S]*决策边界/,
  "the reading written from the measured accuracies":
    /线性模型答对了 (\d+)% 的点，比每次都回答「外环」能拿到的 50% 只高出一点点[\s\S]*答对了 100%/,
  "the sigmoid exercise's stub failing its check": /✘ 在 x = -3 处/,
  "the tanh exercise's stub failing its check": /✘ 在 x = -3 处/,
});
