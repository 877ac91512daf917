// The second red-team set, round 11, written after round 10's fixes and before the cleaner was run on it: a
// rail as a hashed table mid-body, most-read figures with linked captions, a bio in the article's <footer>,
// headlines in one paragraph with " — " separators, a live page's key-events list of in-page links, an
// advertiser's grid with "Ad" badges, trending videos with their lengths, and guards of the story's own.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, DREDGE, FOURDAY, LIGHTRAIL, RECOUNT, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES11: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES11.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const C = (n: number): string => hashed('css-', n + 1100);
const HEADS = [
  'Planning board rejects the riverside tower',
  'Two new cycle lanes open on Station Road',
  'Food bank appeals for volunteers before winter',
  'Primary school gets its playing field back',
];

add(
  'rail as a hashed table between two paragraphs',
  RECOUNT,
  shell2('emotion', RECOUNT, {
    at: {
      2: `<table class="${C(1)}"><tbody>${HEADS.map((h) => `<tr class="${C(2)}"><td class="${C(3)}">${link2(h, 'politics')}</td></tr>`).join('')}</tbody></table>`,
    },
  }),
  HEADS,
);

add(
  'most-read figures with linked captions after the body',
  FOURDAY,
  shell2('emotion', FOURDAY, {
    after: `<div class="${C(10)}">${HEADS.map((h, i) => `<figure class="${C(11)}"><img src="/m${i}.jpg" alt=""><figcaption class="${C(12)}">${link2(h)}</figcaption></figure>`).join('')}</div>`,
  }),
  HEADS,
);

add(
  'bio in the article’s <footer> with an e-mail address',
  STRIKE,
  shell2('emotion', STRIKE, {
    tail: `<footer class="${C(20)}"><p>Kofi Annandale reports on health and hospitals. Reach him at kofi.annandale@ledger.example.</p></footer>`,
  }),
  ['reports on health and hospitals', 'kofi.annandale@ledger.example'],
);

add(
  'headlines in one paragraph separated by " — " after the body',
  DREDGE,
  shell2('ghost', DREDGE, {
    tail: `<p class="more">${HEADS.map((h) => link2(h)).join(' — ')}</p>`,
  }),
  HEADS,
);

add(
  'a live page’s "Key events" list of in-page links above the story',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      [-1]: `<div class="${C(30)}"><h2 class="${C(31)}">Key events</h2><ul>${['2h ago Evacuation order lifted for most streets', '5h ago Helicopters begin water drops', '9h ago Fire reported near quarry road'].map((e, i) => `<li><a href="#post-${i}">${esc(e)}</a></li>`).join('')}</ul><button>Show key events only</button></div>`,
    },
  }),
  ['Key events', 'Evacuation order lifted for most streets', 'Helicopters begin water drops', 'Show key events only'],
);

add(
  'advertiser grid with "Ad" badges and brand names after the body',
  LIGHTRAIL,
  shell2('tailwind', LIGHTRAIL, {
    after: `<div class="mx-auto grid max-w-6xl grid-cols-3 gap-4">${[
      ['Ad', 'Harbor Bank', 'Switch to a savings account that pays five per cent'],
      ['Ad', 'Lumen Solar', 'Homeowners are cutting their bills with this simple trick'],
      ['Ad', 'TrekStar', 'The walking shoe doctors keep recommending'],
    ]
      .map(
        ([b, s, h], i) =>
          `<a class="block rounded border p-3" href="https://ads.example/click/${i}"><span class="text-xs font-bold">${b}</span> <span class="text-xs">${s}</span><p class="font-semibold">${esc(h ?? '')}</p></a>`,
      )
      .join('')}</div>`,
  }),
  ['Harbor Bank', 'savings account that pays five per cent', 'Lumen Solar', 'cutting their bills', 'The walking shoe'],
);

add(
  'trending videos with their lengths before each headline, in the side and after',
  BENCHES,
  shell2('tailwind', BENCHES, {
    after: `<section class="mx-auto max-w-6xl"><p class="font-bold">Trending videos</p>${HEADS.map((h, i) => `<div class="flex gap-2"><span class="text-xs">${i + 1}:${10 + i * 7}</span>${link2(h, 'video')}</div>`).join('')}</section>`,
  }),
  ['Trending videos', ...HEADS],
);

// ---- Guards --------------------------------------------------------------------------------------------
const STEPS = [
  'Measure the seat height from the ground',
  'Note whether it has a back and arms',
  'Mark it on the map with its shade',
];
add(
  'guard: a numbered list of steps in the story',
  BENCHES,
  shell2('emotion', BENCHES, {
    at: {
      1: `<p>Each volunteer followed the same three steps at every bench:</p><ol>${STEPS.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`,
    },
  }),
  [],
  STEPS,
);

add(
  'guard: the story’s linked documents, one of them a PDF, under its own heading',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    at: {
      4: `<h3>Read the documents</h3><ul><li><a href="/files/grant-agreement-2026.pdf">The grant agreement (PDF)</a></li><li>${link2('The authority’s board resolution of March 3', 'documents')}</li></ul>`,
    },
  }),
  [],
  ['The grant agreement (PDF)', 'The authority’s board resolution of March 3'],
);
