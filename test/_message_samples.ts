/**
 * The message catalogues rendered for tests: sample arguments for every message that takes more
 * than numbers (the compiler lists which), and each message rendered with them.
 */
import type { Messages } from "../lib/notebook/messages/mod.ts";

/** A message of a catalogue: a text, or a function of the values it shows. */
export type Message = string | ((...args: never[]) => string);
/** The messages with a parameter that is not a number, whose sample arguments are listed. */
type NeedsSamples<T> = {
  [
    K in keyof T as T[K] extends (...args: number[]) => string ? never : T[K] extends string ? never
    : K
  ]: T[K] extends (...args: infer P) => string ? P : never;
};
/** Sample arguments of every message that takes more than numbers (the compiler lists them). */
const SAMPLES: { [T in keyof Messages]: NeedsSamples<Messages[T]> } = {
  feedback: {
    right: ["938"],
    notYet: ["4 is not it."],
    matches: ["4", ["is a.", "is b."]],
    notIt: ["4"],
    notWhole: ["4.5"],
    hint: ["count them."],
    list: [["`top`", "`left`"]],
    sentences: [["dL/dw is right.", "dL/db = 7 is not it."]],
    fieldRight: ["dL/dw"],
    text: ["0.5"],
    bigint: ["5"],
    object: ['{"a":1}'],
    value: ["null"],
    gotNaN: ["a number"],
    gotInfinite: ["a number", "Infinity"],
    gotText: ["a number", 'the text "2"'],
    gotFunction: ["a number"],
    gotOther: ["a number", "null"],
    notArray: ["[row, column]", "a function"],
    wrongLength: [2, "[row, column]", 3],
    entryNotNumber: [1, 'the text "2"'],
    notObject: ["{ dw: …, db: … }", "null"],
    missingField: ["db", "{ dw: …, db: … }"],
    badField: ["db", "Expected a number, got null."],
    notFunction: ["a number"],
    threw: ["[1,5,3]", "nope"],
    returnsUndefined: ["[1,5,3]"],
    returnsOther: ["[1,5,3]", "a function"],
  },
  images: {
    centreRight: ["[14, 15]"],
    centreOff: ["both coordinates are off"],
    boxRight: ["{ top: 1, bottom: 2, left: 1, right: 2 }"],
    boxSide: ["top", true],
    boxCheck: ["`top`, `left`"],
  },
  layers: { denseRight: ["[2.5]"] },
  softmax: {
    softmaxUndefined: ["[1,5,3]"],
    softmaxNotArray: ["[1,5,3]", "a function"],
    softmaxLength: ["[1,5,3]", 3],
    softmaxEntry: ["[1,5,3]", 1, "null"],
    softmaxSum: ["1.5"],
    softmaxGives: ["[1,5,3]", "[0.1, 0.2]", "[0.3, 0.4]", " Hint."],
    lossRight: ["0.867", "0.1427"],
    lossPercent: ["86.7", "0.867"],
    lossPercentNoMinus: ["86.7", "0.867"],
    gradientRight: ["[0.1, -0.2]"],
    gradientEntriesOff: [[0, 2]],
  },
  activations: {
    derivativeRight: ["tanh"],
    derivativeItself: ["tanh"],
    derivativeMinus: ["tanh"],
    derivativeAt: [0.25, 0.5, "tanh", "0.9400"],
    reluInputs: ["[2,-1]", "[0.5,0.7]"],
    reluUndefined: ["z = [2,-1] and upstream = [0.5,0.7]"],
    reluOn: ["z = [2,-1] and upstream = [0.5,0.7]", "Give 2 numbers."],
    reluGivesMistake: ["z = [2]", "[1]", "is the slope."],
    reluGives: ["z = [2]", "[1]"],
  },
  learning: {
    stepRight: [0, "0.6"],
    gradientsRight: ["-9", "-3"],
    adamNoM: ["0.1"],
    adamNoV: ["0.03162"],
  },
  evaluation: {
    accuracyInputs: ["[3,1]", "[3,0]"],
    accuracyReturns: ["predicted [3,1] and labels [3,0]", "2"],
    accuracyEmptyNaN: ["On [] it returns 1"],
    accuracyEmpty: ["On [] it returns 1"],
    accuracyWhich: ["On [3,1] it returns 1", "how many are right."],
    accuracyExpected: ["On [3,1] it returns 1", "0.5", 1, 2],
    notAClassName: ["Dress"],
    noSuchLabel: ["12", 0, 9],
    className: ["Dress"],
    tiedWith: ["5, 8"],
    lowestRight: ["3", "75.0%", " (tied with 5)"],
    classAccuracy: ["1", "75.0%", 3, 4, 2],
    unsureAll: ["0.5"],
    unsureEqual: ["0.5"],
    unsureConfident: ["0.5"],
    unsureRight: [2, "0.5"],
    unsureHint: ["0.5"],
    confidentAll: ["0.9"],
    confidentUnsure: ["0.9"],
    confidentStrict: ["0.9"],
    confidentRight: [2, "0.9"],
    confidentHint: ["0.9"],
  },
  history: {
    noneBelowRight: ["0.1"],
    noneBelowRightLowest: ["0.1", "0.3", 400],
    noneBelow: ["0.1"],
    noneBelowLowest: ["0.1", "0.3", 400],
    someBelow: ["0.5"],
    lastBelow: ["0.5"],
    lowestLoss: ["0.5"],
    exactlyAt: ["0.5"],
    pointBefore: ["0.9", "0.5"],
    firstBelowRight: ["0.5", 200, "0.45"],
    noSuchStep: ["150", "0.5", 100],
    earlierBelow: [300, "0.4", "0.5"],
    notBelow: [300, "0.6", "0.5"],
  },
  speed: {
    fixedRight: ["1", "0.1"],
    lastStep: ["round up"],
    fractionOfStep: ["round up"],
    epochMillisecondsLastStep: ["round up"],
    epochRight: [938, "12", "11.26"],
  },
  engines: {},
  notebook: {
    step: ["100", "1,000"],
    loss: ["0.5000"],
    accuracy: ["validation accuracy", "50.0"],
    speed: ["1,500"],
    seconds: ["1"],
    epochAccuracy: [1, "90.00"],
    testAccuracyAfter: ["epoch 1: 90.00%"],
  },
  pictures: {
    label: ["5"],
    predicted: ["7"],
    predictedIs: ["3", "5"],
    ownWeights: [64, "hidden 1", 784],
    networkAria: ["784 → 64 → 10"],
    weightShape: ["W₁", 64, 784],
    batchAria: [15, "784 → 64 → 10"],
  },
};

/** Messages that mention `undefined` or NaN on purpose. */
export const MENTION_UNDEFINED = new Set([
  "feedback.noAnswer",
  "feedback.gotNaN",
  "feedback.returnsUndefined",
  "softmax.softmaxUndefined",
  "activations.reluUndefined",
]);
/** Messages that only arrange what they are given, with no words of their own. */
export const NO_WORDS = new Set(["notebook.accuracy", "feedback.sentences"]);

/** Every message of a catalogue rendered with the sample arguments, by "topic.key". */
export function rendered(catalogue: Messages): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [topic, messages] of Object.entries(catalogue)) {
    const samples = SAMPLES[topic as keyof Messages] as Record<string, unknown[]>;
    for (const [key, message] of Object.entries(messages as Record<string, Message>)) {
      const args = samples[key] ?? Array.from({ length: message.length }, (_, i) => 3 + 4 * i);
      texts.set(
        `${topic}.${key}`,
        typeof message === "string" ? message : (message as (...a: unknown[]) => string)(...args),
      );
    }
  }
  return texts;
}
