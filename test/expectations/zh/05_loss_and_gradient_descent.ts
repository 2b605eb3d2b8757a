import { expectations as english } from "../05_loss_and_gradient_descent.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/05_loss_and_gradient_descent.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "three learning rates": /太小[\s\S]*合适[\s\S]*太大/,
  "too small stays short, good reaches 3, too large diverges":
    /eta: 0\.02, "走 15 步后的 w": ([\d.]+)[\s\S]*eta: 0\.3, "走 15 步后的 w": ([\d.]+)[\s\S]*eta: 1\.05, "走 15 步后的 w": ([\d.]+)/,
});
