// The body of one extraction thread (see pool.ts): one page at a time, answers by message. The thread's
// jsdom window is closed before it exits.
import { parentPort } from 'node:worker_threads';
import { closeDocumentParser } from './document.js';
import { extractArticle } from './index.js';
import type { ThreadRequest, ThreadReply } from './pool.js';

const port = parentPort;
if (!port) throw new Error('extract/thread.js must run as a worker thread');

port.on('message', (msg: ThreadRequest) => {
  if (msg.type === 'close') {
    closeDocumentParser();
    port.close();
    return;
  }
  const result = extractArticle(msg.html, msg.url, { boilerplate: new Set(msg.boilerplate) });
  const reply: ThreadReply = { id: msg.id, result };
  port.postMessage(reply);
});
