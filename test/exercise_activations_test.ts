/** The checks of the activation exercises (04, 06). */
import { checkDerivative, checkReluBackward } from "../lib/notebook/exercises/mod.ts";
import { right, untyped, wrong } from "./_exercise_asserts.ts";

Deno.test("checkDerivative() compares with the activation's slope", () => {
  right(checkDerivative("tanh", (x) => 1 - Math.tanh(x) ** 2), /derivative of tanh/);
  right(checkDerivative("relu", (x) => (x > 0 ? 1 : 0)));
  wrong(
    checkDerivative("relu", () => 1),
    /^At x = -3 it gives 1, but the slope of relu there is 0\.0000\.$/,
  );
  wrong(checkDerivative("sigmoid", (x) => 1 / (1 + Math.exp(-x))), /sigmoid itself, not its slope/);
  wrong(
    checkDerivative("tanh", (x) => Math.tanh(x) ** 2 - 1),
    /minus the derivative of tanh/,
  );
  wrong(checkDerivative("tanh", untyped(() => "1")), /On x = -3 it returns the text "1"/);
  wrong(checkDerivative("tanh", untyped(() => {})), /forget `return`/);
  wrong(
    checkDerivative("tanh", () => {
      throw new Error("oops");
    }),
    /^It threw on x = -3: oops$/,
  );
});

Deno.test("checkReluBackward() wants the upstream gradient where z > 0 and 0 elsewhere", () => {
  right(checkReluBackward((z, up) => z.map((v, i) => (v > 0 ? up[i] : 0))), /z = 0 included/);
  const inPlace = (z: number[], up: number[]) => {
    for (let k = 0; k < z.length; k++) if (!(z[k] > 0)) up[k] = 0;
    return up;
  };
  right(checkReluBackward(inPlace));
  const shown = /on z = \[2,-1,0,3\.5,-0\.5\] and upstream = \[0\.5,0\.7,0\.9,-1\.2,-2\]/;
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v >= 0 ? up[i] : 0))), shown);
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v >= 0 ? up[i] : 0))), /at z = 0/);
  wrong(checkReluBackward((z) => z.map((v) => (v > 0 ? 1 : 0))), /the ReLU's slope alone/);
  wrong(checkReluBackward((_, up) => up.map((g) => Math.max(0, g))), /sign of the upstream/);
  wrong(checkReluBackward((_, up) => up), /passes every gradient through/);
  wrong(checkReluBackward((z) => z.map((v) => Math.max(0, v))), /ReLU\(z\), the forward pass/);
  wrong(
    checkReluBackward((z, up) => z.map((v, i) => Math.max(0, v) * up[i])),
    /multiplies by ReLU\(z\)/,
  );
  wrong(checkReluBackward((z, up) => z.map((v, i) => (v > 0 ? 0 : up[i]))), /other way round/);
  wrong(checkReluBackward((z) => z.map(() => 0)), /Hint: the ReLU's slope is 1 where z > 0/);
});

Deno.test("checkReluBackward() explains a function that throws or returns the wrong thing", () => {
  wrong(
    checkReluBackward(() => {
      throw new TypeError("z.map is not a function");
    }),
    /^It threw on z = \[2,-1,0,3\.5,-0\.5\] and upstream = .*: z\.map is not a function$/,
  );
  wrong(checkReluBackward(untyped(() => {})), /returns undefined: did you forget `return`/);
  wrong(checkReluBackward(() => [1, 2]), /Give 5 numbers \(one gradient per input\), got 2/);
  wrong(
    checkReluBackward(untyped(() => Promise.resolve([0]))),
    /returns a Promise: remove `async`/,
  );
  wrong(checkReluBackward(untyped("relu")), /Expected a function, got the text "relu"/);
});
