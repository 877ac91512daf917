// The second red-team set, round 10, written after round 9's fixes and before the cleaner was run on it:
// headlines with comment counts as paragraphs, an ARIA carousel of recommendations, a text-to-speech player's
// times and credit, a follow row, a policy links line, stock chips on a wire story, a "view photos" button, a
// subscription prompt mid-body, and guards whose words look like those widgets' own.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BRUSHFIRE, CHIPPLANT, DREDGE, FOURDAY, LIGHTRAIL, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';

export const CASES10: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES10.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const C = (n: number): string => hashed('sc-', n + 1000);
const HEADS = [
  'Lifeboat crew called out three times in one day',
  'Harbour café wins a national award for its chowder',
  'Lighthouse keeper’s cottage to become a museum',
  'Seal pup rescued from fishing net off the point',
  'Ferry timetable to change for the summer season',
];

add(
  'headlines with comment counts as hashed paragraphs after the body, no label',
  DREDGE,
  shell2('emotion', DREDGE, {
    after: `<div class="${C(1)}">${HEADS.map((h, i) => `<p class="${C(2)}">${link2(h, 'coast')} <span class="${C(3)}">${i * 7 + 3} comments</span></p>`).join('')}</div>`,
  }),
  HEADS,
);

add(
  'ARIA carousel of recommendations with slide buttons',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    after: `<section class="${C(10)}" role="region" aria-roledescription="carousel" aria-label="Recommended for you"><div class="${C(11)}"><button aria-label="Previous slide">‹</button><button aria-label="Next slide">›</button></div>${HEADS.slice(
      0,
      4,
    )
      .map(
        (h, i) =>
          `<div class="${C(12)}" role="group" aria-roledescription="slide" aria-label="${i + 1} of 4"><img src="/r${i}.jpg" alt=""><h4 class="${C(13)}">${link2(h, 'coast')}</h4></div>`,
      )
      .join('')}</section>`,
  }),
  HEADS.slice(0, 4),
);

add(
  'text-to-speech player: "0:00 / 5:12", speed, and its credit line',
  STRIKE,
  shell2('emotion', STRIKE, {
    at: {
      [-1]: `<div class="${C(20)}"><button class="${C(21)}" aria-label="Play"></button><span class="${C(22)}">0:00 / 5:12</span><span class="${C(23)}">1x</span><span class="${C(24)}">Voice by SpeakWell Audio</span></div>`,
    },
  }),
  ['0:00 / 5:12', 'Voice by SpeakWell Audio'],
);

add(
  'follow row for the author at the end',
  BRUSHFIRE,
  shell2('arc', BRUSHFIRE, {
    tail: `<div class="follow-author"><span>Follow Inés Calloway</span> <button>Follow</button> <a href="/alerts/author/ines-calloway">Get email alerts from Inés Calloway</a></div>`,
  }),
  ['Follow Inés Calloway', 'Get email alerts'],
);

add(
  'policy links line under the article',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    tail: `<p class="mt-8 text-xs text-gray-500"><a href="/corrections">Corrections policy</a> | <a href="/ethics">Ethics policy</a> | <a href="/report-error">Report an error</a></p>`,
  }),
  ['Corrections policy', 'Ethics policy', 'Report an error'],
);

add(
  'stock chips on a wire story: ticker symbols and percentages',
  CHIPPLANT,
  shell2('portal', CHIPPLANT, {
    at: {
      [-1]: `<div class="caas-stock-chips"><span>In this article:</span> <a href="/quote/HSC">HSC</a> <span>-6.21%</span> <a href="/quote/SOXX">SOXX</a> <span>-1.04%</span></div>`,
    },
  }),
  ['In this article:', 'HSC', '-6.21%'],
);

add(
  '"View 12 photos" button and a caption with a credit in parentheses',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      1: `<div class="${C(30)}"><img src="/fire2.jpg" alt=""><p class="${C(31)}">A helicopter scoops water from the reservoir. (Jonah Pike/Metro Ledger)</p><a class="${C(32)}" href="/gallery/cedar-hollow-fire">View 12 photos</a></div>`,
    },
  }),
  ['A helicopter scoops water', 'View 12 photos'],
);

add(
  'subscription prompt mid-body: heading, offer, button, sign-in line',
  DREDGE,
  shell2('tailwind', DREDGE, {
    at: {
      2: `<div class="my-8 rounded border p-6"><h3 class="font-bold">Continue reading with a subscription</h3><p>Get unlimited digital access for one dollar for your first month.</p><a class="btn" href="/subscribe">Subscribe</a><p class="text-sm">Already a subscriber? <a href="/login">Sign in</a></p></div>`,
    },
  }),
  ['Continue reading with a subscription', 'unlimited digital access', 'Already a subscriber'],
);

// ---- Guards --------------------------------------------------------------------------------------------
add(
  'guard: a quote opening with "Listen," and a line about following the fire',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      2: `<p>“Listen, we did everything we could to get people out in time,” the fire chief said.</p><p>Residents were told to follow the county’s alerts for news of when they could return.</p>`,
    },
  }),
  [],
  [
    '“Listen, we did everything we could to get people out in time,” the fire chief said.',
    'Residents were told to follow the county’s alerts',
  ],
);

const PRICES = [
  ['Harlow Semiconductor', '41.12', '-6.2%'],
  ['Valley Foundry', '18.40', '-2.1%'],
];
add(
  'guard: a table of share prices in the story',
  CHIPPLANT,
  shell2('portal', CHIPPLANT, {
    at: {
      2: `<table><thead><tr><th>Company</th><th>Close</th><th>Change</th></tr></thead><tbody>${PRICES.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    },
  }),
  [],
  ['Harlow Semiconductor 41.12 -6.2%', 'Valley Foundry 18.40 -2.1%'],
);
