// The second red-team set, round 8, written after round 7's fixes and before the cleaner was run on it: a
// WordPress embed, an <object>'s fallback text, a 16-item rail with " - " times mid-body, "Read also" cards
// with hashed classes, a celebrity rail above the body with " | Source", AMP's next-page box, Chorus and BLOX
// footers, Medium's member and "get an email" boxes, Brightspot's load-more list, an Arc bio card, a portal's
// recommended list with " · ", ad notes, a comment box, a numbered list mid-body, and a section front.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, CHIPPLANT, DREDGE, FOURDAY, LIGHTRAIL, RECOUNT, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES8: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES8.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const C = (n: number): string => hashed('css-', n + 800);

const SIXTEEN = [
  'Pharmacy chain to close six branches',
  'Two arrested after a break-in at the marina',
  'River festival returns with a night parade',
  'Council tax bills to rise by four per cent',
  'Crossing guard honoured after 40 years',
  'Roadworks to shut Mill Lane for a month',
  'Library wins a prize for its reading garden',
  'Hospital car park fees cut for night staff',
  'Fire crews called to a barn blaze in Eastfield',
  'Youth orchestra plays to a sold-out hall',
  'Dog walkers asked to keep off the dunes',
  'New bakery queues stretch around the block',
  'Football club appoints its first woman chair',
  'Allotment waiting list reaches three years',
  'Cinema to show silent films with live piano',
  'Bin collections change over the holiday',
];

add(
  'WordPress embed: a blockquote card and its iframe, mid-body',
  LIGHTRAIL,
  shell2('newspack', LIGHTRAIL, {
    at: {
      2: `<figure class="wp-block-embed is-type-wp-embed"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="q8Zx"><a href="https://transitwatch.example/2026/03/airport-line-costs-explained/">Airport line costs, explained</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="“Airport line costs, explained” — Transit Watch" src="https://transitwatch.example/2026/03/airport-line-costs-explained/embed/#?secret=q8Zx" data-secret="q8Zx" width="500" height="282"></iframe></div></figure>`,
    },
  }),
  ['Airport line costs, explained', 'Transit Watch'],
);

add(
  'an <object> chart with fallback text inside the body',
  RECOUNT,
  shell2('chorus', RECOUNT, {
    at: {
      1: `<object data="/graphics/ward7-turnout.svg" type="image/svg+xml" width="600" height="400"><p>Your browser cannot display this graphic. Open it in a new window to see the turnout chart.</p></object>`,
    },
  }),
  ['cannot display this graphic', 'Open it in a new window'],
);

add(
  '16 linked headlines with " - " times, mid-body, no heading',
  FOURDAY,
  shell2('emotion', FOURDAY, {
    at: {
      2: `<ul class="${C(1)}">${SIXTEEN.map((h, i) => `<li class="${C(2)}">${link2(h, 'local')} - <time>${i + 1} hours ago</time></li>`).join('')}</ul>`,
    },
  }),
  SIXTEEN,
);

add(
  '"Read also" card with hashed classes, picture and headline in one link',
  STRIKE,
  shell2('emotion', STRIKE, {
    at: {
      1: `<div class="${C(10)}"><span class="${C(11)}">Read also</span><a class="${C(12)}" href="/health/2026/04/agency-nurses-cost-the-hospital-millions"><img src="/a.jpg" alt=""><span class="${C(13)}">Agency nurses cost the hospital millions last year</span></a></div>`,
    },
  }),
  ['Read also', 'Agency nurses cost the hospital millions'],
);

const STARS = [
  ['Pop duo announce a farewell tour', 'StarWatch'],
  ['Soap actor’s beach wedding in pictures', 'Glitz'],
  ['Chef reveals the secret of his Sunday roast', 'Hello Daily'],
  ['Comedian’s new look stuns fans', 'StarWatch'],
  ['Inside the singer’s countryside retreat', 'Glitz'],
];
add(
  'celebrity rail above the body, each "Headline | Source", hashed classes, no label',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      [-1]: `<div class="${C(20)}">${STARS.map(([h, s]) => `<a class="${C(21)}" href="/showbiz/2026/04/${(h ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}"><img src="/s.jpg" alt=""><span>${esc(h ?? '')} | ${s}</span></a>`).join('')}</div>`,
    },
  }),
  STARS.map((s) => s[0] ?? ''),
);

add(
  'AMP next-page box: a separator label and recommended articles',
  STRIKE,
  shell2('amp', STRIKE, {
    after: `<amp-next-page><div separator><span class="sep">Next article</span></div><div recommendation-box class="recs">${HEADS3('health')}</div></amp-next-page>`,
  }),
  ['Next article', 'Flu season peaks early', 'Ambulance waits fall', 'Clinic opening hours change'],
);

function HEADS3(folder: string): string {
  return [
    'Flu season peaks early in the north',
    'Ambulance waits fall for a second month',
    'Clinic opening hours change in May',
  ]
    .map((h) => `<div class="rec">${link2(h, folder)}</div>`)
    .join('');
}

add(
  'Chorus footer: "Most Popular" numbered list and a "More in Politics" row',
  RECOUNT,
  shell2('chorus', RECOUNT, {
    after: `<div class="c-article-footer"><div class="c-popular"><h2>Most Popular</h2><ol>${SIXTEEN.slice(0, 5)
      .map((h) => `<li>${link2(h)}</li>`)
      .join('')}</ol></div><div class="c-more"><h2>More in Politics</h2>${SIXTEEN.slice(5, 8)
      .map((h) => `<div class="c-compact-river__entry">${link2(h, 'politics')}</div>`)
      .join('')}</div></div>`,
  }),
  ['Most Popular', 'More in Politics', ...SIXTEEN.slice(0, 8)],
);

add(
  'BLOX: "Related to this story" list in the body, most-popular tabs in the side',
  FOURDAY,
  shell2('blox', FOURDAY, {
    at: {
      3: `<div id="tncms-block-related" class="asset-related-items"><h4>Related to this story</h4><ul class="list-unstyled">${['Board names a new superintendent', 'Pine Ridge levy fails by 40 votes'].map((h) => `<li>${link2(h, 'education')}</li>`).join('')}</ul></div>`,
    },
    side: `<div class="tnt-most-popular"><ul class="nav-tabs"><li>Articles</li><li>Images</li><li>Videos</li></ul><ol>${SIXTEEN.slice(
      8,
      13,
    )
      .map((h) => `<li>${link2(h)}</li>`)
      .join('')}</ol></div>`,
  }),
  ['Related to this story', 'Board names a new superintendent', 'Pine Ridge levy fails', ...SIXTEEN.slice(8, 13)],
);

add(
  'Medium: "Member-only story" on top, a "get an email" box at the bottom',
  BENCHES,
  shell2('medium', BENCHES, {
    at: { [-1]: `<div class="ab q"><p class="bf b bg z du">Member-only story</p></div>` },
    tail: `<div class="ab cb"><div class="ab"><h2 class="bf b">Get an email whenever Rosalind Achebe publishes.</h2><p class="bf b">Stories about walking, towns and the people in them.</p><button>Subscribe</button></div></div>`,
  }),
  ['Member-only story', 'Get an email whenever', 'Stories about walking, towns'],
);

add(
  'Brightspot "More Stories" list with a "Load More" button',
  LIGHTRAIL,
  shell2('brightspot', LIGHTRAIL, {
    after: `<ps-list-loadmore class="ListLoadMore"><h2 class="ListLoadMore-title">More Stories</h2><div class="ListLoadMore-items">${SIXTEEN.slice(
      0,
      6,
    )
      .map(
        (h) =>
          `<div class="ListLoadMore-items-item"><div class="PromoC"><div class="PromoC-title">${link2(h)}</div></div></div>`,
      )
      .join('')}</div><div class="ListLoadMore-nextPage"><a href="?page=2">Load More</a></div></ps-list-loadmore>`,
  }),
  ['More Stories', 'Load More', ...SIXTEEN.slice(0, 6)],
);

add(
  'Arc author card at the end: photo, name, social links, one-line bio, follow',
  BRUSHFIRE,
  shell2('arc', BRUSHFIRE, {
    tail: `<div class="author-bio-card"><img src="/staff/ic.jpg" alt=""><div><a class="author-name" href="/people/ines-calloway/">Inés Calloway</a> <a href="https://x.example/icalloway">Twitter</a> <a href="mailto:ic@tribune.example">Email</a><p>Inés Calloway is a metro reporter at the Coastline Tribune covering wildfires, water and the county’s emergency services.</p><button>Follow</button></div></div>`,
  }),
  ['is a metro reporter at the Coastline Tribune', 'Twitter'],
);

add(
  'portal "Recommended Stories" each "Headline / Source · 3 min read"',
  CHIPPLANT,
  shell2('portal', CHIPPLANT, {
    after: `<div class="reco"><h3>Recommended Stories</h3>${SIXTEEN.slice(10, 15)
      .map((h, i) => `<div class="reco-item">${link2(h)}<div class="meta">Valley Post · ${i + 2} min read</div></div>`)
      .join('')}</div>`,
  }),
  ['Recommended Stories', 'Valley Post', ...SIXTEEN.slice(10, 15)],
);

add(
  'ad notes in hashed spans: "ADVERTISEMENT" and "Article continues after this ad"',
  DREDGE,
  shell2('emotion', DREDGE, {
    at: {
      1: `<div class="${C(30)}"><span class="${C(31)}">ADVERTISEMENT</span><div class="${C(32)}"></div></div>`,
      3: `<div class="${C(33)}"><span class="${C(34)}">Article continues after this ad</span></div>`,
    },
  }),
  ['ADVERTISEMENT', 'continues after this ad'],
);

add(
  'comment box at the end: count, moderation note, log-in prompt',
  DREDGE,
  shell2('tailwind', DREDGE, {
    tail: `<section class="mt-12 border-t pt-6"><h2 class="text-lg font-bold">Conversation (14)</h2><p class="text-sm text-gray-500">Comments are moderated and may take a few minutes to appear.</p><a class="mt-3 inline-block rounded border px-4 py-2" href="/login?next=comments">Log in to comment</a></section>`,
  }),
  ['Conversation (14)', 'Comments are moderated', 'Log in to comment'],
);

add(
  'numbered most-read list between two paragraphs, no label, Tailwind',
  BENCHES,
  shell2('tailwind', BENCHES, {
    at: {
      2: `<ol class="not-prose my-6 list-decimal space-y-1 pl-6 text-sm">${SIXTEEN.slice(3, 8)
        .map((h) => `<li>${link2(h)}</li>`)
        .join('')}</ol>`,
    },
  }),
  SIXTEEN.slice(3, 8),
);

// ---- Guards --------------------------------------------------------------------------------------------
const USES = [
  'Four new stations, at the stadium, Riverside, the business park and the airport.',
  'Twelve more trains, built to the design of the current fleet.',
  'A <a href="/transportation/2026/02/light-rail-maintenance-yard-plan">larger maintenance yard</a> beside the freight line.',
];
add(
  'guard: the story’s own list of sentences with a link inside one',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    at: { 1: `<p>The grant would pay for:</p><ul>${USES.map((u) => `<li>${u}</li>`).join('')}</ul>` },
  }),
  [],
  ['Four new stations, at the stadium', 'Twelve more trains', 'larger maintenance yard beside the freight line'],
);

const CANDIDATES = [
  ['Delphine Moreau', '4,119', '50.01%'],
  ['Gareth Llewellyn', '4,117', '49.99%'],
];
add(
  'guard: a results table whose first column links to candidate pages',
  RECOUNT,
  shell2('chorus', RECOUNT, {
    at: {
      2: `<table><thead><tr><th>Candidate</th><th>Votes</th><th>Share</th></tr></thead><tbody>${CANDIDATES.map(([n, v, s]) => `<tr><td>${link2(n ?? '', 'people')}</td><td>${v}</td><td>${s}</td></tr>`).join('')}</tbody></table>`,
    },
  }),
  [],
  ['Delphine Moreau 4,119 50.01%', 'Gareth Llewellyn 4,117 49.99%'],
);

add(
  'guard: an embedded post quoted in a blockquote, with its link and date',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      2: `<blockquote class="${C(40)}"><p>Crews have stopped the forward spread of the Quarry Road fire. Larkspur Lane stays closed while the line is repaired. <a href="https://social.example/countyfire/status/1">social.example/countyfire</a></p>— County Fire District (@countyfire) April 18, 2026</blockquote>`,
    },
  }),
  [],
  [
    'Crews have stopped the forward spread of the Quarry Road fire.',
    'Larkspur Lane stays closed while the line is repaired.',
  ],
);

add(
  'guard: a clarification at the end in hashed italics',
  CHIPPLANT,
  shell2('emotion', CHIPPLANT, {
    tail: `<p class="${C(50)}"><em>Clarification: This story has been updated to say that the state’s incentives are tied to hiring targets, not to the plant’s opening date.</em></p>`,
  }),
  [],
  ['Clarification: This story has been updated to say that the state’s incentives are tied to hiring targets'],
);

const NUMBERS = [
  '212 benches inside the old walls',
  '67 with arms to push up from',
  '0 on the steep streets north of the cathedral',
];
add(
  'guard: "By the numbers" short bold lines',
  BENCHES,
  shell2('ghost', BENCHES, {
    at: {
      2: `<h3>By the numbers</h3>${NUMBERS.map((n) => `<p><strong>${esc(n.split(' ')[0] ?? '')}</strong> ${esc(n.split(' ').slice(1).join(' '))}</p>`).join('')}`,
    },
  }),
  [],
  ['By the numbers', ...NUMBERS],
);

/** A section front of hashed classes: headlines and times only, which must stay "no article found". */
export const HASHED_FRONT = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Metro | The Metro Ledger</title></head><body><div id="__next"><main class="${C(60)}"><h1 class="${C(61)}">Metro</h1>${SIXTEEN.map((h, i) => `<div class="${C(62)}"><a class="${C(63)}" href="/metro/2026/04/m${i}-${h.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3 class="${C(64)}">${esc(h)}</h3></a><span class="${C(65)}">${i + 1}h ago</span></div>`).join('')}</main></div></body></html>`;
