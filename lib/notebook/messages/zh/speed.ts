/**
 * Chinese: the feedback of the checks on training speed (`exercises/speed.ts`).
 *
 * @module
 */
import type { speed as English } from "../en/speed.ts";

/**
 * The feedback of the speed checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { speed } from "./speed.ts";
 * assert.equal(speed.epochMinutes, "是以分钟为单位的：要给出秒数。");
 * ```
 */
export const speed: typeof English = {
  fixedSwapped: "把 a 和 b 弄反了：a 是固定开销，也就是一步里一张图片都没有时要花的时间；" +
    "b 是每张图片的开销。",
  fixedSeconds: "是以秒为单位的：计时的单位是毫秒，a 和 b 也一样。",
  fixedRight: (a, b) => `对了：每一步有 ${a} ms 的固定开销，每张图片再加 ${b} ms。`,
  fixedNoisy:
    "不过每张图片的开销不可能小于零：计时的时候机器正忙着别的事。等机器空闲时再运行一次测速的单元格。",
  perImage: (batch) =>
    `是批次大小为 ${batch} 时每张图片分摊到的时间，里面还含着一部分固定开销：要比较两次计时。`,
  dividesByLarge: (large, small) =>
    `除以了 ${large}：多出来的时间 t${large} − t${small} 对应的是多出来的 ${
      large - small
    } 张图片。`,
  bWrongSign: (small, large) => `符号反了：用 t${large} 减去 t${small}。`,
  aWholeTime: (small) => `是批次大小为 ${small} 时的总时间：要减去这 ${small} 张图片的开销。`,
  aAddsImages: (small) => `加上了 ${small} 张图片的开销：应该减去。`,
  aFollowsB: "是从你的 b 推出来的：先把 b 改对。",
  bHint: (small, large) =>
    `两个批次大小给出两个方程：a + ${small}·b = t${small} 和 a + ${large}·b = t${large}；` +
    "把它们相减。",
  aHint: (small) => `把 b 代回 a + ${small}·b = t${small}。`,
  roundUp: (images) => `最后那个只有 ${images} 张图片的批次也算一步，所以步数要向上取整`,
  epochRight: (steps, ms, seconds) =>
    `对了：${steps} 步，每步 ${ms} ms，一个训练轮次（epoch）要 ${seconds} 秒。`,
  epochHint: "用一步的时间乘以一个训练轮次的步数，再换算成秒。",
  lastStep: (roundUp) => `漏掉了最后一步：${roundUp}。`,
  fractionOfStep: (roundUp) => `算出的步数带小数：${roundUp}。`,
  epochMilliseconds: "是以毫秒为单位的：除以 1000 换算成秒。",
  epochMillisecondsLastStep: (roundUp) =>
    `是以毫秒为单位的，而且漏掉了最后一步：${roundUp}，然后除以 1000 换算成秒。`,
  epochImages: "乘的是图片数：一步处理一整个批次，所以要乘以步数。",
  epochMinutes: "是以分钟为单位的：要给出秒数。",
};
