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
    "--seed=-4",
    "--backend",
    "cpu",
    "--engine",
    "fast",
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
    seed: -4,
    backend: "cpu",
    engine: "fast",
    dataset: "fashion",
    out: "/tmp/x",
    json: true,
    help: false,
  });
  assert.equal(parseTrainFlags(["-h"]).help, true);
});

Deno.test("parseTrainFlags() trains with TensorFlow.js when a backend is asked for", () => {
  assert.equal(parseTrainFlags(["--backend", "cpu"]).engine, "tfjs");
  assert.equal(parseTrainFlags(["--engine", "tfjs"]).engine, "tfjs");
  // An explicit engine wins; the backend then only evaluates and draws.
  assert.equal(parseTrainFlags(["--backend", "cpu", "--engine", "fast"]).engine, "fast");
});

Deno.test("parseTrainFlags() rejects bad flags with a clear FlagError", () => {
  const cases: [string[], RegExp][] = [
    [["--epochs", "two"], /--epochs needs a whole number, got "two"/],
    [["--epochs", "1.5"], /--epochs needs a whole number/],
    [["--batch-size", "0"], /--batch-size must be greater than 0/],
    [["--lr", ""], /--lr needs a number/],
    [["--lr=-0.1"], /--lr must be greater than 0/],
    [["--backend", "gpu"], /--backend must be one of wasm, cpu, node, node-gpu, got "gpu"/],
    [["--speed"], /Unknown option '--speed'.*--help/],
    [["--engine", "gpu"], /--engine must be fast or tfjs, got "gpu"/],
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
