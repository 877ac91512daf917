// dedup: decide what the cleaned page is: a new article (with its story, or a duplicate of another), the same
// article again (nothing to do), or a revision of a known article (diffed, versioned, announced). Runs under
// one lock per prefix so two copies of a wire story never both become originals.
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueuePayloads } from '../src/queues.js';
import type { ArticleRecord, Revision } from '../src/model.js';
import { canonicalizeUrl, chooseCanonical } from '../src/dedup/url.js';
import { textFingerprint } from '../src/dedup/fingerprint.js';
import { diffVersions } from '../src/diff/index.js';
import { withoutTemplateBlocks } from '../src/extract/template-text.js';
import { boilerplateFor } from '../src/store/templates.js';
import { addVersion, findArticleIdByUrl, getArticle, saveArticle, setValidators } from '../src/store/articles.js';
import { addToStory } from '../src/store/stories.js';
import { saveRevision } from '../src/store/revisions.js';
import { withLock } from '../src/store/locks.js';
import { shortHash } from '../src/util/hash.js';
import { scheduleNextRecheck } from './recheck.js';

type DedupJob = QueuePayloads['dedup'];

export function dedupProcessor(deps: PipelineDeps) {
  return (job: Job<DedupJob>): Promise<string> => withLock(deps.ctx, 'dedup', () => decide(deps, job.data), { leaseMs: 60_000, waitMs: 120_000 });
}

async function decide(deps: PipelineDeps, d: DedupJob): Promise<string> {
  const opts = { stripParams: deps.config.dedup.stripParams };
  const canonicalUrl = chooseCanonical(d.finalUrl, d.extracted.canonicalUrl, opts);
  const seenUrls = [...new Set([canonicalUrl, canonicalizeUrl(d.finalUrl, opts), canonicalizeUrl(d.url, opts), d.url, d.finalUrl])];
  const knownId = d.articleId ?? (await findArticleIdByUrl(deps.ctx, ...seenUrls));
  const known = knownId ? await getArticle(deps.ctx, knownId) : null;
  if (known) return revise(deps, d, known, seenUrls);
  return create(deps, d, canonicalUrl, seenUrls);
}

async function create(deps: PipelineDeps, d: DedupJob, canonicalUrl: string, urls: string[]): Promise<string> {
  const now = d.fetchedAt;
  const x = d.extracted;
  const id = `a${shortHash(canonicalUrl, 15)}`;
  const title = x.title || d.item?.title || canonicalUrl;
  const published = x.published ?? d.item?.published ?? null;
  const decision = await deps.deduper.assign({ id, title, text: x.text, published: published ?? now, url: canonicalUrl, source: d.sourceId });
  const article: ArticleRecord = {
    id, url: d.finalUrl, canonicalUrl, urls, source: d.sourceId, title, byline: x.byline, published, modified: x.modified,
    lang: x.lang, image: x.image, text: x.text, html: x.html, fingerprint: textFingerprint(x.text),
    storyId: decision.storyId, duplicateOf: decision.duplicateOf,
    dedupWhy: { score: decision.score, newStory: decision.newStory, ...decision.features },
    revisions: 0, firstSeen: now, updatedAt: now,
  };
  await saveArticle(deps.ctx, article);
  await addVersion(deps.ctx, id, { n: 0, at: now, title, text: x.text }, deps.config.retention.versions);
  await setValidators(deps.ctx, id, d.validators);
  const { changed } = await addToStory(deps.ctx, decision.storyId, { id, url: article.url, source: d.sourceId, title, joinedAt: now, score: decision.score });
  if (changed) await deps.enqueue('publish', { kind: 'story.updated', storyId: decision.storyId }, { jobId: `story-${shortHash(`${decision.storyId}\n${id}`, 24)}` });
  await scheduleNextRecheck(deps, { articleId: id, sourceId: d.sourceId, url: article.url, step: 0 });
  if (decision.duplicateOf) {
    deps.tally('article.duplicate');
    deps.log.info({ articleId: id, storyId: decision.storyId, duplicateOf: decision.duplicateOf, url: article.url }, 'duplicate article');
    return `duplicate of ${decision.duplicateOf}`;
  }
  deps.tally('article.new');
  if (decision.newStory) deps.tally('story.new');
  deps.log.info({ articleId: id, storyId: decision.storyId, source: d.sourceId, url: article.url }, 'new article');
  await deps.enqueue('topics', { articleId: id, storyId: decision.storyId, kind: 'new' }, { jobId: `topics-${id}-0` });
  return `new article ${id}`;
}

async function revise(deps: PipelineDeps, d: DedupJob, known: ArticleRecord, urls: string[]): Promise<string> {
  const now = d.fetchedAt;
  const x = d.extracted;
  const allUrls = [...new Set([...known.urls, ...urls])];
  await setValidators(deps.ctx, known.id, d.validators);
  if (d.reason === 'recheck') await scheduleNextRecheck(deps, { articleId: known.id, sourceId: known.source, url: known.url, step: 0 });
  const title = x.title || known.title;
  const template = await boilerplateFor(deps.ctx, new URL(d.finalUrl).host);
  const diff = diffVersions(
    { title: known.title, text: withoutTemplateBlocks(known.text, template) },
    { title, text: withoutTemplateBlocks(x.text, template) },
  );
  if (!diff) {
    // Same text, or a change that is only noise: remember the URLs, announce nothing.
    const quiet = allUrls.length !== known.urls.length || x.text !== known.text;
    if (quiet) await saveArticle(deps.ctx, { ...known, urls: allUrls, text: x.text, html: x.html, updatedAt: now });
    deps.tally('article.unchanged');
    return 'unchanged';
  }
  const n = known.revisions + 1;
  const revision: Revision = {
    articleId: known.id, n, at: now, url: known.url, source: known.source, title, previousTitle: known.title,
    added: diff.added, removed: diff.removed, labels: diff.labels, diffHtml: diff.diffHtml,
    why: { labels: diff.labels, changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length, reason: d.reason },
  };
  const updated: ArticleRecord = {
    ...known, urls: allUrls, title, text: x.text, html: x.html, byline: x.byline ?? known.byline, modified: x.modified ?? known.modified,
    fingerprint: textFingerprint(x.text), revisions: n, updatedAt: now,
  };
  await addVersion(deps.ctx, known.id, { n, at: now, title, text: x.text }, deps.config.retention.versions);
  await saveRevision(deps.ctx, revision);
  await saveArticle(deps.ctx, updated);
  deps.tally('article.revised');
  deps.log.info({ articleId: known.id, url: known.url, revision: n, labels: diff.labels }, 'article revised');
  await deps.enqueue('publish', { kind: 'article.revised', articleId: known.id, n }, { jobId: `revised-${known.id}-${n}` });
  if (!known.duplicateOf) await deps.enqueue('topics', { articleId: known.id, storyId: known.storyId, kind: 'revision' }, { jobId: `topics-${known.id}-${n}` });
  return `revision ${n}`;
}
