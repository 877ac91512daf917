// The hub's reading of subscription requests (W3C WebSub §5.1) and what a push carries (§7). Pure.
import { createHmac } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  MAX_CALLBACK_BYTES,
  parseSubscriptionRequest,
  WebsubRequestError,
  type HubPolicy,
} from '../../src/publish/websub/request.js';
import {
  contentEventId,
  contentHeaders,
  feedContentType,
  isSubscriptionId,
  subscriptionId,
  verificationUrl,
} from '../../src/publish/websub/content.js';

const policy: HubPolicy = {
  publicUrl: 'https://news.example/df',
  topicIds: ['nato', 'quarry'],
  keyAccepted: () => true,
  leaseDefaultMs: 10 * 86_400_000,
  leaseMinMs: 3_600_000,
  leaseMaxMs: 30 * 86_400_000,
};
const TOPIC = 'https://news.example/df/feeds/topics/nato.atom';
const CALLBACK = 'https://reader.example/push/123?user=7';

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.callback': CALLBACK, ...fields });
}

function refusal(fields: Record<string, string>, p = policy): WebsubRequestError {
  try {
    parseSubscriptionRequest(form(fields), p);
  } catch (err) {
    if (err instanceof WebsubRequestError) return err;
    throw err;
  }
  throw new Error(`accepted: ${JSON.stringify(fields)}`);
}

describe('subscription requests', () => {
  test('a plain subscribe: our topic, the default lease, no secret', () => {
    const r = parseSubscriptionRequest(form({}), policy);
    expect(r).toEqual({
      mode: 'subscribe',
      topic: TOPIC,
      feed: { ref: { kind: 'topic', topicId: 'nato' }, format: 'atom', path: '/feeds/topics/nato.atom' },
      callback: CALLBACK,
      leaseSeconds: 864_000,
      secret: null,
    });
  });

  test('every feed and format is a topic; the JSON twin too', () => {
    for (const [url, path] of [
      ['https://news.example/df/feeds/stories.atom', '/feeds/stories.atom'],
      ['https://news.example/df/feeds/revisions.json', '/feeds/revisions.json'],
      ['https://news.example/df/feeds/topics/quarry.json', '/feeds/topics/quarry.json'],
    ] as const)
      expect(parseSubscriptionRequest(form({ 'hub.topic': url }), policy).feed.path).toBe(path);
  });

  test('leases are clamped to the bounds; a non-number is refused', () => {
    expect(parseSubscriptionRequest(form({ 'hub.lease_seconds': '5' }), policy).leaseSeconds).toBe(3600);
    expect(parseSubscriptionRequest(form({ 'hub.lease_seconds': '99999999999' }), policy).leaseSeconds).toBe(2_592_000);
    expect(parseSubscriptionRequest(form({ 'hub.lease_seconds': '7200' }), policy).leaseSeconds).toBe(7200);
    expect(refusal({ 'hub.lease_seconds': '-1' }).message).toMatch(/whole number/);
    expect(refusal({ 'hub.lease_seconds': '1e9' }).status).toBe(400);
  });

  test('secrets under 200 bytes are kept; 200 bytes and more are refused', () => {
    expect(parseSubscriptionRequest(form({ 'hub.secret': 's'.repeat(199) }), policy).secret).toHaveLength(199);
    expect(refusal({ 'hub.secret': 's'.repeat(200) }).message).toMatch(/less than 200 bytes/);
    // Bytes, not characters.
    expect(refusal({ 'hub.secret': 'é'.repeat(100) }).status).toBe(400);
  });

  test('bad callbacks: missing, relative, other schemes, credentials, over 2 KB (10 KB)', () => {
    const cases: [string, RegExp][] = [
      ['', /missing/],
      ['/push', /not an absolute URL/],
      ['ftp://reader.example/x', /http or https/],
      ['javascript:alert(1)', /http or https/],
      ['file:///etc/passwd', /http or https/],
      ['https://u:p@reader.example/x', /user name or password/],
      [`https://reader.example/${'a'.repeat(10 * 1024)}`, new RegExp(`at most ${MAX_CALLBACK_BYTES}`)],
    ];
    for (const [cb, msg] of cases) {
      const e = refusal({ 'hub.callback': cb });
      expect(e.status, cb.slice(0, 40)).toBe(400);
      expect(e.message, cb.slice(0, 40)).toMatch(msg);
    }
  });

  test('topics that are not ours are refused with 404; pages and odd queries with 400', () => {
    for (const t of [
      'https://other.example/df/feeds/topics/nato.atom',
      'http://news.example/df/feeds/topics/nato.atom',
      'https://news.example/feeds/topics/nato.atom',
      'https://news.example/df/feeds/topics/unknown.atom',
      'https://news.example/df/feeds/topics/nato.rss',
      'https://news.example/df/api/topics',
      'https://news.example/df/feeds/topics/%E0%A4%A.atom',
    ])
      expect(refusal({ 'hub.topic': t }).status, t).toBe(404);
    expect(refusal({ 'hub.topic': `${TOPIC}?page=2` }).message).toMatch(/first page/);
    expect(refusal({ 'hub.topic': 'not a url' }).status).toBe(400);
  });

  test('private feeds: the topic needs an accepted key, and the stored topic carries the current one', () => {
    const priv: HubPolicy = { ...policy, feedKey: 'current-key-0123456', keyAccepted: (k) => k === 'old-key' };
    expect(refusal({}, priv).status).toBe(403);
    const r = parseSubscriptionRequest(form({ 'hub.topic': `${TOPIC}?key=old-key` }), priv);
    expect(r.topic).toBe(`${TOPIC}?key=current-key-0123456`);
  });

  test('mode must be subscribe or unsubscribe, and each field given once', () => {
    expect(refusal({ 'hub.mode': 'publish' }).message).toMatch(/subscribe or unsubscribe/);
    const twice = form({});
    twice.append('hub.callback', 'https://evil.example/');
    expect(() => parseSubscriptionRequest(twice, policy)).toThrow(/given 2 times/);
    expect(parseSubscriptionRequest(form({ 'hub.mode': 'unsubscribe' }), policy).mode).toBe('unsubscribe');
  });
});

describe('verification and content', () => {
  test('the challenge GET keeps the callback query and adds the hub parameters', () => {
    const u = new URL(
      verificationUrl({ callback: CALLBACK, mode: 'subscribe', topic: TOPIC, challenge: 'c h&x', leaseSeconds: 60 }),
    );
    expect(u.searchParams.get('user')).toBe('7');
    expect(u.searchParams.get('hub.mode')).toBe('subscribe');
    expect(u.searchParams.get('hub.topic')).toBe(TOPIC);
    expect(u.searchParams.get('hub.challenge')).toBe('c h&x');
    expect(u.searchParams.get('hub.lease_seconds')).toBe('60');
    const un = new URL(
      verificationUrl({ callback: CALLBACK, mode: 'unsubscribe', topic: TOPIC, challenge: 'c', leaseSeconds: 60 }),
    );
    expect(un.searchParams.has('hub.lease_seconds')).toBe(false);
  });

  test('a push names hub and self, and signs the exact body with HMAC-SHA256 of the secret', () => {
    const body = '<feed>é</feed>';
    const h = contentHeaders({
      hubUrl: 'https://news.example/df/websub',
      topic: TOPIC,
      contentType: feedContentType('/feeds/topics/nato.atom'),
      secret: 'k',
      body,
    });
    expect(h['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(h.link).toBe(`<https://news.example/df/websub>; rel="hub", <${TOPIC}>; rel="self"`);
    expect(h['x-hub-signature']).toBe(`sha256=${createHmac('sha256', 'k').update(Buffer.from(body)).digest('hex')}`);
    expect(contentHeaders({ hubUrl: 'h', topic: 't', contentType: 'c', secret: null, body })['x-hub-signature']).toBe(
      undefined,
    );
    expect(feedContentType('/feeds/stories.json')).toBe('application/feed+json; charset=utf-8');
  });

  test('ids: one subscription per (feed, callback); one event per feed version', () => {
    const a = subscriptionId('/feeds/stories.atom', CALLBACK);
    expect(isSubscriptionId(a)).toBe(true);
    expect(isSubscriptionId('my-webhook')).toBe(false);
    expect(subscriptionId('/feeds/stories.atom', CALLBACK)).toBe(a);
    expect(subscriptionId('/feeds/stories.json', CALLBACK)).not.toBe(a);
    expect(contentEventId('/f', 'x')).toBe(contentEventId('/f', 'x'));
    expect(contentEventId('/f', 'x')).not.toBe(contentEventId('/f', 'y'));
  });
});
