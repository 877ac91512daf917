// poll: fetch one source's feed (conditionally), parse it, and enqueue a fetch for every new or changed item.
// Failures are recorded on the source, never thrown: the scheduler polls again, with backoff.
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueuePayloads } from '../src/queues.js';
import type { SourceConfig } from '../src/config/schema.js';
import type { SourceState } from '../src/model.js';
import { fetchDocument } from '../src/fetch/document.js';
import { FetchError } from '../src/fetch/request.js';
import { parseFeed } from '../src/sources/parse.js';
import { nextPollDelay } from '../src/sources/schedule.js';
import { discoverWebSub } from '../src/sources/websub/discover.js';
import { FALLBACK_POLL_FACTOR, fallbackEnded } from '../src/sources/websub/policy.js';
import { countSeenItems, getSourceState, saveSourceState } from '../src/store/sources.js';
import { isLive, sourceSubscription } from '../src/store/websub-subscriptions.js';
import { statusClass } from '../src/metrics.js';
import { shortHash } from '../src/util/hash.js';
import { takeFeedItems } from './poll-items.js';
import { subscribeIfAdvertised } from './websub-source.js';

export function pollProcessor(deps: PipelineDeps) {
  return async (job: Job<QueuePayloads['poll']>): Promise<string> => {
    const source = deps.config.sources.find((s) => s.id === job.data.sourceId);
    if (!source) return 'unknown source';
    const state = await getSourceState(deps.ctx, source.id, source.url);
    if (state.disabled) return `disabled: ${state.disabled}`;
    const now = deps.now().getTime();
    // The scheduler ticks at the configured interval; backoff and Retry-After stretch it by skipping ticks.
    if (job.name === 'scheduled' && state.nextPollAt && Date.parse(state.nextPollAt) > now + 1000) {
      const live = state.pushFallback ? isLive(await sourceSubscription(deps.ctx, source.id), now) : false;
      if (!fallbackEnded(state, live, source.every, now)) return 'not due';
    }
    const wasFailing = state.failingNotified;
    try {
      const outcome = await pollOnce(deps, source, state);
      state.consecutiveFailures = 0;
      state.lastError = null;
      // While a hub pushes this feed, polling is only the fallback: FALLBACK_POLL_FACTOR times the interval.
      const sub = await sourceSubscription(deps.ctx, source.id);
      const pushed = isLive(sub, now);
      state.pushFallback = pushed;
      await subscribeIfAdvertised(deps, source, state.websub ?? null, sub);
      const everyMs = pushed ? source.every * FALLBACK_POLL_FACTOR : source.every;
      state.nextPollAt = new Date(
        now +
          nextPollDelay({
            everyMs,
            status: outcome.status,
            cacheControlMaxAge: outcome.maxAge,
            consecutiveFailures: 0,
            maxBackoffMs: Math.max(deps.config.fetch.maxBackoff, everyMs),
          }),
      ).toISOString();
      if (wasFailing) {
        state.failingNotified = false;
        await deps.enqueue('publish', {
          kind: 'source.failing',
          sourceId: source.id,
          failing: false,
          consecutiveFailures: 0,
          lastError: null,
          at: new Date(now).toISOString(),
        });
      }
      deps.tally('poll.ok');
      return outcome.summary;
    } catch (err) {
      recordFailure(deps, source, state, err, now);
      if (state.consecutiveFailures >= deps.config.fetch.failingAfter && !state.failingNotified) {
        state.failingNotified = true;
        await deps.enqueue('publish', {
          kind: 'source.failing',
          sourceId: source.id,
          failing: true,
          consecutiveFailures: state.consecutiveFailures,
          lastError: state.lastError,
          at: new Date(now).toISOString(),
        });
      }
      deps.tally('poll.error');
      return `error: ${state.lastError}`;
    } finally {
      state.lastPollAt = new Date(now).toISOString();
      state.items = await countSeenItems(deps.ctx, source.id);
      await saveSourceState(deps.ctx, state);
    }
  };
}

async function pollOnce(
  deps: PipelineDeps,
  source: SourceConfig,
  state: SourceState,
): Promise<{ summary: string; status: number; maxAge?: number }> {
  const { fetch: f } = deps.config;
  const res = await fetchDocument(source.url, {
    kind: 'feed',
    etag: state.etag,
    lastModified: state.lastModified,
    timeoutMs: f.timeout,
    maxBytes: f.maxBytes,
    userAgent: f.userAgent,
    maxRedirects: f.maxRedirects,
    allowPrivateNetworks: source.allowPrivateNetworks ?? f.allowPrivateNetworks,
  });
  deps.metrics.fetches.inc({ kind: 'feed', status_class: statusClass(res.status) });
  state.lastStatus = res.status;
  const maxAge = parseMaxAge(res.headers['cache-control']);
  state.movedTo = res.permanentUrl && res.permanentUrl !== source.url ? res.permanentUrl : null;
  if (state.movedTo) {
    // The config is the operator's: the source keeps working through the redirect, and /api/sources says where
    // it moved so they can update it.
    deps.log.warn(
      { source: source.id, url: source.url, movedTo: res.permanentUrl },
      'feed moved permanently; update its url in the config',
    );
  }
  const status = res.status;
  if (res.notModified) return { summary: 'not modified', status, maxAge };
  const bodyHash = shortHash(res.body, 40);
  // A server without validators that sends the same bytes again costs no parsing.
  if (bodyHash === state.bodyHash) return { summary: 'unchanged body', status, maxAge };
  const feed = await parseFeed(res.text, res.url);
  state.websub = discoverWebSub(res.text, res.headers.link, res.url);
  const { fresh, updated, left } = await takeFeedItems(deps, source, feed.items);
  // Catching up: the next poll must read the feed again (no 304, no "unchanged body") to find the rest.
  state.backlog = left;
  state.etag = left ? null : res.etag;
  state.lastModified = left ? null : res.lastModified;
  state.bodyHash = left ? null : bodyHash;
  deps.log.info({ source: source.id, items: feed.items.length, new: fresh, changed: updated, left }, 'polled');
  return {
    summary: `${feed.items.length} items, ${fresh} new, ${updated} changed${left ? `, ${left} left for later polls` : ''}`,
    status,
    maxAge,
  };
}

function recordFailure(deps: PipelineDeps, source: SourceConfig, state: SourceState, err: unknown, now: number): void {
  const fe = err instanceof FetchError ? err : null;
  state.consecutiveFailures += 1;
  state.pushFallback = false;
  state.lastError = err instanceof Error ? err.message : String(err);
  state.lastStatus = fe?.status ?? (err as { code?: string }).code ?? 'error';
  if (fe?.status === 410) state.disabled = 'the feed answered 410 Gone; remove it from the config or fix its URL';
  deps.metrics.fetches.inc({ kind: 'feed', status_class: statusClass(fe?.status ?? fe?.code ?? 'error') });
  const delay = nextPollDelay({
    everyMs: source.every,
    status: fe?.status ?? 0,
    retryAfterMs: fe?.retryAfterMs,
    consecutiveFailures: state.consecutiveFailures,
    maxBackoffMs: deps.config.fetch.maxBackoff,
  });
  state.nextPollAt = new Date(now + delay).toISOString();
  deps.log.warn(
    { source: source.id, url: source.url, err: state.lastError, failures: state.consecutiveFailures },
    'poll failed',
  );
}

function parseMaxAge(cacheControl: string | undefined): number | undefined {
  const m = cacheControl ? /max-age=(\d+)/i.exec(cacheControl) : null;
  return m ? Number(m[1]) * 1000 : undefined;
}
