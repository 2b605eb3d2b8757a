/**
 * The English catalogue: every text the library shows a learner, by topic. Its type is the
 * catalogue's type: the Chinese one must have the same keys and parameter lists.
 *
 * @module
 */
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
 * The English messages, by topic: the exercise checks' (`feedback`, shared; then one topic per
 * file of `exercises/`), the notebook outputs' (`notebook`) and the pictures' (`pictures`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { en } from "./mod.ts";
 * assert.equal(en.pictures.label("5"), "label 5");
 * ```
 */
export const en = {
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
