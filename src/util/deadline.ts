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
 * The same wait while Redis is unreachable: nothing a closing worker waits for (finishing a job, handing it back,
 * its blocking connection) can happen then, so waiting longer only holds the exit up; the jobs it held are stalled
 * jobs for the next worker.
 */
export const CLOSE_WAIT_REDIS_DOWN_MS = 1000;

/** How long to give each worker or queue to close, by the state of the Redis connection they share. */
export function closeWait(redis: { status: string }): number {
  return redis.status === 'ready' ? CLOSE_WAIT_MS : CLOSE_WAIT_REDIS_DOWN_MS;
}

/**
 * Close each of them, waiting at most CLOSE_WAIT_MS for each; answers how many did not close in time.
 * BullMQ's Worker.close() can wait forever for a blocking connection stuck reconnecting after Redis went away
 * and came back (taskforcesh/bullmq#4656); jobs such a worker still holds are stalled jobs for another worker.
 */
export async function closeWithin(
  closables: readonly { close(): Promise<unknown> }[],
  ms = CLOSE_WAIT_MS,
): Promise<number> {
  const closed = await Promise.all(closables.map((c) => settledWithin(c.close(), ms)));
  return closed.filter((ok) => !ok).length;
}
