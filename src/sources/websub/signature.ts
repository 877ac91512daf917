// X-Hub-Signature of a pushed body (W3C WebSub §8): "method=hex HMAC of the body under hub.secret", with
// method one of sha1, sha256, sha384, sha512. Compared in constant time. Pure: no IO.
import { createHmac, timingSafeEqual } from 'node:crypto';

const METHODS = new Set(['sha1', 'sha256', 'sha384', 'sha512']);

export type SignatureCheck = 'valid' | 'missing' | 'unsupported' | 'mismatch';

export function checkHubSignature(secret: string, body: Buffer, header: string | undefined): SignatureCheck {
  if (!header) return 'missing';
  const eq = header.indexOf('=');
  if (eq < 0) return 'unsupported';
  const method = header.slice(0, eq).trim().toLowerCase();
  const given = header
    .slice(eq + 1)
    .trim()
    .toLowerCase();
  if (!METHODS.has(method)) return 'unsupported';
  const expected = createHmac(method, secret).update(body).digest();
  if (!/^[0-9a-f]+$/.test(given) || given.length !== expected.length * 2) return 'mismatch';
  return timingSafeEqual(Buffer.from(given, 'hex'), expected) ? 'valid' : 'mismatch';
}

/** The header a hub sends for `body` (for test hubs and tools). */
export function hubSignature(secret: string, body: string | Buffer, method = 'sha256'): string {
  return `${method}=${createHmac(method, secret).update(body).digest('hex')}`;
}
