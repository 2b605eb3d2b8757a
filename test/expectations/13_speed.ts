import type { CellExpectations } from "../notebook_expectations.ts";

/** What notebooks/13_speed.ipynb must show, by cell id. */
export const expectations: CellExpectations = {
  "imports": [{
    description: "the machine's cores and backend",
    text: /logical cores; TensorFlow\.js runs on \*\*wasm\*\*/,
  }],
  "arithmetic": [{
    description: "the multiply-adds of one image",
    text: /forward: 59008, backward: 67840, perImage: 126848/,
  }],
  "sweep": [{
    description: "the batch-size sweep as a chart",
    text: /tfjs-wasm[\s\S]*<svg[\s\S]*images learnt per second/,
  }],
  "sweep-data": [{
    description: "the sweep as a table",
    text: /<td>tfjs-wasm<\/td><td>15<\/td>[\s\S]*<td>fast, [12] threads?<\/td><td>256<\/td>/,
  }],
  "sweep-reading": [{
    description: "the sweep in words",
    text: /the fast engine is (\d+\.\d) times as fast as TensorFlow\.js/,
    accept: (m) => Number(m[1]) > 1,
  }],
  "transpose-trap": [{
    description: "a transposed product slower than transposing first",
    text:
      /matMul\(x, W, false, true\)<\/td><td>(\d+)<\/td>[\s\S]*matMul\(x, transpose\(W\)\)<\/td><td>(\d+)<\/td>/,
    accept: (m) => Number(m[1]) > Number(m[2]),
  }],
  "fixed-time": [{
    description: "accuracy after a fixed time, on the validation set",
    text: /<th>steps in 4 s<\/th>[\s\S]*<th>validation accuracy<\/th>/,
  }],
  "which-load": [{
    description: "which backends load",
    text: /<td>wasm<\/td><td>yes: wasm<\/td><\/tr><tr><td>cpu<\/td><td>yes: cpu<\/td>/,
  }],
  "webgpu-reading": [{
    description: "WebGPU measured, or said to be missing",
    text: /WebGPU ran on \*\*|This machine has no WebGPU/,
  }],
  "zeros": [{
    description: "the share of zero pixels",
    text: /\*\*(\d+)%\*\* of all training pixels are 0/,
    accept: (m) => Number(m[1]) === 81,
  }],
  "fast-run": [{
    description: "one epoch with the fast engine",
    text: /One epoch with the fast, [12] threads? engine: \*\*[\d.]+ s\*\*, test accuracy (0\.\d+)/,
    accept: (m) => Number(m[1]) >= 0.94,
  }],
};
