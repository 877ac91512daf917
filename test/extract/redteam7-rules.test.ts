// The rules the seventh red-team set (redteam7-pages*.ts, redteam7-late.ts) led to, each with a case that must go
// and a case of the story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import type { Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';
import type { Parts4 } from './redteam4-shells.js';
import { shell7, type Shell7 } from './redteam7-shells.js';
import { FERRY, RIVER } from './redteam7-stories.js';

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
