// dedup: decide what the cleaned page is: a new article (with its story, or a duplicate of another), the same
// article again (nothing to do), or a revision of a known article (diffed, versioned, announced). Runs under
// one lock per prefix so two copies of a wire story never both become originals; the lease is renewed while the
// job works, and a job that lost it fails (and is retried) before its next write instead of racing another.
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
import { getRevision, saveRevision } from '../src/store/revisions.js';
import { withLock, type Lease } from '../src/store/locks.js';
import { resolveFailure } from '../src/store/failures.js';
import { shortHash } from '../src/util/hash.js';
import { articleDate } from '../src/util/dates.js';
import { scheduleNextRecheck } from '../src/scheduler/recheck.js';
import type { GroupsStep } from '../src/dedup/story-groups-types.js';
import { placeInGroups, publishGroups } from './dedup-groups.js';

type DedupJob = QueuePayloads['dedup'];

export function dedupProcessor(deps: PipelineDeps) {
  return async (job: Job<DedupJob>): Promise<string> => {
    const out = await withLock(deps.ctx, 'dedup', (lease) => decide(deps, job.data, lease), {
      leaseMs: 15_000,
      waitMs: 120_000,
    });
    // An item that failed before and made it now (a retry, a later poll) is no longer an open failure.
    await resolveFailure(deps.ctx, job.data.sourceId, job.data.url);
    return out;
  };
}

async function decide(deps: PipelineDeps, d: DedupJob, lease: Lease): Promise<string> {
  const opts = { stripParams: deps.config.dedup.stripParams };
  const canonicalUrl = chooseCanonical(d.finalUrl, d.extracted.canonicalUrl, opts);
  const seenUrls = [
    ...new Set([canonicalUrl, canonicalizeUrl(d.finalUrl, opts), canonicalizeUrl(d.url, opts), d.url, d.finalUrl]),
  ];
  const knownId = d.articleId ?? (await findArticleIdByUrl(deps.ctx, ...seenUrls));
  const known = knownId ? await getArticle(deps.ctx, knownId) : null;
  // The retry of the attempt that saved this very article and then stopped (a crash, a Redis error): finish
  // its work rather than take the page for an unchanged one, which would leave the article out of its story
  // and the topics stage.
  if (
    known &&
    !d.articleId &&
    d.reason !== 'recheck' &&
    known.revisions === 0 &&
    known.firstSeen === d.fetchedAt &&
    known.source === d.sourceId
  ) {
    return finishCreate(deps, d, known, null);
  }
  // Likewise for the attempt that saved a revision from this very fetch: announce it, as that attempt would have.
  if (
    known &&
    known.revisions > 0 &&
    known.updatedAt === d.fetchedAt &&
    (await getRevision(deps.ctx, known.id, known.revisions))?.at === d.fetchedAt
  ) {
    deps.log.info({ articleId: known.id, url: known.url, revision: known.revisions }, 'article revised (resumed)');
    return announceRevision(deps, known, known.revisions);
  }
  if (known) return revise(deps, d, known, seenUrls, lease);
  return create(deps, d, canonicalUrl, seenUrls, lease);
}

async function create(
  deps: PipelineDeps,
  d: DedupJob,
  canonicalUrl: string,
  urls: string[],
  lease: Lease,
): Promise<string> {
  const now = d.fetchedAt;
  const x = d.extracted;
  const id = `a${shortHash(canonicalUrl, 15)}`;
  const title = x.title || d.item?.title || canonicalUrl;
  // Dates the pipeline cannot represent are unknown: the fetch time stands in, the publisher's text is kept.
  const published = articleDate(x, d.item?.published);
  const publishedText = published === null ? (d.item?.publishedText ?? null) : null;
  lease.assertHeld();
  const doc = { id, title, text: x.text, published: published ?? now, url: canonicalUrl, source: d.sourceId };
  const decision = await deps.deduper.assign(doc);
  const sg = deps.storyGroups;
  const groups = sg ? await placeInGroups(deps, sg.layer, doc, decision, sg.merges.take(), now) : null;
  const article: ArticleRecord = {
    id,
    url: d.finalUrl,
    canonicalUrl,
    urls,
    source: d.sourceId,
    title,
    byline: x.byline,
    published,
    modified: x.modified,
    lang: x.lang,
    image: x.image,
    text: x.text,
    html: x.html,
    fingerprint: textFingerprint(x.text),
    ...(publishedText !== null ? { publishedText } : {}),
    storyId: groups?.step.storyId ?? decision.storyId,
    duplicateOf: decision.duplicateOf,
    dedupWhy: { score: decision.score, newStory: decision.newStory, ...decision.features, ...groups?.why },
    revisions: 0,
    firstSeen: now,
    updatedAt: now,
  };
  lease.assertHeld();
  await saveArticle(deps.ctx, article);
  return finishCreate(deps, d, article, decision.newStory, groups?.step ?? null);
}

/**
 * A new article's steps after its record is saved. Each is idempotent (a sorted-set member, a story member,
 * a job id, a schedule that replaces), so a resumed attempt (`newStory` null) runs them all again; it does not
 * count the article a second time.
 */
async function finishCreate(
  deps: PipelineDeps,
  d: DedupJob,
  article: ArticleRecord,
  newStory: boolean | null,
  step: GroupsStep | null = null,
): Promise<string> {
  const { id, title, storyId, duplicateOf } = article;
  const now = article.firstSeen;
  const resumed = newStory === null;
  await addVersion(deps.ctx, id, { n: 0, at: now, title, text: article.text }, deps.config.retention.versions);
  await setValidators(deps.ctx, id, d.validators);
  const grouped = deps.storyGroups ? await publishGroups(deps, deps.storyGroups.layer, article, step) : false;
  if (storyId && !grouped) {
    const { changed } = await addToStory(deps.ctx, storyId, {
      id,
      url: article.url,
      source: d.sourceId,
      title,
      joinedAt: now,
      score: Number(article.dedupWhy?.score ?? 0),
    });
    if (changed)
      await deps.enqueue(
        'publish',
        { kind: 'story.updated', storyId },
        { jobId: `story-${shortHash(`${storyId}\n${id}`, 24)}` },
      );
  }
  await scheduleNextRecheck(deps, { articleId: id, sourceId: d.sourceId, url: article.url, step: 0 });
  if (duplicateOf) {
    if (!resumed) deps.tally('article.duplicate');
    deps.log.info(
      { articleId: id, storyId, duplicateOf, url: article.url },
      resumed ? 'duplicate article (resumed)' : 'duplicate article',
    );
    return `duplicate of ${duplicateOf}`;
  }
  if (!resumed) deps.tally('article.new');
  if (newStory) deps.tally('story.new');
  deps.log.info(
    { articleId: id, storyId, source: d.sourceId, url: article.url },
    resumed ? 'new article (resumed)' : 'new article',
  );
  await deps.enqueue('topics', { articleId: id, storyId, kind: 'new' }, { jobId: `topics-${id}-0` });
  return `${resumed ? 'resumed ' : ''}new article ${id}`;
}

async function revise(
  deps: PipelineDeps,
  d: DedupJob,
  known: ArticleRecord,
  urls: string[],
  lease: Lease,
): Promise<string> {
  const now = d.fetchedAt;
  const x = d.extracted;
  const allUrls = [...new Set([...known.urls, ...urls])];
  await setValidators(deps.ctx, known.id, d.validators);
  if (d.reason === 'recheck')
    await scheduleNextRecheck(deps, { articleId: known.id, sourceId: known.source, url: known.url, step: 0 });
  const title = x.title || known.title;
  const template = await boilerplateFor(deps.ctx, new URL(d.finalUrl).host);
  const diff = diffVersions(
    { title: known.title, text: withoutTemplateBlocks(known.text, template) },
    { title, text: withoutTemplateBlocks(x.text, template) },
  );
  lease.assertHeld();
  if (!diff) {
    // Same text, or a change that is only noise: remember the URLs, announce nothing.
    const quiet = allUrls.length !== known.urls.length || x.text !== known.text;
    if (quiet) await saveArticle(deps.ctx, { ...known, urls: allUrls, text: x.text, html: x.html, updatedAt: now });
    deps.tally('article.unchanged');
    return 'unchanged';
  }
  const n = known.revisions + 1;
  const revision: Revision = {
    articleId: known.id,
    n,
    at: now,
    url: known.url,
    source: known.source,
    title,
    previousTitle: known.title,
    added: diff.added,
    removed: diff.removed,
    labels: diff.labels,
    diffHtml: diff.diffHtml,
    why: {
      labels: diff.labels,
      changed: diff.changed.length,
      added: diff.added.length,
      removed: diff.removed.length,
      reason: d.reason,
    },
  };
  const updated: ArticleRecord = {
    ...known,
    urls: allUrls,
    title,
    text: x.text,
    html: x.html,
    byline: x.byline ?? known.byline,
    modified: x.modified ?? known.modified,
    fingerprint: textFingerprint(x.text),
    revisions: n,
    updatedAt: now,
  };
  await addVersion(deps.ctx, known.id, { n, at: now, title, text: x.text }, deps.config.retention.versions);
  await saveRevision(deps.ctx, revision);
  await saveArticle(deps.ctx, updated);
  deps.tally('article.revised');
  deps.log.info({ articleId: known.id, url: known.url, revision: n, labels: diff.labels }, 'article revised');
  return announceRevision(deps, updated, n);
}

/** Queue revision n's webhook event and topic check (keyed jobs: a resumed attempt may queue them again). */
async function announceRevision(deps: PipelineDeps, a: ArticleRecord, n: number): Promise<string> {
  await deps.enqueue('publish', { kind: 'article.revised', articleId: a.id, n }, { jobId: `revised-${a.id}-${n}` });
  if (!a.duplicateOf)
    await deps.enqueue(
      'topics',
      { articleId: a.id, storyId: a.storyId, kind: 'revision' },
      { jobId: `topics-${a.id}-${n}` },
    );
  return `revision ${n}`;
}
