// The red-team set's fourth round, written after the third round's fixes. Its one leak left (the newsletter
// box set as a table) was fixed in branch `redteam2` (email-signup.ts).
import { esc } from './chrome-shells.js';
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, PISCINAS, RADWEGE, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';
import type { RedteamCase } from './redteam-pages.js';

export const CASES4: RedteamCase[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], known?: string): void => {
  CASES4.push({ name, story, html, chrome, article: [...story.paras], ...(known ? { known } : {}) });
};

const H = [
  'Cyclist’s epic ride raises funds for hospice',
  'Pub quiz champions crowned for a fifth year',
  'Wedding dress found in a charity shop goes home',
  'Police horse retires to a farm in the hills',
  'Town’s oldest resident celebrates 106th birthday',
];

add(
  'rail as <p> items, each link then a time in <small>',
  DERBY,
  shell('olivero', DERBY, {
    tail: `<h3>Latest news</h3>${H.map((h, i) => `<p>${link(h)} <small>${i + 1}h</small></p>`).join('')}`,
  }),
  H,
);
add(
  'headline links with a date prefix "12 Apr:" in a div',
  BAKERY,
  shell('newspaper', BAKERY, {
    tail: `<div class="news-strip">${H.map((h, i) => `<div>${10 + i} Apr: ${link(h)}</div>`).join('')}</div>`,
  }),
  H,
);
add(
  'Spanish "Lee también" block with a list of three',
  PISCINAS,
  shell('spanish', PISCINAS, {
    at: {
      2: `<div class="lee-tambien"><span>Lee también</span><ul>${['Cierra la piscina del barrio norte por obras', 'El verano más caluroso de la década', 'Los vecinos piden más sombra en los parques'].map((h) => `<li>${link(h, 'ciudad')}</li>`).join('')}</ul></div>`,
    },
  }),
  ['Lee también', 'Cierra la piscina del barrio norte', 'El verano más caluroso de la década'],
);
add(
  'German "Lesen Sie auch" as a bold line with a linked headline',
  RADWEGE,
  shell('german', RADWEGE, {
    at: { 1: `<p><strong>Lesen Sie auch:</strong> ${link('Stadt prüft Tempo 30 in der Innenstadt', 'lokales')}</p>` },
  }),
  ['Stadt prüft Tempo 30'],
);
add(
  'newsletter box as a table with an input and a button',
  FERRY,
  shell('tables', FERRY, {
    tail: `<table class="nl"><tr><td><b>Island Bulletin</b><br>Sailings, weather and island news every Friday.</td><td><input type="email"><input type="submit" value="Subscribe"></td></tr></table>`,
  }),
  ['Island Bulletin', 'Sailings, weather and island news every Friday'],
);
add(
  'author bio sentence with a contact address closing the last paragraph',
  LIBRARIES,
  shell('jetpack', LIBRARIES, {
    tail: `<p><em>Grace Mbeki covers the council for the Gazette. Email grace.mbeki@gazette.example</em></p>`,
  }),
  ['covers the council for the Gazette'],
);
add(
  '"Most shared" numbered list with share counts',
  HAIL,
  shell('squarespace', HAIL, {
    tail: `<div class="sqs-block"><h4>Most shared</h4><ol>${H.map((h, i) => `<li>${link(h, 'blog')} <span>${(5 - i) * 310} shares</span></li>`).join('')}</ol></div>`,
  }),
  H,
);
add(
  'image credit and caption in a div after an img, no figure',
  RETRIAL,
  shell('olivero', RETRIAL, {
    at: {
      0: `<div class="image"><img src="/img/court.jpg" alt=""><div class="image__caption">The appeals court building on Union Square. Credit: Eli Maas for the Observer</div></div>`,
    },
  }),
  ['The appeals court building on Union Square', 'Credit: Eli Maas'],
);
add(
  '"Tags" row as plain text links separated by commas after "Filed under"',
  DERBY,
  shell('jetpack', DERBY, {
    tail: `<p class="filed">Filed under: ${['Football', 'Millbrook Town', 'Harford'].map((t) => `<a href="/tag/${t}">${esc(t)}</a>`).join(', ')}</p>`,
  }),
  ['Filed under'],
);
