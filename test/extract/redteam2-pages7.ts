// The second red-team set, round 7, written after round 6's fixes and before the cleaner was run on it: rails
// with no link at all (cards a script makes clickable), oEmbed-like cards with hashed classes, comments as
// hashed divs, captions and credits without <figure>, a 40-headline line of " | " links, "Up next" with a
// countdown, a trending ticker above the body, celebrity headlines each with " - Source", Newspack's posts
// block in the body, a registration wall, a sign-up box with no form, and guards of the story's own.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, CHIPPLANT, DREDGE, FOURDAY, LIGHTRAIL, RECOUNT, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES7: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES7.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const C = (n: number): string => hashed('sc-', n + 700);

const HEADS = [
  'Mayor’s office denies a rift with the police chief',
  'Storm drains to be cleared before the rainy season',
  'Downtown hotel changes hands for a record price',
  'Zoo welcomes twin red panda cubs',
  'Bus drivers vote on a new contract next week',
];

add(
  'rail of script-clickable cards with no <a> at all, hashed classes, no label',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    after: `<div class="${C(1)}">${HEADS.map((h, i) => `<div class="${C(2)}" role="link" tabindex="0" data-href="/metro/2026/04/h${i}"><div class="${C(3)}"><img src="/h${i}.jpg" alt=""></div><div class="${C(4)}"><span class="${C(5)}">Metro</span><h3 class="${C(6)}">${esc(h)}</h3><span class="${C(7)}">${i + 1}h ago</span></div></div>`).join('')}</div>`,
  }),
  HEADS,
);

add(
  'oEmbed-like card mid-body with hashed classes: domain, headline, description',
  CHIPPLANT,
  shell2('emotion', CHIPPLANT, {
    at: {
      1: `<div class="${C(10)}"><a class="${C(11)}" href="https://marketdesk.example/2026/04/carmakers-cut-chip-orders"><div class="${C(12)}"><span class="${C(13)}">marketdesk.example</span><span class="${C(14)}">Carmakers cut chip orders as inventories pile up</span><span class="${C(15)}">Three of the largest manufacturers have told suppliers to expect smaller orders through the autumn.</span></div><img class="${C(16)}" src="/t.jpg" alt=""></a></div>`,
    },
  }),
  ['marketdesk.example', 'Carmakers cut chip orders', 'Three of the largest manufacturers'],
);

add(
  'comments as hashed divs: a count, a sort control, three comments with names, times and likes',
  FOURDAY,
  shell2('emotion', FOURDAY, {
    after: `<section class="${C(20)}"><h2 class="${C(21)}">27 Comments</h2><div class="${C(22)}"><span>Sort by</span> <button>Newest</button></div>${[
      ['prairiemom', 'My kids already go four days and honestly it has been fine. Fridays are for chores now.'],
      ['Ted_K', 'Who watches the little ones on Friday? The board never answered that question at all.'],
      ['localteacher88', 'Teachers in this district have waited years for something like this, good for the board.'],
    ]
      .map(
        ([n, t], i) =>
          `<div class="${C(23)}"><div class="${C(24)}"><span class="${C(25)}">${n}</span><span class="${C(26)}">${i + 2}h ago</span></div><p class="${C(27)}">${esc(t ?? '')}</p><div class="${C(28)}"><button>Reply</button><span>${12 - i * 4} likes</span></div></div>`,
      )
      .join('')}<button class="${C(29)}">Load more comments</button></section>`,
  }),
  [
    '27 Comments',
    'Sort by',
    'prairiemom',
    'Fridays are for chores now',
    'Who watches the little ones',
    'Teachers in this district have waited',
    'Load more comments',
    'Reply',
  ],
);

add(
  'caption and credit under an image without <figure>, hashed classes',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      0: `<div class="${C(30)}"><img src="/fire.jpg" alt="Smoke over the ridge"><div class="${C(31)}"><span class="${C(32)}">Smoke rises over the ridge above Cedar Hollow early on Saturday.</span> <span class="${C(33)}">Jonah Pike / Metro Ledger</span></div></div>`,
    },
  }),
  ['Smoke rises over the ridge', 'Jonah Pike / Metro Ledger'],
);

const LATEST = Array.from({ length: 40 }, (_, i) => `Council notebook item number ${i + 1} on parking and parks`);
add(
  '40 linked headlines in one paragraph separated by " | "',
  RECOUNT,
  shell2('tailwind', RECOUNT, {
    after: `<p class="mx-auto max-w-6xl px-4 text-sm">${LATEST.map((h) => link2(h, 'politics')).join(' | ')}</p>`,
  }),
  ['Council notebook item number 1 ', 'Council notebook item number 40'],
);

add(
  '"Up next" with a countdown and a linked headline at the end of the body',
  STRIKE,
  shell2('emotion', STRIKE, {
    tail: `<div class="${C(40)}"><span class="${C(41)}">Up next</span><a class="${C(42)}" href="/health/2026/04/flu-season-peaks-early"><span>Flu season peaks early in the north</span></a><span class="${C(43)}">Playing in 5</span><button class="${C(44)}">Cancel</button></div>`,
  }),
  ['Up next', 'Flu season peaks early', 'Playing in 5', 'Cancel'],
);

add(
  'trending ticker between the byline and the first paragraph',
  DREDGE,
  shell2('emotion', DREDGE, {
    at: {
      [-1]: `<div class="${C(50)}"><strong class="${C(51)}">Trending:</strong> ${HEADS.slice(0, 4)
        .map((h) => link2(h))
        .join(' <span aria-hidden="true">·</span> ')}</div>`,
    },
  }),
  ['Trending:', ...HEADS.slice(0, 4)],
);

const CELEB = [
  ['Singer’s surprise wedding on a Greek island', 'Hello Daily'],
  ['Actor, 71, shows off his new look at premiere', 'StarWatch'],
  ['Inside the reality star’s 12 million mansion', 'Glitz'],
  ['Royal couple’s awkward moment caught on camera', 'Hello Daily'],
  ['TV chef splits from husband after 20 years', 'StarWatch'],
  ['Model’s daughter steals the show in Paris', 'Glitz'],
];
add(
  'celebrity headlines each followed by " - Source", as a list after the article',
  CHIPPLANT,
  shell2('portal', CHIPPLANT, {
    after: `<ul class="stream-items">${CELEB.map(([h, s]) => `<li class="stream-item">${link2(h ?? '', 'entertainment')} - <span class="provider">${s}</span></li>`).join('')}</ul>`,
  }),
  CELEB.map((c) => c[0] ?? ''),
);

add(
  'Newspack homepage-posts block in the body: three posts with excerpts',
  DREDGE,
  shell2('newspack', DREDGE, {
    at: {
      2: `<div class="wp-block-newspack-blocks-homepage-articles is-grid columns-3"><article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title">${link2('Mussel farmers count the cost of a wet spring', 'coast')}</h3><div class="excerpt"><p>Growers say low salinity after weeks of rain has slowed the spat and pushed back the harvest.</p></div></div></article><article><div class="entry-wrapper"><h3 class="entry-title">${link2('New pilot boat arrives after two-year wait', 'coast')}</h3><div class="excerpt"><p>The vessel replaces a boat that had been in service for more than thirty years.</p></div></div></article><article><div class="entry-wrapper"><h3 class="entry-title">${link2('Sailing club opens its doors to schools', 'coast')}</h3><div class="excerpt"><p>Pupils from four schools will learn to sail on Wednesday afternoons this summer.</p></div></div></article></div>`,
    },
  }),
  [
    'Mussel farmers count the cost',
    'low salinity after weeks of rain',
    'New pilot boat arrives',
    'replaces a boat that had been in service',
    'Sailing club opens its doors',
    'Pupils from four schools',
  ],
);

add(
  'registration wall between paragraphs, no word "subscribe"',
  LIGHTRAIL,
  shell2('tailwind', LIGHTRAIL, {
    at: {
      2: `<div class="my-10 rounded-2xl bg-slate-100 p-8"><p class="text-xl font-bold">This article is free to read, but you need to register.</p><p class="mt-2">Registration takes less than a minute and lets you read three more stories this month.</p><a class="mt-4 inline-block rounded bg-black px-6 py-2 text-white" href="/register">Register</a> <a class="ml-4 underline" href="/login">Already registered? Log in</a></div>`,
    },
  }),
  ['you need to register', 'Registration takes less than a minute', 'Already registered'],
);

add(
  'sign-up box with no form: heading, pitch, a link button',
  RECOUNT,
  shell2('emotion', RECOUNT, {
    tail: `<div class="${C(60)}"><h3 class="${C(61)}">Get The Valley Briefing</h3><p class="${C(62)}">Five things to know before work, every weekday morning.</p><a class="${C(63)}" href="/briefing">Sign me up</a></div>`,
  }),
  ['The Valley Briefing', 'Five things to know before work', 'Sign me up'],
);

add(
  'bio as the last paragraph in italics, no contact line, hashed page',
  STRIKE,
  shell2('emotion', STRIKE, {
    tail: `<p class="${C(70)}"><em>Kofi Annandale is the health correspondent for the Metro Ledger. He joined the paper in 2019 after a decade at regional radio stations.</em></p>`,
  }),
  ['is the health correspondent for the Metro Ledger', 'after a decade at regional radio'],
);

add(
  'video player text mid-body: "Now playing", a titled clip with its length, an autoplay switch',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      1: `<div class="${C(80)}"><div class="${C(81)}"><span class="${C(82)}">Now playing</span><p class="${C(83)}">Video: Crews cut a line on the ridge (1:12)</p></div><div class="${C(84)}"><span>Autoplay</span><button role="switch" aria-checked="true">On</button></div></div>`,
    },
  }),
  ['Now playing', 'Video: Crews cut a line on the ridge', 'Autoplay'],
);

add(
  'share counts and buttons as hashed spans after the headline',
  BENCHES,
  shell2('emotion', BENCHES, {
    at: {
      [-1]: `<div class="${C(90)}"><span class="${C(91)}">1.4K shares</span><span class="${C(92)}">Tweet</span><span class="${C(93)}">Share on WhatsApp</span><span class="${C(94)}">Pin it</span></div>`,
    },
  }),
  ['1.4K shares', 'Tweet', 'Share on WhatsApp', 'Pin it'],
);

add(
  'Tailwind "More in Schools" row above the body, label in a <p>, times after links',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    at: {
      [-1]: `<div class="not-prose mb-8 border-y py-4"><p class="text-xs font-bold uppercase">More in Schools</p><div class="mt-2 grid grid-cols-3 gap-4">${['Bus routes redrawn for the autumn term', 'Teachers’ pay talks stall again', 'New principal named at Pine Ridge High'].map((h, i) => `<div>${link2(h, 'schools', ' class="font-semibold"')}<p class="text-xs text-gray-500">${i + 2} days ago</p></div>`).join('')}</div></div>`,
    },
  }),
  ['More in Schools', 'Bus routes redrawn', 'Teachers’ pay talks stall', 'New principal named'],
);

// ---- Guards --------------------------------------------------------------------------------------------
const QA = [
  [
    'Why Fridays?',
    'Because most of our sports fixtures and appointments already fall on Fridays, so it was the day pupils missed most often.',
  ],
  [
    'Will pupils learn less?',
    'We looked at districts that made the change ten years ago, and their test results did not fall.',
  ],
];
add(
  'guard: a short Q&A with bold one-line questions',
  FOURDAY,
  shell2('emotion', FOURDAY, {
    tail: `<h2>Questions for the superintendent</h2>${QA.map(([q, a]) => `<p><strong>${esc(q ?? '')}</strong></p><p>${esc(a ?? '')}</p>`).join('')}`,
  }),
  [],
  ['Questions for the superintendent', ...QA.flat()],
);

const TIMES = [
  '11:48 p.m. — First call reports flames beside the quarry road',
  '1:30 a.m. — Deputies begin door-to-door evacuations',
  '6:05 a.m. — Helicopters start water drops from the reservoir',
];
add(
  'guard: a timeline with clock times in a list',
  BRUSHFIRE,
  shell2('tailwind', BRUSHFIRE, {
    tail: `<h3>How the night unfolded</h3><ul>${TIMES.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`,
  }),
  [],
  TIMES,
);

add(
  'guard: an update note above the story, and a bracketed note inside it',
  BRUSHFIRE,
  shell2('arc', BRUSHFIRE, {
    at: {
      [-1]: `<p><strong>Update, 4 p.m.:</strong> The evacuation order for Larkspur Lane has been lifted, the sheriff’s office said.</p>`,
      2: `<p>[This story will be updated as more information becomes available.]</p>`,
    },
  }),
  [],
  [
    'Update, 4 p.m.: The evacuation order for Larkspur Lane has been lifted',
    '[This story will be updated as more information becomes available.]',
  ],
);

const HELP = [
  ['State nurses’ board: what a strike means for your care', 'https://nursingboard.example/strike-care'],
  ['Hospital patient line: rescheduled operations', 'https://stbrendans.example/patients'],
  ['Union strike bulletin with picket times', 'https://nursesunion.example/bulletin'],
];
add(
  'guard: the story’s own list of outside resources, announced with a colon',
  STRIKE,
  shell2('emotion', STRIKE, {
    tail: `<p>Patients with questions about their appointments can find more information here:</p><ul>${HELP.map(([t, u]) => `<li><a href="${u}">${esc(t ?? '')}</a></li>`).join('')}</ul>`,
  }),
  [],
  HELP.map((h) => h[0] ?? ''),
);

const TABLE = [
  ['Cedar Hollow', '212', '61'],
  ['North Gate', '48', '9'],
  ['Cathedral Hill', '35', '0'],
];
add(
  'guard: a table of counts in hashed-class markup',
  BENCHES,
  shell2('emotion', BENCHES, {
    at: {
      2: `<div class="${C(95)}"><table class="${C(96)}"><thead><tr><th>Area</th><th>Benches</th><th>With arms</th></tr></thead><tbody>${TABLE.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`,
    },
  }),
  [],
  ['Cedar Hollow 212 61', 'North Gate 48 9', 'Cathedral Hill 35 0'],
);
