import { expectations as english } from "../02_fully_connected_layers.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/02_fully_connected_layers.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the network as nodes and edges, one neuron's sum written out":
    /784 个输入（像素）[\s\S]*h = ReLU\(z\)|h = ReLU\(z\)[\s\S]*784 个输入（像素）/,
  "the activations of each layer": /第 4 层（输出层）/,
  "the share of zeros in each hidden layer, between a quarter and three quarters":
    /分别有\s+\*\*(\d+)、(\d+)、(\d+)\*\* 个/,
  "the untrained guess, and scores that are not probabilities":
    /还没训练的网络猜的是 \*\*\d\*\*；真实的标签是 \*\*7\*\*。这些得分加起来是\s+(-?\d+\.\d+)，其中有 (\d+) 个是负数/,
  "the untrained accuracy near one in ten": /猜对了\s+\*\*[\d,]+\*\* 个：(\d+\.\d)%/,
  "a batch of 15 images flowing through the layers": /15 张图片 × 784 个像素[\s\S]*15 × 10 个得分/,
  "row 0 of the batch equals the image computed alone":
    /两组得分之间最大的差是 \*\*(0|\d(?:\.\d+)?e-\d+)\*\*/,
});
