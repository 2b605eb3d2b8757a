/**
 * The check on reading a training history: the first recorded step whose loss is below a
 * threshold.
 *
 * @module
 */
import { messages } from "../messages/mod.ts";
import { echo, Feedback, fmt, judgeNumber, type Mistake, notYet } from "./feedback.ts";
import { rejectNonNumber } from "./answers.ts";

/**
 * Checks the first recorded step whose loss is below `threshold`, in a training history such as
 * a `TrainingMonitor`'s `history` (points `{ step, loss }` in order). If no loss is below it, the
 * right answer is `null`. Recognises the point's position in the history instead of its step,
 * its loss instead of its step, the last step below, the step of the lowest loss, a loss equal to
 * the threshold, the point just before, and a step that was never recorded.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkFirstStepBelow } from "./history.ts";
 * const history = [
 *   { step: 100, loss: 0.9 }, { step: 200, loss: 0.45 }, { step: 300, loss: 0.5 },
 *   { step: 400, loss: 0.3 },
 * ];
 * assert.ok(checkFirstStepBelow(history, 0.5, 200).ok);
 * assert.match(checkFirstStepBelow(history, 0.5, 1).message, /position of the point/);
 * ```
 */
export function checkFirstStepBelow(
  history: readonly { step: number; loss: number }[],
  threshold: number,
  answer: number | null | undefined,
): Feedback {
  const t = fmt(threshold);
  const say = messages().history, { notYet: wrong } = messages().feedback;
  const first = history.findIndex((p) => p.loss < threshold);
  const lowest = history.reduce<{ step: number; loss: number } | undefined>(
    (best, p) => (best === undefined || p.loss < best.loss ? p : best),
    undefined,
  );
  if (first < 0) {
    if (answer === null) {
      return new Feedback(
        true,
        lowest ? say.noneBelowRightLowest(t, fmt(lowest.loss), lowest.step) : say.noneBelowRight(t),
      );
    }
    const invalid = rejectNonNumber(answer, say.aStepOrNull);
    if (invalid) return invalid;
    return new Feedback(
      false,
      wrong(lowest ? say.noneBelowLowest(t, fmt(lowest.loss), lowest.step) : say.noneBelow(t)),
    );
  }
  if (answer === null) return new Feedback(false, wrong(say.someBelow(t)));
  const invalid = rejectNonNumber(answer, say.aStep);
  if (invalid) return invalid;
  const given = answer as number;
  const expected = history[first].step;
  const steps = history.map((p) => p.step);
  const last = history.findLastIndex((p) => p.loss < threshold);
  const firstAtMost = history.findIndex((p) => p.loss <= threshold);
  const mistakes: Mistake[] = [
    { value: first, message: say.positionFromZero },
    { value: first + 1, message: say.position },
    { value: history[first].loss, message: say.lossThere },
    { value: history[last].step, message: say.lastBelow(t) },
    { value: lowest!.step, message: say.lowestLoss(t) },
  ];
  if (firstAtMost >= 0 && firstAtMost < first) {
    mistakes.push({ value: history[firstAtMost].step, message: say.exactlyAt(t) });
  }
  if (first > 0) {
    mistakes.push({
      value: history[first - 1].step,
      message: say.pointBefore(fmt(history[first - 1].loss), t),
    });
  }
  const verdict = judgeNumber(given, expected, 0, mistakes, Number.isInteger);
  if (verdict === true) {
    return new Feedback(true, say.firstBelowRight(t, expected, fmt(history[first].loss)));
  }
  if (verdict.length > 0) return new Feedback(false, notYet(echo(given), verdict));
  const index = steps.indexOf(given);
  if (index < 0) {
    const gap = steps.length > 1 ? steps[1] - steps[0] : null;
    return new Feedback(false, wrong(say.noSuchStep(echo(given), t, gap)));
  }
  const loss = history[index].loss;
  return new Feedback(
    false,
    wrong(
      loss < threshold ? say.earlierBelow(given, fmt(loss), t) : say.notBelow(given, fmt(loss), t),
    ),
  );
}
