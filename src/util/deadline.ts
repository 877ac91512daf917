/**
 * Wait for `work`, but no longer than `ms`: true if it settled in time, false if the deadline came first (a
 * later rejection is then ignored). For shutdown steps that a library may leave pending forever.
 */
export async function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([
      work.then(
        () => true,
        () => true,
      ),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Longest wait for one BullMQ worker or queue to close on shutdown (the CLI's own deadline is 30 s). */
export const CLOSE_WAIT_MS = 10_000;

/**
 * Close each of them, waiting at most CLOSE_WAIT_MS for each; answers how many did not close in time.
 * BullMQ's Worker.close() can wait forever for a blocking connection stuck reconnecting after Redis went away
 * and came back (taskforcesh/bullmq#4656); jobs such a worker still holds are stalled jobs for another worker.
 */
export async function closeWithin(closables: readonly { close(): Promise<unknown> }[]): Promise<number> {
  const closed = await Promise.all(closables.map((c) => settledWithin(c.close(), CLOSE_WAIT_MS)));
  return closed.filter((ok) => !ok).length;
}
