// A WebSub subscription request (W3C WebSub §5.1), read from the form the subscriber POSTs to the hub. Pure:
// every refusal is a WebsubRequestError with the HTTP status and the reason in words, so the HTTP layer only
// has to send it. The topic must be the first page of one of our feeds (publish/atom/ids.ts); the callback an
// absolute http(s) URL of at most MAX_CALLBACK_BYTES, whose address the SSRF guard checks later (IO).
import { DeltafeedError } from '../../errors.js';
import { absoluteUrl, feedPath, type FeedFormat, type FeedRef } from '../atom/ids.js';

/** W3C WebSub §5.1: hub.secret "MUST be less than 200 bytes". */
export const MAX_SECRET_BYTES = 199;
/** Longer callbacks are refused (a hub stores and requests them; browsers' own limit is about this). */
export const MAX_CALLBACK_BYTES = 2048;

export class WebsubRequestError extends DeltafeedError {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super('WEBSUB_REQUEST', detail);
  }
}

export type WebsubMode = 'subscribe' | 'unsubscribe';

export interface SubscriptionRequest {
  mode: WebsubMode;
  /** The topic as we advertise it (the feed's self URL), whatever spelling the subscriber used. */
  topic: string;
  feed: { ref: FeedRef; format: FeedFormat; path: string };
  callback: string;
  /** Granted lease, already clamped to the hub's bounds. */
  leaseSeconds: number;
  secret: string | null;
}

export interface HubPolicy {
  publicUrl: string;
  topicIds: readonly string[];
  /** The feed key every self link carries (http.feedToken), if feeds are private. */
  feedKey?: string;
  /** Whether a key given in a topic URL opens the feeds (current or previous feed token). */
  keyAccepted: (key: string | null) => boolean;
  leaseDefaultMs: number;
  leaseMinMs: number;
  leaseMaxMs: number;
}

const bad = (detail: string) => new WebsubRequestError(400, detail);

function single(form: URLSearchParams, name: string): string | null {
  const all = form.getAll(name);
  if (all.length > 1) throw bad(`${name} given ${all.length} times; give it once`);
  return all[0] ?? null;
}

export function parseCallback(raw: string | null): string {
  if (raw === null || raw === '') throw bad('hub.callback is missing');
  if (Buffer.byteLength(raw) > MAX_CALLBACK_BYTES)
    throw bad(`hub.callback is ${Buffer.byteLength(raw)} bytes; at most ${MAX_CALLBACK_BYTES} are accepted`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('hub.callback is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw bad(`hub.callback must be an http or https URL, not ${url.protocol.replace(/:$/, '')}:`);
  if (url.username || url.password) throw bad('hub.callback must not carry a user name or password');
  url.hash = '';
  return url.href;
}

/** Which of our feeds a topic URL names, or a 404-style refusal. */
export function resolveTopic(raw: string | null, p: HubPolicy): SubscriptionRequest['feed'] & { topic: string } {
  if (raw === null || raw === '') throw bad('hub.topic is missing');
  if (raw.length > MAX_CALLBACK_BYTES) throw bad('hub.topic is too long to be one of our feeds');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw bad('hub.topic is not an absolute URL');
  }
  const base = new URL(absoluteUrl(p.publicUrl, '/'));
  const notOurs = () =>
    new WebsubRequestError(
      404,
      `hub.topic is not a feed of this hub: topics are the first pages of ${absoluteUrl(p.publicUrl, '/feeds/')}...(.atom|.json)`,
    );
  if (url.origin !== base.origin) throw notOurs();
  const prefix = base.pathname.replace(/\/$/, '');
  if (!url.pathname.startsWith(`${prefix}/`)) throw notOurs();
  const m = /^\/feeds\/(?:(stories|revisions)|topics\/([^/]+))\.(atom|json)$/.exec(url.pathname.slice(prefix.length));
  if (!m) throw notOurs();
  let ref: FeedRef;
  if (m[2] !== undefined) {
    let id: string;
    try {
      id = decodeURIComponent(m[2]);
    } catch {
      throw notOurs();
    }
    if (!p.topicIds.includes(id)) throw notOurs();
    ref = { kind: 'topic', topicId: id };
  } else ref = { kind: m[1] as 'stories' | 'revisions' };
  const format = m[3] as FeedFormat;
  for (const name of url.searchParams.keys())
    if (name !== 'key')
      throw bad(`hub.topic must be a feed's first page without query parameters (found "${name.slice(0, 40)}")`);
  if (!p.keyAccepted(url.searchParams.get('key')))
    throw new WebsubRequestError(403, 'hub.topic is a private feed: its URL needs the feed key (?key=...)');
  const path = feedPath(ref, format);
  const topic = absoluteUrl(p.publicUrl, path) + (p.feedKey ? `?key=${encodeURIComponent(p.feedKey)}` : '');
  return { ref, format, path, topic };
}

function leaseSeconds(raw: string | null, p: HubPolicy): number {
  const min = Math.ceil(p.leaseMinMs / 1000);
  const max = Math.floor(p.leaseMaxMs / 1000);
  if (raw === null || raw === '') return Math.round(p.leaseDefaultMs / 1000);
  if (!/^\d{1,12}$/.test(raw)) throw bad('hub.lease_seconds must be a whole number of seconds');
  return Math.min(max, Math.max(min, Number(raw)));
}

/** The request a form describes, or a WebsubRequestError saying what is wrong with it. */
export function parseSubscriptionRequest(form: URLSearchParams, p: HubPolicy): SubscriptionRequest {
  const mode = single(form, 'hub.mode');
  if (mode !== 'subscribe' && mode !== 'unsubscribe')
    throw bad(
      mode === null
        ? 'hub.mode is missing: expected subscribe or unsubscribe'
        : `hub.mode must be subscribe or unsubscribe, not ${JSON.stringify(mode.slice(0, 40))}`,
    );
  const callback = parseCallback(single(form, 'hub.callback'));
  const { topic, ...feed } = resolveTopic(single(form, 'hub.topic'), p);
  const secret = single(form, 'hub.secret');
  if (secret !== null && Buffer.byteLength(secret) > MAX_SECRET_BYTES)
    throw bad(`hub.secret must be less than 200 bytes (got ${Buffer.byteLength(secret)})`);
  return {
    mode,
    topic,
    feed,
    callback,
    leaseSeconds: leaseSeconds(single(form, 'hub.lease_seconds'), p),
    secret: secret === '' ? null : secret,
  };
}
