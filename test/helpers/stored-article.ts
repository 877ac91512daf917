// The record the pipeline would have stored for an article the topic tests know only by its backtest fields:
// what the backtest never reads (HTML, metadata, dedup bookkeeping) is left empty.
import type { ArticleRecord } from '../../src/model.js';
import type { BacktestArticle } from '../../src/topics/backtest.js';

export function storedArticle(a: BacktestArticle): ArticleRecord {
  return {
    ...a,
    canonicalUrl: a.url,
    urls: [a.url],
    byline: null,
    published: null,
    modified: null,
    lang: 'en',
    image: null,
    html: '',
    fingerprint: a.id,
    dedupWhy: null,
    revisions: 0,
    updatedAt: a.firstSeen,
  };
}
