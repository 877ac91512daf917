// Standard Webhooks v1 signatures, checked by an independent implementation (the `standardwebhooks` package).
import { describe, expect, test } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { signWebhook, webhookHeaders, WebhookSignError } from '../../src/publish/webhooks/sign.js';
import { SECRET_A, SECRET_B } from './receivers.js';

const body = '{"type":"topic.updated","timestamp":"2024-12-03T14:05:00Z","data":{"x":"é ✓"}}';

describe('signWebhook', () => {
  test('every secret signs, and each signature verifies with the reference library', () => {
    const ts = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders([SECRET_A, SECRET_B], 'evt_0123abcd', ts, body);
    const sigs = headers['webhook-signature']?.split(' ') ?? [];
    expect(sigs).toHaveLength(2);
    expect(sigs.every((s) => s.startsWith('v1,'))).toBe(true);
    for (const secret of [SECRET_A, SECRET_B]) {
      expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    }
  });

  test('matches the reference signature byte for byte', () => {
    const at = new Date(1_614_265_330_000);
    const mine = signWebhook([SECRET_A], 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1_614_265_330, '{"test": 2432232314}');
    expect(mine).toBe(new Webhook(SECRET_A).sign('msg_p5jXN8AQM9LWM0D4loKWxJek', at, '{"test": 2432232314}'));
  });

  test('a changed body, id or timestamp no longer verifies', () => {
    const ts = Math.floor(Date.now() / 1000);
    const headers = webhookHeaders([SECRET_A], 'evt_1', ts, body);
    const wh = new Webhook(SECRET_A);
    expect(() => wh.verify(body.replace('é', 'e'), headers)).toThrow();
    expect(() => wh.verify(body, { ...headers, 'webhook-id': 'evt_2' })).toThrow();
    expect(() => wh.verify(body, { ...headers, 'webhook-timestamp': String(ts + 1) })).toThrow();
    expect(() => new Webhook(SECRET_B).verify(body, headers)).toThrow();
  });

  test('refuses ids with "." and timestamps that are not whole seconds', () => {
    expect(() => signWebhook([SECRET_A], 'evt.1', 1, body)).toThrow(WebhookSignError);
    expect(() => signWebhook([SECRET_A], 'evt_1', 1.5, body)).toThrow(WebhookSignError);
    expect(() => signWebhook([], 'evt_1', 1, body)).toThrow(WebhookSignError);
  });
});
