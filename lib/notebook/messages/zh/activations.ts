/**
 * Chinese: the feedback of the checks on activation functions (`exercises/activations.ts`).
 *
 * @module
 */
import type { activations as English } from "../en/activations.ts";

/**
 * The feedback of the activation checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { activations } from "./activations.ts";
 * assert.equal(activations.derivativeRight("tanh"), "没错，这就是 tanh 的导数。");
 * ```
 */
export const activations: typeof English = {
  derivativeRight: (name) => `没错，这就是 ${name} 的导数。`,
  derivativeItself: (name) =>
    `这是 ${name} 本身，不是它的斜率。导数说的是函数在 x 处变化得有多快。`,
  derivativeMinus: (name) => `这是 ${name} 的导数再取负：检查一下符号。`,
  derivativeAt: (x, got, name, slope) =>
    `在 x = ${x} 处它给出 ${got}，但 ${name} 在那里的斜率是 ${slope}。`,
  reluInputs: (z, upstream) => `z = ${z}、upstream = ${upstream}`,
  reluUndefined: (inputs) => `输入 ${inputs} 时它返回了 undefined：是不是忘了写 \`return\`？`,
  reluWhat: "每个输入一个梯度",
  reluOn: (inputs, problem) => `输入 ${inputs} 时：${problem}`,
  reluSlopeAlone: "只是整流函数（ReLU）的斜率：还要乘上从上游传回来的梯度（链式法则）。",
  reluAtZero: "在 z = 0 处让梯度通过了：这门课把 ReLU 在 0 处的斜率取为 0，所以只在 z > 0 的" +
    "地方让梯度通过。",
  reluGatesUpstream: "是按上游梯度的正负来放行的：决定放不放行的是 z，也就是 ReLU 的输入；" +
    "负的梯度也一样会往回传。",
  reluPassesAll: "让所有梯度都通过了：在 z ≤ 0 的地方 ReLU 是平的，梯度传不回去。",
  reluForward: "是 ReLU(z)，也就是正向传播的结果：反向传播返回的是梯度。",
  reluTimesValue: "乘的是 ReLU(z) 这个函数值，而不是它的斜率（1 或 0）。",
  reluReversed: "正好反了：梯度在 z > 0 的地方通过，在其他地方停下。",
  reluGivesMistake: (inputs, gives, mistake) =>
    `输入 ${inputs} 时它给出 ${gives}，这个结果${mistake}`,
  reluGives: (inputs, gives) =>
    `输入 ${inputs} 时它给出 ${gives}。提示：z > 0 时 ReLU 的斜率是 1，其他地方是 0；` +
    "用它去乘上游梯度。",
  reluRight: "你的 ReLU 反向传播是对的，z = 0 的情况也没问题。",
};
