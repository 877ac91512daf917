// The ninth red-team set, round 29, written before the cleaner was run on it: teaser lists whose items carry
// extras beside the link, so that no item is link-only: a date ("3 hours ago", "Mar 4, 2019"), an outlet
// ("(Reuters)", "— The Guardian"), a comment count, a rank number, a category kicker, and a one-sentence dek under
// each headline (prose-like cards). Rails of 5, 16 and 40 items, before, within and after the body, with " -",
// " |" and "•" between items. Guards: a dated timeline of the story's own events (some linked), and a list of the
// linked candidates the story is about, each with a short note.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AQUIFER, AUDIT, D9, FERRY, FORTY9, H9, MAYORS, STARS9 } from './redteam9-stories.js';

export const CASES29: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES29.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const last = (s: Story): number => s.paras.length - 1;
const AGO = ['3 hours ago', '5 hours ago', '8 hours ago', '11 hours ago', '1 day ago'];
const DATES = ['Mar 4, 2019', 'Mar 3, 2019', 'Feb 28, 2019', 'Feb 26, 2019', 'Feb 21, 2019'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'Bloomberg'];
const KICKERS = ['Politics', 'Crime', 'Weather', 'Schools', 'Health'];
const five = [0, 1, 2, 3, 4];

add(
  'WordPress: "Latest" and 5 items after the body, each a link and "3 hours ago" in a span',
  AQUIFER,
  page('wordpress', AQUIFER, {
    slots: {
      [last(AQUIFER)]:
        `<h4>Latest</h4><ul class="latest-list">${five.map((i) => `<li>${link2(H9(i))} <span class="ago">${AGO[i] ?? ''}</span></li>`).join('')}</ul>`,
    },
  }),
  ['Latest', ...five.map(H9), ...AGO],
);

add(
  'framework page: 16 items with no label between paragraphs 2 and 3, kicker + link + date in divs',
  MAYORS,
  shell7('soup', MAYORS, {
    at: {
      1: `<div class="sc-x8c7v6 b5n">${STARS9.map((s, i) => `<div class="sc-m1n2b3 v4c"><div class="sc-k9j8h7 g6f">${KICKERS[i % 5] ?? ''}</div>${link7(s, 'entertainment')}<div class="sc-d5s4a3 p2o">${DATES[i % 5] ?? ''}</div></div>`).join('')}</div>`,
    },
  }),
  [...STARS9, 'Mar 4, 2019', 'Feb 21, 2019'],
);

add(
  'the issue’s shape: "Trending", a lone "-", and 16 headlines each followed by " -" after the last paragraph',
  AUDIT,
  shell8('generatepress', AUDIT, {
    at: {
      [last(AUDIT)]:
        `<p><strong>Trending</strong></p><p>-</p><p>${STARS9.map((s) => `${link8(s, 'celebrity')} -`).join(' ')}</p>`,
    },
  }),
  ['Trending', ...STARS9],
);

add(
  'tagDiv: numbered "Most read" of 40 before the body, each a rank, a link and a comment count',
  FERRY,
  shell8('tdb', FERRY, {
    at: {
      [-1]: `<div class="td_block_wrap td-most-read"><h4 class="block-title"><span>Most read</span></h4><ol>${FORTY9.map((s, i) => `<li><span class="rank">${(i + 1).toString()}</span> ${link8(s)} <span class="comments">${(i * 7 + 3).toString()} comments</span></li>`).join('')}</ol></div>`,
    },
  }),
  ['Most read', ...FORTY9, '3 comments', '276 comments'],
);

add(
  'wire portal: "Top headlines" of 16 after the article, each a link and "(Reuters)" or "(AP)", " -" between',
  AQUIFER,
  shell2('portal', AQUIFER, {
    tail: `<div class="top-headlines"><h3>Top headlines</h3><p>${STARS9.map((s, i) => `${link2(s, 'world')} (${OUTLETS[i % 4] ?? ''})`).join(' - ')}</p></div>`,
  }),
  ['Top headlines', ...STARS9, '(Reuters)', '(Bloomberg)'],
);

add(
  'Ghost: 5 prose-like cards after the last paragraph, no label, each an <h3> link and a one-sentence dek',
  MAYORS,
  shell2('ghost', MAYORS, {
    at: {
      [last(MAYORS)]: five.map((i) => `<h3>${link2(H9(i + 5))}</h3><p>${esc(D9(i + 5))}</p>`).join(''),
    },
  }),
  [...five.map((i) => H9(i + 5)), ...five.map((i) => D9(i + 5))],
);

add(
  'hashed cards with a dek, a date and an outlet between paragraphs 3 and 4, no label',
  AUDIT,
  shell2('emotion', AUDIT, {
    at: {
      2: `<div class="css-9k2l1m">${[0, 1, 2].map((i) => `<div class="css-p0o9i8"><a class="css-u7y6t5" href="/news/2026/04/c${i.toString()}"><div class="css-r4e3w2">${esc(H9(i + 2))}</div></a><div class="css-q1a2z3">${esc(D9(i + 2))}</div><div class="css-x4s5d6">${DATES[i] ?? ''} — The Guardian</div></div>`).join('')}</div>`,
    },
  }),
  [...[0, 1, 2].map((i) => H9(i + 2)), ...[0, 1, 2].map((i) => D9(i + 2)), '— The Guardian', 'Mar 3, 2019'],
);

add(
  'Drupal: 16 items in one paragraph after the body, link and date split by " |"',
  FERRY,
  page('drupal', FERRY, {
    slots: {
      [last(FERRY)]:
        `<p class="more-news">${STARS9.map((s, i) => `${link2(s, 'celebrity')} | ${DATES[i % 5] ?? ''}`).join(' | ')}</p>`,
    },
  }),
  [...STARS9, 'Mar 4, 2019'],
);

add(
  'hand-made site: 40 items after the body, each "•", a category kicker, a link and "12 comments"',
  AQUIFER,
  page('handmade', AQUIFER, {
    slots: {
      [last(AQUIFER)]:
        `<div class="more">${FORTY9.map((s, i) => `<div>• <b>${KICKERS[i % 5] ?? ''}</b> ${link2(s)} <small>${(i + 12).toString()} comments</small></div>`).join('')}</div>`,
    },
  }),
  [...FORTY9, '12 comments', '51 comments'],
);

add(
  'Jannah: "More from News" of 5 within the body, each kicker, link, dek and date',
  MAYORS,
  shell8('jannah', MAYORS, {
    at: {
      2: `<div class="more-from"><h4>More from News</h4>${five.map((i) => `<div class="post-item"><span class="post-cat">${KICKERS[i] ?? ''}</span><h5>${link8(H9(i + 7))}</h5><p class="excerpt">${esc(D9(i + 7))}</p><span class="date">${DATES[i] ?? ''}</span></div>`).join('')}</div>`,
    },
  }),
  ['More from News', ...five.map((i) => H9(i + 7)), ...five.map((i) => D9(i + 7)), 'Feb 28, 2019'],
);

add(
  'Brightspot: 5 items after the body with a rank and "— The Guardian" or "(AP)", no label',
  AUDIT,
  shell2('brightspot', AUDIT, {
    at: {
      [last(AUDIT)]:
        `<ol>${five.map((i) => `<li>${link2(H9(i))} ${i % 2 ? '(AP)' : '— The Guardian'}</li>`).join('')}</ol>`,
    },
  }),
  [...five.map(H9), '— The Guardian', '(AP)'],
);

const TIMELINE = [
  'March 2025: The Gannet’s port engine fails off Skerry Island and the ferry is towed back to harbour.',
  'May 2025: The county hires a passenger boat that cannot carry vehicles.',
  'August 2025: The state agrees to pay for two rebuilt engines and new steering gear.',
  'January 2026: The Gannet goes into dry dock at Port Aldous.',
  'April 2026: Sea trials are completed and the ferry is cleared to sail.',
];
add(
  'guard: a dated timeline of the ferry’s own year after the last paragraph, some entries linked',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      [last(FERRY)]: `<h3>Timeline</h3><ul>${TIMELINE.map((t, i) => {
        const [d, rest] = t.split(': ');
        return `<li><b>${d ?? ''}:</b> ${i % 2 ? `<a href="/news/ferry-${i.toString()}">${esc(rest ?? '')}</a>` : esc(rest ?? '')}</li>`;
      }).join('')}</ul>`,
    },
  }),
  [],
  TIMELINE,
);

const CANDIDATES = [
  'Marisol Etxeberria, city council member',
  'Thaddeus Green, retired fire chief',
  'Priya Halvorsen-Kaur, housing lawyer',
  'Owen Delacroix, council member',
  'Beatrix Lund, restaurant owner',
];
add(
  'guard: "The candidates" and a list of the five linked candidates, each with a short note, after the story',
  MAYORS,
  shell8('generatepress', MAYORS, {
    at: {
      [last(MAYORS)]: `<h3>The candidates</h3><ul>${CANDIDATES.map((c) => {
        const [n, note] = c.split(', ');
        return `<li>${link8(n ?? '', 'candidates')}, ${esc(note ?? '')}</li>`;
      }).join('')}</ul>`,
    },
  }),
  [],
  CANDIDATES,
);
