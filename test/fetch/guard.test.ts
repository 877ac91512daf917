import type { LookupAddress } from 'node:dns';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockedReason } from '../../src/fetch/address-policy.js';
import { FetchError } from '../../src/fetch/errors.js';
import { guardedConnector, guardedLookup, type Resolver } from '../../src/fetch/guard.js';
import { httpRequest } from '../../src/fetch/request.js';
import { startServer, type TestServer } from './server.js';

let srv: TestServer;

async function refusal(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  srv = await startServer();
  srv.route('/ok', (_q, r) => r.writeHead(200).end('ok'));
  srv.route('/to-metadata', (_q, r) =>
    r.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  );
  srv.route('/to-metadata-hex', (_q, r) => r.writeHead(302, { location: 'http://0xA9FEA9FE/latest/meta-data/' }).end());
  srv.route('/to-metadata-dec', (_q, r) => r.writeHead(301, { location: 'http://2852039166/' }).end());
  srv.route('/to-metadata-v6', (_q, r) => r.writeHead(307, { location: 'http://[fe80::a9fe:a9fe]/' }).end());
});
afterAll(async () => {
  await srv.close();
});

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['172.16.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.251', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped'],
    ['::ffff:8.8.8.8', 'ipv4Mapped'],
  ])('refuses %s (%s) by default', (addr, range) => {
    expect(blockedReason(addr, false)).toBe(range);
  });

  it('passes public unicast', () => {
    expect(blockedReason('93.184.216.34', false)).toBeNull();
    expect(blockedReason('2606:2800:220:1:248:1893:25c8:1946', false)).toBeNull();
  });

  it('opens loopback and private ranges only with allowPrivateNetworks', () => {
    for (const a of ['127.0.0.1', '10.0.0.1', '192.168.1.1', '::1', 'fd00::1'])
      expect(blockedReason(a, true)).toBeNull();
    for (const a of ['169.254.169.254', 'fe80::1', '100.64.0.1', '0.0.0.0', '::ffff:127.0.0.1', '224.0.0.1']) {
      expect(blockedReason(a, true)).not.toBeNull();
    }
  });
});

describe('SSRF guard on real requests', () => {
  it('refuses loopback unless allowPrivateNetworks', async () => {
    const err = await refusal(httpRequest(`${srv.origin}/ok`));
    expect(err.code).toBe('BLOCKED_ADDRESS');
    expect(err.message).toContain('blocked address');
    expect(err.retryable).toBe(false);
    expect((await httpRequest(`${srv.origin}/ok`, { allowPrivateNetworks: true })).status).toBe(200);
  });

  it('checks names after DNS resolution (localhost)', async () => {
    const err = await refusal(httpRequest(`http://localhost:${srv.port}/ok`));
    expect(err.code).toBe('BLOCKED_ADDRESS');
  });

  it.each([
    ['decimal', '2130706433'],
    ['hex', '0x7f000001'],
    ['dotted hex', '0x7f.0x0.0x0.0x1'],
    ['octal', '0177.0.0.1'],
    ['short', '127.1'],
  ])('reads the %s spelling of 127.0.0.1 as loopback', async (_name, host) => {
    const url = `http://${host}:${srv.port}/ok`;
    expect((await refusal(httpRequest(url))).code).toBe('BLOCKED_ADDRESS');
    // The same spelling reaches the local server once loopback is allowed: it really means 127.0.0.1.
    expect((await httpRequest(url, { allowPrivateNetworks: true })).body.toString()).toBe('ok');
  });

  it.each(['/to-metadata', '/to-metadata-hex', '/to-metadata-dec', '/to-metadata-v6'])(
    'refuses a redirect to the metadata address (%s) even with allowPrivateNetworks',
    async (path) => {
      const err = await refusal(httpRequest(`${srv.origin}${path}`, { allowPrivateNetworks: true }));
      expect(err.code).toBe('BLOCKED_ADDRESS');
      expect(err.message).toContain('blocked address');
    },
  );

  it.each([
    ['IPv4-mapped loopback', (port: number) => `http://[::ffff:127.0.0.1]:${port}/ok`],
    ['the unspecified address', (port: number) => `http://0.0.0.0:${port}/ok`],
    ['CGNAT', () => 'http://100.64.0.1/'],
    ['multicast', () => 'http://224.0.0.1/'],
  ])('refuses %s even with allowPrivateNetworks', async (_name, url) => {
    const err = await refusal(httpRequest(url(srv.port), { allowPrivateNetworks: true }));
    expect(err.code).toBe('BLOCKED_ADDRESS');
  });
});

describe('guarded lookup and connector', () => {
  const lookupOnce = (resolve: Resolver, all: boolean) =>
    new Promise<{ err: unknown; address: unknown }>((done) => {
      guardedLookup(false, resolve)('example.test', { all, family: 0 }, (err, address) => done({ err, address }));
    });

  it('refuses a name when any of its addresses is blocked', async () => {
    const mixed: Resolver = () =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '10.0.0.7', family: 4 },
      ]);
    const { err } = await lookupOnce(mixed, true);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toContain('10.0.0.7');
  });

  it('hands the connection exactly the addresses it checked', async () => {
    const answers: LookupAddress[] = [
      { address: '93.184.216.34', family: 4 },
      { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
    ];
    expect((await lookupOnce(() => Promise.resolve(answers), true)).address).toEqual(answers);
    expect((await lookupOnce(() => Promise.resolve(answers), false)).address).toBe('93.184.216.34');
  });

  it('connects to the address it resolved and checked, and checks every new connection (rebinding)', async () => {
    // "rebind.test" exists in no DNS: a 200 proves the socket used the guard's own answer.
    const seq = ['127.0.0.1', '169.254.169.254'];
    let calls = 0;
    const rebinding: Resolver = () =>
      Promise.resolve([{ address: seq[Math.min(calls++, seq.length - 1)] as string, family: 4 }]);
    const first = new Agent({ connect: guardedConnector(true, rebinding) });
    const ok = await request(`http://rebind.test:${srv.port}/ok`, { dispatcher: first });
    expect(await ok.body.text()).toBe('ok');
    expect(calls).toBe(1);
    await first.close();
    const second = new Agent({ connect: guardedConnector(true, rebinding) });
    const err = await request(`http://rebind.test:${srv.port}/ok`, { dispatcher: second }).then(
      () => null,
      (e: unknown) => e,
    );
    await second.close();
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).message).toContain('169.254.169.254');
  });
});
