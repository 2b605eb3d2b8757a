/**
 * What each notebook must show when executed: a test fails when an expected output is missing.
 * Every notebook in `notebooks/` needs an entry here. Expectations name the cell (by its id, which
 * stays when cells are added or moved) whose outputs must hold them.
 */

/** One output a notebook must produce. */
export interface Expectation {
  /** What the output is, for the failure message. */
  description: string;
  /** A MIME type one output must carry, such as `image/png` or `image/svg+xml`. */
  mime?: string;
  /** A pattern that the text of one output (plain text, stream, Markdown or HTML) must match. */
  text?: RegExp;
  /** A further test of the `text` match, such as a number's range. */
  accept?: (match: RegExpMatchArray) => boolean;
}

/** The expectations of each notebook, by file name, then by the id of the cell that shows them. */

/** A notebook's expectations, by the id of the cell whose outputs must meet them. */
export type CellExpectations = Record<string, Expectation[]>;

import { expectations as e00 } from "./expectations/00_setup.ts";
import { expectations as e01 } from "./expectations/01_image_as_matrix.ts";
import { expectations as e02 } from "./expectations/02_fully_connected_layers.ts";
import { expectations as e03 } from "./expectations/03_softmax.ts";
import { expectations as e04 } from "./expectations/04_activation_functions.ts";
import { expectations as e05 } from "./expectations/05_loss_and_gradient_descent.ts";
import { expectations as e06 } from "./expectations/06_backpropagation.ts";
import { expectations as e07 } from "./expectations/07_minibatches_and_optimizers.ts";
import { expectations as e08 } from "./expectations/08_training_loop.ts";
import { expectations as e09 } from "./expectations/09_what_the_network_learned.ts";
import { expectations as e10 } from "./expectations/10_from_scratch.ts";
import { expectations as e11 } from "./expectations/11_draw_a_digit.ts";
import { expectations as e12 } from "./expectations/12_fashion_mnist.ts";
import { expectations as e13 } from "./expectations/13_speed.ts";

/**
 * The Chinese edition's expectations, by file name (each in `test/expectations/zh/`, found by
 * `test/expectations/zh/mod.ts`).
 */
export { EXPECTATIONS_ZH } from "./expectations/zh/mod.ts";

/** The expectations of each notebook, by file name (each in `test/expectations/`). */
export const EXPECTATIONS: Record<string, CellExpectations> = {
  "00_setup.ipynb": e00,
  "01_image_as_matrix.ipynb": e01,
  "02_fully_connected_layers.ipynb": e02,
  "03_softmax.ipynb": e03,
  "04_activation_functions.ipynb": e04,
  "05_loss_and_gradient_descent.ipynb": e05,
  "06_backpropagation.ipynb": e06,
  "07_minibatches_and_optimizers.ipynb": e07,
  "08_training_loop.ipynb": e08,
  "09_what_the_network_learned.ipynb": e09,
  "10_from_scratch.ipynb": e10,
  "11_draw_a_digit.ipynb": e11,
  "12_fashion_mnist.ipynb": e12,
  "13_speed.ipynb": e13,
};
