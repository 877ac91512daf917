// The second red-team set, round 9, written after round 8 and before the cleaner was run on it. It attacks this
// branch's own rules (a link-less "trending searches" list under a heading after the body, which the trailing
// list rule could pull in; the same list in an <aside> that the fact-box rule could keep) and shapes the rounds
// before it lack: a same-topic rail with no label, teasers written as sentences, an inline plug paragraph,
// topic links, a poll, gallery controls, an event promo, a bio above the story, breadcrumbs with hashed
// classes, and guards of the story's own.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, CHIPPLANT, DREDGE, FOURDAY, LIGHTRAIL, RECOUNT, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES9.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const C = (n: number): string => hashed('css-', n + 900);
const SEARCHES = ['gas prices this week', 'school closures today', 'county fair tickets', 'weather radar live'];

add(
  'link-less "Trending searches" list under a heading right after the body',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    tail: `<h3 class="${C(1)}">Trending searches</h3><ul class="${C(2)}">${SEARCHES.map((s) => `<li class="${C(3)}" role="button" tabindex="0">${esc(s)}</li>`).join('')}</ul>`,
  }),
  ['Trending searches', ...SEARCHES],
);

add(
  'the same link-less list in an <aside> inside the article',
  DREDGE,
  shell2('emotion', DREDGE, {
    at: {
      3: `<aside class="${C(4)}"><h3 class="${C(5)}">People also search for</h3><ul>${SEARCHES.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></aside>`,
    },
  }),
  ['People also search for', ...SEARCHES],
);

const SAME = [
  'Brush fire forces hundreds from homes near Cedar Hollow',
  'Evacuation centre opens at the Cedar Hollow high school',
  'Power line down on Larkspur Lane as fire crews work',
];
add(
  'same-topic rail after the body, no label, hashed classes',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    tail: `<div class="${C(10)}">${SAME.map((h) => `<div class="${C(11)}">${link2(h, 'metro')}<span class="${C(12)}">April 18</span></div>`).join('')}</div>`,
  }),
  SAME,
);

const SENTENCES = [
  'Crews battled a second, smaller fire near Eastfield on Friday night.',
  'The county says it will review how evacuation alerts reach older residents.',
  'Insurers are warning that premiums in the hills may rise again next year.',
];
add(
  'teasers written as whole sentences, each one link, after the body under "More coverage:"',
  BRUSHFIRE,
  shell2('arc', BRUSHFIRE, {
    tail: `<p><strong>More coverage:</strong></p><ul>${SENTENCES.map((s, i) => `<li><a href="/metro/2026/04/fire-story-${i}-follow-up-report">${esc(s)}</a></li>`).join('')}</ul>`,
  }),
  ['More coverage', ...SENTENCES],
);

add(
  'inline plug paragraph: bold question, pitch, "Sign up here." link',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    at: {
      2: `<p><strong>Like this story?</strong> Get more like it every weekday morning in our free transport briefing. <a href="/briefings/transport">Sign up here.</a></p>`,
    },
  }),
  ['Like this story?', 'Get more like it every weekday', 'Sign up here'],
);

add(
  '"Read more about:" topic links line at the end',
  STRIKE,
  shell2('brightspot', STRIKE, {
    tail: `<p class="topics">Read more about: ${['Health care', 'Labour', 'St Brendan’s Hospital'].map((t) => `<a href="/tag/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(t)}</a>`).join(', ')}</p>`,
  }),
  ['Read more about:'],
);

add(
  'a reader poll box after the body: question, options, "View results"',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    tail: `<div class="mt-10 rounded-xl border p-6"><p class="font-bold">Should every district move to a four-day week?</p><ul><li><label>Yes</label></li><li><label>No</label></li><li><label>Not sure</label></li></ul><a href="/polls/88/results">View results</a></div>`,
  }),
  ['Should every district move', 'View results', 'Not sure'],
);

add(
  'gallery controls mid-body: counter, previous and next, expand',
  BENCHES,
  shell2('emotion', BENCHES, {
    at: {
      1: `<div class="${C(20)}"><img src="/b1.jpg" alt=""><div class="${C(21)}"><button>Previous image</button><span>1 / 12</span><button>Next image</button><button>Expand</button></div></div>`,
    },
  }),
  ['Previous image', 'Next image', '1 / 12', 'Expand'],
);

add(
  'event promo box after the body: date, pitch, ticket button',
  CHIPPLANT,
  shell2('emotion', CHIPPLANT, {
    tail: `<div class="${C(30)}"><p class="${C(31)}">Ledger Business Summit · May 14</p><p class="${C(32)}">Hear the region’s employers on jobs, chips and the economy ahead. Early-bird tickets end Friday.</p><a class="${C(33)}" href="/summit/tickets">Get tickets</a></div>`,
  }),
  ['Ledger Business Summit', 'Early-bird tickets end Friday', 'Get tickets'],
);

add(
  'short bio above the story in a hashed box, after the byline',
  RECOUNT,
  shell2('emotion', RECOUNT, {
    at: {
      [-1]: `<div class="${C(40)}"><img src="/staff/tbo.jpg" alt=""><p class="${C(41)}">Talia Brennan-Osei covers city hall and elections for the Metro Ledger.</p></div>`,
    },
  }),
  ['covers city hall and elections for the Metro Ledger'],
);

add(
  'breadcrumbs in hashed classes above the body',
  STRIKE,
  shell2('emotion', STRIKE, {
    at: {
      [-1]: `<nav class="${C(50)}" aria-label="breadcrumb"><ol class="${C(51)}"><li><a href="/">Home</a></li><li><a href="/health">Health</a></li><li><a href="/health/hospitals">Hospitals</a></li></ol></nav><div class="${C(52)}"><a href="/">Home</a> › <a href="/health">Health</a> › <a href="/health/hospitals">Hospitals</a></div>`,
    },
  }),
  ['Home › Health'],
);

// ---- Guards --------------------------------------------------------------------------------------------
const NEXT = [
  'Friday: talks resume with a state mediator',
  'Saturday: agency contracts end at the hospital',
  'Monday: the union decides whether to call a second strike',
];
add(
  'guard: a link-less "What happens next" list right after the body',
  STRIKE,
  shell2('emotion', STRIKE, {
    tail: `<h3>What happens next</h3><ul>${NEXT.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
  }),
  [],
  NEXT,
);

const BOX = ['Length of the extension: 9.4 kilometres', 'New stations: four', 'Federal share: 310 million dollars'];
add(
  'guard: a fact box in an <aside> inside the article, Tailwind',
  LIGHTRAIL,
  shell2('tailwind', LIGHTRAIL, {
    at: {
      2: `<aside class="not-prose my-6 rounded bg-slate-50 p-4"><h4 class="font-bold">The extension in brief</h4><ul>${BOX.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></aside>`,
    },
  }),
  [],
  ['The extension in brief', ...BOX],
);

add(
  'guard: a paragraph that mentions signing up and sharing, in the story',
  FOURDAY,
  shell2('emotion', FOURDAY, {
    at: {
      3: `<p>More than 300 families signed up for the Friday programme in the first week, the district said, and the sign-up form was shared widely on parents’ groups.</p>`,
    },
  }),
  [],
  ['More than 300 families signed up for the Friday programme in the first week'],
);
