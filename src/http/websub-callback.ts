// The callbacks of our WebSub subscriptions to sources' hubs (W3C WebSub §5.3 and §7), under
// /websub/callback/{subscriptionId}. GET is the hub verifying intent: answered with hub.challenge only for a
// (un)subscription we asked for, with its topic; 404 otherwise. POST is content: refused (410) for an unknown or
// lapsed subscription, checked against X-Hub-Signature, size-bounded like a fetched feed, and handed to the
// websub-source queue (workers/websub-source.ts) to be taken as a poll result of its source.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/load.js';
import type { Enqueue } from '../deps.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { StoreCtx } from '../store/context.js';
import { decodeDocument } from '../fetch/charset.js';
import { checkHubSignature } from '../sources/websub/signature.js';
import { CALLBACK_PREFIX, grantedLease, renewAt, renewalJob } from '../sources/websub/policy.js';
import { failureReason } from '../sources/failure-reason.js';
import { recordFailure, resolveFailure } from '../store/failures.js';
import { putRaw } from '../store/raw.js';
import { readBodyCapped } from './request.js';
import {
  countPush,
  deleteSubscription,
  getSubscription,
  isLive,
  saveSubscription,
  sourceSubscription,
  subscriptionCounts,
  type SourceSubscription,
} from '../store/websub-subscriptions.js';
import { shortHash } from '../util/hash.js';
import { HttpError } from './respond.js';

export interface CallbackDeps {
  config: Config;
  ctx: StoreCtx;
  log: Logger;
  metrics: Metrics;
  /** Absent where no queue is reachable (an API-only test server): pushes are then refused with 503. */
  enqueue?: Enqueue;
}

const ID = /^[A-Za-z0-9_-]{16,64}$/;

export function isCallbackPath(path: string): boolean {
  return path.startsWith(CALLBACK_PREFIX);
}

export async function handleCallback(
  d: CallbackDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const id = url.pathname.slice(CALLBACK_PREFIX.length);
  const sub = ID.test(id) ? await getSubscription(d.ctx, id) : null;
  if (req.method === 'GET') return verify(d, res, url.searchParams, sub);
  if (req.method === 'POST') return receive(d, req, res, sub);
  res.setHeader('allow', 'GET, POST');
  throw new HttpError(405, 'a WebSub callback answers GET (verification) and POST (content)');
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

async function verify(
  d: CallbackDeps,
  res: ServerResponse,
  q: URLSearchParams,
  sub: SourceSubscription | null,
): Promise<void> {
  const mode = q.get('hub.mode');
  const topic = q.get('hub.topic');
  const challenge = q.get('hub.challenge');
  if (!sub || topic !== sub.topic) throw new HttpError(404, 'no such subscription');
  const now = Date.now();
  if (mode === 'denied') {
    sub.state = 'denied';
    sub.lastError = `the hub denied the subscription${q.get('hub.reason') ? `: ${q.get('hub.reason')}` : ''}`;
    await saveSubscription(d.ctx, sub, false);
    await recordHubFailure(d, sub, 'WEBSUB_DENIED', sub.lastError);
    return sendText(res, 200, 'noted');
  }
  if (!challenge) throw new HttpError(400, 'hub.challenge is missing');
  if (mode === 'subscribe' && (sub.state === 'requested' || sub.state === 'active')) {
    const lease = grantedLease(q.get('hub.lease_seconds'));
    sub.state = 'active';
    sub.verifiedAt = new Date(now).toISOString();
    sub.leaseSeconds = lease;
    sub.expiresAt = new Date(now + lease * 1000).toISOString();
    sub.renewAt = new Date(renewAt(now, lease)).toISOString();
    sub.lastError = null;
    const current = await sourceSubscription(d.ctx, sub.sourceId);
    await saveSubscription(d.ctx, sub, !current || current.id === sub.id);
    const job = renewalJob(sub, now);
    if (job && d.enqueue) await d.enqueue('websub-source', job.data, job.opts);
    await resolveFailure(d.ctx, sub.sourceId, sub.hub);
    d.log.info({ source: sub.sourceId, hub: sub.hub, lease }, 'websub subscription verified');
    return sendText(res, 200, challenge);
  }
  if (mode === 'unsubscribe' && sub.state === 'unsubscribing') {
    await deleteSubscription(d.ctx, sub);
    d.log.info({ source: sub.sourceId, hub: sub.hub }, 'websub unsubscription verified');
    return sendText(res, 200, challenge);
  }
  // Not something we asked for (a hub or a third party guessing): per the spec, refuse it.
  throw new HttpError(404, 'no such pending request');
}

async function receive(
  d: CallbackDeps,
  req: IncomingMessage,
  res: ServerResponse,
  sub: SourceSubscription | null,
): Promise<void> {
  const now = Date.now();
  if (!sub || !isLive(sub, now)) {
    req.resume();
    d.metrics.websubPushes.inc({ source: sub?.sourceId ?? '', outcome: 'refused' });
    d.log.warn({ subscription: sub?.id, state: sub?.state }, 'websub push for no live subscription refused');
    if (sub && sub.state !== 'unsubscribing') {
      await recordHubFailure(d, sub, 'WEBSUB_NOT_LIVE', `a push while the subscription was ${sub.state}`);
    }
    // 410 tells the hub to drop the subscription; polling still covers the source.
    return sendText(res, 410, 'no live subscription at this callback');
  }
  const body = await readBodyCapped(req, d.config.fetch.maxBytes);
  if (body === null) {
    d.metrics.websubPushes.inc({ source: sub.sourceId, outcome: 'too_large' });
    await recordHubFailure(d, sub, 'TOO_LARGE', `a pushed body over fetch.maxBytes (${d.config.fetch.maxBytes})`);
    res.setHeader('connection', 'close');
    return sendText(res, 413, 'pushed content larger than this subscriber accepts');
  }
  const signature = checkHubSignature(sub.secret, body, headerOf(req, 'x-hub-signature'));
  if (signature !== 'valid') {
    // The spec: ignore the content, yet acknowledge it (2xx), so a forger learns nothing.
    await countPush(d.ctx, sub.id, 'badSignature', new Date(now).toISOString());
    d.metrics.websubPushes.inc({ source: sub.sourceId, outcome: 'bad_signature' });
    d.log.warn({ source: sub.sourceId, subscription: sub.id, signature }, 'websub push discarded: bad signature');
    await recordHubFailure(d, sub, 'BAD_SIGNATURE', `a push was discarded: X-Hub-Signature ${signature}`);
    return sendText(res, 202, 'accepted');
  }
  if (!d.enqueue) throw new HttpError(503, 'this server takes no pushed content');
  const text = decodeDocument(body, headerOf(req, 'content-type'), 'feed').text;
  const digest = shortHash(`${sub.id}\n${text}`, 24);
  const rawKey = await putRaw(d.ctx, `websub-${digest}`, text, d.config.retention.rawHtml);
  await d.enqueue(
    'websub-source',
    { kind: 'push', subscriptionId: sub.id, rawKey },
    { jobId: `websub-push-${digest}` },
  );
  await countPush(d.ctx, sub.id, 'accepted', new Date(now).toISOString());
  d.metrics.websubPushes.inc({ source: sub.sourceId, outcome: 'accepted' });
  return sendText(res, 202, 'accepted');
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function recordHubFailure(d: CallbackDeps, sub: SourceSubscription, code: string, detail: string) {
  d.metrics.itemFailures.inc({ stage: 'websub', reason: code });
  await recordFailure(d.ctx, {
    sourceId: sub.sourceId,
    url: code === 'WEBSUB_DENIED' ? sub.hub : sub.topic,
    stage: 'websub',
    code,
    reason: failureReason(code, detail),
    at: new Date().toISOString(),
    attempts: 1,
    retry: null,
  });
}

/** What /api/sources shows of a source's subscription to its hub (never the secret). */
export async function subscriptionView(ctx: StoreCtx, sourceId: string): Promise<Record<string, unknown> | null> {
  const sub = await sourceSubscription(ctx, sourceId);
  if (!sub) return null;
  const counts = await subscriptionCounts(ctx, sub.id);
  const live = isLive(sub, Date.now());
  return {
    state: sub.state === 'active' && !live ? 'expired' : sub.state,
    hub: sub.hub,
    topic: sub.topic,
    requestedAt: sub.requestedAt,
    verifiedAt: sub.verifiedAt,
    leaseSeconds: sub.leaseSeconds,
    expiresAt: sub.expiresAt,
    renewAt: sub.renewAt,
    lastError: sub.lastError,
    ...counts,
  };
}

/** deltafeed_websub_subscription{source,state} = 1 for each configured source's subscription, before a scrape. */
export async function refreshWebSubGauges(d: Pick<CallbackDeps, 'config' | 'ctx' | 'metrics'>): Promise<void> {
  const now = Date.now();
  const subs = await Promise.all(d.config.sources.map((s) => sourceSubscription(d.ctx, s.id)));
  d.metrics.websubSubscription.reset();
  d.config.sources.forEach((s, i) => {
    const sub = subs[i];
    const state = !sub ? 'none' : sub.state === 'active' && !isLive(sub, now) ? 'expired' : sub.state;
    d.metrics.websubSubscription.set({ source: s.id, state }, 1);
  });
}
