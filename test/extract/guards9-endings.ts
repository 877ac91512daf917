// The ninth guard set, second part, written before the cleaner was run on it: articles that end with their own
// short linked follow-ups ("Update:" with a link, "Read the full statement here.", a last sentence that is all one
// link), results tables, ranked lists and timelines with linked names beside numbers or dates, and articles that
// open with a linked "Analysis:" line, a linked kicker over a standfirst, or a standfirst that is one link.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import {
  HOSTEL,
  PIERFIRE,
  PIER_EVENTS,
  PORTDEAL,
  RECALL,
  SCHOOLS,
  SCHOOL_ROWS,
  TEACHERS9,
  WARDS,
  WARD_ROWS,
} from './guards9-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { FORTY9, STARS9 } from './redteam9-stories.js';

export const CASES_ENDINGS9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_ENDINGS9.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const last = (s: Story): number => s.paras.length - 1;
const RAIL = (from: number, link: (t: string) => string, label = 'Trending'): string =>
  `<section class="rail"><h3>${label}</h3><ul>${FORTY9.slice(from, from + 5)
    .map((h) => `<li>${link(h)}</li>`)
    .join('')}</ul></section>`;
const railPhrases = (from: number): string[] => [FORTY9[from] ?? '', FORTY9[from + 4] ?? ''];

const UPDATE = 'Update, June 12: The council has set a new date for the vote, July 3.';
add(
  'follow-up: a closing "Update:" line whose last words are a link to the new story',
  HOSTEL,
  shell2('chorus', HOSTEL, {
    at: {
      [last(HOSTEL)]:
        `<p><em>Update, June 12: The council has ${link2('set a new date for the vote', 'politics')}, July 3.</em></p>`,
    },
    side: RAIL(0, (t) => link2(t)),
  }),
  railPhrases(0),
  [UPDATE],
);

add(
  'follow-up: "Update:" in bold, then one linked sentence in the same paragraph',
  HOSTEL,
  page('brightspot', HOSTEL, {
    slots: {
      [last(HOSTEL)]:
        `<p><strong>Update:</strong> ${link2('The council will vote on the hostel on July 3 after a second consultation.', 'politics')}</p>`,
    },
    after: RAIL(5, (t) => link2(t), 'Most Popular'),
  }),
  railPhrases(5),
  ['Update: The council will vote on the hostel on July 3 after a second consultation.'],
);

add(
  'follow-up: "Read the full statement here." with "here" the link, closing the body',
  HOSTEL,
  shell8('sahifa', HOSTEL, {
    at: {
      [last(HOSTEL)]:
        `<p>Read the full statement from the charity <a href="https://shelterline.example/news/riverside-statement">here</a>.</p>`,
    },
    side: RAIL(10, (t) => link8(t)),
  }),
  railPhrases(10),
  ['Read the full statement from the charity here.'],
);

add(
  'follow-up: a last one-sentence paragraph that is all one link (the recall notice)',
  RECALL,
  shell2('emotion', RECALL, {
    at: {
      [last(RECALL)]:
        `<p><a href="https://brennholt.example/recall">The list of affected models and their serial numbers is on the Brennholt website.</a></p>`,
    },
    side: RAIL(15, (t) => link2(t)),
  }),
  railPhrases(15),
  ['The list of affected models and their serial numbers is on the Brennholt website.'],
);

add(
  'follow-up: a closing link line "Check your kettle: <a>model numbers</a>" and a celebrity rail after the article',
  RECALL,
  shell2('portal', RECALL, {
    at: {
      [last(RECALL)]:
        `<p>Check your kettle: <a href="https://brennholt.example/recall">affected model numbers and how to claim a refund</a></p>`,
    },
    after: `<div class="trending"><h3>Trending</h3><ul>${STARS9.slice(0, 6)
      .map((h) => `<li>${link2(h, 'celebrity')}</li>`)
      .join('')}</ul></div>`,
  }),
  [STARS9[0] ?? '', STARS9[5] ?? ''],
  ['Check your kettle: affected model numbers and how to claim a refund'],
);

add(
  'results: a table of linked candidates, party and votes',
  WARDS,
  shell2('blox', WARDS, {
    at: {
      [last(WARDS)]:
        `<table class="results"><thead><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr></thead><tbody>${WARD_ROWS.map(
          ([n, p, v]) => `<tr><td>${link2(n, 'people')}</td><td>${esc(p)}</td><td>${v}</td></tr>`,
        ).join('')}</tbody></table>`,
    },
    side: RAIL(20, (t) => link2(t)),
  }),
  railPhrases(20),
  WARD_ROWS.flat(),
);

add(
  'results: a <ul> of "<a>Candidate</a> (Party) votes" lines under a "Result" heading',
  WARDS,
  shell7('split', WARDS, {
    at: {
      [last(WARDS)]:
        `<h3>Result</h3><ul>${WARD_ROWS.map(([n, p, v]) => `<li>${link7(n, 'people')} (${esc(p)}) ${v}</li>`).join('')}</ul>`,
    },
    side: RAIL(25, (t) => link7(t)),
  }),
  railPhrases(25),
  WARD_ROWS.map(([n, p, v]) => `${n} (${p}) ${v}`),
);

add(
  'results: a ranked <ol> of linked schools with the share beside each',
  SCHOOLS,
  page('arc', SCHOOLS, {
    slots: {
      [last(SCHOOLS)]: `<ol>${SCHOOL_ROWS.map(([n, s]) => `<li>${link2(n, 'schools')} – ${s}</li>`).join('')}</ol>`,
    },
    after: RAIL(30, (t) => link2(t), 'More from Education'),
  }),
  railPhrases(30),
  SCHOOL_ROWS.map(([n, s]) => `${n} – ${s}`),
);

add(
  'results: linked schools and shares as <br> lines in one paragraph, in the Blogger template',
  SCHOOLS,
  shell8('blogspot', SCHOOLS, {
    at: {
      [last(SCHOOLS)]:
        `<p>${SCHOOL_ROWS.map(([n, s], i) => `${(i + 1).toString()}. ${link8(n, 'schools')} ${s}`).join('<br>')}</p>`,
    },
    side: RAIL(35, (t) => link8(t)),
  }),
  railPhrases(35),
  SCHOOL_ROWS.map(([n, s], i) => `${(i + 1).toString()}. ${n} ${s}`),
);

add(
  'timeline: a "Timeline" heading over month-year lines, each event linked',
  PIERFIRE,
  shell2('arc', PIERFIRE, {
    at: {
      [last(PIERFIRE)]:
        `<h3>Timeline</h3><ul>${PIER_EVENTS.map(([d, e]) => `<li><strong>${d}</strong> ${link2(e, 'pier')}</li>`).join('')}</ul>`,
    },
    side: RAIL(0, (t) => link2(t)),
  }),
  railPhrases(0),
  PIER_EVENTS.map(([d, e]) => `${d} ${e}`),
);

add(
  'timeline: unlabelled <p> lines of a month-year and a linked event, closing the body',
  PIERFIRE,
  shell8('drupal7news', PIERFIRE, {
    at: {
      [last(PIERFIRE)]: PIER_EVENTS.map(([d, e]) => `<p>${d}: ${link8(e, 'pier')}</p>`).join(''),
    },
    side: RAIL(5, (t) => link8(t)),
  }),
  railPhrases(5),
  PIER_EVENTS.map(([d, e]) => `${d}: ${e}`),
);

add(
  'kicker: the body opens with "Analysis:" as a link before the first paragraph\'s words',
  PORTDEAL,
  shell2('medium', PORTDEAL, {
    at: {
      [-1]: `<p><a href="/analysis/">Analysis:</a> why a deal about cranes is really about three small towns</p>`,
    },
  }),
  [],
  ['Analysis: why a deal about cranes is really about three small towns'],
);

add(
  'kicker: a linked "Opinion" label over a standfirst sentence before the body',
  TEACHERS9,
  shell8('divi', TEACHERS9, {
    at: {
      [-1]: `<p class="kicker"><a href="/opinion/">Opinion</a></p><p class="standfirst"><em>Forty subsidised flats will not keep 3,000 teachers in a city they cannot afford.</em></p>`,
    },
    side: RAIL(10, (t) => link8(t)),
  }),
  railPhrases(10),
  ['Forty subsidised flats will not keep 3,000 teachers in a city they cannot afford.'],
);

add(
  'standfirst: a linked series line, all one link, before the first paragraph',
  TEACHERS9,
  shell7('classic', TEACHERS9, {
    at: {
      [-1]: `<h2 class="standfirst">${link7('Part two of Priced Out: the teachers leaving the city they grew up in', 'series')}</h2>`,
    },
    side: RAIL(15, (t) => link7(t)),
  }),
  railPhrases(15),
  ['Part two of Priced Out: the teachers leaving the city they grew up in'],
);

add(
  'standfirst: a linked standfirst with the section kicker linked before it, in an AMP page',
  PORTDEAL,
  page('amp', PORTDEAL, {
    slots: {
      [-1]: `<p><a href="/business/">Business</a> | <a href="/analysis/port-deal">The new terminals need skills the harbour towns do not yet have</a></p>`,
    },
  }),
  [],
  ['The new terminals need skills the harbour towns do not yet have'],
);
