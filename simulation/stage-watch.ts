// Watches the pipeline's queues from outside the service processes: BullMQ's event streams say when each job
// became active and when it completed (the stream entry ids are Redis-clock milliseconds), which gives
// per-stage throughput and job times for any number of worker processes without touching them. Also
// answers "is everything done?" from the queues' job counts.
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';

export interface StageStats {
  queue: string;
  completed: number;
  failed: number;
  /** Redis-clock ms of the first 'active' and the last 'completed' event. */
  firstActive: number | null;
  lastCompleted: number | null;
  /** Milliseconds from the last 'active' to 'completed' of each completed job. */
  jobMs: number[];
}

export interface CompletedJob {
  queue: string;
  jobId: string;
  at: number;
  returnvalue: string;
}

export interface StageWatch {
  stats(): StageStats[];
  completed: CompletedJob[];
  /** Jobs waiting, active, delayed or prioritized in every watched queue (the poll queue's next scheduled tick excluded). */
  pending(): Promise<number>;
  close(): Promise<void>;
}

const streamMs = (id: string) => Number(id.split('-')[0]);

/** Jobs not yet done in these queues: waiting, active, delayed or prioritized (the poll queue's next scheduled tick excluded). */
export async function pendingJobs(queues: Queue[]): Promise<number> {
  let n = 0;
  for (const q of queues) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    n += Object.entries(c).reduce((sum, [state, v]) => sum + (q.name === 'poll' && state === 'delayed' ? 0 : v), 0);
  }
  return n;
}

export async function watchStages(connection: Redis, queuePrefix: string, queueNames: string[]): Promise<StageWatch> {
  const stats = new Map<string, StageStats>();
  const completed: CompletedJob[] = [];
  const queues: Queue[] = [];
  const listeners: QueueEvents[] = [];
  const conns: Redis[] = [];
  for (const name of queueNames) {
    const s: StageStats = { queue: name, completed: 0, failed: 0, firstActive: null, lastCompleted: null, jobMs: [] };
    stats.set(name, s);
    const activeAt = new Map<string, number>();
    // Its own connection: QueueEvents blocks on XREAD. lastEventId '$' would miss events before it is ready,
    // so it starts from the beginning of the (fresh, per-run) stream.
    const own = connection.duplicate();
    own.on('error', () => undefined);
    conns.push(own);
    const qe = new QueueEvents(name, { connection: own, prefix: queuePrefix, lastEventId: '0-0' });
    qe.on('error', () => undefined);
    qe.on('active', ({ jobId }, id) => {
      const at = streamMs(id);
      activeAt.set(jobId, at);
      if (s.firstActive === null || at < s.firstActive) s.firstActive = at;
    });
    qe.on('completed', ({ jobId, returnvalue }, id) => {
      const at = streamMs(id);
      s.completed++;
      if (s.lastCompleted === null || at > s.lastCompleted) s.lastCompleted = at;
      const start = activeAt.get(jobId);
      if (start !== undefined) s.jobMs.push(at - start);
      activeAt.delete(jobId);
      completed.push({
        queue: name,
        jobId,
        at,
        returnvalue: typeof returnvalue === 'string' ? returnvalue : JSON.stringify(returnvalue),
      });
    });
    qe.on('failed', () => {
      s.failed++;
    });
    await qe.waitUntilReady();
    listeners.push(qe);
    queues.push(new Queue(name, { connection, prefix: queuePrefix }));
  }
  return {
    stats: () => [...stats.values()],
    completed,
    pending: () => pendingJobs(queues),
    async close() {
      await Promise.all(listeners.map((l) => l.close()));
      await Promise.all(queues.map((q) => q.close()));
      for (const c of conns) c.disconnect();
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
