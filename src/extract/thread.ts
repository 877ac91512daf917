// The body of one extraction thread (see pool.ts): one page at a time, answers by message. The thread's
// jsdom window is closed before it exits.
import { parentPort } from 'node:worker_threads';
import { closeDocumentParser } from './document.js';
import { extractArticle } from './index.js';
import type { ThreadRequest, ThreadReply } from './pool.js';
import { answerLine, extractTextOnly } from './serve-request.js';

const port = parentPort;
if (!port) throw new Error('extract/thread.js must run as a worker thread');

port.on('message', (msg: ThreadRequest) => {
  if (msg.type === 'close') {
    closeDocumentParser();
    // Ends this thread only; the pool waits for its exit event.
    process.exit(0);
  }
  if (msg.type === 'line') {
    port.postMessage({ type: 'line', id: msg.id, answer: answerLine(msg.line, extractTextOnly) } satisfies ThreadReply);
    return;
  }
  const result = extractArticle(msg.html, msg.url, { boilerplate: new Set(msg.boilerplate), textOnly: msg.textOnly });
  const reply: ThreadReply = { type: 'result', id: msg.id, result };
  port.postMessage(reply);
});

port.postMessage({ type: 'ready' } satisfies ThreadReply);
