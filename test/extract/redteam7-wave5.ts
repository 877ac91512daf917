// The seventh red-team set's fifth wave, committed before the cleaner was run on it: the furniture of framework
// pages around the story in wordings the earlier waves did not use. A "Recommended for you" carousel with "Slide 1
// of 5" and its arrows, a row of "Gift this article", "Save" and a comment count, an AI summary's disclaimer (its points are the story's, as precision6 judged),
// "Report an error" and a corrections-policy link at the foot, an audio row "Listen · 5:32", a reading progress
// note "3 min left". Guards: an "Editor’s note:" at the head and an "Updated with ..." note at the foot, both the
// story's own.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { HEADS7 } from './redteam7-pages24.js';
import { link7, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX } from './redteam7-stories.js';

export const CASES_WAVE5: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE5.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';
const d = (n: number, inner: string): string =>
  `<div class="sc-${(n * 211).toString(36)}u n${n.toString()}">${inner}</div>`;

add(
  'a "Recommended for you" carousel with "Slide 1 of 5" and its arrows after the body of a framework page',
  GRIDFIX,
  shell7('soup', GRIDFIX, {
    tail: d(
      1,
      `${d(2, 'Recommended for you')}<button aria-label="Previous">‹</button>${[2, 4].map((i, k) => d(3, `${d(4, `Slide ${(k + 1).toString()} of 5`)}${link7(H(i))}`)).join('')}<button aria-label="Next">›</button>`,
    ),
  }),
  ['Recommended for you', 'Slide 1 of 5', H(2), H(4)],
);

add(
  'a row of "Gift this article", "Save" and a comment count under the headline of a framework page',
  CLINIC,
  shell7('soup', CLINIC, {
    at: {
      [-1]: d(
        5,
        `${d(6, '<button>Gift this article</button>')}${d(7, '<button>Save</button>')}${d(8, '<a href="#comments">48 comments</a>')}`,
      ),
    },
  }),
  ['Gift this article', '48 comments'],
);

add(
  'an AI summary box at the head of the body: its disclaimer goes, its points stay (precision6’s call: key points reviewed by an editor are the story’s)',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      [-1]: `<div><p><strong>Quick read</strong></p><ul><li>The county will pay for the ferry for three more years.</li><li>A smaller boat will be studied.</li></ul><p><small>This summary was generated with the help of AI and checked by our editors.</small></p></div>`,
    },
  }),
  ['This summary was generated'],
  ['The county will pay for the ferry for three more years.', 'A smaller boat will be studied.'],
);

add(
  '"Report an error" and a corrections-policy line at the foot of the article',
  CLINIC,
  shell7('classic', CLINIC, {
    tail: `<div><p>Spotted a mistake? <a href="/corrections/report">Report an error</a></p><p><a href="/about/corrections">Read our corrections policy</a></p></div>`,
  }),
  ['Spotted a mistake', 'Report an error', 'corrections policy'],
);

add(
  'an audio row "Listen · 5:32" and a progress note "3 min left" in a framework page',
  GRIDFIX,
  shell7('soup', GRIDFIX, {
    at: { [-1]: d(9, `<button>Listen · 5:32</button>`), 2: d(10, '3 min left') },
  }),
  ['Listen · 5:32', '3 min left'],
);

add(
  'guard: an "Editor’s note:" at the head and an "Updated with" note at the foot are the story’s own',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      [-1]: `<p><em>Editor’s note: The author’s family has lived on Heron Island since the 1950s.</em></p>`,
      5: `<p><em>This story has been updated with comment from the ferry operator.</em></p>`,
    },
  }),
  [],
  [
    'Editor’s note: The author’s family has lived on Heron Island since the 1950s.',
    'This story has been updated with comment from the ferry operator.',
  ],
);
