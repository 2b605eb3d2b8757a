import assert from "node:assert/strict";
import { DATA_DIR } from "../lib/data/files.ts";
import { FlagError, parseTrainFlags, TRAIN_USAGE } from "../cli/flags.ts";

Deno.test("parseTrainFlags() defaults to the tutorial's recipe", () => {
  assert.deepEqual(parseTrainFlags([]), {
    epochs: 2,
    batchSize: 15,
    learningRate: 0.001,
    seed: 0,
    backend: undefined,
    engine: "fast",
    dataset: "mnist",
    out: DATA_DIR,
    json: false,
    help: false,
  });
});

Deno.test("parseTrainFlags() reads every flag, with spaces or equals signs", () => {
  const flags = parseTrainFlags([
    "--epochs=3",
    "--batch-size",
    "128",
    "--lr",
    "0.01",
    "--seed=4",
    "--backend",
    "cpu",
    "--engine",
    "tfjs",
    "--dataset",
    "fashion",
    "--out",
    "/tmp/x",
    "--json",
  ]);
  assert.deepEqual(flags, {
    epochs: 3,
    batchSize: 128,
    learningRate: 0.01,
    seed: 4,
    backend: "cpu",
    engine: "tfjs",
    dataset: "fashion",
    out: "/tmp/x",
    json: true,
    help: false,
  });
  assert.equal(parseTrainFlags(["-h"]).help, true);
});

Deno.test("parseTrainFlags() trains with TensorFlow.js when a backend is asked for", () => {
  assert.equal(parseTrainFlags(["--backend", "cpu"]).engine, "tfjs");
  assert.equal(parseTrainFlags(["--backend", "webgpu"]).backend, "webgpu");
  // MNIST_BACKEND asks for one too; the environment then chooses it (backend stays undefined).
  const asked = { get: (name: string) => name === "MNIST_BACKEND" ? "webgpu" : undefined };
  assert.deepEqual(
    [parseTrainFlags([], asked).engine, parseTrainFlags([], asked).backend],
    ["tfjs", undefined],
  );
  assert.equal(parseTrainFlags(["--engine", "fast"], asked).engine, "fast");
  assert.equal(parseTrainFlags(["--engine", "tfjs"]).engine, "tfjs");
  assert.equal(parseTrainFlags(["--engine", "scratch"]).engine, "scratch");
  assert.throws(
    () => parseTrainFlags(["--backend", "cpu", "--engine", "fast"]),
    /--engine fast does not use TensorFlow\.js: drop --backend, or use --engine tfjs/,
  );
});

Deno.test("parseTrainFlags() reads relative paths from the caller's folder", () => {
  const env = { get: (name: string) => name === "INIT_CWD" ? "/home/learner/work" : undefined };
  const flags = parseTrainFlags(["--out", "results", "--dataset", "../digits"], env);
  assert.equal(flags.out, "/home/learner/work/results");
  assert.equal(flags.dataset, "/home/learner/digits");
  assert.equal(parseTrainFlags(["--out", "/abs/dir"], env).out, "/abs/dir");
  assert.equal(parseTrainFlags(["--dataset", "fashion"], env).dataset, "fashion");
  const elsewhere = parseTrainFlags(["--out", "results"], { get: () => undefined });
  assert.equal(elsewhere.out, `${Deno.cwd()}/results`, "without INIT_CWD, the current folder");
});

Deno.test("parseTrainFlags() rejects bad flags with a clear FlagError", () => {
  const cases: [string[], RegExp][] = [
    [["--epochs", "two"], /--epochs needs a whole number written in digits, got "two"/],
    [["--epochs", "1.5"], /--epochs needs a whole number written in digits/],
    [["--epochs", "0x2"], /--epochs needs a whole number written in digits, got "0x2"/],
    [["--epochs", "2e0"], /--epochs needs a whole number written in digits/],
    [["--epochs", "0"], /--epochs must be from 1 to 10000, got 0/],
    [["--batch-size", "0"], /--batch-size must be from 1 to 1048576, got 0/],
    [["--seed=-4"], /--seed needs a whole number written in digits, got "-4"/],
    [["--seed", "4294967296"], /--seed must be from 0 to 4294967295, got 4294967296/],
    [["--lr", ""], /--lr needs a number/],
    [["--lr", "0x10"], /--lr needs a number, got "0x10"/],
    [["--lr=-0.1"], /--lr must be greater than 0/],
    [["--backend", "gpu"], /--backend must be one of wasm, cpu, webgpu, node, node-gpu, got "gpu"/],
    [["--speed"], /Unknown option '--speed'.*--help/],
    [["--engine", "gpu"], /--engine must be one of fast, tfjs, scratch, got "gpu"/],
    [["--out", ""], /--out needs a folder, got an empty string/],
    [["--epochs"], /argument missing/],
    [["mnist"], /Unexpected argument 'mnist'/],
  ];
  for (const [args, message] of cases) {
    assert.throws(() => parseTrainFlags(args), (error: Error) => {
      assert.ok(error instanceof FlagError, `${args}: ${error}`);
      assert.match(error.message, message);
      return true;
    });
  }
});

Deno.test("the usage text names every flag", () => {
  for (
    const flag of [
      "--epochs",
      "--batch-size",
      "--lr",
      "--seed",
      "--backend",
      "--engine",
      "--dataset",
      "--out",
      "--json",
      "--help",
    ]
  ) {
    assert.ok(TRAIN_USAGE.includes(flag), flag);
  }
});
