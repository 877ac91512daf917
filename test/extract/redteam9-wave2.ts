// The ninth red-team set, second wave, written after the first fixes and before the cleaner was run on it: the
// same two shapes, harder. Closing headlines that carry an extra (an age, an outlet, a comment count, a date
// under a dek), a numbered run of links in one paragraph ("1. ... 2. ..."), short ages ("3h", "2d"), prose-like
// cards BEFORE the body, a 40-item "Latest" list whose items hold a dek each, and kickers split from the link by
// " •". Guards: the linked teams the story is about, a short last sentence with one link, and a timeline whose
// every entry is a full date and a linked event.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AQUIFER, AUDIT, D9, FERRY, FORTY9, H9, MAYORS, STARS9 } from './redteam9-stories.js';

export const CASES_WAVE2_9: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE2_9.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const last = (s: Story): number => s.paras.length - 1;
const five = [0, 1, 2, 3, 4];

add(
  'one closing headline with "3 hours ago" beside it, no label',
  AQUIFER,
  shell2('ghost', AQUIFER, { at: { [last(AQUIFER)]: `<p>${link2(H9(4))} <span class="age">3 hours ago</span></p>` } }),
  [H9(4), '3 hours ago'],
);

add(
  'a closing pair with outlets: "(Reuters)" and "— The Guardian" after the links',
  MAYORS,
  page('wordpress', MAYORS, {
    slots: { [last(MAYORS)]: `<p>${link2(H9(5))} (Reuters)</p><p>${link2(H9(6))} — The Guardian</p>` },
  }),
  [H9(5), H9(6), '(Reuters)', '— The Guardian'],
);

add(
  'framework page: "Read next", then one card of kicker, headline, dek and date in divs, closing the body',
  AUDIT,
  shell7('soup', AUDIT, {
    at: {
      [last(AUDIT)]:
        `<div class="sc-z1x2c3 v4b">Read next</div><div class="sc-n5m6l7 k8j"><div class="sc-h9g8f7 d6s">Schools</div>${link7(H9(7))}<div class="sc-a5s4d3 f2g">${esc(D9(7))}</div><div class="sc-q1w2e3 r4t">Mar 4, 2019</div></div>`,
    },
  }),
  ['Read next', H9(7), D9(7), 'Mar 4, 2019'],
);

add(
  'a numbered run "1. <a> 2. <a> ..." of five links in one paragraph between paragraphs 2 and 3',
  FERRY,
  shell8('jannah', FERRY, {
    at: { 1: `<p>${five.map((i) => `${(i + 1).toString()}. ${link8(STARS9[i] ?? '', 'celebrity')}`).join(' ')}</p>` },
  }),
  five.map((i) => STARS9[i] ?? ''),
);

add(
  '5 items split by <br>, each "• <a> 3h" with short ages, after the last paragraph',
  AQUIFER,
  page('drupal', AQUIFER, {
    slots: {
      [last(AQUIFER)]:
        `<p>${five.map((i) => `• ${link2(STARS9[i + 5] ?? '', 'celebrity')} ${(i + 2).toString()}h`).join('<br>')}</p>`,
    },
  }),
  five.map((i) => STARS9[i + 5] ?? ''),
);

add(
  'prose-like cards BEFORE the body: five <h3> links with a dek each, no label, in the body container',
  MAYORS,
  shell2('ghost', MAYORS, {
    at: { [-1]: five.map((i) => `<h3>${link2(H9(i))}</h3><p>${esc(D9(i))}</p>`).join('') },
  }),
  [...five.map(H9), ...five.map(D9)],
);

add(
  'Arc XP: "Latest" and 40 list items after the body, each a link and a dek',
  AUDIT,
  shell2('arc', AUDIT, {
    tail: `<div class="latest-feed"><h2>Latest</h2><ol>${FORTY9.map((h, i) => `<li>${link2(h)}<p>${esc(D9(i))}</p></li>`).join('')}</ol></div>`,
  }),
  ['Latest', ...FORTY9.slice(0, 3), FORTY9[39] ?? '', D9(0), D9(11)],
);

add(
  '16 divs within the body after paragraph 3, each "Kicker • <a> • date"',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      2: `<div class="river">${STARS9.map((s, i) => `<div>${['Music', 'TV', 'Film', 'Style'][i % 4] ?? ''} • ${link7(s, 'showbiz')} • ${(i + 1).toString()} Mar 2019</div>`).join('')}</div>`,
    },
  }),
  [...STARS9, '1 Mar 2019'],
);

const TEAMS = ['Port Aldous Rovers', 'Skerry Athletic', 'Harbour Wanderers', 'Kestrel United'];
const TEAMS_PARA =
  'Four island and harbour clubs will play in the spring cup, and each has said it will use the ferry to reach away games.';
add(
  'guard: a closing list of the linked teams the story is about, bare names',
  { ...FERRY, paras: [...FERRY.paras, TEAMS_PARA] },
  shell2(
    'ghost',
    { ...FERRY, paras: [...FERRY.paras, TEAMS_PARA] },
    {
      at: { [FERRY.paras.length]: `<ul>${TEAMS.map((t) => `<li>${link2(t, 'teams')}</li>`).join('')}</ul>` },
    },
  ),
  [],
  TEAMS,
);

const SHORT = 'The board meets again on June 4.';
add(
  'guard: a short last sentence with one link, after the last long paragraph',
  AQUIFER,
  shell8('generatepress', AQUIFER, {
    at: { [last(AQUIFER)]: `<p>The board meets again on ${link8('June 4', 'calendar')}.</p>` },
  }),
  [],
  [SHORT],
);

const EVENTS = [
  ['Mar 4, 2025', 'The Gannet loses its port engine off Skerry Island'],
  ['May 12, 2025', 'County hires a passenger boat for the island run'],
  ['Aug 20, 2025', 'State agrees to pay for rebuilt Gannet engines'],
  ['Jan 9, 2026', 'The Gannet goes into dry dock at Port Aldous'],
  ['Apr 14, 2026', 'Gannet completes sea trials and is cleared to sail'],
];
add(
  'guard: a closing timeline whose every entry is a full date and a linked event of the ferry’s year',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      [last(FERRY)]:
        `<ul class="timeline">${EVENTS.map(([d, e]) => `<li>${d ?? ''}: ${link7(e ?? '', 'ferry')}</li>`).join('')}</ul>`,
    },
  }),
  [],
  EVENTS.map(([d, e]) => `${d ?? ''}: ${e ?? ''}`),
);
