// The demo's articles as the pipeline reads them: each page at the phase it first appears, through the real
// extractor, at its own publication time. Shared by the arrival-order test and bench/demo-orders.ts.
import { firstPhase, type CorpusArticle } from './corpus/index.js';
import { buildSite } from './site.js';
import { extractArticle } from '../src/extract/index.js';
import type { DedupDoc } from '../src/dedup/deduper.js';

const ORIGIN = 'http://demo.test';

export function demoDoc(a: CorpusArticle): DedupDoc {
  const page = buildSite(firstPhase(a), ORIGIN).get(a.path);
  if (!page) throw new Error(`no page for ${a.id}`);
  const x = extractArticle(page.body.toString('utf8'), `${ORIGIN}${a.path}`);
  if (!x.ok) throw new Error(`no article extracted for ${a.id}: ${x.reason}`);
  const { title, text, published } = x.article;
  return { id: a.id, title: title || a.id, text, published: published ?? a.published };
}
