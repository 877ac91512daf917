// Which IP addresses a fetch may connect to (CONTRACT §2). Pure: the guard in guard.ts applies it to every
// resolved address and to the connected socket.
import ipaddr from 'ipaddr.js';

/** Ranges that allowPrivateNetworks opens; everything else that is not public unicast stays refused. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal']);

/**
 * Why `address` must not be connected to, or null when it may be. Only public unicast passes; with
 * `allowPrivateNetworks`, loopback and private (RFC 1918, IPv6 ULA) too. Link-local (169.254/16, the cloud
 * metadata address, fe80::/10), CGNAT, multicast, broadcast, unspecified, reserved and IPv4-mapped IPv6 are
 * refused always; mapped IPv6 because it smuggles an IPv4 address past IPv6-only checks.
 */
export function blockedReason(address: string, allowPrivateNetworks: boolean): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address.replace(/^\[|\]$/g, ''));
  } catch {
    return 'unparseable address';
  }
  const range = parsed.range();
  if (range === 'unicast') return null;
  if (allowPrivateNetworks && PRIVATE_RANGES.has(range)) return null;
  return range;
}

/**
 * The address a connected socket reports, with an IPv4-mapped form reduced to its IPv4 address: a dual-stack
 * socket may report the peer that way even though the lookup returned (and we checked) plain IPv4.
 */
export function socketPeerAddress(remote: string): string {
  try {
    const parsed = ipaddr.parse(remote);
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
      return (parsed as ipaddr.IPv6).toIPv4Address().toString();
    }
  } catch {
    // Let blockedReason refuse it.
  }
  return remote;
}
