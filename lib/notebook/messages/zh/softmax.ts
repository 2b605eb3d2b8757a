/**
 * Chinese: the feedback of the checks on softmax, the loss and its gradient
 * (`exercises/softmax.ts`).
 *
 * @module
 */
import type { softmax as English } from "../en/softmax.ts";

/**
 * The feedback of the softmax checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { softmax } from "./softmax.ts";
 * assert.equal(softmax.lossRight("0.867", "0.1427"), "对了：−ln 0.867 ≈ 0.1427。");
 * ```
 */
export const softmax: typeof English = {
  softmaxUndefined: (scores) => `输入 ${scores} 时它返回了 undefined：是不是忘了写 \`return\`？`,
  softmaxNotArray: (scores, described) =>
    `输入 ${scores} 时它返回了${described}，而不是一个概率数组。`,
  softmaxLength: (scores, length) => `输入 ${scores} 时它应该返回 ${length} 个数。`,
  softmaxEntry: (scores, index, described) =>
    `输入 ${scores} 时，索引为 ${index} 的一项是${described}，不是数。`,
  softmaxOverflow: "得分很大时 e^z 会溢出：先把每个得分都减去最大的那个。",
  softmaxSum: (sum) => `它们加起来是 ${sum}，不是 1：每个指数都要除以所有指数的和。`,
  softmaxGives: (scores, got, want, hint) =>
    `输入 ${scores} 时它给出 ${got}，应该是 ${want}。${hint}`,
  softmaxRight: "你的 softmax 是对的，而且得分很大时也不会溢出。",
  lossRight: (p, loss) => `对了：−ln ${p} ≈ ${loss}。`,
  lossHint: "损失是真实类别的概率取自然对数，再加上负号。",
  lossNoMinus: "是没有负号的 ln p：p < 1 时 ln p 是负数，而损失是正数。",
  lossLog10: "是 −log₁₀ p：损失用的是自然对数 ln，也就是 `Math.log`（不是 `Math.log10`）。",
  lossLog2: "是 −log₂ p：损失用的是自然对数 ln，也就是 `Math.log`。",
  lossPercent: (percent, p) =>
    `把概率写成了百分数（${percent}）：公式里的 p 是 0 到 1 之间的比例，也就是 ${p}。`,
  lossPercentNoMinus: (percent, p) =>
    `把概率写成了百分数（${percent}），还漏了负号：公式是 −ln p，其中 p = ${p}。`,
  lossOneMinus: "是 1 − p，也就是猜错的概率：损失是一个对数。",
  lossOfOneMinus: "是 −ln(1 − p)：要用的是真实类别本身的概率。",
  lossItself: "是概率本身：损失是它的对数再取负。",
  gradientWhat: "每个得分一个",
  gradientItself: "就是 softmax(z) 本身：梯度还要减去真实类别的独热编码（one-hot）向量。",
  gradientSign: "符号反了：这是独热编码向量减去 softmax(z)，而损失恰恰是沿这个方向增大的。" +
    "应该用概率减去独热编码向量。",
  gradientOfProbabilities: "是对概率的梯度（真实类别处为 −1/p）：还要继续穿过 softmax 往回传，" +
    "才能得到对得分 z 的梯度。",
  gradientOneHotAlone: "只有 −onehot(label)：还要加上概率 softmax(z)。",
  gradientIndex: (index, label) =>
    `在索引 ${index} 处减了 1，可真实类别是 ${label}：独热编码向量的 1 在标签对应的索引上` +
    "（从 0 开始数）。",
  gradientRight: (gradient) => `对了：梯度是 ${gradient}。`,
  gradientEntriesOff: (entries) =>
    `索引为 ${entries.join("、")} 的项不对。提示：第 k 项是 softmax 给类别 k 的概率；` +
    "如果 k 是真实类别，再减去 1。",
};
