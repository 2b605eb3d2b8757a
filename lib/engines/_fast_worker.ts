/// <reference lib="deno.worker" />
/**
 * The second thread of `fast_train.ts`: at each step it waits for the batch, does its part (its
 * neurons of every layer, forward, backward and Adam) and says it is done.
 *
 * @module
 */
import { type SharedState, ThreadWork } from "./_fast_thread.ts";

self.onmessage = (event: MessageEvent<SharedState>) => {
  const work = new ThreadWork(event.data, 1);
  self.postMessage("ready");
  for (let step = 1;; step++) {
    work.waitForOther(work.arrivals + 1);
    if (work.stopping) break;
    work.arrive();
    work.step(work.rows, step);
    work.arrive();
  }
  self.close();
};
