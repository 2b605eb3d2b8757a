/**
 * Chinese: the feedback of the check on reading a training history (`exercises/history.ts`).
 *
 * @module
 */
import type { history as English } from "../en/history.ts";

/**
 * The feedback of the training-history check, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { history } from "./history.ts";
 * assert.equal(history.notBelow(300, "0.6", "0.5"), "第 300 步的损失是 0.6，没有低于 0.5。");
 * ```
 */
export const history: typeof English = {
  aStepOrNull: "一个步数，或者 null",
  aStep: "一个步数",
  noneBelowRight: (t) => `对了：记录下来的损失没有一个低于 ${t}。`,
  noneBelowRightLowest: (t, loss, step) =>
    `对了：记录下来的损失没有一个低于 ${t}（最低的是第 ${step} 步的 ${loss}）。`,
  noneBelow: (t) => `记录下来的损失没有一个低于 ${t}。这种情况下，答案是 \`null\`。`,
  noneBelowLowest: (t, loss, step) =>
    `记录下来的损失没有一个低于 ${t}；最低的是第 ${step} 步的 ${loss}。这种情况下，答案是 \`null\`。`,
  someBelow: (t) => `有一些记录下来的损失低于 ${t}。`,
  positionFromZero: "是这个点在历史记录里的位置（从 0 数起），不是它的步数：要读这个点的 `step`。",
  position: "是这个点在历史记录里的位置，不是它的步数：要读这个点的 `step`。",
  lossThere: "是那个点的损失：要给出它的步数。",
  lastBelow: (t) => `是损失低于 ${t} 的最后一个记录步数：题目问的是第一个。`,
  lowestLoss: (t) => `是损失最低的地方，而不是损失第一次降到 ${t} 以下的地方。`,
  exactlyAt: (t) => `那里的损失正好是 ${t}：「低于」是严格小于。`,
  pointBefore: (loss, t) => `是前一个点：它的损失 ${loss} 还没有低于 ${t}。`,
  firstBelowRight: (t, step, loss) => `对了：损失在第 ${step} 步第一次降到 ${t} 以下（${loss}）。`,
  noSuchStep: (step, t, every) =>
    `历史记录里没有步数为 ${step} 的点` +
    (every ? `；历史记录每 ${every} 步记一个点` : "") +
    `。找出第一个 \`loss\` 低于 ${t} 的点，给出它的 \`step\`。`,
  earlierBelow: (step, loss, t) =>
    `第 ${step} 步的损失 ${loss} 确实低于 ${t}，但更早的点就已经低于它了。`,
  notBelow: (step, loss, t) => `第 ${step} 步的损失是 ${loss}，没有低于 ${t}。`,
};
