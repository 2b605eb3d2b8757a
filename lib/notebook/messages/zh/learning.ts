/**
 * Chinese: the feedback of the checks on learning (`exercises/learning.ts`): a gradient-descent
 * step, the chain rule through one neuron, the steps of an epoch, Adam's first step.
 *
 * @module
 */
import type { learning as English } from "../en/learning.ts";

const sign = "(ŷ − y)² 对 ŷ 的导数是 2(ŷ − y)，不是 2(y − ŷ)。";

/**
 * The feedback of the learning checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { learning } from "./learning.ts";
 * assert.equal(learning.stepRight(0, "0.6"), "对了：权重从 0 变成了 0.6。");
 * ```
 */
export const learning: typeof English = {
  stepRight: (from, to) => `对了：权重从 ${from} 变成了 ${to}。`,
  stepHint: "逆着斜率的方向走一步，步长是学习率乘以斜率。",
  stepUphill: "是在往上坡走：这一步要逆着斜率走，所以要从 w 里减去 η·f'(w)。",
  stepMove: "是移动的大小 η·f'(w)：新的权重是旧权重减去它。",
  stepChange: "是权重的变化量 −η·f'(w)：还要把它加到旧权重 w 上。",
  stepSlope: "是损失的斜率，不是新的权重：新权重是 w − η·f'(w)。",
  stepNoRate: "忘了学习率：这一步是 η 乘以斜率。",
  stepDivides: "把斜率除以了学习率：应该是乘。",
  stepBefore: "是走这一步之前的权重。",
  gradientsRight: (dw, db) => `对了：dL/dw = ${dw}，dL/db = ${db}。`,
  bothWrongSign: `两个的符号都反了：${sign}`,
  noBias: "算预测值时漏了偏置项：ŷ = w·x + b。",
  swapped: "把 dw 和 db 弄反了。",
  dwMissingX: "少了因子 x：w 增加 1 时，z = w·x + b 增加 x，所以 dz/dw = x。",
  missingTwo: "少了平方带来的因子 2：d(ŷ − y)²/dŷ = 2(ŷ − y)。",
  dwMissingBoth: "少了两个因子：平方带来的 2，以及 dz/dw 带来的 x。",
  wrongSign: `符号反了：${sign}`,
  dwTimesW: "乘的是 w，但 dz/dw 是 x，也就是 w 所乘的那个输入。",
  lossItself: "是损失 (ŷ − y)² 本身，不是它的斜率。",
  dbExtraX: "多了一个因子 x：偏置项是直接加上去的，不乘 x，所以 dz/db = 1。",
  chainHint: "沿着链条从 L 往回走到 w（或 b），把每一环的斜率乘起来：先是 dL/dŷ，然后是 dŷ/dz，" +
    "最后是 dz/dw（或 dz/db）。",
  reluChainHint: "沿着链条从 L 往回走到 w（或 b），把每一环的斜率乘起来：先是 dL/dŷ，然后是 ReLU " +
    "在 z = w·x + b 处的斜率 dŷ/dz，最后是 dz/dw（或 dz/db）。",
  reluNotFlat: "把 ReLU 当成平的了，但这里 z = w·x + b 大于 0，ReLU 在这里的斜率是 1。",
  reluForgotSlope: "忘了 ReLU 的斜率：看看 z = w·x + b。它小于等于 0 时，ReLU 是平的，斜率为 0，" +
    "而链条上要乘的正是这个斜率。",
  reluLeftOut: "漏掉了 ReLU，把 ŷ 当成了 z：这里 z = w·x + b 小于等于 0，所以 ŷ = ReLU(z) 是 0，" +
    "而且是平的。",
  epochHint: "做个除法，别忘了最后那个小一点的批次也算一步。",
  epochLastBatch: (images) =>
    `漏掉了最后那个只有 ${images} 张图片的批次：它也算一步，所以要向上取整。`,
  epochFraction:
    "是一个带小数的步数：每一步都要用一整个批次（最后一个可以小一点），所以要向上取整。",
  epochMultiplies: "用了乘法：每一步取一个批次的图片，所以应该做除法。",
  adamSign: "带了负号：权重确实是逆着梯度走的，但一步的大小指的是它的长度，是个正数。",
  adamNoM: (share) =>
    `忘了修正 m 从零开始带来的偏差：走完第一步后 m = (1 − β₁)·g，只有 ${share}·g；` +
    "除以 1 − β₁ᵗ 就能把它修正回来。",
  adamNoV: (share) =>
    `忘了修正 v 从零开始带来的偏差：走完第一步后 v = (1 − β₂)·g²，所以 √v 只有 ${share}·|g|；` +
    "把 v 除以 1 − β₂ᵗ 就能修正回来。",
  adamNoCorrection: "两个从零开始带来的偏差都忘了修正：m 要除以 1 − β₁ᵗ，v 要除以 1 − β₂ᵗ。",
  adamPlain: "是 η·g，也就是普通梯度下降会走的一步：Adam 会把梯度的平均值除以梯度平方的平均值" +
    "的平方根。",
  adamNoRoot: "除以的是 v̂ = g²，而不是它的平方根。",
  adamRight: (eta) => `对了：Adam 的第一步让每个权重都移动 η = ${eta}，不管它的梯度有多大。`,
  adamHint: "第一步时，修正后的平均值是 m̂ = g 和 v̂ = g²；算一算 η·m̂ / (√v̂ + ε)。" +
    "（η·g 是普通梯度下降的一步。）",
};
