// The seventh red-team set's fourth wave, committed before the cleaner was run on it: the shapes the first three
// waves left out. A contents list whose entries differ from the headings they point to (numbered, shortened), a
// pipe-separated "ALSO READ |" line of several headlines, "01"-"05" zero-padded "Most read" numbers, stamps in
// other wordings ("12 mins ago", "Updated 2 hours ago"), a sponsored-content card row between parts of a split
// body, a newsletter plug in prose with no form, an inline video card with its duration, an ordered list of linked
// headlines with no heading in a framework page. Guard: a list of in-page links that is the story's own (a
// timeline whose entries are sentences).
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { HEADS7 } from './redteam7-pages24.js';
import { link7, RIVER_HEADS, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX, RIVER } from './redteam7-stories.js';

export const CASES_WAVE4: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE4.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';
const d = (n: number, inner: string): string =>
  `<div class="sc-${(n * 173).toString(36)}v m${n.toString()}">${inner}</div>`;

add(
  'a contents list whose entries differ from the headings ("1. The map", "2. The storms", "3. The works")',
  RIVER,
  shell7('longread', RIVER, {
    at: {
      [-1]: `<ol>${Object.keys(RIVER_HEADS)
        .map(
          (k, i) =>
            `<li><a href="#s${k}">${(i + 1).toString()}. ${['The map', 'The storms', 'The works'][i] ?? ''}</a></li>`,
        )
        .join('')}</ol>`,
    },
  }),
  ['1. The map', '2. The storms', '3. The works'],
  Object.values(RIVER_HEADS),
);

add(
  'a pipe-separated "ALSO READ |" line of three headlines in one paragraph',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: { 2: `<p><strong>ALSO READ |</strong> ${link7(H(0))} | ${link7(H(2))} | ${link7(H(4))}</p>` },
  }),
  ['ALSO READ', H(0), H(2), H(4)],
);

add(
  'zero-padded "Most read" numbers (01 to 05) in divs after the body of a framework page',
  CLINIC,
  shell7('soup', CLINIC, {
    after: d(
      1,
      `${d(2, 'Most read')}${[1, 3, 5, 7, 9].map((i, k) => d(3, `${d(4, `0${(k + 1).toString()}`)}${d(5, link7(H(i)))}`)).join('')}`,
    ),
  }),
  ['Most read', H(1), H(3), H(5), H(7), H(9)],
);

add(
  'stamps in other wordings on a headline rail in the body ("12 mins ago", "Updated 2 hours ago")',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      3: `<div>${[6, 8].map((i, k) => `<div>${link7(H(i))}<div>${k ? 'Updated 2 hours ago' : '12 mins ago'}</div></div>`).join('')}</div>`,
    },
  }),
  [H(6), H(8), '12 mins ago', 'Updated 2 hours ago'],
);

add(
  'a sponsored-content row of cards ("Sponsored | <brand>", "Promoted by") between the parts of a split body',
  CLINIC,
  shell7('split', CLINIC, {
    at: {
      3: `<div><div>${['Sponsored | Kestrel Mattress Co', 'Promoted by Alder Valley Bank'].map((s, k) => `<a href="https://ads.example/${k.toString()}"><img src="/s/${k.toString()}.jpg" alt=""><span>${['Why sleep experts are switching to this mattress', 'Five ways to save on your winter heating bill'][k] ?? ''}</span><span>${s}</span></a>`).join('')}</div></div>`,
    },
  }),
  ['Kestrel Mattress Co', 'Promoted by', 'sleep experts are switching', 'save on your winter heating bill'],
);

add(
  'a newsletter plug in prose with a link and no form, between paragraphs',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      2: `<p><em>Want more stories like this from the islands? <a href="/newsletters/islands">Get our free weekly Islands newsletter</a>.</em></p>`,
    },
  }),
  ['Want more stories like this', 'free weekly Islands newsletter'],
);

add(
  'an inline video card with its duration ("Watch", "02:14") between paragraphs of a framework page',
  GRIDFIX,
  shell7('soup', GRIDFIX, {
    at: {
      3: d(
        6,
        `<a href="/video/v-1">${d(7, '<img src="/v/1.jpg" alt="">')}${d(8, '02:14')}${d(9, `Watch: ${H(7)}`)}</a>`,
      ),
    },
  }),
  ['02:14', H(7)],
);

add(
  'an ordered list of three linked headlines with no heading between paragraphs of a framework page',
  CLINIC,
  shell7('soup', CLINIC, {
    at: { 2: `<ol class="sc-x9 q1">${[0, 6, 8].map((i) => `<li class="sc-x9 q2">${link7(H(i))}</li>`).join('')}</ol>` },
  }),
  [H(0), H(6), H(8)],
);

add(
  'guard: a timeline of in-page links whose entries are sentences is the story’s own',
  RIVER,
  shell7('longread', RIVER, {
    at: {
      0: `<p>The project in four dates:</p><ul><li><a href="#s2">In 2015 the council costed the work and shelved the plan.</a></li><li><a href="#s4">In 2021 and 2023 two storms flooded the shops on the square.</a></li><li><a href="#s6">In 2024 the square was fenced off for eighteen months of works.</a></li></ul>`,
    },
  }),
  [],
  [
    'The project in four dates:',
    'In 2015 the council costed the work and shelved the plan.',
    'In 2021 and 2023 two storms flooded the shops on the square.',
    'In 2024 the square was fenced off for eighteen months of works.',
    ...Object.values(RIVER_HEADS),
  ],
);
