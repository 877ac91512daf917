// One thread of the benchmark's floor: parse the pages it is given with jsdom and nothing else (no
// Readability, no cleaning), the way the pipeline's own parser does (one window, its DOMParser), and say how
// long that took. Loaded by parse-floor.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { JSDOM, VirtualConsole } from 'jsdom';

const pages = (workerData as { pages: string[] }).pages;
const dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', {
  virtualConsole: new VirtualConsole(),
});
const parser = new dom.window.DOMParser();
// Warm the parser up outside the timed part, as a long-running worker would be.
parser.parseFromString(pages[0] ?? '<p>warm</p>', 'text/html');

parentPort?.on('message', (m: string) => {
  if (m !== 'go') return;
  const t0 = performance.now();
  let elements = 0;
  for (const html of pages) elements += parser.parseFromString(html, 'text/html').getElementsByTagName('*').length;
  parentPort?.postMessage({ ms: performance.now() - t0, elements });
});
parentPort?.postMessage('ready');
