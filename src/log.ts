// Structured logs (pino, JSON on stderr so stdout stays free for command output). Field vocabulary, used
// everywhere: source, url, articleId, storyId, topicId, jobId, queue, webhookId, err.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'deltafeed'): Logger {
  return pino({ name, level, base: { pid: process.pid } }, pino.destination({ fd: 2, sync: false }));
}
