/**
 * `deno task train`: the tutorial's program as a command. Loads the dataset, reports the
 * untrained accuracy, trains, reports the accuracy after each epoch, saves the weights and draws
 * a few test digits titled with the network's predictions.
 *
 * @module
 */
import { join } from "node:path";
import { DatasetNotFoundError, takeFirst } from "../lib/data/dataset.ts";
import { writeFileAtomic } from "../lib/data/files.ts";
import { predictionsFileName, trainAndSave } from "../lib/engines/trained.ts";
import { predictionGrid } from "../lib/pictures/digits.ts";
import type { EpochResult } from "../lib/training/loop.ts";
import { SettingError } from "../lib/training/recipe.ts";
import { FlagError, parseTrainFlags, TRAIN_USAGE } from "./flags.ts";
import { terminalProgress } from "./progress.ts";

/** How many test images the figure shows. */
const SHOWN = 16;

async function main(args: string[]): Promise<number> {
  const flags = parseTrainFlags(args);
  if (flags.help) {
    console.log(TRAIN_USAGE);
    return 0;
  }
  // With --json, stdout carries only the final JSON object.
  const say = flags.json ? () => {} : (line: string) => console.log(line);
  const progress = terminalProgress(flags.epochs);
  const run = await trainAndSave({
    ...flags,
    outDir: flags.out,
    onProgress: progress.onProgress,
    onEpoch: (e: EpochResult) => {
      progress.finish();
      say(
        `Epoch ${e.epoch}: test accuracy ${e.accuracy!.toFixed(4)}, mean loss ` +
          `${e.meanLoss.toFixed(4)}, ${e.seconds.toFixed(1)} s`,
      );
    },
    onStart: ({ engine, dataset, initialAccuracy }) => {
      say(
        `Dataset ${dataset.name}: ${dataset.train.count.toLocaleString("en-US")} training and ` +
          `${dataset.test.count.toLocaleString("en-US")} test images; engine ${engine.name} ` +
          `(${engine.description})`,
      );
      say(`Accuracy before training: ${initialAccuracy.toFixed(4)} (a guess among 10 classes)`);
    },
  });
  const { engine, dataset, epochs, path } = run;
  try {
    const trainingSeconds = epochs.reduce((sum, e) => sum + e.seconds, 0);
    say(`Trained in ${trainingSeconds.toFixed(1)} s`);
    if (run.kept) say(`Kept the weights trained earlier with another recipe as ${run.kept}`);
    say(`Saved the weights to ${path}`);

    const shown = takeFirst(dataset.test, SHOWN);
    const predicted = await engine.predict(shown);
    const figurePath = join(flags.out, predictionsFileName(dataset.name));
    const indices = Array.from({ length: shown.count }, (_, i) => i);
    const figure = predictionGrid(dataset.test, indices, predicted, {
      classNames: dataset.classNames,
      columns: 8,
    });
    await writeFileAtomic(figurePath, figure.bytes);
    say(`Drew ${shown.count} test images with their predictions in ${figurePath}`);

    if (flags.json) {
      console.log(JSON.stringify({
        ...run.metadata,
        initialAccuracy: run.initialAccuracy,
        secondsPerEpoch: epochs.map((e) => e.seconds),
        finalAccuracy: epochs.at(-1)!.accuracy,
        weights: path,
        keptPreviousWeights: run.kept ?? null,
        figure: figurePath,
      }));
    }
  } finally {
    engine.dispose();
  }
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    console.error(`Error: ${(error as Error).message}`);
    // A flag, a setting or a dataset that cannot be used is the caller's to fix: exit code 2.
    const usage = error instanceof FlagError || error instanceof SettingError ||
      error instanceof DatasetNotFoundError;
    Deno.exit(usage ? 2 : 1);
  }
}
