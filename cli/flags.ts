/**
 * The command-line flags of `deno task train`, parsed and checked.
 *
 * @module
 */
import { isAbsolute, resolve } from "node:path";
import { parseCommandArgs, UsageError } from "./_command.ts";
import { BACKEND_ENV, BACKENDS, isBackendName } from "../lib/network/backend_names.ts";
import { DATA_DIR } from "../lib/data/files.ts";
import { type EngineName, ENGINES, isEngineName } from "../lib/training/engine.ts";
import { MAX_SEED, TUTORIAL_RECIPE } from "../lib/training/recipe.ts";

/** The settings of one training run. */
export interface TrainFlags {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** The TensorFlow.js backend asked for, when a flag named one (else the environment decides). */
  backend?: string;
  /** `fast` (plain TypeScript, two threads), `tfjs` (TensorFlow.js) or `scratch`. */
  engine: EngineName;
  /** `mnist`, `fashion`, or the absolute path of a folder of IDX files. */
  dataset: string;
  /** The absolute path of the folder the weights and the figure are written to. */
  out: string;
  json: boolean;
  help: boolean;
}

/** A flag that cannot be used; the command prints the message and exits with code 2. */
export class FlagError extends UsageError {
  override name = "FlagError";
}

/** The `--help` text of `deno task train`. */
export const TRAIN_USAGE =
  `Trains the tutorial's network (784 → 64 → 64 → 64 → 10, ReLU, Adam) on MNIST.

Usage: deno task train [options]

Options:
  --epochs N        passes over the 60,000 training images (default ${TUTORIAL_RECIPE.epochs})
  --batch-size N    images per step (default ${TUTORIAL_RECIPE.batchSize})
  --lr X            Adam's learning rate (default ${TUTORIAL_RECIPE.learningRate})
  --seed N          seed of the weights and the shuffle, 0 to ${MAX_SEED} (default ${TUTORIAL_RECIPE.seed})
  --engine NAME     fast (default: the plain-TypeScript network of notebook 10 on two threads),
                    tfjs (TensorFlow.js on the backend below; the default when --backend or
                    $MNIST_BACKEND is given) or scratch (the plain network of notebook 10, one
                    thread)
  --backend NAME    TensorFlow.js's backend: ${BACKENDS.join(", ")} (default wasm, or
                    $MNIST_BACKEND); webgpu runs on a GPU through WebGPU and needs an
                    adapter: a GPU's Vulkan driver, or Mesa's software one (Debian's
                    mesa-vulkan-drivers, which runs on the CPU)
  --dataset NAME    mnist, fashion (Debian's dataset-fashion-mnist) or a folder of IDX files
                    (default mnist)
  --out DIR         where to write the weights and the figure (default data/)
  --json            print one JSON object with the results at the end, nothing else on stdout
  --help            show this text

Writes <dataset>.weights.json (the trained network) and <dataset>.predictions.png into the
output folder; weights made there with another recipe are kept under a dated name. Relative
paths are read from the folder you run the command in. A loss that stops being a number ends
the run with an error, and nothing is saved.`;

/** A whole number written in plain digits, such as 15 (not 1.5e1, 0x0f or 15.0). */
function whole(flag: string, text: string | undefined, fallback: number, min: number, max: number) {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) {
    throw new FlagError(`--${flag} needs a whole number written in digits, got "${text}"`);
  }
  const value = Number(text);
  if (value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`;
    throw new FlagError(`--${flag} must be ${range}, got ${text}`);
  }
  return value;
}

function positive(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || /^\s*0x/i.test(text)) {
    throw new FlagError(`--${flag} needs a number, got "${text}"`);
  }
  if (value <= 0) throw new FlagError(`--${flag} must be greater than 0, got ${text}`);
  return value;
}

/** The environment variables the flags depend on (the process's, unless a test gives others). */
export interface FlagEnvironment {
  get(name: string): string | undefined;
}

/** A path as the user meant it: relative paths start at the folder the command was run from. */
function userPath(flag: string, text: string, env: FlagEnvironment): string {
  if (text.trim() === "") throw new FlagError(`--${flag} needs a folder, got an empty string`);
  // `deno task` runs commands in the course folder; it keeps the caller's folder in INIT_CWD.
  return isAbsolute(text) ? text : resolve(env.get("INIT_CWD") ?? Deno.cwd(), text);
}

/**
 * Parses the arguments of `deno task train`; throws {@linkcode FlagError} for anything wrong.
 * `env` gives `MNIST_BACKEND` (a backend asked for) and `INIT_CWD` (the folder relative paths
 * start from).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseTrainFlags } from "./flags.ts";
 * const flags = parseTrainFlags(["--epochs", "1", "--lr=0.01"]);
 * assert.deepEqual([flags.epochs, flags.learningRate, flags.batchSize], [1, 0.01, 15]);
 * ```
 */
export function parseTrainFlags(args: string[], env: FlagEnvironment = Deno.env): TrainFlags {
  const { values } = parseCommandArgs(args, {
    strict: true,
    allowPositionals: false,
    options: {
      epochs: { type: "string" },
      "batch-size": { type: "string" },
      lr: { type: "string" },
      seed: { type: "string" },
      backend: { type: "string" },
      engine: { type: "string" },
      dataset: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }, FlagError);
  if (values.backend !== undefined && !isBackendName(values.backend)) {
    throw new FlagError(`--backend must be one of ${BACKENDS.join(", ")}, got "${values.backend}"`);
  }
  // Asking for a backend (with the flag, or with the environment variable that the notebooks'
  // useBackend() reads too) means asking for TensorFlow.js to train on it.
  const backendAsked = values.backend !== undefined || Boolean(env.get(BACKEND_ENV));
  const engine = values.engine ?? (backendAsked ? "tfjs" : "fast");
  if (!isEngineName(engine)) {
    throw new FlagError(`--engine must be one of ${ENGINES.join(", ")}, got "${engine}"`);
  }
  if (values.backend !== undefined && engine !== "tfjs") {
    throw new FlagError(
      `--backend chooses where TensorFlow.js computes, but --engine ${engine} does not use ` +
        "TensorFlow.js: drop --backend, or use --engine tfjs",
    );
  }
  const dataset = values.dataset ?? "mnist";
  return {
    engine,
    epochs: whole("epochs", values.epochs, TUTORIAL_RECIPE.epochs, 1, 10_000),
    batchSize: whole("batch-size", values["batch-size"], TUTORIAL_RECIPE.batchSize, 1, 1 << 20),
    learningRate: positive("lr", values.lr, TUTORIAL_RECIPE.learningRate),
    seed: whole("seed", values.seed, TUTORIAL_RECIPE.seed, 0, MAX_SEED),
    backend: values.backend,
    dataset: dataset === "mnist" || dataset === "fashion"
      ? dataset
      : userPath("dataset", dataset, env),
    out: values.out === undefined ? DATA_DIR : userPath("out", values.out, env),
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
