// The red-team set's third round: edges of the first two rounds' rules (two lone teasers in one story, a rail
// after a single line break, a most-read table with a caption, a sponsored grid labelled only by aria-label, a
// bio above the story, a pipe-separated rail in one paragraph, a label and its links in one div).
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';
import type { RedteamCase } from './redteam-pages.js';

export const CASES3: RedteamCase[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES3.push({ name, story, html, chrome, article: [...story.paras] });
};

const T3 = [
  'Snooker star opens a cat café',
  'Weather presenter’s garden wins gold',
  'Singer’s tour bus breaks down on the bypass',
  'Chef’s pie recipe sells at auction',
  'Actor buys the village pub he grew up in',
];

add(
  'two lone linked headlines in one story',
  HAIL,
  shell('olivero', HAIL, {
    at: {
      0: `<p><strong>${link('Apple growers fear a second bad year')}</strong></p>`,
      2: `<p><strong>${link('Council to review its flood defences')}</strong></p>`,
    },
  }),
  ['Apple growers fear a second bad year', 'Council to review its flood defences'],
);

add(
  'rail after a single line break in the last paragraph',
  FERRY,
  shell('blogger', FERRY, {
    lastPara: `<p>${FERRY.paras[4] ?? ''}<br>Related: ${T3.slice(0, 4)
      .map((h) => link(h))
      .join('<br>')}</p>`,
  }),
  T3.slice(0, 4),
);

add(
  'most-read table with rank cells and a caption',
  BAKERY,
  shell('tables', BAKERY, {
    tail: `<table class="mostread"><caption>Most read this week</caption>${T3.map((h, i) => `<tr><td>${i + 1}</td><td>${link(h)}</td></tr>`).join('')}</table>`,
  }),
  ['Most read this week', ...T3],
);

add(
  'sponsored grid labelled only by aria-label, items as spans',
  DERBY,
  shell('newspaper', DERBY, {
    tail: `<div aria-label="Sponsored links" class="grid">${['Retirees are snapping up these tiny homes', 'The mattress sleep experts swear by', 'Why drivers over fifty are switching insurer', 'This garden tool sold out in a day'].map((h) => `<span class="grid__item"><a href="https://ads.example/x?${encodeURIComponent(h)}">${h}</a><span class="grid__brand">Sponsored</span></span>`).join('')}</div>`,
  }),
  ['Retirees are snapping up these tiny homes', 'The mattress sleep experts swear by'],
);

add(
  'a bio above the story with a follow line',
  RETRIAL,
  shell('olivero', RETRIAL, {
    at: {
      [-1]: `<div class="author-top"><img src="/img/mo.jpg" alt="" width="48"><p><strong>Maren Okafor</strong>, Courts Reporter</p><p>Follow @marenokafor for updates from the courthouse</p></div>`,
    },
  }),
  ['Courts Reporter', 'Follow @marenokafor'],
);

add(
  'pipe-separated rail in one paragraph after "More:"',
  LIBRARIES,
  shell('jetpack', LIBRARIES, { tail: `<p>More: ${T3.map((h) => link(h)).join(' | ')}</p>` }),
  T3,
);

add(
  'label and links in one div, links wrapped in spans',
  RETRIAL,
  shell('newspaper', RETRIAL, {
    tail: `<div class="more-news"><strong>More news</strong> ${T3.map((h) => `<span class="item">${link(h)}</span>`).join(' ')}</div>`,
  }),
  T3,
);
