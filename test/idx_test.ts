import assert from "node:assert/strict";
import { gunzip, isGzip, parseIdx, readIdxFile } from "../lib/data/idx.ts";
import { gzip, idxBytes } from "./_helpers.ts";

Deno.test("parseIdx() reads dimensions big-endian and returns the data after the header", () => {
  const { dims, data } = parseIdx(idxBytes([2, 3, 258], new Array(2 * 3 * 258).fill(7)));
  assert.deepEqual(dims, [2, 3, 258]);
  assert.equal(data.length, 1548);
  assert.equal(data[0], 7);
});

Deno.test("parseIdx() rejects a wrong magic number and names the source", () => {
  const bytes = idxBytes([1], [0]);
  bytes[2] = 0x0d; // float data, which MNIST never uses
  assert.throws(
    () => parseIdx(bytes, "labels.idx"),
    /labels\.idx is not an IDX file.*magic number is 3329/,
  );
  assert.throws(() => parseIdx(new Uint8Array([1, 2]), "x"), /only 2 bytes/);
});

Deno.test("parseIdx() rejects truncated data and trailing bytes", () => {
  const full = idxBytes([3, 2, 2], new Array(12).fill(1));
  assert.throws(
    () => parseIdx(full.subarray(0, full.length - 1), "f"),
    /f is truncated.*12 bytes.*found 11/,
  );
  assert.throws(
    () => parseIdx(full.subarray(0, 10), "f"),
    /f is truncated: its header needs 16 bytes/,
  );
  const extra = new Uint8Array([...full, 0, 0]);
  assert.throws(() => parseIdx(extra, "f"), /f is corrupt.*found 2 more/);
});

Deno.test("readIdxFile() reads plain and gzip-compressed files alike", async () => {
  const bytes = idxBytes([3], [5, 0, 4]);
  const dir = await Deno.makeTempDir();
  await Deno.writeFile(`${dir}/plain`, bytes);
  await Deno.writeFile(`${dir}/packed.gz`, await gzip(bytes));
  assert.ok(isGzip(await Deno.readFile(`${dir}/packed.gz`)));
  for (const name of ["plain", "packed.gz"]) {
    const { dims, data } = await readIdxFile(`${dir}/${name}`);
    assert.deepEqual(dims, [3]);
    assert.deepEqual([...data], [5, 0, 4]);
  }
  await Deno.remove(dir, { recursive: true });
});

Deno.test("readIdxFile() explains a missing file and a corrupt gzip file", async () => {
  await assert.rejects(
    readIdxFile("/no/such/file"),
    /Cannot read \/no\/such\/file: the file does not exist/,
  );
  const dir = await Deno.makeTempDir();
  const packed = await gzip(idxBytes([3], [1, 2, 3]));
  await Deno.writeFile(`${dir}/bad.gz`, packed.subarray(0, packed.length - 6));
  await assert.rejects(readIdxFile(`${dir}/bad.gz`), /bad\.gz is a corrupt gzip file/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("gunzip() undoes gzip", async () => {
  const bytes = new Uint8Array(1000).map((_, i) => i % 251);
  assert.deepEqual(await gunzip(await gzip(bytes)), bytes);
});
