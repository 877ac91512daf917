import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClusterCommand } from '../../src/cli/cluster.js';
import { bridgeOther, bridgeWire, schoolVote, variants, waterMain } from './texts.js';

async function run(input: string): Promise<{ code: number; lines: Record<string, unknown>[]; err: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  const errs: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  err.on('data', (c: Buffer) => errs.push(c));
  const code = await runClusterCommand(Readable.from([input]), out, {}, err);
  const text = Buffer.concat(chunks).toString('utf8');
  return {
    code,
    lines: text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    err: Buffer.concat(errs).toString('utf8'),
  };
}

describe('runClusterCommand', () => {
  it('reads dates written with a zone name (CET, JST) for the order, as feeds are read', async () => {
    // 10:00 CET is 09:00 UTC: the wire is first in time although the copy's clock reads earlier.
    const rows = [
      { id: 'copy', ...variants(bridgeWire).chrome, published: 'Tue, 04 Mar 2025 09:30:00 GMT' },
      { id: 'wire', ...bridgeWire, published: 'Tue, 04 Mar 2025 10:00:00 CET' },
    ];
    const { lines } = await run(rows.map((r) => JSON.stringify(r)).join('\n'));
    const by = new Map(lines.map((l) => [l.id, l]));
    expect(by.get('copy')!.duplicateOf).toBe('wire');
    expect(by.get('wire')!.duplicateOf).toBeNull();
  });

  it('processes in published order and answers in input order', async () => {
    const rows = [
      { id: 'copy', ...variants(bridgeWire).chrome, published: '2025-03-04T12:00:00Z' },
      { id: 'school', ...schoolVote, published: '2025-03-03T08:00:00Z' },
      { id: 'wire', ...bridgeWire, published: '2025-03-04T09:00:00Z', url: 'https://wire.example/1', source: 'wire' },
      { id: 7, ...bridgeOther, date: '2025-03-04T15:00:00Z' },
      { id: 'water', ...waterMain, published: null },
    ];
    const { code, lines } = await run(rows.map((r) => JSON.stringify(r)).join('\r\n') + '\n\n');
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['copy', 'school', 'wire', '7', 'water']);
    const by = new Map(lines.map((l) => [l.id, l]));
    // "copy" comes first in the file but is later in time: the wire is the original.
    expect(by.get('copy')).toEqual({ id: 'copy', storyId: by.get('wire')!.storyId, duplicateOf: 'wire' });
    expect(by.get('wire')!.duplicateOf).toBeNull();
    expect(by.get('7')!.storyId).toBe(by.get('wire')!.storyId);
    expect(by.get('water')!.storyId).not.toBe(by.get('wire')!.storyId);
    for (const l of lines) expect(String(l.storyId)).toMatch(/^s-[0-9a-f]{12}$/);
  });

  it('names every bad line and exits 1', async () => {
    const { code, lines, err } = await run(
      '{"id":"a","title":"t","text":"x"}\nnot json\n[1]\n{"title":"no id"}\n{"id":"b","title":{"en":"t"},"text":[1]}\n',
    );
    expect(code).toBe(1);
    expect(lines).toEqual([]);
    expect(err).toMatch(/line 2: not JSON/);
    expect(err).toMatch(/line 3: expected an object/);
    expect(err).toMatch(/line 4: "id"/);
    // An object where text belongs is an error, not "[object Object]" clustered as a title.
    expect(err).toMatch(/line 5: "title", "text" must be a string/);
  });

  it('answers nothing for empty input', async () => {
    expect(await run('')).toEqual({ code: 0, lines: [], err: '' });
  });
});
