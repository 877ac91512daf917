// Standard Webhooks v1 signatures (CONTRACT §5): HMAC-SHA256 over "{msgId}.{timestamp}.{body}" with the key
// that the secret's base64 part (after "whsec_") decodes to. An endpoint may have several secrets during a
// rotation: every one signs, and the signatures are sent space-separated. Pure.
import { createHmac } from 'node:crypto';
import { DeltafeedError } from '../../errors.js';

export class WebhookSignError extends DeltafeedError {
  constructor(detail: string) {
    super('WEBHOOK_SIGN', detail);
  }
}

const SECRET_PREFIX = 'whsec_';

/** The HMAC key of a secret: its base64 part decoded ("whsec_" is optional, as in the reference libraries). */
export function secretKey(secret: string): Buffer {
  const b64 = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(b64, 'base64');
  if (!key.length) throw new WebhookSignError('webhook secret decodes to no bytes');
  return key;
}

/** "v1,<b64> v1,<b64>": one signature per secret, in the order given. */
export function signWebhook(secrets: string[], msgId: string, timestamp: number, body: string): string {
  // The id is the first field of the signed string; a "." in it would make two messages sign alike.
  if (!msgId || msgId.includes('.'))
    throw new WebhookSignError(`webhook-id must be non-empty and contain no ".": ${JSON.stringify(msgId)}`);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0)
    throw new WebhookSignError(`webhook-timestamp must be whole Unix seconds, got ${timestamp}`);
  if (!secrets.length) throw new WebhookSignError('no secret to sign with');
  const signed = `${msgId}.${timestamp}.${body}`;
  return secrets
    .map((s) => `v1,${createHmac('sha256', secretKey(s)).update(signed, 'utf8').digest('base64')}`)
    .join(' ');
}

/** The headers of one delivery attempt. `timestamp` is the attempt's own time (receivers reject stale ones). */
export function webhookHeaders(
  secrets: string[],
  msgId: string,
  timestamp: number,
  body: string,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': msgId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secrets, msgId, timestamp, body),
  };
}
