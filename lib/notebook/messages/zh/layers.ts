/**
 * Chinese: the feedback of the checks on fully connected layers (`exercises/layers.ts`).
 *
 * @module
 */
import type { layers as English } from "../en/layers.ts";

/**
 * The feedback of the layer checks, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { layers } from "./layers.ts";
 * assert.equal(layers.denseRight("[2.5]"), "对了：z = [2.5]。");
 * ```
 */
export const layers: typeof English = {
  denseWhat: "每个节点一个，也就是 W 的每一行一个",
  denseNoBias: "是不带偏置项的 W·x：还要给每个节点的和加上它的偏置项。",
  denseMinusBias: "减去了偏置项：z = W·x + b 是加上偏置项。",
  denseColumns: "用 W 的列去乘 x 了：第 j 个节点的权重是 W 的第 j 行。",
  denseRight: (z) => `对了：z = ${z}。`,
  denseNeuronOff: (neuron) =>
    `第 ${neuron} 个节点算得不对。把 W 的第 ${neuron} 行和 x 逐个元素相乘，把乘积加起来，` +
    "再加上这个节点的偏置项。",
  paramsHint: "每一层有「输入数 × 输出数」个权重，每个输出再加一个偏置项。",
  paramsWeightsOnly: "只数了权重：每个节点还有一个偏置项。",
  paramsInputBiases: (inputs) =>
    `给 ${inputs} 个输入也算了偏置项：它们是像素，不是节点；只有做计算的网络层才有偏置项。`,
  paramsProduct: "把所有层的大小乘在了一起：权重只连接相邻的两层，所以要把每一层的个数加起来。",
  paramsNeurons: "数的是节点（每个节点一个偏置项），没有数连接它们的权重。",
};
