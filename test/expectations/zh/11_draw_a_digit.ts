import { expectations as english } from "../11_draw_a_digit.ts";
import { inChinese } from "./_chinese.ts";

/** What notebooks/zh/11_draw_a_digit.ipynb must show: what the English notebook shows, in Chinese words. */
export const expectations = inChinese(english, {
  "the trained network and its test accuracy":
    /(已从数据文件夹读取训练好的网络|刚刚训练好了网络)：测试集正确率 \*\*(0\.\d+)\*\*/,
  "how many numbers the pad carries": /网络全部 59,210 个权重和偏置项/,
  "test image 0 with its box, its centre of mass and the middle pixel":
    /<svg[\s\S]*列[\s\S]*stroke="#c0392b"[\s\S]*<circle/,
  "the 7's box pushed down by its centre of mass":
    /高 20 像素、宽 16 像素[\s\S]*离正中间的那个像素不到半个像素[\s\S]*一直到第 26 行才结束，离底边只有 1 行空白/,
  "the chart of the smallest margins of the test digits": /笔迹和最近的边缘之间空白的行数或列数/,
  "the share of test digits with ink within 2 pixels of an edge":
    /有 \*\*3,506\*\* 张（35\.1%）的笔迹离某条边不超过 2 个像素[\s\S]*其中 107 张（1\.1%）碰到了边缘/,
  "every box at most 20 pixels, every centre of mass by the middle pixel":
    /是 20 像素的有 9,997 张，是 19 像素的有 3 张[\s\S]*每一个都离正中间的像素 \(14, 14\) 不到半个像素/,
  "the chart of accuracy against a shift": /每张测试数字向右移动的像素数/,
  "the accuracy falling as the digits move":
    /网络能认对 \*\*([\d.]+)%\*\*[\s\S]*右移 4 个像素，([\d.]+)%/,
}, {
  "c002": [{
    description: "the drawing widget in Chinese",
    mime: "text/html",
    text: /网络看到的样子/,
  }],
});
