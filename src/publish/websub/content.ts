// Content distribution (W3C WebSub §7): what one delivery of an updated feed to one subscriber carries. Pure.
// The body is the whole feed (its first page) as served, with the feed's own Content-Type; the Link header names
// the hub and the topic; a subscriber that gave a hub.secret gets X-Hub-Signature: sha256=HMAC(secret, body).
import { createHash, createHmac } from 'node:crypto';
import { FEED_MEDIA_TYPE } from '../atom/ids.js';

/** Ids share the webhook deliveries' rules (no ":" or "."; never all digits), so both can live in one log. */
const hex = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/** One subscription per (topic, callback): subscribing again renews it (WebSub §5.1). */
export function subscriptionId(feedPath: string, callback: string): string {
  return `wsub_${hex(feedPath, callback)}`;
}

/** A feed version's id, from its bytes: rendering the same feed again (a retried job) gives the same id. */
export function contentEventId(feedPath: string, body: string): string {
  return `wsb_${hex(feedPath, body)}`;
}

export function isSubscriptionId(id: string): boolean {
  return /^wsub_[0-9a-f]{32}$/.test(id);
}

/** The Content-Type a feed path is served with (its first page is what is pushed). */
export function feedContentType(feedPath: string): string {
  return `${feedPath.endsWith('.json') ? FEED_MEDIA_TYPE.json : FEED_MEDIA_TYPE.atom}; charset=utf-8`;
}

export function hubSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function contentHeaders(a: {
  hubUrl: string;
  topic: string;
  contentType: string;
  secret: string | null;
  body: string;
}): Record<string, string> {
  return {
    'content-type': a.contentType,
    link: `<${a.hubUrl}>; rel="hub", <${a.topic}>; rel="self"`,
    ...(a.secret ? { 'x-hub-signature': hubSignature(a.secret, a.body) } : {}),
  };
}

/** The verification of intent (WebSub §5.3): the callback URL with the hub's query parameters added. */
export function verificationUrl(a: {
  callback: string;
  mode: 'subscribe' | 'unsubscribe';
  topic: string;
  challenge: string;
  leaseSeconds: number;
}): string {
  const url = new URL(a.callback);
  url.searchParams.append('hub.mode', a.mode);
  url.searchParams.append('hub.topic', a.topic);
  url.searchParams.append('hub.challenge', a.challenge);
  if (a.mode === 'subscribe') url.searchParams.append('hub.lease_seconds', String(a.leaseSeconds));
  return url.href;
}
