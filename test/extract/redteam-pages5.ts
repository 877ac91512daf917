// The red-team set's fifth round, written after the fourth round's fixes (an aside rail, linked <h4> headlines, a
// podcast plug, a Spanish appeal, a German author box, a stamp line, a video title line).
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, PISCINAS, RADWEGE, RETRIAL } from './redteam-stories.js';
import type { Story } from './chrome-stories.js';
import type { RedteamCase } from './redteam-pages.js';
export const CASES5: RedteamCase[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES5.push({ name, story, html, chrome, article: [...story.paras] });
};
const H = [
  'Garden centre owner wins national award',
  'Cinema to show silent films with live piano',
  'Choir records album in the cathedral crypt',
  'Scouts build a bridge over the mill stream',
];
add(
  'rail in an <aside> inside the body with h2 "Read next"',
  DERBY,
  shell('olivero', DERBY, {
    at: { 2: `<aside><h2>Read next</h2>${H.map((h) => `<p>${link(h)}</p>`).join('')}</aside>` },
  }),
  H,
);
add(
  'three headline links each in a <h4>, after the body, no label',
  BAKERY,
  shell('newspaper', BAKERY, {
    tail: H.slice(0, 3)
      .map((h) => `<h4>${link(h)}</h4>`)
      .join(''),
  }),
  H.slice(0, 3),
);
add(
  '"Recommended" with em-dash source names',
  HAIL,
  shell('squarespace', HAIL, {
    tail: `<div><p>Recommended</p>${H.map((h) => `<div>${link(h)} — Valley Post</div>`).join('')}</div>`,
  }),
  H,
);
add(
  'podcast promo line with "Listen on Spotify | Apple Podcasts"',
  FERRY,
  shell('jetpack', FERRY, {
    tail: `<p>Listen to The Crossing, our weekly island podcast: <a href="https://sp.example/x">Spotify</a> | <a href="https://ap.example/x">Apple Podcasts</a></p>`,
  }),
  ['our weekly island podcast', 'Apple Podcasts'],
);
add(
  'donation appeal in Spanish',
  PISCINAS,
  shell('spanish', PISCINAS, {
    tail: `<div class="apoyo"><p>El periodismo local necesita tu apoyo. Hazte socio desde 5 euros al mes.</p><a href="/socios">Hazte socio</a></div>`,
  }),
  ['periodismo local necesita tu apoyo', 'Hazte socio'],
);
add(
  'German author box "Über die Autorin"',
  RADWEGE,
  shell('german', RADWEGE, {
    tail: `<div class="autor"><h3>Über die Autorin</h3><p>Jana Fuchsberger schreibt seit 2017 über Verkehr und Stadtentwicklung.</p></div>`,
  }),
  ['Über die Autorin', 'schreibt seit 2017'],
);
add(
  'corrections kept, but "Updated at 14:02" stamp line',
  LIBRARIES,
  shell('olivero', LIBRARIES, { at: { [-1]: '<p>Updated at 14:02</p>' } }),
  ['Updated at 14:02'],
);
add(
  '"Watch:" video title line before a player box',
  RETRIAL,
  shell('newspaper', RETRIAL, {
    at: {
      1: `<div class="video"><p>Watch: Lawyers react outside the appeals court</p><div class="player"></div></div>`,
    },
  }),
  ['Lawyers react outside the appeals court'],
);
