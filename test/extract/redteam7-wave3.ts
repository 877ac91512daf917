// The seventh red-team set's third wave, committed before the cleaner was run on it: harder mixes of the same
// shapes. Chrome glued to a story paragraph ("READ MORE: <headline>" at its end), a label and its link in sibling
// divs, a teaser whose dek is a loose div under a linked heading, chip and stamp in the same line as the link,
// a figure whose caption is a headline link, a social post's fallback lines, a newsletter box with no class, and
// a split body whose second part sits in another container after a wide "Watch" rail. Guards: a quoted statement
// set as a blockquote (not repeated in the body), a paragraph that ends on a link to a document.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { HEADS7 } from './redteam7-pages24.js';
import { link7, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX, RIVER } from './redteam7-stories.js';
import { esc } from './chrome-shells.js';

export const CASES_WAVE3: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE3.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';
const d = (n: number, inner: string): string =>
  `<div class="sc-${(n * 131).toString(36)}w k${n.toString()}">${inner}</div>`;
const para = (s: Story, i: number): string => esc(s.paras[i] ?? '');

add(
  'glued: "READ MORE: <headline>" in bold at the end of a story paragraph',
  CLINIC,
  shell7('classic', CLINIC).replace(
    `<p>${para(CLINIC, 1)}</p>`,
    `<p>${para(CLINIC, 1)} <strong>READ MORE: ${link7(H(8))}</strong></p>`,
  ),
  [H(8), 'READ MORE'],
);

add(
  'sibling divs: "Related" in one hashed div, the linked headline in the next, inside the body',
  GRIDFIX,
  shell7('soup', GRIDFIX, { at: { 1: d(1, `${d(2, 'Related')}${d(3, link7(H(3)))}`) } }),
  [H(3)],
);

add(
  'teaser with a loose dek: a linked heading and the dek in a div under it, between paragraphs',
  FERRY,
  shell7('soup', FERRY, {
    at: {
      2: d(
        4,
        `<h3>${link7(H(5))}</h3>${d(5, 'Members want more time to hear from neighbours before they decide how many nights a home may be let each year.')}`,
      ),
    },
  }),
  [H(5), 'how many nights a home may be let'],
);

add(
  'chip and stamp on the same line as the link, in a list after the body',
  CLINIC,
  shell7('classic', CLINIC, {
    after: `<ul>${[0, 2, 4].map((i, k) => `<li>${link7(H(i))} <span>Local | ${(k + 1).toString()}h ago</span></li>`).join('')}</ul>`,
  }),
  [H(0), H(2), H(4), '1h ago'],
);

add(
  'a figure whose caption is a linked headline (a teaser dressed as a photo) between paragraphs',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: {
      3: `<figure><a href="/news/f-1"><img src="/f/1.jpg" alt=""></a><figcaption>${link7(H(1))}</figcaption></figure>`,
    },
  }),
  [H(1)],
);

add(
  'a social post’s fallback lines in a framework page ("View this post", "A post shared by")',
  FERRY,
  shell7('soup', FERRY, {
    at: {
      3: d(
        6,
        `<blockquote>${d(7, '<a href="https://photos.example/p/abc">View this post on Photogram</a>')}${d(8, 'A post shared by Heron Island Ferry (@heronferry)')}</blockquote>`,
      ),
    },
  }),
  ['View this post', 'A post shared by'],
);

add(
  'a newsletter box with no class between the parts of a split body',
  RIVER,
  shell7('split', RIVER, {
    at: {
      3: `<div><h3>Get the Ledger’s morning briefing</h3><p>The stories that matter in the city, every weekday at 6am.</p><input type="email"><button>Sign up</button></div>`,
    },
  }),
  ['morning briefing', 'every weekday at 6am', 'Sign up'],
);

add(
  'split body: the second half in another container after a wide "Watch" rail of videos',
  CLINIC,
  (() => {
    const first = CLINIC.paras
      .slice(0, 3)
      .map((t) => `<p>${esc(t)}</p>`)
      .join('');
    const second = CLINIC.paras
      .slice(3)
      .map((t) => `<p>${esc(t)}</p>`)
      .join('');
    const rail = `<section><h2>Watch</h2>${[6, 7, 9].map((i) => `<div><video src="/v/${i.toString()}.mp4"></video>${link7(H(i), 'video')}<span>2:14</span></div>`).join('')}</section>`;
    return shell7('split', { ...CLINIC, paras: [] })
      .replace('<div class="article-body">', `<div class="article-body"><div class="article-body__part">${first}</div>`)
      .replace(
        '<div class="side-col">',
        `${rail}<div class="article-body article-body--rest">${second}</div><div class="side-col">`,
      );
  })(),
  ['Watch', H(6), H(7), H(9), '2:14'],
);

add(
  'guard: a statement set as a blockquote, not repeated in the body, and a paragraph ending on a document link',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      2: `<blockquote><p>The board has asked staff to return in March with the costs of a smaller vessel and of a reduced winter timetable.</p></blockquote>`,
      5: `<p>The board’s resolution and the staff report are <a href="https://county.example/board/2026-06-09.pdf">posted with the meeting agenda</a>.</p>`,
    },
  }),
  [],
  [
    'The board has asked staff to return in March with the costs of a smaller vessel',
    'The board’s resolution and the staff report are posted with the meeting agenda.',
  ],
);
