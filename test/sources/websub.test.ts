// WebSub for sources, the pure parts: discovery of hub and self in headers and documents, X-Hub-Signature
// checks for every method of the spec, and the subscription policy (reachable callbacks, renewal, retries).
import { describe, expect, it } from 'vitest';
import { discoverWebSub } from '../../src/sources/websub/discover.js';
import { checkHubSignature, hubSignature } from '../../src/sources/websub/signature.js';
import {
  callbackBase,
  fallbackEnded,
  grantedLease,
  needsSubscribe,
  renewAt,
  DEFAULT_GRANTED_LEASE_SECONDS,
  RETRY_SUBSCRIBE_AFTER_MS,
} from '../../src/sources/websub/policy.js';

const FEED = 'https://news.example.com/feed.xml';

describe('discoverWebSub', () => {
  it('reads an Atom feed: hub and self, relative hrefs resolved, entry links ignored', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <link rel="self" href="/atom?x=1&amp;y=2"/><link href="https://hub.example.net/" rel='hub'/>
      <entry><link rel="hub" href="https://other.example/"/></entry></feed>`;
    expect(discoverWebSub(atom, undefined, FEED)).toEqual({
      hub: 'https://hub.example.net/',
      topic: 'https://news.example.com/atom?x=1&y=2',
    });
  });

  it('reads atom:link inside an RSS channel, not links of items', () => {
    const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title>
      <link>https://news.example.com/</link><atom:link rel="hub" href="https://pubsubhubbub.appspot.com/"/>
      <atom:link rel="self" type="application/rss+xml" href="https://news.example.com/rss"/>
      <item><atom:link rel="self" href="https://news.example.com/item"/></item></channel></rss>`;
    expect(discoverWebSub(rss, undefined, FEED)).toEqual({
      hub: 'https://pubsubhubbub.appspot.com/',
      topic: 'https://news.example.com/rss',
    });
  });

  it('prefers the Link header to the document, and takes several rels in one link', () => {
    const body = `<feed><link rel="hub" href="https://body-hub.example/"/><link rel="self" href="https://body/self"/></feed>`;
    const header = '<https://header-hub.example/hub>; rel="hub", </self>; rel="self alternate"';
    expect(discoverWebSub(body, header, FEED)).toEqual({
      hub: 'https://header-hub.example/hub',
      topic: 'https://news.example.com/self',
    });
  });

  it('reads a JSON Feed: hubs of type WebSub and feed_url', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://news.example.com/feed.json',
      hubs: [
        { type: 'rssCloud', url: 'https://cloud.example/' },
        { type: 'WebSub', url: 'https://hub.example/' },
      ],
      items: [],
    });
    expect(discoverWebSub(json, undefined, FEED)).toEqual({
      hub: 'https://hub.example/',
      topic: 'https://news.example.com/feed.json',
    });
  });

  it('without a self link the fetched URL is the topic; without a hub, nothing', () => {
    expect(discoverWebSub('<feed><link rel="hub" href="https://h.example/"/></feed>', undefined, FEED)?.topic).toBe(
      FEED,
    );
    expect(discoverWebSub('<rss><channel><link>https://x/</link></channel></rss>', undefined, FEED)).toBeNull();
    expect(discoverWebSub('<feed><link rel="hub" href="javascript:alert(1)"/></feed>', undefined, FEED)).toBeNull();
    expect(discoverWebSub('<feed/>', 'not a link header', FEED)).toBeNull();
  });
});

describe('checkHubSignature', () => {
  const secret = 'a-secret';
  const body = Buffer.from('<feed>pushed</feed>');
  it.each(['sha1', 'sha256', 'sha384', 'sha512'])('accepts a right %s signature', (method) => {
    expect(checkHubSignature(secret, body, hubSignature(secret, body, method))).toBe('valid');
    expect(checkHubSignature(secret, body, hubSignature(secret, body, method).toUpperCase())).toBe('valid');
  });
  it('refuses a wrong, truncated, missing or unsupported one', () => {
    expect(checkHubSignature(secret, body, hubSignature('other', body))).toBe('mismatch');
    expect(checkHubSignature(secret, Buffer.from('<feed>changed</feed>'), hubSignature(secret, body))).toBe('mismatch');
    expect(checkHubSignature(secret, body, hubSignature(secret, body).slice(0, -2))).toBe('mismatch');
    expect(checkHubSignature(secret, body, 'sha256=zz')).toBe('mismatch');
    expect(checkHubSignature(secret, body, undefined)).toBe('missing');
    expect(checkHubSignature(secret, body, 'md5=abcdef')).toBe('unsupported');
    expect(checkHubSignature(secret, body, 'abcdef')).toBe('unsupported');
  });
});

describe('subscription policy', () => {
  it('asks a remote hub only when http.publicUrl is not a loopback address', () => {
    expect(callbackBase('http://localhost:8080', 'https://hub.example/')).toBeNull();
    expect(callbackBase('http://127.0.0.1:8080/', 'https://hub.example/')).toBeNull();
    expect(callbackBase('http://[::1]:8080', 'https://hub.example/')).toBeNull();
    expect(callbackBase('http://localhost:8080', 'http://127.0.0.1:9000/hub')).toBe('http://localhost:8080');
    expect(callbackBase('https://deltafeed.example.org/', 'https://hub.example/')).toBe(
      'https://deltafeed.example.org',
    );
  });

  it('renews at 80% of a lease, and well before a short one ends', () => {
    expect(renewAt(0, 10 * 24 * 3600)).toBe(8 * 24 * 3600_000);
    expect(renewAt(0, 2)).toBe(1000);
    expect(renewAt(1000, 600)).toBe(1000 + 480_000);
    expect(renewAt(0, 100)).toBe(50_000);
  });

  it('polls at the own interval again once pushes are no longer expected', () => {
    const now = Date.parse('2026-01-10T12:00:00Z');
    const polled = { pushFallback: true, lastPollAt: '2026-01-10T11:00:00Z' };
    expect(fallbackEnded(polled, false, 3600_000, now)).toBe(true);
    expect(fallbackEnded(polled, true, 3600_000, now)).toBe(false);
    expect(fallbackEnded(polled, false, 2 * 3600_000, now)).toBe(false);
    // A stretch for another reason (backoff, Retry-After, Cache-Control) is not ended by this.
    expect(fallbackEnded({ ...polled, pushFallback: false }, false, 3600_000, now)).toBe(false);
  });

  it('reads the granted lease, with a default and bounds', () => {
    expect(grantedLease('3600')).toBe(3600);
    expect(grantedLease(null)).toBe(DEFAULT_GRANTED_LEASE_SECONDS);
    expect(grantedLease('-5')).toBe(DEFAULT_GRANTED_LEASE_SECONDS);
    expect(grantedLease('0')).toBe(1);
    expect(grantedLease('999999999')).toBe(365 * 24 * 3600);
  });

  it('subscribes again only for a new hub or topic, a lapsed lease, or an old refusal', () => {
    const now = Date.parse('2026-01-10T00:00:00Z');
    const ad = { hub: 'https://hub/', topic: 'https://t/' };
    const sub = {
      ...ad,
      state: 'active' as const,
      requestedAt: '2026-01-09T00:00:00Z',
      expiresAt: '2026-01-11T00:00:00Z',
    };
    expect(needsSubscribe(null, ad, now)).toBe(true);
    expect(needsSubscribe(sub, ad, now)).toBe(false);
    expect(needsSubscribe(sub, { ...ad, hub: 'https://hub2/' }, now)).toBe(true);
    expect(needsSubscribe({ ...sub, expiresAt: '2026-01-09T12:00:00Z' }, ad, now)).toBe(true);
    const recent = new Date(now - RETRY_SUBSCRIBE_AFTER_MS / 2).toISOString();
    const old = new Date(now - RETRY_SUBSCRIBE_AFTER_MS).toISOString();
    expect(needsSubscribe({ ...sub, state: 'failed', requestedAt: recent }, ad, now)).toBe(false);
    expect(needsSubscribe({ ...sub, state: 'denied', requestedAt: old }, ad, now)).toBe(true);
    expect(needsSubscribe({ ...sub, state: 'requested', requestedAt: recent }, ad, now)).toBe(false);
  });
});
