// WebSub for sources, the subscriber side (W3C WebSub §5-§7): subscribe to the hub a source's feed advertises,
// renew before the lease ends, unsubscribe when the source goes, and take what the hub pushes as a poll result.
// The hub's verification requests and pushes arrive at src/http/websub-callback.ts, which enqueues the pushes.
import { randomBytes } from 'node:crypto';
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { SourceConfig } from '../src/config/schema.js';
import type { WebSubSourceJob } from '../src/queues.js';
import { httpRequest } from '../src/fetch/request.js';
import { httpStatusError } from '../src/fetch/document.js';
import { FetchError } from '../src/fetch/errors.js';
import { parseFeed } from '../src/sources/parse.js';
import { failureCode } from '../src/sources/failure-reason.js';
import {
  REQUESTED_LEASE_SECONDS,
  callbackBase,
  callbackUrl,
  needsSubscribe,
  renewalJob,
} from '../src/sources/websub/policy.js';
import { dropRaw, getRaw } from '../src/store/raw.js';
import { getSourceState, saveSourceState } from '../src/store/sources.js';
import {
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  saveSubscription,
  sourceSubscription,
  type SourceSubscription,
} from '../src/store/websub-subscriptions.js';
import { shortHash } from '../src/util/hash.js';
import { recordItemFailure } from './failures.js';
import { takeFeedItems } from './poll-items.js';

type Payload<K extends WebSubSourceJob['kind']> = Extract<WebSubSourceJob, { kind: K }>;

/** A hub's answer to a (un)subscription request is a status line; more is not read. */
const HUB_ANSWER_MAX_BYTES = 64 * 1024;

export function websubEnabled(deps: PipelineDeps, source: SourceConfig): boolean {
  return deps.websub === true && (source.websub ?? deps.config.fetch.websub) === 'auto';
}

/** Called after every successful poll with what the feed advertised when it was last read. */
export async function subscribeIfAdvertised(
  deps: PipelineDeps,
  source: SourceConfig,
  advertised: { hub: string; topic: string } | null,
  sub: SourceSubscription | null,
): Promise<void> {
  if (!advertised || !websubEnabled(deps, source)) return;
  if (!callbackBase(deps.config.http.publicUrl, advertised.hub)) return;
  if (!needsSubscribe(sub, advertised, deps.now().getTime())) return;
  await deps.enqueue(
    'websub-source',
    { kind: 'subscribe', sourceId: source.id, ...advertised },
    { jobId: `websub-sub-${shortHash(`${source.id}\n${advertised.hub}\n${advertised.topic}`, 24)}` },
  );
}

/** Schedule the renewal of a verified subscription (a delayed job, so it survives restarts). */
async function scheduleRenewal(deps: PipelineDeps, sub: SourceSubscription, nowMs: number): Promise<void> {
  const r = renewalJob(sub, nowMs);
  if (r) await deps.enqueue('websub-source', r.data, r.opts);
}

/**
 * The scheduler's sweep: subscriptions of removed sources (or sources with websub off) are unsubscribed, and an
 * active subscription whose renewal is overdue (its job lost) is renewed.
 */
export async function reconcileSubscriptions(deps: PipelineDeps): Promise<void> {
  const now = deps.now().getTime();
  for (const sub of await listSubscriptions(deps.ctx)) {
    const source = deps.config.sources.find((s) => s.id === sub.sourceId);
    if (!source || (source.websub ?? deps.config.fetch.websub) === 'off') {
      await deps.enqueue(
        'websub-source',
        { kind: 'unsubscribe', subscriptionId: sub.id },
        { jobId: `websub-unsub-${sub.id}` },
      );
    } else if (sub.state === 'active' && sub.renewAt && Date.parse(sub.renewAt) < now - 60_000) {
      await scheduleRenewal(deps, sub, now);
    }
  }
}

export function websubSourceProcessor(deps: PipelineDeps) {
  return async (job: Job<WebSubSourceJob>): Promise<string> => {
    const d = job.data;
    switch (d.kind) {
      case 'subscribe':
        return subscribe(deps, job, d);
      case 'renew':
        return renew(deps, job, d);
      case 'unsubscribe':
        return unsubscribe(deps, job, d);
      case 'push':
        return takePush(deps, d);
    }
  };
}

async function subscribe(deps: PipelineDeps, job: Job, d: Payload<'subscribe'>): Promise<string> {
  const source = deps.config.sources.find((s) => s.id === d.sourceId);
  if (!source || !websubEnabled(deps, source)) return 'source removed or websub off';
  const base = callbackBase(deps.config.http.publicUrl, d.hub);
  if (!base) return 'http.publicUrl cannot be reached from the hub';
  let sub = await sourceSubscription(deps.ctx, source.id);
  if (sub && (sub.hub !== d.hub || sub.topic !== d.topic)) {
    // The feed moved to another hub or topic: the old subscription is ended after the new one is recorded.
    await deps.enqueue(
      'websub-source',
      { kind: 'unsubscribe', subscriptionId: sub.id },
      { jobId: `websub-unsub-${sub.id}` },
    );
    sub = null;
  }
  const now = deps.now().toISOString();
  if (!sub) {
    const id = randomBytes(18).toString('base64url');
    sub = {
      id,
      sourceId: source.id,
      hub: d.hub,
      topic: d.topic,
      callback: callbackUrl(base, id),
      secret: randomBytes(32).toString('hex'),
      state: 'requested',
      requestedAt: now,
      verifiedAt: null,
      leaseSeconds: null,
      expiresAt: null,
      renewAt: null,
      lastError: null,
      allowPrivateNetworks: privateAllowed(deps, source),
    };
  } else {
    // A live subscription stays live while it is renewed; anything else waits for the hub's verification.
    sub.state = sub.state === 'active' ? 'active' : 'requested';
    sub.callback = callbackUrl(base, sub.id);
    sub.requestedAt = now;
    sub.allowPrivateNetworks = privateAllowed(deps, source);
  }
  // Saved before asking: a hub may verify before it answers the request.
  await saveSubscription(deps.ctx, sub);
  return askHub(deps, job, sub, 'subscribe');
}

async function renew(deps: PipelineDeps, job: Job, d: Payload<'renew'>): Promise<string> {
  const sub = await getSubscription(deps.ctx, d.subscriptionId);
  if (!sub || sub.state !== 'active') return 'nothing to renew';
  const source = deps.config.sources.find((s) => s.id === sub.sourceId);
  const current = await sourceSubscription(deps.ctx, sub.sourceId);
  // The feed as last read must still name this hub and topic (a feed that dropped its hub is polled again).
  const advertised = source ? (await getSourceState(deps.ctx, source.id, source.url)).websub : null;
  const stillAdvertised = advertised?.hub === sub.hub && advertised.topic === sub.topic;
  if (!source || !websubEnabled(deps, source) || current?.id !== sub.id || !stillAdvertised) {
    return unsubscribe(deps, job, { kind: 'unsubscribe', subscriptionId: sub.id });
  }
  sub.requestedAt = deps.now().toISOString();
  await saveSubscription(deps.ctx, sub);
  return askHub(deps, job, sub, 'subscribe');
}

async function unsubscribe(deps: PipelineDeps, job: Job, d: Payload<'unsubscribe'>): Promise<string> {
  const sub = await getSubscription(deps.ctx, d.subscriptionId);
  if (!sub) return 'already gone';
  if (sub.state === 'failed' || sub.state === 'denied') {
    await deleteSubscription(deps.ctx, sub);
    return 'dropped (the hub never held it)';
  }
  sub.state = 'unsubscribing';
  sub.requestedAt = deps.now().toISOString();
  await saveSubscription(deps.ctx, sub, false);
  return askHub(deps, job, sub, 'unsubscribe');
}

function privateAllowed(deps: PipelineDeps, source: SourceConfig): boolean {
  return source.allowPrivateNetworks ?? deps.config.fetch.allowPrivateNetworks;
}

/** POST the (un)subscription request; the hub then verifies it at the callback (src/http/websub-callback.ts). */
async function askHub(
  deps: PipelineDeps,
  job: Job,
  sub: SourceSubscription,
  mode: 'subscribe' | 'unsubscribe',
): Promise<string> {
  const f = deps.config.fetch;
  const form = new URLSearchParams({ 'hub.mode': mode, 'hub.topic': sub.topic, 'hub.callback': sub.callback });
  if (mode === 'subscribe') {
    form.set('hub.secret', sub.secret);
    form.set('hub.lease_seconds', String(REQUESTED_LEASE_SECONDS));
  }
  try {
    const res = await httpRequest(sub.hub, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      timeoutMs: f.timeout,
      maxBytes: HUB_ANSWER_MAX_BYTES,
      maxRedirects: 0,
      userAgent: f.userAgent,
      allowPrivateNetworks: sub.allowPrivateNetworks,
    });
    if (res.status < 200 || res.status >= 300) {
      const err = httpStatusError(res);
      const said = res.body.toString('utf8', 0, 200).trim();
      throw said ? Object.assign(err, { message: `${err.message}: ${said}` }) : err;
    }
    deps.log.info({ source: sub.sourceId, hub: sub.hub, mode, status: res.status }, 'websub request accepted');
    return `${mode} requested (hub answered ${res.status})`;
  } catch (err) {
    const retryable = err instanceof FetchError && err.retryable;
    if (retryable && job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw err;
    await giveUp(deps, sub, mode, err, job.attemptsMade + 1);
    return `error: ${(err as Error).message}`;
  }
}

async function giveUp(
  deps: PipelineDeps,
  asked: SourceSubscription,
  mode: 'subscribe' | 'unsubscribe',
  err: unknown,
  attempts: number,
): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  const sub = await getSubscription(deps.ctx, asked.id);
  if (mode === 'unsubscribe') {
    // The hub lets the lease lapse on its own; pushes meanwhile find no subscription and are refused.
    if (sub) await deleteSubscription(deps.ctx, sub);
  } else if (sub) {
    // A failed renewal keeps the subscription until its lease ends; polling takes over after that.
    if (sub.state !== 'active') sub.state = 'failed';
    sub.lastError = `${mode}: ${message}`;
    await saveSubscription(deps.ctx, sub, false);
  }
  await recordItemFailure(deps, {
    sourceId: asked.sourceId,
    url: asked.hub,
    stage: 'websub',
    code: failureCode(err),
    detail: `${mode} at the hub failed: ${message}`,
    attempts,
    retry: null,
  });
}

/** A verified push: the same path as a poll's items. */
async function takePush(deps: PipelineDeps, d: Payload<'push'>): Promise<string> {
  const [sub, text] = await Promise.all([getSubscription(deps.ctx, d.subscriptionId), getRaw(deps.ctx, d.rawKey)]);
  const source = sub ? deps.config.sources.find((s) => s.id === sub.sourceId) : undefined;
  if (!sub || !source) {
    await dropRaw(deps.ctx, d.rawKey);
    return 'subscription or source gone (polling covers it)';
  }
  if (text === null) {
    await recordPushFailure(deps, sub, 'RAW_EXPIRED', 'the pushed feed expired before it was read');
    return 'pushed body expired';
  }
  try {
    const feed = await parseFeed(text, sub.topic);
    const { fresh, updated, left } = await takeFeedItems(deps, source, feed.items);
    if (left) {
      // The rest must come from the next poll, so it may not be answered "not modified".
      const state = await getSourceState(deps.ctx, source.id, source.url);
      Object.assign(state, { etag: null, lastModified: null, bodyHash: null, backlog: left });
      await saveSourceState(deps.ctx, state);
    }
    deps.tally('websub.push');
    deps.log.info({ source: source.id, items: feed.items.length, new: fresh, changed: updated, left }, 'pushed');
    return `pushed: ${feed.items.length} items, ${fresh} new, ${updated} changed`;
  } catch (err) {
    await recordPushFailure(deps, sub, failureCode(err), (err as Error).message);
    return `error: ${(err as Error).message}`;
  } finally {
    await dropRaw(deps.ctx, d.rawKey);
  }
}

function recordPushFailure(deps: PipelineDeps, sub: SourceSubscription, code: string, detail: string) {
  return recordItemFailure(deps, {
    sourceId: sub.sourceId,
    url: sub.topic,
    stage: 'websub',
    code,
    detail: `pushed content: ${detail}`,
    attempts: 1,
    retry: null,
  });
}
