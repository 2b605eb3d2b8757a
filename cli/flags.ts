/**
 * The command-line flags of `deno task train`, parsed and checked.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { BACKENDS, isBackendName } from "../lib/network/backend.ts";
import { DATA_DIR } from "../lib/data/files.ts";
import { TUTORIAL_RECIPE } from "../lib/engines/tfjs.ts";

/** The engines that can train: the default, `fast`, or TensorFlow.js. */
export const ENGINES = ["fast", "tfjs"] as const;

/** The name of a training engine. */
export type EngineName = typeof ENGINES[number];

/** The settings of one training run. */
export interface TrainFlags {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** The backend asked for, when a flag named one (else the environment decides). */
  backend?: string;
  /** `fast` (plain TypeScript, two threads) or `tfjs` (TensorFlow.js on the chosen backend). */
  engine: EngineName;
  dataset: string;
  /** The folder the weights and the figure are written to. */
  out: string;
  json: boolean;
  help: boolean;
}

/** A flag that cannot be used; the command prints the message and exits with code 2. */
export class FlagError extends Error {
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
  --seed N          seed of the weights and the shuffle (default ${TUTORIAL_RECIPE.seed})
  --engine NAME     fast (default: the plain-TypeScript network of notebook 08 on two threads,
                    several times faster than TensorFlow.js at batch 15) or tfjs (TensorFlow.js
                    on the backend below; the default when --backend is given)
  --backend NAME    the TensorFlow.js backend: ${BACKENDS.join(", ")} (default wasm, or
                    $MNIST_BACKEND); it also evaluates and draws the network of either engine
  --dataset NAME    mnist, fashion (Debian's dataset-fashion-mnist) or a folder of IDX files
                    (default mnist)
  --out DIR         where to write the weights and the figure (default data/)
  --json            print one JSON object with the results at the end, nothing else on stdout
  --help            show this text

Writes <dataset>.weights.json (the trained network) and predictions.png into the output folder.`;

function number(flag: string, text: string | undefined, fallback: number, whole: boolean): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
    throw new FlagError(`--${flag} needs a ${whole ? "whole number" : "number"}, got "${text}"`);
  }
  if (flag !== "seed" && value <= 0) {
    throw new FlagError(`--${flag} must be greater than 0, got ${text}`);
  }
  return value;
}

/**
 * Parses the arguments of `deno task train`; throws {@linkcode FlagError} for anything wrong.
 *
 * @example
 * ```ts
 * import { parseTrainFlags } from "./flags.ts";
 * const flags = parseTrainFlags(["--epochs", "1", "--lr=0.01"]);
 * console.assert(flags.epochs === 1 && flags.learningRate === 0.01 && flags.batchSize === 15);
 * ```
 */
export function parseTrainFlags(args: string[]): TrainFlags {
  let values;
  try {
    ({ values } = parseArgs({
      args,
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
    }));
  } catch (error) {
    throw new FlagError(
      `${(error as Error).message.replace(/\.$/, "")}. Run with --help for usage.`,
    );
  }
  if (values.backend !== undefined && !isBackendName(values.backend)) {
    throw new FlagError(`--backend must be one of ${BACKENDS.join(", ")}, got "${values.backend}"`);
  }
  // Asking for a backend means asking for TensorFlow.js to train on it.
  const engine = values.engine ?? (values.backend === undefined ? "fast" : "tfjs");
  if (!(ENGINES as readonly string[]).includes(engine)) {
    throw new FlagError(`--engine must be fast or tfjs, got "${engine}"`);
  }
  return {
    engine: engine as EngineName,
    epochs: number("epochs", values.epochs, TUTORIAL_RECIPE.epochs, true),
    batchSize: number("batch-size", values["batch-size"], TUTORIAL_RECIPE.batchSize, true),
    learningRate: number("lr", values.lr, TUTORIAL_RECIPE.learningRate, false),
    seed: number("seed", values.seed, TUTORIAL_RECIPE.seed, true),
    backend: values.backend,
    dataset: values.dataset ?? "mnist",
    out: values.out ?? DATA_DIR,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
