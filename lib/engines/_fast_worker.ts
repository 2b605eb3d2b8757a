/// <reference lib="deno.worker" />
/**
 * The second thread of the fast engine (`fast.ts`): at each step it waits for the batch, does
 * its part (its neurons of every layer, forward, backward and Adam) and says it is done. Any error
 * is written into shared memory, where the main thread, which may be waiting for this thread,
 * finds it at once (see `_fast_thread.ts`).
 *
 * @module
 */
import { type SharedState, ThreadStopped, ThreadWork } from "./_fast_thread.ts";

self.onmessage = (event: MessageEvent<SharedState>) => {
  let work: ThreadWork | undefined;
  try {
    work = new ThreadWork(event.data, 1);
    if (event.data.failAtStep === 0) throw new Error("failing as it starts, as the test asked");
    self.postMessage("ready");
    for (;;) {
      work.waitForOther(work.arrivals + 1);
      work.arrive();
      work.step();
      work.arrive();
    }
  } catch (error) {
    if (!(error instanceof ThreadStopped)) {
      const message = `The fast engine's worker failed: ${(error as Error).message ?? error}`;
      work?.fail(message);
      self.postMessage({ error: message });
    }
  }
  self.close();
};
