// The ninth guard set, first part, written before the cleaner was run on it: articles whose body is a short intro
// and then linked items (morning briefings, "What we're reading", a press review), listicles whose items are
// linked subheadings over a paragraph, a "Where to watch" list and a list of linked resources the article is
// about. Every item line is article text; the usual chrome (a "Most read" rail, related cards) sits around it.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import {
  BRIEFING,
  BRIEF_ITEMS,
  FARECARD,
  FARE_ITEMS,
  FINAL,
  HEATHELP,
  HEAT_ITEMS,
  PAPERS,
  PAPERS_ITEMS,
  READING,
  READING_ITEMS,
  WATCH_ITEMS,
} from './guards9-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { FORTY9 } from './redteam9-stories.js';

export const CASES_ROUNDUPS9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = [], known?: string): void => {
  CASES_ROUNDUPS9.push({ name, story, html, chrome, article: [...story.paras, ...keep], ...(known ? { known } : {}) });
};
const last = (s: Story): number => s.paras.length - 1;
const ext = (t: string, host: string): string =>
  `<a href="https://${host}.example/2026/06/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(t)}</a>`;
const host = (outlet: string): string => outlet.toLowerCase().replace(/[^a-z]+/g, '');

/** Chrome beside the article: a "Most read" rail of five other headlines (must go). */
const RAIL = (from: number, link: (t: string) => string): string =>
  `<section class="most-read"><h3>Most read</h3><ol>${FORTY9.slice(from, from + 5)
    .map((h) => `<li>${link(h)}</li>`)
    .join('')}</ol></section>`;
const railPhrases = (from: number): string[] => [FORTY9[from] ?? '', FORTY9[from + 4] ?? ''];

add(
  'briefing: intro, then five items of a linked <h3> headline and a <p> summary',
  BRIEFING,
  shell2('arc', BRIEFING, {
    at: {
      [last(BRIEFING)]: BRIEF_ITEMS.map(([h, s]) => `<h3>${link2(h)}</h3><p>${esc(s)}</p>`).join(''),
    },
    side: RAIL(0, (t) => link2(t)),
  }),
  railPhrases(0),
  BRIEF_ITEMS.flat(),
);

add(
  'briefing: items as <p><strong><a>headline</a></strong> summary</p>',
  BRIEFING,
  page('wordpress', BRIEFING, {
    slots: {
      [last(BRIEFING)]: BRIEF_ITEMS.map(([h, s]) => `<p><strong>${link2(h)}</strong> ${esc(s)}</p>`).join(''),
    },
  }),
  ['Harbour festival returns with tall ships'],
  BRIEF_ITEMS.map(([h, s]) => `${h} ${s}`),
);

add(
  'briefing: a <ul> whose items are a linked headline, a dash and the summary',
  BRIEFING,
  shell8('generatepress', BRIEFING, {
    at: {
      [last(BRIEFING)]: `<ul>${BRIEF_ITEMS.map(([h, s]) => `<li>${link8(h)} — ${esc(s)}</li>`).join('')}</ul>`,
    },
    side: RAIL(5, (t) => link8(t)),
  }),
  railPhrases(5),
  BRIEF_ITEMS.map(([h, s]) => `${h} — ${s}`),
);

add(
  'briefing: bullets of a bold linked headline, then the summary in its own <p>, in a hashed-class page',
  BRIEFING,
  shell7('soup', BRIEFING, {
    at: {
      [last(BRIEFING)]: BRIEF_ITEMS.map(([h, s]) => `<div><b>• ${link7(h)}</b></div><div>${esc(s)}</div>`).join(''),
    },
    side: RAIL(10, (t) => link7(t)),
  }),
  railPhrases(10),
  BRIEF_ITEMS.flat(),
);

add(
  '"What we\'re reading": items of a linked headline, the outlet in brackets and one sentence',
  READING,
  shell2('ghost', READING, {
    at: {
      [last(READING)]: READING_ITEMS.map(([h, o, s]) => `<p>${ext(h, host(o))} (${esc(o)})<br>${esc(s)}</p>`).join(''),
    },
    after: `<section class="read-next"><h3>Read next</h3>${FORTY9.slice(15, 18)
      .map((t) => `<article class="post-card"><h2 class="post-card-title">${link2(t)}</h2></article>`)
      .join('')}</section>`,
  }),
  [FORTY9[15] ?? '', FORTY9[17] ?? ''],
  READING_ITEMS.flatMap(([h, o, s]) => [`${h} (${o})`, s]),
);

add(
  '"What we\'re reading": a numbered list, each item a linked <h4>, the outlet and a sentence',
  READING,
  shell2('newspack', READING, {
    at: {
      [last(READING)]: `<ol>${READING_ITEMS.map(
        ([h, o, s]) => `<li><h4>${ext(h, host(o))}</h4><p><em>${esc(o)}</em> — ${esc(s)}</p></li>`,
      ).join('')}</ol>`,
    },
    side: RAIL(20, (t) => link2(t)),
  }),
  railPhrases(20),
  READING_ITEMS.flatMap(([h, o, s]) => [h, `${o} — ${s}`]),
);

add(
  'press review: the front pages as "Outlet: <a>lead headline</a>" lines, no summary',
  PAPERS,
  page('drupal', PAPERS, {
    slots: {
      [last(PAPERS)]: PAPERS_ITEMS.map(([o, h]) => `<p><strong>${esc(o)}:</strong> ${ext(h, host(o))}</p>`).join(''),
    },
  }),
  [],
  PAPERS_ITEMS.map(([o, h]) => `${o}: ${h}`),
);

add(
  'press review: a <ul> of linked leads with the outlet after a dash',
  PAPERS,
  shell8('jannah', PAPERS, {
    at: {
      [last(PAPERS)]: `<ul>${PAPERS_ITEMS.map(([o, h]) => `<li>${ext(h, host(o))} – ${esc(o)}</li>`).join('')}</ul>`,
    },
    side: RAIL(25, (t) => link8(t)),
  }),
  railPhrases(25),
  PAPERS_ITEMS.map(([o, h]) => `${h} – ${o}`),
);

add(
  'listicle: five numbered linked <h2> subheadings, each over a paragraph',
  FARECARD,
  shell7('classic', FARECARD, {
    at: {
      [last(FARECARD)]: FARE_ITEMS.map(
        ([h, s], i) => `<h2>${(i + 1).toString()}. ${link7(h, 'help')}</h2><p>${esc(s)}</p>`,
      ).join(''),
    },
    side: RAIL(30, (t) => link7(t)),
  }),
  railPhrases(30),
  FARE_ITEMS.flatMap(([h, s], i) => [`${(i + 1).toString()}. ${h}`, s]),
);

add(
  'listicle: linked <h3> subheadings with no numbers, each over a paragraph, in a Brightspot page',
  FARECARD,
  shell2('brightspot', FARECARD, {
    at: { [last(FARECARD)]: FARE_ITEMS.map(([h, s]) => `<h3>${link2(h, 'tally')}</h3><p>${esc(s)}</p>`).join('') },
    after: `<div class="related"><h2>Related Stories</h2><ul>${FORTY9.slice(35, 38)
      .map((t) => `<li>${link2(t)}</li>`)
      .join('')}</ul></div>`,
  }),
  [FORTY9[35] ?? '', FORTY9[37] ?? ''],
  FARE_ITEMS.flat(),
);

add(
  '"Where to watch": a short <ul> of linked broadcasters, each with its terms',
  FINAL,
  page('ghost', FINAL, {
    slots: {
      [last(FINAL)]: `<ul>${WATCH_ITEMS.map(([b, t]) => `<li>${ext(b, host(b))}: ${esc(t)}</li>`).join('')}</ul>`,
    },
  }),
  [],
  WATCH_ITEMS.map(([b, t]) => `${b}: ${t}`),
);

add(
  '"Where to watch": a labelled list of linked broadcasters alone, the terms after a comma',
  FINAL,
  shell8('tdb', FINAL, {
    at: {
      [last(FINAL)]:
        `<h3>Where to watch</h3><ul>${WATCH_ITEMS.map(([b, t]) => `<li>${ext(b, host(b))}, ${esc(t)}</li>`).join('')}</ul>`,
    },
    side: RAIL(0, (t) => link8(t)),
  }),
  railPhrases(0),
  ['Where to watch', ...WATCH_ITEMS.map(([b, t]) => `${b}, ${t}`)],
);

add(
  'resources: a list of linked services with what each offers, the subject of the article',
  HEATHELP,
  shell2('tailwind', HEATHELP, {
    at: {
      [last(HEATHELP)]:
        `<ul>${HEAT_ITEMS.map(([n, d]) => `<li>${link2(n, 'services')} — ${esc(d)}</li>`).join('')}</ul>`,
    },
    side: RAIL(10, (t) => link2(t)),
  }),
  railPhrases(10),
  HEAT_ITEMS.map(([n, d]) => `${n} — ${d}`),
);

add(
  'resources: each service a linked <h4> over a one-line <p>, closing the body',
  HEATHELP,
  shell8('elementor', HEATHELP, {
    at: {
      [last(HEATHELP)]: HEAT_ITEMS.map(([n, d]) => `<h4>${link8(n, 'services')}</h4><p>${esc(d)}</p>`).join(''),
    },
    side: RAIL(15, (t) => link8(t)),
  }),
  railPhrases(15),
  HEAT_ITEMS.flat(),
);
