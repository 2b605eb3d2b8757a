/**
 * The Chinese catalogue, by topic, declared with the English catalogue's type: a missing or
 * extra key, or a message with parameters of other types, does not compile.
 *
 * @module
 */
import type { en } from "../en/mod.ts";
import { feedback } from "./feedback.ts";
import { images } from "./images.ts";
import { layers } from "./layers.ts";
import { softmax } from "./softmax.ts";
import { activations } from "./activations.ts";
import { learning } from "./learning.ts";
import { evaluation } from "./evaluation.ts";
import { history } from "./history.ts";
import { speed } from "./speed.ts";
import { engines } from "./engines.ts";
import { notebook } from "./notebook.ts";
import { pictures } from "./pictures.ts";

/**
 * The Chinese messages, by topic, in the tutorial's words (归一化, 偏置项, 批次, 训练轮次 …).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { zh } from "./mod.ts";
 * assert.equal(zh.pictures.label("5"), "标签 5");
 * ```
 */
export const zh: typeof en = {
  feedback,
  images,
  layers,
  softmax,
  activations,
  learning,
  evaluation,
  history,
  speed,
  engines,
  notebook,
  pictures,
};
