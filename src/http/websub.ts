// deltafeed's own WebSub hub (W3C WebSub §5): POST {publicUrl}/websub, form-encoded. A request is checked at
// once (publish/websub/request.ts: mode, topic, callback, lease, secret; then the callback host's request rate
// and the SSRF guard's address policy) and refused with a 4xx that says why, or answered 202 Accepted; the
// verification of intent (the GET challenge) follows asynchronously, and only a callback that echoes the
// challenge with a 2xx gets (or loses) its subscription. Content distribution is workers/publish-feeds.ts.
import { randomBytes } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { blockedReason } from '../fetch/address-policy.js';
import { httpRequest } from '../fetch/request.js';
import {
  parseSubscriptionRequest,
  WebsubRequestError,
  type HubPolicy,
  type SubscriptionRequest,
} from '../publish/websub/request.js';
import { subscriptionId, verificationUrl } from '../publish/websub/content.js';
import { WEBSUB_HUB_PATH } from '../publish/atom/ids.js';
import { enableEndpoint } from '../store/deliveries.js';
import { countActiveSubscriptions, hitSubscribeRate, removeSubscription, saveSubscription } from '../store/websub.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { ApiDeps } from './api.js';
import { feedKeyAccepted } from './session.js';
import { readBodyCapped } from './request.js';
import { sendJson } from './respond.js';

/** A subscription request is a few short fields; anything longer is not one. */
const MAX_FORM_BYTES = 16 * 1024;
const RATE_WINDOW_MS = 60_000;
/** What is read of a callback's answer to the challenge (an echo of about 32 characters). */
const MAX_CHALLENGE_ANSWER_BYTES = 4096;
const DNS_TIMEOUT_MS = 5000;

export interface WebsubHub {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Sets the active-subscriptions gauge (before a /metrics scrape). */
  refreshGauge(): Promise<void>;
  /** Resolves when no verification is in flight (tests, shutdown). */
  idle(): Promise<void>;
}

export function isHubPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === WEBSUB_HUB_PATH;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    throw new Refusal(415, 'send the request as application/x-www-form-urlencoded (W3C WebSub §5.1)');
  const body = await readBodyCapped(req, MAX_FORM_BYTES);
  if (body === null) throw new Refusal(413, `a subscription request is at most ${MAX_FORM_BYTES} bytes`);
  return new URLSearchParams(body.toString('utf8'));
}

/** The SSRF guard's policy, applied before accepting: the delivery-time guard (fetch/guard.ts) applies it again. */
async function checkCallbackAddress(callback: string, allowPrivate: boolean): Promise<void> {
  const host = new URL(callback).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      const timeout = new Promise<never>((_, rej) =>
        setTimeout(() => rej(new Error('timeout')), DNS_TIMEOUT_MS).unref(),
      );
      addresses = (await Promise.race([lookup(host, { all: true, verbatim: true }), timeout])).map((a) => a.address);
    } catch {
      throw new Refusal(400, `hub.callback: cannot resolve the host "${host.slice(0, 100)}"`);
    }
  }
  for (const a of addresses) {
    const range = blockedReason(a, allowPrivate);
    if (range)
      throw new Refusal(
        400,
        `hub.callback: ${host === a ? a : `${host.slice(0, 100)} (${a})`} is a ${range} address; callbacks must be public`,
      );
  }
}

export interface HubDeps extends ApiDeps {
  log: Logger;
  metrics: Metrics;
}

export function createWebsubHub(d: HubDeps): WebsubHub {
  const cfg = d.config.websub;
  const policy: HubPolicy = {
    publicUrl: d.config.http.publicUrl,
    topicIds: d.config.topics.map((t) => t.id),
    feedKey: d.config.http.feedToken ?? undefined,
    keyAccepted: (key) => feedKeyAccepted(d.config.http, key),
    leaseDefaultMs: cfg.leaseDefault,
    leaseMinMs: cfg.leaseMin,
    leaseMaxMs: cfg.leaseMax,
  };
  const allowPrivate = d.config.fetch.allowPrivateNetworks;
  const inflight = new Set<Promise<void>>();
  let checking = 0;
  const count = (mode: string, outcome: string) => d.metrics.websubRequests.inc({ mode, outcome });
  const refreshGauge = async () => d.metrics.websubSubscriptions.set(await countActiveSubscriptions(d.ctx));

  async function verify(r: SubscriptionRequest): Promise<void> {
    const challenge = randomBytes(24).toString('base64url');
    const id = subscriptionId(r.feed.path, r.callback);
    const log = { mode: r.mode, topic: r.topic, callback: r.callback };
    let answer: string | null = null;
    let why = '';
    try {
      const res = await httpRequest(verificationUrl({ ...r, challenge }), {
        method: 'GET',
        timeoutMs: cfg.verifyTimeout,
        maxBytes: MAX_CHALLENGE_ANSWER_BYTES,
        maxRedirects: 0,
        allowPrivateNetworks: allowPrivate,
        userAgent: d.config.fetch.userAgent,
      });
      if (res.status >= 200 && res.status < 300) answer = res.body.toString('utf8');
      else why = `callback answered ${res.status}`;
    } catch (err) {
      why = (err as Error).message;
    }
    if (answer !== null && answer !== challenge) why = 'callback did not echo hub.challenge';
    if (answer === null || answer !== challenge) {
      count(r.mode, 'verify_failed');
      d.log.info({ ...log, why }, 'websub verification failed; nothing changed');
      return;
    }
    const now = Date.now();
    if (r.mode === 'subscribe') {
      await saveSubscription(d.ctx, {
        id,
        topic: r.topic,
        feedPath: r.feed.path,
        callback: r.callback,
        secret: r.secret,
        leaseSeconds: r.leaseSeconds,
        expiresAt: new Date(now + r.leaseSeconds * 1000).toISOString(),
        createdAt: new Date(now).toISOString(),
        verifiedAt: new Date(now).toISOString(),
      });
      // A subscriber that once answered 410 and subscribed again is welcome again.
      await enableEndpoint(d.ctx, id);
    } else await removeSubscription(d.ctx, id, r.feed.path);
    count(r.mode, 'verified');
    d.log.info({ ...log, leaseSeconds: r.leaseSeconds }, `websub ${r.mode} verified`);
    await refreshGauge();
  }

  async function accept(req: IncomingMessage): Promise<SubscriptionRequest> {
    const r = parseSubscriptionRequest(await readForm(req), policy);
    const host = new URL(r.callback).hostname.toLowerCase();
    const waitMs = await hitSubscribeRate(d.ctx, host, cfg.subscribeRate, RATE_WINDOW_MS);
    if (waitMs > 0)
      throw new Refusal(
        429,
        `too many subscription requests for callbacks at ${host.slice(0, 100)}: at most ${cfg.subscribeRate} a minute`,
        { 'retry-after': String(Math.ceil(waitMs / 1000)) },
      );
    // Address checks (a DNS lookup each) count with the verifications: a flood of distinct callback hosts must
    // not pile up lookups either.
    if (inflight.size + checking >= cfg.maxPendingVerifications)
      throw new Refusal(503, 'too many verifications in progress; try again shortly', { 'retry-after': '5' });
    checking++;
    try {
      await checkCallbackAddress(r.callback, allowPrivate);
    } finally {
      checking--;
    }
    return r;
  }

  return {
    async handle(req, res) {
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendJson(res, 405, {
          error: 'this is a WebSub hub: POST hub.mode, hub.topic and hub.callback form-encoded',
        });
      }
      let r: SubscriptionRequest;
      try {
        r = await accept(req);
      } catch (err) {
        if (!(err instanceof Refusal || err instanceof WebsubRequestError)) throw err;
        count('any', err instanceof Refusal && err.status === 429 ? 'rate_limited' : 'refused');
        for (const [k, v] of Object.entries(err instanceof Refusal ? err.headers : {})) res.setHeader(k, v);
        return sendJson(res, err.status, { error: err.message });
      }
      count(r.mode, 'accepted');
      const p = verify(r)
        .catch((err: Error) => d.log.warn({ err: err.message, callback: r.callback }, 'websub verification error'))
        .finally(() => inflight.delete(p));
      inflight.add(p);
      res.writeHead(202, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${r.mode} request accepted; verification of intent follows at the callback\n`);
    },
    refreshGauge,
    async idle() {
      while (inflight.size) await Promise.all([...inflight]);
    },
  };
}
