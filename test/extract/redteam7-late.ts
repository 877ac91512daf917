// The seventh red-team set's second wave, written after rounds 24 and 25 came out clean and committed before the
// cleaner was run on it: the same shapes with nothing in the markup to give them away. No telling class names or
// `data-testid` (bare <p>, <ul>, <h3> in a classic body; hashed classes only in a framework page), so that what
// is left to go on is the text and the links: lone linked headlines and "Related"/"READ MORE" without a colon,
// bullets in a <br>-broken paragraph, chip-and-stamp rails, card links wrapping a headline and a dek, numbered
// lists of headlines, a bare "Contents" list, gallery captions with "2 / 4" counters and split bodies with a rail
// between the parts. Guards: a subheading in divs, a short prose paragraph with a link, "hours ago" and "most
// read" in prose.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { HEADS7 } from './redteam7-pages24.js';
import { link7, RIVER_HEADS, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX, RIVER } from './redteam7-stories.js';

export const CASES_LATE7: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_LATE7.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';
const hx = (n: number): string => `sc-${(n * 97).toString(36)}q ${(n * 7919).toString(36)}`;
const d = (n: number, inner: string): string => `<div class="${hx(n)}">${inner}</div>`;
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

add(
  'bare: a linked headline alone in a hashed div between two paragraphs of a framework page',
  GRIDFIX,
  shell7('soup', GRIDFIX, { at: { 2: d(1, link7(H(7))), 4: d(2, `<strong>${link7(H(2))}</strong>`) } }),
  [H(7), H(2)],
);

add(
  'bare: "Related" and "READ MORE" in plain text before a linked headline, no colon, no classes',
  CLINIC,
  shell7('classic', CLINIC, {
    at: { 1: `<p>Related ${link7(H(9))}</p>`, 3: `<p>READ MORE ${link7(H(6))}</p>` },
  }),
  [H(9), H(6), 'READ MORE'],
);

add(
  'bare: bold "ALSO READ" then bullets inside one <br>-broken paragraph',
  FERRY,
  shell7('classic', FERRY, {
    at: { 2: `<p><b>ALSO READ</b><br>• ${link7(H(0))}<br>• ${link7(H(1))}<br>• ${link7(H(4))}</p>` },
  }),
  ['ALSO READ', H(0), H(1), H(4)],
);

add(
  'bare: a rail of chip-and-stamp items in hashed divs inside the body of a framework page',
  CLINIC,
  shell7('soup', CLINIC, {
    at: {
      2: d(
        3,
        [5, 8, 3]
          .map((i, k) =>
            d(
              4,
              `${d(5, ['Politics', 'Local', 'Crime'][k] ?? '')}${d(6, `${(k + 2).toString()}h ago`)}${d(7, link7(H(i)))}`,
            ),
          )
          .join(''),
      ),
    },
  }),
  [H(5), H(8), H(3), '2h ago', '3h ago'],
);

add(
  'bare: card links wrapping a headline and a dek, between paragraphs of a framework page',
  FERRY,
  shell7('soup', FERRY, {
    at: {
      3: d(
        8,
        [
          [7, 'Inspectors found rust on beams that carry the northbound lanes and want repairs within a year.'],
          [4, 'Stallholders say the covered depot will let the market run in the rain for the first time.'],
        ]
          .map(
            ([i, dek]) =>
              `<a class="${hx(9)}" href="/news/c${String(i)}">${d(10, H(Number(i)))}${d(11, String(dek))}</a>`,
          )
          .join(''),
      ),
    },
  }),
  [H(7), H(4), 'carry the northbound lanes', 'covered depot will let the market'],
);

add(
  'bare: an image-only card (an image link with alt text, no visible words) and a caption-less photo link',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: {
      1: `<p><a href="/news/x-9"><img src="/i/9.jpg" alt="${H(9)}"></a></p>`,
      3: `<div><a href="/news/x-3"><img src="/i/3.jpg" alt=""></a><a href="/news/x-3">${H(3)}</a></div>`,
    },
  }),
  [H(9), H(3)],
);

add(
  'bare: "Most read" as a bold line and five numbered paragraphs of links in the body',
  CLINIC,
  shell7('classic', CLINIC, {
    at: {
      3: `<p><strong>Most read</strong></p>${[0, 1, 2, 3, 4].map((i) => `<p>${(i + 1).toString()}. ${link7(H(i))}</p>`).join('')}`,
    },
  }),
  ['Most read', H(0), H(1), H(2), H(3), H(4)],
);

add(
  'bare: numbered headline list in hashed divs, the number in its own div, in the right rail and after the body',
  FERRY,
  shell7('soup', FERRY, {
    after: d(
      12,
      `${d(13, 'Trending')}${[5, 6, 7, 8].map((i, k) => d(14, `${d(15, (k + 1).toString())}${link7(H(i))}`)).join('')}`,
    ),
  }),
  ['Trending', H(5), H(6), H(7), H(8)],
);

add(
  'bare: a "Contents" list of in-page links at the head of a long read, no classes',
  RIVER,
  shell7('longread', RIVER, {
    at: {
      [-1]: `<div><p><strong>Contents</strong></p><ul>${Object.entries(RIVER_HEADS)
        .map(([k, t]) => `<li><a href="#s${k}">${t}</a></li>`)
        .join('')}<li><a href="#comments">Comments</a></li></ul></div>`,
    },
  }),
  ['Contents', 'Comments'],
  Object.values(RIVER_HEADS),
);

add(
  'bare: a gallery of hashed divs with captions, credits and "2 / 4" counters between paragraphs',
  RIVER,
  shell7('soup', RIVER, {
    at: {
      4: d(
        16,
        [
          ['Reeds planted along the stepped banks in the first spring', '2 / 4'],
          ['The old pipe, cracked along its length, before it was removed', '3 / 4'],
        ]
          .map(([c, n]) =>
            d(
              17,
              `<img src="/g/${String(n).slice(0, 1)}.jpg" alt="">${d(18, String(n))}${d(19, String(c))}${d(20, 'Tomas Reyes for Signal Daily')}`,
            ),
          )
          .join(''),
      ),
    },
  }),
  ['Reeds planted along the stepped banks', 'cracked along its length', '2 / 4', 'Tomas Reyes for Signal Daily'],
);

add(
  'bare: a split body with a rail of three linked headlines (no heading) between the parts',
  GRIDFIX,
  shell7('split', GRIDFIX, {
    at: { 1: `<ul>${[0, 6, 9].map((i) => `<li>${link7(H(i))}</li>`).join('')}</ul>` },
  }),
  [H(0), H(6), H(9)],
);

add(
  'bare: a split body with "Continue reading below" and a "Recommended" card with a dek between the parts',
  CLINIC,
  shell7('split', CLINIC, {
    at: {
      3: `<div><p>Recommended</p><a href="/news/r-1"><h4>${H(2)}</h4><p>The two branches will stay open until six on Saturdays and four on Sundays from next month.</p></a></div><p>Continue reading below</p>`,
    },
  }),
  ['Recommended', H(2), 'stay open until six on Saturdays', 'Continue reading below'],
);

add(
  'guard: a crosshead in a hashed div, a short paragraph with a link, "hours ago" and "most read" in prose',
  withPara(
    withPara(
      FERRY,
      4,
      'Three hours ago, the operator posted the winter timetable, which was the most read page on the county’s website by the evening.',
    ),
    5,
    'What happens next',
  ),
  shell7(
    'soup',
    withPara(
      withPara(
        FERRY,
        4,
        'Three hours ago, the operator posted the winter timetable, which was the most read page on the county’s website by the evening.',
      ),
      5,
      'What happens next',
    ),
  ),
  [],
);
