// The tenth guard set, live blogs and image-card briefings, written before the cleaner was run on it. Live pages
// whose entries hold links: an entry that hands over to the full report as a linked headline, key points linking
// to the entries, entries whose headlines are their own permalinks, one-sentence updates with a link in the
// middle. Briefings whose items are image cards: a thumbnail, a linked headline and a summary, as cards in divs,
// as WordPress media-text blocks and as list items. The usual rail of other headlines sits beside each and goes.
import { esc, page } from './chrome-shells.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { FORTY9 } from './redteam9-stories.js';
import { BARRIER, BARRIER_ENTRIES, BARRIER_LINES, CARDS, CARD_ITEMS } from './guards10-stories.js';
import type { Story } from './chrome-stories.js';

export const CASES_LIVE_CARDS10: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = [], known?: string): void => {
  CASES_LIVE_CARDS10.push({
    name,
    story,
    html,
    chrome,
    article: [...story.paras, ...keep],
    ...(known ? { known } : {}),
  });
};
const last = (s: Story): number => s.paras.length - 1;
const RAIL = (from: number, link: (t: string) => string, label = 'Latest news'): string =>
  `<div class="latest-rail"><h3>${label}</h3><ul>${FORTY9.slice(from, from + 5)
    .map((h) => `<li>${link(h)}</li>`)
    .join('')}</ul></div>`;
const railPhrases = (from: number): string[] => [FORTY9[from] ?? '', FORTY9[from + 4] ?? ''];
const ld = (type: string): string =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': type,
    headline: BARRIER.title,
    coverageStartTime: '2026-06-18T19:00:00Z',
  })}</script>`;
const summary = BARRIER.paras.map((p) => `<p>${esc(p)}</p>`).join('');
const REPORT = 'Council backs the Kettle Lock barrier by 31 votes to 9';

add(
  'live: entries of a time, a heading and a paragraph, one entry handing over to the full report as a linked headline',
  BARRIER,
  page('ghost', BARRIER, {
    head: ld('LiveBlogPosting'),
    body: `${summary}<div class="live-feed"><div class="live-entry"><time>22:10</time><h3>Our full report</h3><p>The story of tonight’s vote, with reaction from both sides: ${link2(REPORT, 'local')}</p></div>${BARRIER_ENTRIES.map(
      ([t, h, s]) => `<div class="live-entry"><time>${t}</time><h3>${esc(h)}</h3><p>${esc(s)}</p></div>`,
    ).join('')}</div>`,
    after: RAIL(0, (t) => link2(t)),
  }),
  railPhrases(0),
  [
    `The story of tonight’s vote, with reaction from both sides: ${REPORT}`,
    ...BARRIER_ENTRIES.flatMap(([, h, s]) => [h, s]),
  ],
);

add(
  'live: key points as a list of links to the entries below, in a Brightspot page',
  BARRIER,
  shell2('brightspot', BARRIER, {
    at: {
      [-1]: `<h2>Key points</h2><ul class="key-points">${BARRIER_ENTRIES.map(
        ([, h], i) => `<li><a href="#entry-${String(i + 1)}">${esc(h)}</a></li>`,
      ).join('')}</ul>`,
      [last(BARRIER)]: BARRIER_ENTRIES.map(
        ([t, h, s], i) =>
          `<div id="entry-${String(i + 1)}" class="entry"><span class="stamp">${t}</span><h3>${esc(h)}</h3><p>${esc(s)}</p></div>`,
      ).join(''),
    },
    side: RAIL(5, (t) => link2(t)),
  }),
  railPhrases(5),
  ['Key points', ...BARRIER_ENTRIES.flatMap(([, h, s]) => [h, s])],
);

add(
  'live: each entry’s heading a link to its own permalink, over a short paragraph, in a WordPress live theme',
  BARRIER,
  shell8('generatepress', BARRIER, {
    at: {
      [last(BARRIER)]: BARRIER_ENTRIES.map(
        ([t, h, s], i) =>
          `<article class="liveblog-entry"><header><time>${t}</time><h3><a href="/live/flood-barrier-vote-live#post-${String(90 + i)}">${esc(h)}</a></h3></header><p>${esc(s)}</p></article>`,
      ).join(''),
    },
    side: RAIL(10, (t) => link8(t)),
  }),
  railPhrases(10),
  BARRIER_ENTRIES.flatMap(([, h, s]) => [h, s]),
);

add(
  'live: one-sentence updates, each with a time and a link in the middle of the sentence, in a list',
  BARRIER,
  shell2('arc', BARRIER, {
    at: {
      [last(BARRIER)]: `<ul class="live-timeline">${BARRIER_LINES.map(
        ([t, a, l, b]) => `<li><time>${t}</time> ${esc(a)} ${link2(l, 'local')} ${esc(b)}</li>`,
      ).join('')}</ul>`,
    },
    side: RAIL(15, (t) => link2(t)),
  }),
  railPhrases(15),
  BARRIER_LINES.map(([t, a, l, b]) => `${t} ${a} ${l} ${b}`),
);

const img = (h: string): string =>
  `<img src="/img/${encodeURIComponent(h.slice(0, 12))}.jpg" alt="" width="320" height="180">`;

add(
  'image cards: a briefing handed over with a colon, each card a linked thumbnail, a linked <h3> and a summary',
  CARDS,
  shell2('tailwind', CARDS, {
    at: {
      [last(CARDS)]: `<div class="grid grid-cols-1 gap-6">${CARD_ITEMS.map(
        ([h, s]) =>
          `<div class="card rounded-lg shadow"><a href="/news/2026/04/${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${img(h)}</a><div class="p-4"><h3 class="text-lg font-bold">${link2(h)}</h3><p class="text-sm">${esc(s)}</p></div></div>`,
      ).join('')}</div>`,
    },
    side: RAIL(20, (t) => link2(t), 'Most read'),
  }),
  railPhrases(20),
  CARD_ITEMS.flat(),
);

add(
  'image cards: WordPress media-text blocks, an image beside a linked heading and a summary',
  CARDS,
  page('wordpress', CARDS, {
    slots: {
      [last(CARDS)]: CARD_ITEMS.map(
        ([h, s]) =>
          `<div class="wp-block-media-text is-stacked-on-mobile"><figure class="wp-block-media-text__media">${img(h)}</figure><div class="wp-block-media-text__content"><h4 class="wp-block-heading">${link2(h)}</h4><p>${esc(s)}</p></div></div>`,
      ).join(''),
    },
  }),
  ['Harbour festival returns with tall ships'],
  CARD_ITEMS.flat(),
);

add(
  'image cards: a <ul> whose items are a thumbnail, a linked headline and a summary, in a Jannah page',
  CARDS,
  shell8('jannah', CARDS, {
    at: {
      [last(CARDS)]: `<ul class="briefing-list">${CARD_ITEMS.map(
        ([h, s]) => `<li class="briefing-item">${img(h)}<h4>${link8(h, '2026/06')}</h4><p>${esc(s)}</p></li>`,
      ).join('')}</ul>`,
    },
    side: RAIL(25, (t) => link8(t)),
  }),
  railPhrases(25),
  CARD_ITEMS.flat(),
);
