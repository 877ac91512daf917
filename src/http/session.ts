// Access checks of the HTTP layer: the API token, the dashboard's session cookie and the feeds' key.
// The cookie never holds the token: it holds "v1.<issued ms>.<HMAC>", signed with a key derived from the token,
// so changing http.token ends every session, and a stolen cookie expires on its own.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'deltafeed_session';
/** How long a dashboard session lasts before the token must be given again. */
export const SESSION_MS = 30 * 24 * 3600 * 1000;

export function sameSecret(a: string, b: string): boolean {
  // Compare digests so that the time taken does not depend on where, or whether, the lengths differ.
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

function sessionKey(token: string): Buffer {
  return createHash('sha256').update('deltafeed dashboard session\0').update(token).digest();
}

function mac(token: string, body: string): string {
  return createHmac('sha256', sessionKey(token)).update(body).digest('base64url');
}

export function newSession(token: string, now = Date.now()): string {
  const body = `v1.${now}`;
  return `${body}.${mac(token, body)}`;
}

export function validSession(token: string, value: string | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const m = /^(v1\.(\d{1,15}))\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!m) return false;
  const issued = Number(m[2]);
  if (!(issued <= now + 60_000 && now - issued < SESSION_MS)) return false;
  return sameSecret(mac(token, m[1] as string), m[3] as string);
}

/** Secure cookies when the dashboard is reached over https: a https publicUrl, or a proxy saying so. */
export function behindHttps(publicUrl: string, req: IncomingMessage): boolean {
  const proto = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
  return publicUrl.startsWith('https:') || first === 'https';
}

export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = Math.floor(SESSION_MS / 1000);
  return `${SESSION_COOKIE}=${newSession(token)}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

export interface FeedKeys {
  feedToken: string | null;
  feedTokenPrevious: string[];
  feedTokenPreviousUntil: string | null;
}

/** Whether a feed request may be served: feeds are public without a feedToken. */
export function feedKeyAccepted(k: FeedKeys, given: string | null, now = Date.now()): boolean {
  if (!k.feedToken) return true;
  if (given === null) return false;
  if (sameSecret(given, k.feedToken)) return true;
  const graceOver = k.feedTokenPreviousUntil !== null && now > Date.parse(k.feedTokenPreviousUntil);
  return !graceOver && k.feedTokenPrevious.some((p) => sameSecret(given, p));
}
