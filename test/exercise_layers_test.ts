/** The checks of the layer exercises (02). */
import { checkDense, checkParameterCount } from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

const LAYER = { W: [[1, -1], [0.5, 2]], x: [3, 1], b: [0.5, -3] };

Deno.test("checkDense() wants W·x + b and recognises a forgotten bias or a transposed W", () => {
  right(checkDense(LAYER, [2.5, 0.5]), /z = \[2\.5, 0\.5\]/);
  right(checkDense(LAYER, [2.5 + 1e-7, 0.5]));
  right(checkDense(LAYER, untyped(new Float32Array([2.5, 0.5]))));
  wrong(checkDense(LAYER, [2, 3.5]), /W·x without the biases/);
  wrong(checkDense(LAYER, [1.5, 6.5]), /subtracts the biases/);
  wrong(checkDense(LAYER, [4, -4]), /columns of W/);
  wrong(checkDense(LAYER, [2.5, 1]), /neuron 2 is off\. Multiply row 2 of W by x/);
  wrong(checkDense({ W: [[1]], x: [1], b: [0] }, [1, 2]), /Give 1 number \(one per neuron/);
  wrong(checkDense(LAYER, untyped(2.5)), /as an array, got 2\.5/);
});

Deno.test("checkParameterCount() counts weights and biases and recognises partial counts", () => {
  right(checkParameterCount([784, 128, 10], 101770));
  right(checkParameterCount([784, 64, 64, 64, 10], 59210));
  wrong(checkParameterCount([784, 128, 10], 101632), /counts the weights only/);
  wrong(checkParameterCount([784, 128, 10], 102554), /gives the 784 inputs biases too/);
  wrong(checkParameterCount([784, 128, 10], 1003520), /multiplies all the sizes/);
  wrong(checkParameterCount([784, 128, 10], 138), /counts the neurons/);
  wrong(checkParameterCount([784, 128, 10], 100480), /inputs × outputs weights/);
});
