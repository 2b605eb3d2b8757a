/**
 * Chinese: the texts the course's pictures draw by default: digit grids' titles, charts' axes
 * and legends, and the teaching diagrams' labels.
 *
 * @module
 */
import type { pictures as English } from "../en/pictures.ts";

/**
 * The default texts of the pictures, in Chinese.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pictures } from "./pictures.ts";
 * assert.equal(pictures.predictedIs("3", "5"), "预测 3，实为 5");
 * assert.equal(pictures.ownWeights(64, "隐藏层 1", 784),
 *   "隐藏层 1 的 64 个节点，每个都有自己的 784 个权重 w 和一个偏置项 b");
 * ```
 */
export const pictures: typeof English = {
  label: (label) => `标签 ${label}`,
  predicted: (predicted) => `预测 ${predicted}`,
  predictedIs: (predicted, truth) => `预测 ${predicted}，实为 ${truth}`,
  column: "列",
  row: "行",
  indexInVector: "在向量中的位置",
  value: "数值",
  input: "输入",
  output: "输出",
  layer: (layer) => `第 ${layer} 层`,
  outputLayer: (layer) => `第 ${layer} 层（输出层）`,
  neuron: "节点",
  lossOfW: "损失 f(w)",
  decisionBoundary: "决策边界",
  batchSize: "批次大小 batchSize（每步的图片数）",
  imagesPerSecond: "每秒学习的图片数",
  epoch: "训练轮次（epoch）",
  accuracy: "正确率",
  inputName: "输入层",
  outputName: "输出层",
  hiddenName: (layer) => `隐藏层 ${layer}`,
  inputCount: (size) => `${size} 个输入（像素）`,
  scoreCount: (size) => `${size} 个得分`,
  neuronCount: (size) => `${size} 个节点`,
  scoreNoRelu: "得分 = z（输出层不套 ReLU）",
  theOutput: "输出层",
  // "隐藏层 1 的 …" but "输出层的 …": a space only after a number.
  ownWeights: (neurons, layer, weights) =>
    `${layer}${/\d$/.test(layer) ? " " : ""}的 ${neurons} 个节点，每个都有自己的 ${weights} 个` +
    "权重 w 和一个偏置项 b",
  networkAria: (layers) => `画成节点和连线的网络 ${layers}`,
  theImage: (rows, cols) => `图片：${rows} × ${cols} 像素`,
  pixelToPosition: "像素（第 r 行，第 c 列）→ 位置 i",
  forExample: (cols, row, col, index) =>
    `例如第 ${row} 行、第 ${col} 列 → ${cols}·${row} + ${col} = ${index}`,
  columns: (last) => `列 c = 0 … ${last} →`,
  rowNumber: (row) => `第 ${row} 行`,
  theVector: (length) => `向量：${length} 个数，一行接一行`,
  wrapped: (positions) => `本来是长长的一行，这里折行显示：每行 ${positions} 个位置`,
  rowPositions: (row, first, last) => `第 ${row} 行 → 位置 ${first}–${last}`,
  rowsAria: (rows, cols, length) =>
    `一张 ${rows} × ${cols} 的图片一行接一行排开，成为 ${length} 个数的向量`,
  batchImages: (images, pixels) => `${images} 张图片 × ${pixels} 个像素`,
  batchScores: (images, scores) => `${images} × ${scores} 个得分`,
  weightShape: (weights, rows, cols) => `${weights} 是 ${rows} × ${cols}`,
  image: "图片",
  oneRow: "一张图片 = 从头到尾的一行",
  batchAria: (images, layers) => `一个 ${images} 张图片的批次以矩阵的形式流过网络 ${layers}`,
};
