/**
 * English: the feedback of the checks on evaluating a network (`exercises/evaluation.ts`).
 *
 * @module
 */

/** "1 image is", "2 images are": a count with its noun and verb. */
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The feedback of the evaluation checks, in English.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { evaluation } from "./evaluation.ts";
 * assert.equal(
 *   evaluation.unsureRight(1, "0.5"),
 *   "Right: 1 image is predicted right with a top probability below 0.5.",
 * );
 * ```
 */
export const evaluation = {
  // checkAccuracyFunction
  accuracyInputs: (predicted: string, labels: string) =>
    `predicted ${predicted} and labels ${labels}`,
  accuracyReturns: (inputs: string, got: string) => `On ${inputs} it returns ${got}`,
  accuracyEmptyNaN: (returns: string) =>
    `${returns} (0 / 0): with no predictions return 0, and check for empty arrays first.`,
  accuracyEmpty: (returns: string) => `${returns}: with no predictions the accuracy is 0.`,
  accuracyCount: "how many are right: divide by how many predictions there are.",
  accuracyPercent: "a percent: return a share between 0 and 1.",
  accuracyErrorRate: "the share of wrong predictions: count the equal ones.",
  accuracyWrongCount: "how many are wrong: count the equal ones, then divide.",
  accuracyWhich: (returns: string, mistake: string) => `${returns}, which is ${mistake}`,
  accuracyExpected: (returns: string, want: string, right: number, total: number) =>
    `${returns}, expected ${want} (${right} right out of ${total}).`,
  accuracyRight: "Your accuracy function is right, empty arrays included.",
  // checkLowestAccuracyClass
  aClassLabel: "a class label",
  notAClassName: (answer: string) => `"${answer}" is not one of the class names; give its label.`,
  noSuchLabel: (label: string, first: number, last: number) =>
    `No image has the label ${label}: the labels go from ${first} to ${last}.`,
  className: (name: string) => ` ("${name}")`,
  tiedWith: (classes: string) => ` (tied with ${classes})`,
  lowestRight: (cls: string, accuracy: string, tie: string) =>
    `Right: class ${cls} has the lowest accuracy, ${accuracy}${tie}.`,
  classAccuracy: (cls: string, accuracy: string, right: number, images: number, worse: number) =>
    `class ${cls} has an accuracy of ${accuracy} (${right} of ${images} right), and ` +
    `${plural(worse, "class does", "classes do")} worse.`,
  mostMistakes: " It has the most mistakes in number, but it also has more images: compare the " +
    "share right in each class, not the count of mistakes.",
  byPrediction: " When it is predicted, it is most often wrong: group the images by their true " +
    "label, not by the prediction.",
  countsFromOne: " Counting from 1? Labels start at 0.",
  highest: " That is the class with the highest accuracy: look for the lowest.",
  lowestHint: " Hint: for each label, divide how many of its images are predicted right by how " +
    "many images have that label, and take the smallest.",
  // checkUnsureButRight and checkConfidentButWrong; `t` is the threshold.
  unsureAll: (t: string) =>
    `counts every image with a top probability below ${t}, right or wrong: keep only the ` +
    "right ones.",
  unsureMistakes: "counts the unsure mistakes: keep the images predicted right.",
  unsureEqual: (t: string) =>
    `includes top probabilities equal to ${t}: below means strictly less.`,
  unsureConfident: (t: string) =>
    `counts the confident right ones, at ${t} or more: keep those below ${t}.`,
  everyRight: "counts every right prediction, whatever its probability.",
  share: "is a share of the images: give the number of images.",
  percent: "is a percent of the images: give the number of images.",
  unsureRight: (count: number, t: string) =>
    `Right: ${plural(count, "image is", "images are")} predicted right with a top ` +
    `probability below ${t}.`,
  unsureHint: (t: string) =>
    "count the images whose prediction equals the label and whose top probability is " +
    `below ${t}.`,
  confidentAll: (t: string) =>
    `counts every image with a top probability of ${t} or more, right or wrong: keep only the ` +
    "mistakes.",
  confidentRightOnes: "counts the confident right predictions: keep the mistakes.",
  confidentUnsure: (t: string) =>
    `counts the unsure mistakes, below ${t}: keep those at ${t} or more.`,
  everyMistake: "counts every mistake, whatever its probability.",
  confidentStrict: (t: string) =>
    `leaves out top probabilities equal to ${t}: "at least" includes them.`,
  confidentRight: (count: number, t: string) =>
    `Right: ${plural(count, "image is", "images are")} predicted wrong with a top ` +
    `probability of ${t} or more.`,
  confidentHint: (t: string) =>
    "count the images whose prediction differs from the label and whose top probability " +
    `is ${t} or more.`,
};
