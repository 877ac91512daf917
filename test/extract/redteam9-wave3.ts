// The ninth red-team set, third wave, written after the second wave's fixes and before the cleaner was run on
// it: closing cards set as list items with a dek inside each item, a kicker before each link in one paragraph
// ("Politics | <a>"), one card with a dek between two paragraphs, a "More from Politics" heading over three dated
// links, a 40-item "Trending" rail in two columns after the body, and a closing linked card holding a thumbnail.
// Guards: a timeline in one paragraph of <br> lines ("Mar 4, 2025: <a>"), and a closing paragraph naming two
// linked candidates in a sentence.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AQUIFER, AUDIT, D9, FERRY, FORTY9, H9, MAYORS, STARS9 } from './redteam9-stories.js';

export const CASES_WAVE3_9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE3_9.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const last = (s: Story): number => s.paras.length - 1;
const KICKERS = ['Politics', 'Crime', 'Weather', 'Schools', 'Health'];

add(
  'closing cards as list items, each a link and a dek inside the item, no label',
  AQUIFER,
  shell2('ghost', AQUIFER, {
    at: {
      [last(AQUIFER)]:
        `<ul class="cards">${[8, 9, 10].map((i) => `<li>${link2(H9(i))}<p>${esc(D9(i))}</p></li>`).join('')}</ul>`,
    },
  }),
  [8, 9, 10].flatMap((i) => [H9(i), D9(i)]),
);

add(
  'five items in one paragraph after the body, each "Kicker | <a>" with <br> between',
  MAYORS,
  page('wordpress', MAYORS, {
    slots: {
      [last(MAYORS)]:
        `<p>${[0, 1, 2, 3, 4].map((i) => `${KICKERS[i] ?? ''} | ${link2(STARS9[i + 10] ?? '', 'celebrity')}`).join('<br>')}</p>`,
    },
  }),
  [0, 1, 2, 3, 4].map((i) => STARS9[i + 10] ?? ''),
);

add(
  'one card between paragraphs 2 and 3: an <h4> link and a one-sentence dek',
  FERRY,
  shell7('classic', FERRY, { at: { 1: `<h4>${link7(H9(11))}</h4><p>${esc(D9(11))}</p>` } }),
  [H9(11), D9(11)],
);

add(
  '"More from Politics" heading over three links, each with a date after it, closing the body',
  AUDIT,
  shell8('generatepress', AUDIT, {
    at: {
      [last(AUDIT)]:
        `<h4>More from Politics</h4>${[0, 1, 2].map((i) => `<p>${link8(H9(i + 3))} <time>Feb ${(i + 20).toString()}, 2019</time></p>`).join('')}`,
    },
  }),
  ['More from Politics', H9(3), H9(4), H9(5), 'Feb 20, 2019'],
);

add(
  'a 40-item "Trending" rail in two columns of 20 after the body, inside the article',
  FERRY,
  shell2('brightspot', FERRY, {
    tail: `<div class="trending"><h3>Trending</h3><div class="cols"><ul>${FORTY9.slice(0, 20)
      .map((h) => `<li>${link2(h)}</li>`)
      .join('')}</ul><ul>${FORTY9.slice(20)
      .map((h) => `<li>${link2(h)}</li>`)
      .join('')}</ul></div></div>`,
  }),
  ['Trending', FORTY9[0] ?? '', FORTY9[19] ?? '', FORTY9[20] ?? '', FORTY9[39] ?? ''],
);

add(
  'a closing linked card that holds a thumbnail and the headline, no label',
  MAYORS,
  shell2('ghost', MAYORS, {
    at: {
      [last(MAYORS)]: `<div class="card"><a href="/news/2026/04/${H9(6)
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')}"><img src="/t/6.jpg" alt=""><span>${esc(H9(6))}</span></a></div>`,
    },
  }),
  [H9(6)],
);

const TL = [
  ['Mar 4, 2025', 'The Gannet loses its port engine off Skerry Island'],
  ['Jan 9, 2026', 'The Gannet goes into dry dock at Port Aldous'],
  ['Apr 14, 2026', 'Sea trials end and the Gannet is cleared to sail'],
];
add(
  'guard: a timeline in one paragraph of <br> lines, each a date and a linked event',
  FERRY,
  page('drupal', FERRY, {
    slots: { [last(FERRY)]: `<p>${TL.map(([d, e]) => `${d ?? ''}: ${link2(e ?? '', 'ferry')}`).join('<br>')}</p>` },
  }),
  [],
  TL.map(([d, e]) => `${d ?? ''}: ${e ?? ''}`),
);

const DEBATE = 'Marisol Etxeberria and Owen Delacroix will debate on May 1.';
add(
  'guard: a short closing paragraph naming two linked candidates in a sentence',
  MAYORS,
  shell2('ghost', MAYORS, {
    at: {
      [last(MAYORS)]:
        `<p>${link2('Marisol Etxeberria', 'candidates')} and ${link2('Owen Delacroix', 'candidates')} will debate on May 1.</p>`,
    },
  }),
  [],
  [DEBATE],
);
