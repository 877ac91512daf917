// `deltafeed extract`: clean one page from stdin with the pipeline's own cleaner and print its JSON
// (CONTRACT §1), or serve JSON lines with --serve.
import { parseArgs } from 'node:util';
import { NO_ARTICLE } from '../extract/no-article.js';
import { runExtractServer } from './extract-serve.js';

const USAGE = `usage: deltafeed extract [--url URL] [--text] [--explain] < page.html
       deltafeed extract --serve [--threads N]

  --url URL      the page's address (resolves links, canonical URL); default $PAGE_URL
  --text         print the article text alone instead of JSON
  --explain      also print each removed block with the rule that removed it, to stderr (stdout stays the article)
  --serve        read {"id","url","html"} lines on stdin, answer one {"id","text",...} or {"id","error"} line each, in order
  --threads N    extraction threads for --serve (default: one per core, at most 4; 0 = inline)
`;

/** Most HTML read from stdin for one page; the fetcher caps pages far below this. */
const MAX_STDIN_BYTES = 64 * 1024 * 1024;

/** Runs `extract` with its arguments; returns the exit code (0 also for "no article found", 2 for usage). */
export async function runExtractCommand(
  argv: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  let values: { url?: string; serve?: boolean; threads?: string; text?: boolean; explain?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        serve: { type: 'boolean' },
        threads: { type: 'string' },
        text: { type: 'boolean' },
        explain: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`deltafeed extract: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    stdout.write(USAGE);
    return 0;
  }
  if (values.serve) {
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64)) {
      process.stderr.write('deltafeed extract: --threads expects a whole number from 0 to 64\n');
      return 2;
    }
    await runExtractServer(stdin, stdout, { threads });
    return 0;
  }
  // The cleaner is loaded here, not at the top: with --serve it runs on the pool's threads only.
  const { decodeStdin, extractCommandOutput } = await import('./extract-page.js');
  const html = decodeStdin(await readAll(stdin, MAX_STDIN_BYTES));
  const url = values.url ?? process.env.PAGE_URL ?? '';
  const out = extractCommandOutput(html, url, values.explain ? explainTo(stderr) : undefined);
  if (values.explain && out.error) stderr.write(`no article: ${out.error}\n`);
  stdout.write(values.text ? `${out.text}\n` : `${JSON.stringify(out, null, 2)}\n`);
  if (out.error && out.error !== NO_ARTICLE) return 1;
  return 0;
}

/** Most characters of a removed block printed by --explain. */
const EXPLAIN_CHARS = 300;

/** One line per removed block: "removed [rule] text". */
function explainTo(out: NodeJS.WritableStream): (rule: string, text: string) => void {
  return (rule, text) => {
    const shown = text.length > EXPLAIN_CHARS ? `${text.slice(0, EXPLAIN_CHARS)}… (${text.length} chars)` : text;
    out.write(`removed [${rule}] ${shown}\n`);
  };
}

/** stdin's bytes, at most `max` (the rest is read and dropped so the writer is not blocked). */
async function readAll(stream: NodeJS.ReadableStream, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size < max) chunks.push(size + buf.length > max ? buf.subarray(0, max - size) : buf);
    size += buf.length;
  }
  return Buffer.concat(chunks);
}
