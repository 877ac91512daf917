// Webhook payloads: built from real records, validated against the published JSON Schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import {
  articleRevisedEvent,
  eventBody,
  sourceFailingEvent,
  topicUpdatedEvent,
  type WebhookEvent,
} from '../../src/publish/webhooks/events.js';
import { topicUpdateUrl } from '../../src/publish/atom/ids.js';
import { matchesEndpoint, deliveryId } from '../../src/publish/webhooks/route.js';
import { PUBLIC_URL, revisions, topic, updates } from './fixtures/feeds.js';

// ajv-formats is CommonJS with a default export; under NodeNext its namespace is what `import` gives.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();
function validator(type: string): ValidateFunction {
  let v = validators.get(type);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(`schemas/webhooks/${type}.schema.json`, 'utf8')) as object);
    validators.set(type, v);
  }
  return v;
}

function check(e: WebhookEvent): void {
  const validate = validator(e.type);
  const ok = validate(JSON.parse(eventBody(e)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const u2 = updates[1] as (typeof updates)[number];
const topicEvent = topicUpdatedEvent({ topic, update: u2, entryUrl: topicUpdateUrl(PUBLIC_URL, topic.id, u2.id) });
const revisedEvent = articleRevisedEvent({
  article: { id: 'a1', url: 'https://north.example/bridge-shut', title: 'Bridge shut' },
  revision: revisions[0] as (typeof revisions)[number],
});
const failingEvent = sourceFailingEvent({
  source: { id: 'north-times', url: 'https://north.example/rss' },
  failing: true,
  consecutiveFailures: 5,
  lastError: 'HTTP 503',
  at: '2024-03-01T10:00:00Z',
});

describe('payloads match their JSON Schemas', () => {
  test('topic.updated', () => {
    check(topicEvent);
    check(topicUpdatedEvent({ topic, update: { ...u2, status: null, story: null }, entryUrl: 'http://x.test/e' }));
    expect(JSON.parse(eventBody(topicEvent))).toMatchObject({
      type: 'topic.updated',
      timestamp: u2.at,
      data: {
        topic: { id: topic.id, title: topic.title },
        update: { id: 'u2', status: { from: 'closed', to: 'reopened' }, story: { id: 's1' } },
      },
    });
  });
  test('article.revised', () => check(revisedEvent));
  test('source.failing', () => {
    check(failingEvent);
    check(
      sourceFailingEvent({
        source: { id: 'north-times', url: 'https://north.example/rss' },
        failing: false,
        consecutiveFailures: 0,
        lastError: null,
        at: '2024-03-02T10:00:00Z',
      }),
    );
    const counted = sourceFailingEvent({
      source: { id: 'north-times', url: 'https://north.example/rss' },
      failing: true,
      consecutiveFailures: 3,
      lastError: 'HTTP 500',
      at: '2024-03-02T10:00:00Z',
      itemFailures: { total: 2, byStage: { fetch: 2 }, byReason: { BLOCKED_ADDRESS: 1, TOO_LARGE: 1 } },
    });
    check(counted);
    expect(JSON.parse(eventBody(counted))).toMatchObject({
      data: { itemFailures: { total: 2, byReason: { BLOCKED_ADDRESS: 1 } } },
    });
    const broken = JSON.parse(eventBody(counted)) as { data: { itemFailures: { total: unknown } } };
    broken.data.itemFailures.total = -1;
    expect(validator('source.failing')(broken)).toBe(false);
  });
  test('a payload that breaks its schema is rejected (the check above can fail)', () => {
    const validate = validator('topic.updated');
    const body = JSON.parse(eventBody(topicEvent)) as { data: { update: { added: unknown[] } } };
    body.data.update.added = [{ text: 'no sources' }];
    expect(validate(body)).toBe(false);
    expect(validator('source.failing')({ type: 'source.failing', timestamp: 'yesterday', data: {} })).toBe(false);
  });
});

describe('event ids', () => {
  test('derive from what they announce: stable, distinct, no "." or ":"', () => {
    expect(topicUpdatedEvent({ topic, update: u2, entryUrl: 'http://other.test/' }).id).toBe(topicEvent.id);
    const ids = [
      topicEvent.id,
      revisedEvent.id,
      failingEvent.id,
      sourceFailingEvent({
        source: { id: 'north-times', url: 'x' },
        failing: false,
        consecutiveFailures: 0,
        lastError: null,
        at: '2024-03-01T10:00:00Z',
      }).id,
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(deliveryId(topicEvent.id, 'a')).not.toBe(deliveryId(topicEvent.id, 'b'));
    expect(deliveryId(topicEvent.id, 'a')).toMatch(/^dlv_[0-9a-f]{32}$/);
  });
});

describe('routing', () => {
  const all = ['topic.updated', 'article.revised', 'source.failing'] as const;
  test('events and topics filters', () => {
    expect(matchesEndpoint({ events: [...all], topics: ['*'] }, topicEvent)).toBe(true);
    expect(matchesEndpoint({ events: [...all], topics: ['harbour-bridge'] }, topicEvent)).toBe(true);
    expect(matchesEndpoint({ events: [...all], topics: ['other'] }, topicEvent)).toBe(false);
    expect(matchesEndpoint({ events: ['article.revised'], topics: ['*'] }, topicEvent)).toBe(false);
    // Events without a topic go only to endpoints that take every topic.
    expect(matchesEndpoint({ events: [...all], topics: ['*'] }, failingEvent)).toBe(true);
    expect(matchesEndpoint({ events: [...all], topics: ['harbour-bridge'] }, failingEvent)).toBe(false);
  });
});
