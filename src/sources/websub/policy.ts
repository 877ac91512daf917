// When deltafeed subscribes to a source's hub, how long it asks for, when it renews, and how far polling
// steps back while pushes arrive. Pure: no IO.
import { isIP } from 'node:net';

/** While a subscription is active the source is still polled, this many times less often (the fallback). */
export const FALLBACK_POLL_FACTOR = 4;
/** Lease asked of the hub (hub.lease_seconds); the hub may grant another. */
export const REQUESTED_LEASE_SECONDS = 7 * 24 * 3600;
/** A hub that answered no lease is taken to have granted this (the spec's usual default). */
export const DEFAULT_GRANTED_LEASE_SECONDS = 10 * 24 * 3600;
/** After a refused or failed subscription, the next poll that sees the hub waits this long to try again. */
export const RETRY_SUBSCRIBE_AFTER_MS = 3600_000;
/** Path prefix of the callbacks on our HTTP server. */
export const CALLBACK_PREFIX = '/websub/callback/';

export type WebSubMode = 'auto' | 'off';

/**
 * A poll put off because pushes were expected is due again as soon as the subscription is no longer live
 * (lapsed, denied, unsubscribed) and the source's own interval has passed since the last poll.
 */
export function fallbackEnded(
  state: { pushFallback?: boolean; lastPollAt: string | null },
  live: boolean,
  everyMs: number,
  nowMs: number,
): boolean {
  if (!state.pushFallback || live) return false;
  return state.lastPollAt === null || Date.parse(state.lastPollAt) + everyMs <= nowMs + 1000;
}

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0' || h === '::' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}

/**
 * The callback base URL a hub can reach, or null. http.publicUrl is the address others reach us at; when it is
 * a loopback name or address (the default http://localhost:8080), only a hub on this machine (itself at a
 * loopback address) can call it back, so hubs elsewhere are not asked.
 */
export function callbackBase(publicUrl: string, hubUrl: string): string | null {
  let pub: URL;
  let hub: URL;
  try {
    pub = new URL(publicUrl);
    hub = new URL(hubUrl);
  } catch {
    return null;
  }
  if (isLoopbackHost(pub.hostname) && !isLoopbackHost(hub.hostname)) return null;
  return publicUrl.replace(/\/+$/, '');
}

export interface SubscriptionView {
  hub: string;
  topic: string;
  state: 'requested' | 'active' | 'unsubscribing' | 'denied' | 'failed';
  requestedAt: string;
  expiresAt: string | null;
}

/**
 * Whether a poll that found `advertised` should ask the hub (again): no subscription yet, another hub or topic,
 * a lapsed lease (renewals failed), or a request that was refused or never verified a while ago.
 */
export function needsSubscribe(
  sub: SubscriptionView | null,
  advertised: { hub: string; topic: string },
  nowMs: number,
): boolean {
  if (!sub || sub.hub !== advertised.hub || sub.topic !== advertised.topic) return true;
  if (sub.state === 'active') return sub.expiresAt === null || Date.parse(sub.expiresAt) <= nowMs;
  return Date.parse(sub.requestedAt) + RETRY_SUBSCRIBE_AFTER_MS <= nowMs;
}

export function callbackUrl(base: string, subscriptionId: string): string {
  return `${base}${CALLBACK_PREFIX}${subscriptionId}`;
}

/**
 * When to renew a lease of `leaseSeconds` verified at `verifiedAtMs`: at 80% of it, but at least a minute
 * (or half a short lease) before it ends.
 */
export function renewAt(verifiedAtMs: number, leaseSeconds: number): number {
  const lease = leaseSeconds * 1000;
  const margin = Math.max(lease * 0.2, Math.min(60_000, lease / 2));
  return verifiedAtMs + lease - margin;
}

/** The delayed job that renews a verified subscription (its id makes a second scheduling of it a no-op). */
export function renewalJob(
  sub: { id: string; renewAt: string | null },
  nowMs: number,
): { data: { kind: 'renew'; subscriptionId: string }; opts: { jobId: string; delay: number } } | null {
  if (!sub.renewAt) return null;
  const at = Date.parse(sub.renewAt);
  return {
    data: { kind: 'renew', subscriptionId: sub.id },
    opts: { jobId: `websub-renew-${sub.id}-${at}`, delay: Math.max(0, at - nowMs) },
  };
}

/** The lease a hub granted in its verification request (hub.lease_seconds), bounded to something sane. */
export function grantedLease(raw: string | null): number {
  const n = raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : DEFAULT_GRANTED_LEASE_SECONDS;
  return Math.min(Math.max(n, 1), 365 * 24 * 3600);
}
