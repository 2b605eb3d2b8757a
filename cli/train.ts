/**
 * `deno task train`: the tutorial's program as a command. Loads the dataset, reports the
 * untrained accuracy, trains, reports the accuracy after each epoch, saves the weights and draws
 * a few test digits titled with the network's predictions.
 *
 * @module
 */
import { useBackend } from "../lib/network/backend.ts";
import { loadDataset } from "../lib/data/dataset.ts";
import { predictionGrid } from "../lib/notebook/display.ts";
import { writeFileAtomic } from "../lib/data/files.ts";
import { join } from "node:path";
import { FlagError, parseTrainFlags, TRAIN_USAGE } from "./flags.ts";
import { createNetwork } from "../lib/network/network.ts";
import { terminalProgress } from "./progress.ts";
import { type EpochResult, evaluate, predict, train } from "../lib/engines/tfjs.ts";
import { FAST_THREADS, trainFast } from "../lib/engines/fast.ts";
import { saveWeights, trainingRecord } from "../lib/network/weights.ts";
import { weightsFileName } from "../lib/engines/trained.ts";

async function main(args: string[]): Promise<number> {
  let flags;
  try {
    flags = parseTrainFlags(args);
  } catch (error) {
    if (!(error instanceof FlagError)) throw error;
    console.error(`Error: ${error.message}`);
    return 2;
  }
  if (flags.help) {
    console.log(TRAIN_USAGE);
    return 0;
  }
  // With --json, stdout carries only the final JSON object.
  const say = flags.json ? () => {} : (line: string) => console.log(line);

  const backend = await useBackend(flags.backend);
  const dataset = await loadDataset(flags.dataset);
  say(
    `Dataset ${dataset.name}: ${dataset.train.count.toLocaleString("en-US")} training and ` +
      `${dataset.test.count.toLocaleString("en-US")} test images; ` +
      (flags.engine === "fast"
        ? `engine fast (plain TypeScript, ${FAST_THREADS} threads)`
        : `engine tfjs on backend ${backend}`),
  );
  const network = createNetwork({
    layers: [dataset.train.rows * dataset.train.cols, 64, 64, 64, 10],
    seed: flags.seed,
  });
  const initial = evaluate(network, dataset.test).accuracy;
  say(`Accuracy before training: ${initial.toFixed(4)} (a guess among 10 classes)`);

  const progress = terminalProgress(flags.epochs);
  const options = {
    epochs: flags.epochs,
    batchSize: flags.batchSize,
    learningRate: flags.learningRate,
    seed: flags.seed,
    testSet: dataset.test,
    onStep: progress.onStep,
    onEpoch: (e: EpochResult) => {
      progress.finish();
      say(
        `Epoch ${e.epoch}: test accuracy ${e.testAccuracy!.toFixed(4)}, mean loss ` +
          `${e.meanLoss.toFixed(4)}, ${e.seconds.toFixed(1)} s`,
      );
    },
  };
  let epochs: EpochResult[];
  if (flags.engine === "fast") {
    const result = await trainFast(dataset.train, options);
    network.setWeights(result.weights);
    epochs = result.epochs;
  } else {
    epochs = await train(network, dataset.train, options);
  }
  const finalAccuracy = epochs[epochs.length - 1].testAccuracy!;
  const trainingSeconds = epochs.reduce((sum, e) => sum + e.seconds, 0);
  say(`Trained in ${trainingSeconds.toFixed(1)} s`);

  // The recipe, as saved beside the weights (notebooks reuse weights whose recipe matches).
  const run = {
    dataset: dataset.name,
    epochs: flags.epochs,
    batchSize: flags.batchSize,
    learningRate: flags.learningRate,
    seed: flags.seed,
    backend,
    engine: flags.engine,
  };
  const accuracyPerEpoch = epochs.map((e) => e.testAccuracy!);
  const weightsPath = join(flags.out, weightsFileName(flags.dataset));
  await saveWeights(network, weightsPath, trainingRecord(run, accuracyPerEpoch));
  say(`Saved the weights to ${weightsPath}`);

  const shown = 16;
  const { labels } = predict(network, dataset.test, 0, shown);
  const figurePath = join(flags.out, "predictions.png");
  const indices = Array.from(labels, (_, i) => i);
  const figure = predictionGrid(dataset.test, indices, labels, {
    classNames: dataset.classNames,
    columns: 8,
  });
  await writeFileAtomic(figurePath, figure.bytes);
  say(`Drew ${shown} test images with their predictions in ${figurePath}`);
  network.dispose();

  if (flags.json) {
    console.log(JSON.stringify({
      ...run,
      initialAccuracy: initial,
      secondsPerEpoch: epochs.map((e) => e.seconds),
      accuracyPerEpoch,
      finalAccuracy,
      weights: weightsPath,
      figure: figurePath,
    }));
  }
  return 0;
}

if (import.meta.main) {
  try {
    Deno.exit(await main(Deno.args));
  } catch (error) {
    console.error(`Error: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
