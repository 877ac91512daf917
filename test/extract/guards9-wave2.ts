// The ninth guard set, second wave, written after the first fixes and before the cleaner was run on it: the same
// genres in other markup. A briefing handed over with a colon whose items are bold linked headlines with a full
// stop, items naming their outlet in brackets, reading-list items "by Author, in Outlet", a food guide of six
// numbered linked subheadings, a closing linked sentence pointing to a video, an "Update" whose news is the link,
// a league table with linked teams, unlabelled result lines "<a>Name</a> (Party): 1,486 votes", a timeline as a
// definition list, a standfirst that is one linked sentence, and "<a>Opinion</a> |" before a standfirst.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import {
  BRIEFING,
  BRIEF_ITEMS,
  EATS,
  EAT_ITEMS,
  HOSTEL,
  LEAGUE,
  LEAGUE_ROWS,
  PIERFIRE,
  PIER_EVENTS,
  READING,
  READING_ITEMS,
  TEACHERS9,
  WARDS,
  WARD_ROWS,
} from './guards9-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { FORTY9 } from './redteam9-stories.js';

export const CASES_WAVE2_G9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = [], known?: string): void => {
  CASES_WAVE2_G9.push({ name, story, html, chrome, article: [...story.paras, ...keep], ...(known ? { known } : {}) });
};
const last = (s: Story): number => s.paras.length - 1;
const RAIL = (from: number, link: (t: string) => string, label = 'Popular now'): string =>
  `<div class="popular"><h4>${label}</h4><ul>${FORTY9.slice(from, from + 5)
    .map((h) => `<li>${link(h)}</li>`)
    .join('')}</ul></div>`;
const railPhrases = (from: number): string[] => [FORTY9[from] ?? '', FORTY9[from + 4] ?? ''];

const COLON: Story = {
  ...BRIEFING,
  paras: [
    BRIEFING.paras[0] ?? '',
    'Here’s what you need to know before you start your day, from the strike to the court ruling on the harbour:',
  ],
};
add(
  'briefing with a colon handover: bold linked headlines ending in a full stop, the summary after them',
  COLON,
  shell2('tailwind', COLON, {
    at: {
      [last(COLON)]: BRIEF_ITEMS.map(([h, s]) => `<p>${link2(h, 'news', ' class="font-bold"')}. ${esc(s)}</p>`).join(
        '',
      ),
    },
    side: RAIL(0, (t) => link2(t)),
  }),
  railPhrases(0),
  BRIEF_ITEMS.map(([h, s]) => `${h}. ${s}`),
);

const OUTLETS = ['Halden Post', 'Court Wire', 'City Desk', 'Health Weekly', 'Rovers Fanzine'];
add(
  'briefing: each item a linked headline, the outlet in brackets, then the summary, in a BLOX page',
  BRIEFING,
  shell2('blox', BRIEFING, {
    at: {
      [last(BRIEFING)]: BRIEF_ITEMS.map(
        ([h, s], i) => `<p>${link2(h)} (${esc(OUTLETS[i] ?? '')}) — ${esc(s)}</p>`,
      ).join(''),
    },
    side: RAIL(5, (t) => link2(t)),
  }),
  railPhrases(5),
  BRIEF_ITEMS.map(([h, s], i) => `${h} (${OUTLETS[i] ?? ''}) — ${s}`),
);

const AUTHORS = ['Wren Abbott', 'Piet Smeding', 'Laila Haddad', 'Conor Breen'];
add(
  'reading list: <li>s of "<a>headline</a>, by Author, in Outlet" and a sentence, in a Medium-like post',
  READING,
  shell2('medium', READING, {
    at: {
      [last(READING)]: `<ul>${READING_ITEMS.map(
        ([h, o, s], i) => `<li>${link2(h, 'reads')}, by ${esc(AUTHORS[i] ?? '')}, in ${esc(o)}. ${esc(s)}</li>`,
      ).join('')}</ul>`,
    },
  }),
  [],
  READING_ITEMS.map(([h, o, s], i) => `${h}, by ${AUTHORS[i] ?? ''}, in ${o}. ${s}`),
);

add(
  'food guide: six numbered linked <h3> places, each over a paragraph',
  EATS,
  shell2('newspack', EATS, {
    at: {
      [last(EATS)]: EAT_ITEMS.map(
        ([n, d], i) => `<h3>${(i + 1).toString()}. ${link2(n, 'places')}</h3><p>${esc(d)}</p>`,
      ).join(''),
    },
    side: RAIL(10, (t) => link2(t)),
  }),
  railPhrases(10),
  EAT_ITEMS.flatMap(([n, d], i) => [`${(i + 1).toString()}. ${n}`, d]),
);

const VIDEO = 'Watch the whole council meeting, including the public questions, on the city’s video channel.';
add(
  'closing: a last paragraph that is one linked sentence pointing to a video of the meeting',
  HOSTEL,
  shell8('tdb', HOSTEL, {
    at: { [last(HOSTEL)]: `<p><a href="https://video.example/council/2026-06-10">${esc(VIDEO)}</a></p>` },
    side: RAIL(15, (t) => link8(t)),
  }),
  railPhrases(15),
  [VIDEO],
);

add(
  'closing: "Update (June 14):" and the news itself as the link, in an Arc page',
  HOSTEL,
  page('arc', HOSTEL, {
    slots: {
      [last(HOSTEL)]:
        `<p><em>Update (June 14):</em> ${link2('The council approved the hostel by seven votes to two', 'politics')}.</p>`,
    },
    after: RAIL(20, (t) => link2(t), 'Most read'),
  }),
  railPhrases(20),
  ['Update (June 14): The council approved the hostel by seven votes to two.'],
);

add(
  'league table: a <table> of linked teams, games played and points under "Standings"',
  LEAGUE,
  shell8('jannah', LEAGUE, {
    at: {
      [last(LEAGUE)]: `<h3>Standings</h3><table><tr><th>Team</th><th>P</th><th>Pts</th></tr>${LEAGUE_ROWS.map(
        ([t, p, pts]) => `<tr><td>${link8(t, 'teams')}</td><td>${p.toString()}</td><td>${pts.toString()}</td></tr>`,
      ).join('')}</table>`,
    },
    side: RAIL(25, (t) => link8(t)),
  }),
  railPhrases(25),
  ['Standings', ...LEAGUE_ROWS.map(([t]) => t)],
);

add(
  'results: unlabelled <p> lines "<a>Name</a> (Party): 1,486 votes" closing the body, in a Divi page',
  WARDS,
  shell8('divi', WARDS, {
    at: {
      [last(WARDS)]: WARD_ROWS.map(([n, p, v]) => `<p>${link8(n, 'people')} (${esc(p)}): ${v} votes</p>`).join(''),
    },
    side: RAIL(30, (t) => link8(t)),
  }),
  railPhrases(30),
  WARD_ROWS.map(([n, p, v]) => `${n} (${p}): ${v} votes`),
);

add(
  'timeline as a <dl>: month-year <dt>s over linked event <dd>s, in a Brightspot page',
  PIERFIRE,
  shell2('brightspot', PIERFIRE, {
    at: {
      [last(PIERFIRE)]: `<dl>${PIER_EVENTS.map(([d, e]) => `<dt>${d}</dt><dd>${link2(e, 'pier')}</dd>`).join('')}</dl>`,
    },
    side: RAIL(35, (t) => link2(t)),
  }),
  railPhrases(35),
  PIER_EVENTS.flat(),
);

const DEK = 'Forty subsidised flats are a gesture, not a housing policy, for a city that employs 3,000 teachers.';
add(
  'standfirst: one linked sentence before the first paragraph, in a hashed-class page',
  TEACHERS9,
  shell7('soup', TEACHERS9, {
    at: { [-1]: `<div class="dek">${link7(DEK, 'series')}</div>` },
    side: RAIL(0, (t) => link7(t)),
  }),
  railPhrases(0),
  [DEK],
);

add(
  'kicker: "<a>Opinion</a> |" and the standfirst in one paragraph, in a Ghost page',
  TEACHERS9,
  page('ghost', TEACHERS9, {
    slots: { [-1]: `<p class="dek"><a href="/opinion/">Opinion</a> | ${esc(DEK)}</p>` },
  }),
  [],
  [`Opinion | ${DEK}`],
);
