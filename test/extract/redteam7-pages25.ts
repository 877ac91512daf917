// The seventh red-team set, round 25, written before the cleaner was run on it: pages in a JavaScript framework's
// markup (hashed class names, divs only, no <article> or <p>, `data-testid` attributes, `role="heading"` for the
// headline) and pages whose body is cut into several containers by ad slots, each with chrome of the shapes round
// 24 tried: in-body cards, inline newsletter boxes, embeds, a "Most popular" right rail, "Story continues below"
// notes, teasers and an author bio between the parts. Guards: every part of a split body stays, prose about
// "advertising", a one-sentence paragraph with a link in it, and an author's background told in the body.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { HEADS7 } from './redteam7-pages24.js';
import { link7, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX, RIVER } from './redteam7-stories.js';

export const CASES25: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES25.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';
const d = (cls: string, inner: string, testid = ''): string =>
  `<div class="${cls}"${testid ? ` data-testid="${testid}"` : ''}>${inner}</div>`;

add(
  'framework soup: the bare page (divs only, hashed classes, a role="heading" headline) keeps every paragraph',
  GRIDFIX,
  shell7('soup', GRIDFIX),
  ['Signal Daily Media'],
);

add(
  'framework soup: an in-body card (category, headline, "5 min read") between paragraphs',
  GRIDFIX,
  shell7('soup', GRIDFIX, {
    at: {
      2: d(
        'sc-k2j3h1 eWqRtY',
        `<a class="sc-a1 b2" href="/world/x-1"><div class="sc-c3">World</div><div class="sc-d4">${H(1)}</div><div class="sc-e5">5 min read</div></a>`,
        'inline-card',
      ),
    },
  }),
  [H(1), '5 min read'],
);

add(
  'framework soup: an inline newsletter box between paragraphs and a "Most popular" right rail of numbered divs',
  CLINIC,
  shell7('soup', CLINIC, {
    at: {
      3: d(
        'sc-n1 nN',
        `${d('sc-n2', 'The Morning Signal')}${d('sc-n3', 'The day’s top stories, in your inbox before breakfast.')}<form><input type="email" placeholder="Email address"><button>Sign up</button></form>${d('sc-n4', 'By signing up you agree to our Terms of Use and Privacy Policy.')}`,
        'newsletter-inline',
      ),
    },
    side: `${d('sc-r0', 'Most popular')}${[2, 3, 4, 5]
      .map((i, k) => d('sc-r1', `${d('sc-r2', (k + 1).toString())}${d('sc-r3', link7(H(i)))}`, 'popular-item'))
      .join('')}`,
  }),
  ['The Morning Signal', 'in your inbox before breakfast', 'Terms of Use', 'Most popular', H(2), H(3), H(4), H(5)],
);

add(
  'framework soup: embeds between paragraphs (a post with its handle and date, a video with its fallback text)',
  FERRY,
  shell7('soup', FERRY, {
    at: {
      1: d(
        'sc-em1',
        `<blockquote class="social-embed"><div>Ferry will run as normal tomorrow morning. Thank you to everyone who came to the meeting tonight.</div>— Heron Island Ferry (@heronferry) <a href="https://social.example/heronferry/status/1">June 9, 2026</a></blockquote>`,
        'embed-social',
      ),
      4: d(
        'sc-em2',
        `<div>Watch: Residents pack the board meeting</div><video src="/v/1.mp4"></video><div>Your browser does not support the video tag.</div>`,
        'embed-video',
      ),
    },
  }),
  [
    'Ferry will run as normal tomorrow',
    '@heronferry',
    'Residents pack the board meeting',
    'does not support the video',
  ],
);

add(
  'framework soup: a "Read more" teaser row and an author bio card after the body',
  CLINIC,
  shell7('soup', CLINIC, {
    tail: `${d('sc-t1', `${d('sc-t2', 'Read more')}${[6, 7].map((i) => d('sc-t3', link7(H(i)))).join('')}`, 'read-more')}${d(
      'sc-b1',
      `${d('sc-b2', '<a href="/authors/x">Owen Pritchard</a>')}${d('sc-b3', 'Owen Pritchard is Signal Daily’s regional health reporter. He was previously a nurse in an emergency department for nine years.')}`,
      'author-bio',
    )}`,
  }),
  ['Read more', H(6), H(7), 'regional health reporter', 'nurse in an emergency department'],
);

add(
  'split body: four parts between ad slots, nothing else, keeps every paragraph and drops the ad labels',
  RIVER,
  shell7('split', RIVER),
  ['Advertisement', 'Metro Ledger Inc'],
);

add(
  'split body: "Story continues below advertisement" and a teaser link between parts',
  FERRY,
  shell7('split', FERRY, {
    at: {
      1: `<p class="continues">Story continues below advertisement</p>`,
      3: `<div class="trending-inline"><span>Trending Now</span>${link7(H(8))}</div>`,
    },
  }),
  ['Story continues below', 'Trending Now', H(8)],
);

add(
  'split body: a "You may also like" grid of image cards between the second and third parts',
  GRIDFIX,
  shell7('split', GRIDFIX, {
    at: {
      3: `<div class="recirc-grid"><h3>You may also like</h3>${[0, 9, 5]
        .map(
          (i) =>
            `<a class="recirc" href="/n/${i.toString()}"><img src="/r/${i.toString()}.jpg" alt=""><span>${H(i)}</span></a>`,
        )
        .join('')}</div>`,
    },
  }),
  ['You may also like', H(0), H(9), H(5)],
);

add(
  'split body: a "Listen to this article" player before the first part and an app plug between parts',
  CLINIC,
  shell7('split', CLINIC, {
    at: {
      [-1]: `<div class="audio-player"><button>Listen to this article</button><span>4 min</span></div>`,
      1: `<div class="app-plug"><p>Get breaking news alerts on your phone. Download the Metro Ledger app.</p></div>`,
    },
  }),
  ['Listen to this article', 'breaking news alerts', 'Download the Metro Ledger app'],
);

add(
  'guard: prose about advertising and a one-sentence paragraph with a link, in a split body',
  {
    ...FERRY,
    paras: [
      ...FERRY.paras.slice(0, 4),
      'Advertisement revenue from the boat’s deck screens covered less than a tenth of the cost last year.',
      'The full study is posted on the county’s website.',
      ...FERRY.paras.slice(4),
    ],
  },
  shell7('split', {
    ...FERRY,
    paras: [
      ...FERRY.paras.slice(0, 4),
      'Advertisement revenue from the boat’s deck screens covered less than a tenth of the cost last year.',
      'The full study is posted on the county’s website.',
      ...FERRY.paras.slice(4),
    ],
  }).replace(
    'The full study is posted on the county’s website.',
    'The full study is posted on <a href="https://county.example/ferry-study">the county’s website</a>.',
  ),
  [],
);

add(
  'guard: an author’s background told in the body of a soup page',
  {
    ...CLINIC,
    paras: [
      ...CLINIC.paras.slice(0, 2),
      'Marta Ellison is a nurse who has worked nights at the Kestrel Bay clinic for eleven years. She said she now works four nights a week instead of three.',
      ...CLINIC.paras.slice(2),
    ],
  },
  shell7('soup', {
    ...CLINIC,
    paras: [
      ...CLINIC.paras.slice(0, 2),
      'Marta Ellison is a nurse who has worked nights at the Kestrel Bay clinic for eleven years. She said she now works four nights a week instead of three.',
      ...CLINIC.paras.slice(2),
    ],
  }),
  [],
);
