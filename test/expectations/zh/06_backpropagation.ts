import { expectations as english } from "../06_backpropagation.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/06_backpropagation.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the loss falling after one step":
    /走这一步之前<\/td><td>0\.5<\/td><td>1<\/td><td>2<\/td><td>1<\/td>[\s\S]*走这一步之后<\/td><td>0\.9<\/td><td>1\.2<\/td><td>3<\/td><td>0<\/td>/,
  "gradients shaped like the weights":
    /它的梯度的形状[\s\S]*W₁<\/td><td>64 × 784<\/td><td>64 × 784/,
});
