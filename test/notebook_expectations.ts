/**
 * What each notebook must show when executed: a test fails when an expected output is missing.
 * Every notebook in `notebooks/` needs an entry here.
 */

/** One output a notebook must produce. */
export interface Expectation {
  /** What the output is, for the failure message. */
  description: string;
  /** A MIME type one output must carry, such as `image/png` or `image/svg+xml`. */
  mime?: string;
  /** A pattern that the text of one output (plain text, stream, Markdown or HTML) must match. */
  text?: RegExp;
  /** Look only at this cell (counted from 1 among all cells). */
  cell?: number;
}

/** The expectations of each notebook, by file name. */
export const EXPECTATIONS: Record<string, Expectation[]> = {
  "00_setup.ipynb": [
    { description: "the Deno version", text: /deno: "2\.\d+\.\d+"/ },
    { description: "the wasm backend in use", text: /^"wasm"$/ },
    { description: "a first sum", text: /\[ 11, 22, 33 \]/ },
    { description: "MNIST's split sizes", text: /60000 training images and 10000 test images/ },
    { description: "the first digit drawn as a picture", mime: "image/png", cell: 12 },
    { description: "its label", text: /The label of this image is 5\./ },
    { description: "a grid of test digits", mime: "image/png", cell: 15 },
  ],
};
