/// <reference lib="deno.worker" />
/**
 * The second thread of `fast_train.ts`: it waits for each phase of a step, does its share (half
 * the batch's backward pass, then Adam on half the parameters) and reports back.
 *
 * @module
 */
import { type SharedState, ThreadWork, waitForChange } from "./fast_train.ts";

const GO = 0, ROWS = 1, STEP = 2, PHASE_DONE = 3, STOP = -1;

self.onmessage = (event: MessageEvent<SharedState>) => {
  const work = new ThreadWork(event.data, 1);
  const control = work.control;
  self.postMessage("ready");
  let seen = 0;
  for (;;) {
    seen = waitForChange(control, GO, seen);
    if (seen === STOP) break;
    const rows = Atomics.load(control, ROWS);
    if (seen % 2 === 1) work.backward(rows);
    else work.update(rows, Atomics.load(control, STEP));
    Atomics.add(control, PHASE_DONE, 1);
    Atomics.notify(control, PHASE_DONE);
  }
  self.close();
};
