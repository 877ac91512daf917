// The rules the seventh red-team set (redteam7-pages*.ts, redteam7-late.ts) led to, each with a case that must go
// and a case of the story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { FILLER } from '../../src/extract/junk-text.js';
import { outletLine } from '../../src/extract/outlet-lines.js';
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';
import type { Parts4 } from './redteam4-shells.js';
import { link7, shell7, type Shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, RIVER } from './redteam7-stories.js';

function run(kind: Shell7, story: Story, parts: Parts4) {
  const r = extracted(shell7(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}
const box = (inner: string): string => `<div class="sc-9x1 aa">${inner}</div>`;
const div = (t: string): string => `<div class="sc-2b">${t}</div>`;

describe('gallery-slide: a box with a picture, a slide counter and a short caption and credit', () => {
  it('goes from the page, caption and credit with the counter', () => {
    const { text, rules } = run('soup', RIVER, {
      at: {
        3: box(
          `<img src="/g/1.jpg" alt="">${div('1 of 6')}${div('Volunteers clear the last of the old pipe from the square')}${div('Ana Boyle for Signal Daily')}`,
        ),
      },
    });
    expect(text).not.toContain('Volunteers clear the last');
    expect(text).not.toContain('Ana Boyle for Signal Daily');
    expect(text).not.toContain('1 of 6');
    expect(rules).toContain('gallery-slide');
  });
  it('leaves a story paragraph beside a picture and a counter when it is longer than a caption', () => {
    const long =
      'The council’s own count, taken on four market days in the spring, found that the square drew more visitors than in any year since the counts began, and the traders’ association said takings on the square had risen for the first time in a decade, though it asked the council to keep the counts going for another two years before it drew any conclusion.';
    const story: Story = { ...FERRY, paras: [...FERRY.paras.slice(0, 2), long, ...FERRY.paras.slice(2)] };
    const html = shell7('soup', story).replace(
      `>${long}</div>`,
      `>${box(`<img src="/g/2.jpg" alt="">${div('2 / 4')}${div(long)}`)}</div>`,
    );
    const r = extracted(html, story);
    for (const p of story.paras) expect(r.text).toContain(squash(p));
    expect(r.rules).not.toContain('gallery-slide');
  });
  it('leaves a short block beside a counter when the box holds no picture (a score, a tally)', () => {
    const tally = 'Pupils who passed the island school’s swimming test this year';
    const story: Story = { ...FERRY, paras: [...FERRY.paras.slice(0, 3), tally, ...FERRY.paras.slice(3)] };
    const html = shell7('soup', story).replace(`>${tally}</div>`, `>${box(`${div('9 / 11')}${div(tally)}`)}</div>`);
    const r = extracted(html, story);
    expect(r.text).toContain(tally);
    expect(r.rules).not.toContain('gallery-slide');
  });
});

describe('glued-teaser: "READ MORE: <headline>" closing a story paragraph', () => {
  const p1 = esc(CLINIC.paras[1] ?? '');
  const glue = (tail: string): string => shell7('classic', CLINIC).replace(`<p>${p1}</p>`, `<p>${p1} ${tail}</p>`);
  it('goes, in a bold run or as a loose label before the link, and the sentence stays', () => {
    for (const tail of [
      `<strong>READ MORE: ${link7('Harbour patrol rescues two kayakers off Gull Point')}</strong>`,
      `Related: ${link7('Harbour patrol rescues two kayakers off Gull Point')}`,
    ]) {
      const r = extracted(glue(tail), CLINIC);
      for (const p of CLINIC.paras) expect(r.text).toContain(squash(p));
      expect(r.text).not.toContain('Harbour patrol rescues');
      expect(r.rules).toContain('glued-teaser');
    }
  });
  it('leaves a bold run with a link that is not a labelled pointer, and a label whose link is part of a sentence', () => {
    for (const [tail, kept] of [
      [
        `<strong>The full figures are in <a href="/files/report">the district’s annual report</a></strong>`,
        'The full figures are in the district’s annual report',
      ],
      [
        `<strong>Read more: the study is <a href="/files/study">on the district’s site</a></strong>`,
        'the study is on the district’s site',
      ],
    ] as const) {
      const r = extracted(glue(tail), CLINIC);
      expect(r.text).toContain(kept);
      expect(r.rules).not.toContain('glued-teaser');
    }
  });
});

describe('shared-post: a social post’s fallback line with its bracketed handle', () => {
  it('matches the line', () => {
    expect(outletLine('A post shared by Heron Island Ferry (@heronferry)', 50)).toBe('shared-post');
    expect(outletLine('A video shared by Port Alder Fire (@portalder.fire)', 52)).toBe('shared-post');
  });
  it('leaves prose about a shared post', () => {
    const t = 'A post shared by the ferry operator on Tuesday said the boat would run as normal.';
    expect(outletLine(t, t.length)).toBeNull();
    const u = 'A photo shared by residents (taken at dawn) showed the boat at the pier.';
    expect(outletLine(u, u.length)).toBeNull();
  });
});

describe('filler: a reading-progress note ("3 min left")', () => {
  it('matches the whole line', () => {
    expect(FILLER.test('3 min left')).toBe(true);
    expect(FILLER.test('12 minutes remaining')).toBe(true);
  });
  it('leaves a sentence with minutes left in it', () => {
    expect(FILLER.test('With 3 min left on the clock, the ferry cast off.')).toBe(false);
  });
});
