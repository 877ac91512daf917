// The SSRF guard, applied where it cannot be bypassed: inside the connection itself. The guarded lookup
// resolves the name, refuses it when ANY answer is a blocked address, and hands net.connect exactly the
// addresses it checked, so the socket is pinned to them and a second, rebinding DNS answer is never asked
// for. IP-literal hosts skip DNS, so the connector checks them itself, and it checks the connected
// socket's peer once more before any byte is sent.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { blockedReason, socketPeerAddress } from './address-policy.js';
import { FetchError } from './errors.js';

export type Resolver = (hostname: string, family: number) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, family, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    );
  });

export function blockedAddressError(host: string, address: string, range: string): FetchError {
  const shown = host === address ? address : `${host} (${address})`;
  return new FetchError('BLOCKED_ADDRESS', `blocked address: ${shown} is ${range}`, { retryable: false });
}

/** A net.connect `lookup` that only ever yields addresses the policy allows. */
export function guardedLookup(allowPrivateNetworks: boolean, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    const family = typeof options.family === 'number' ? options.family : 0;
    resolve(hostname, family).then(
      (addresses) => {
        if (addresses.length === 0) {
          const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
          err.code = 'ENOTFOUND';
          callback(err, '');
          return;
        }
        for (const a of addresses) {
          const range = blockedReason(a.address, allowPrivateNetworks);
          if (range) {
            callback(blockedAddressError(hostname, a.address, range), '');
            return;
          }
        }
        const first = addresses[0] as LookupAddress;
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

const CONNECT_TIMEOUT_MS = 10_000;

export function guardedConnector(allowPrivateNetworks: boolean, resolve?: Resolver): buildConnector.connector {
  const base = buildConnector({ timeout: CONNECT_TIMEOUT_MS, lookup: guardedLookup(allowPrivateNetworks, resolve) });
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const range = blockedReason(host, allowPrivateNetworks);
      if (range) {
        callback(blockedAddressError(host, host, range), null);
        return;
      }
    }
    base(options, (err, socket) => {
      if (err) {
        callback(err, null);
        return;
      }
      const peer = socketPeerAddress(socket.remoteAddress ?? '');
      const range = blockedReason(peer, allowPrivateNetworks);
      if (range) {
        socket.destroy();
        callback(blockedAddressError(host, peer, range), null);
        return;
      }
      callback(null, socket);
    });
  };
}

const agents = new Map<boolean, Agent>();

/** One pooled Agent per policy, so a connection opened under one policy is never reused under the other. */
export function agentFor(allowPrivateNetworks: boolean): Agent {
  let agent = agents.get(allowPrivateNetworks);
  if (!agent) {
    agent = new Agent({ connect: guardedConnector(allowPrivateNetworks), keepAliveTimeout: 10_000 });
    agents.set(allowPrivateNetworks, agent);
  }
  return agent;
}

/** Close the pooled connections (on shutdown); later requests open new ones. */
export async function closeHttpAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close()));
}
