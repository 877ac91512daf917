// The fourth red-team set, round 17, written after round 16's fixes and before the cleaner was run on them:
// the ad and recirculation lines big publishers print inside the story ("Story continues below advertisement",
// "Continue reading the main story", "Promoted stories", "Editors' Picks"), metered-paywall lines, app and
// channel plugs ("Join our WhatsApp channel", "Add ... as a preferred source on Google"), an agency's copyright
// line, listen widgets and read times, and the issue's rails once more (5 numbered "Most Popular" in hashed
// markup, 16 with " -" before the body). Guards: a story about an app, a story quoting an advertisement, a
// paragraph that names a channel.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { STARS } from './redteam4-pages15.js';
import { css, link4, shell4 } from './redteam4-shells.js';
import { CHARITYRUN, COUNT, DESAL, MONSOON, RATES, TEACHERS, TOOLMAKER, TUNNEL } from './redteam4-stories.js';

export const CASES17: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES17.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

add(
  '"Story continues below advertisement" and "Continue reading the main story" lines between paragraphs',
  RATES,
  shell4('cssmodule', RATES, {
    at: {
      0: `<p class="${css(70)}">Story continues below advertisement</p>`,
      2: `<div class="${css(71)}"><a class="${css(72)}" href="#story-continues-1">Continue reading the main story</a></div>`,
    },
  }),
  ['Story continues below advertisement', 'Continue reading the main story'],
);

add(
  '"Promoted stories" and "Editors\' Picks" cards of other sites and of the paper after the body',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    tail: `<div class="promoted"><h3>Promoted stories</h3>${['Doctors stunned by this simple morning habit', 'The one kitchen gadget every home cook wants this year'].map((h, i) => `<a href="https://ads.example/c/${i}"><span>${h}</span><span class="source">Sponsored | HealthyTips</span></a>`).join('')}</div><div class="picks"><h3>Editors' Picks</h3><ul>${STARS.slice(
      2,
      6,
    )
      .map((h) => `<li>${link4(h, 'life')}</li>`)
      .join('')}</ul></div>`,
  }),
  [
    'Promoted stories',
    'Doctors stunned by this simple morning habit',
    'Sponsored | HealthyTips',
    "Editors' Picks",
    ...STARS.slice(2, 6),
  ],
);

add(
  'metered paywall lines: free articles left, "Already a subscriber? Log in", a price per week',
  DESAL,
  shell4('national', DESAL, {
    tail: `<div class="meter"><p>You have 2 free articles remaining this month.</p><p>Subscribe for $1 a week. Already a subscriber? <a href="/login">Log in</a></p></div>`,
  }),
  ['free articles remaining', 'Subscribe for $1 a week', 'Already a subscriber'],
);

add(
  'channel and app plugs: "Join our WhatsApp channel", "preferred source on Google", "Download the app"',
  MONSOON,
  shell4('national', MONSOON, {
    at: {
      2: `<div class="wa-plug"><a href="https://whatsapp.example/channel/tnd">Join our WhatsApp channel for the latest news updates</a></div><br>`,
    },
    tail: `<div class="gn-plug"><a href="https://google.example/preferences/source?q=tnd">Add The National Dispatch as a preferred source on Google</a></div><div class="app-plug"><p>Download The National Dispatch app for breaking news alerts</p></div>`,
  }),
  ['Join our WhatsApp channel', 'preferred source on Google', 'Download The National Dispatch app'],
);

add(
  "an agency's copyright line under a wire story",
  TEACHERS,
  shell4('wire', TEACHERS, {
    tail: `<p class="copyright">Copyright 2026 Continental Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>`,
  }),
  ['All rights reserved', 'may not be published, broadcast, rewritten or redistributed'],
);

add(
  'a listen widget and a read time above a broadcaster story',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: {
      [-1]: `<div class="listen-widget"><button>Listen to this article</button><span>· 6 min</span></div><p class="read-time">4 min read</p>`,
    },
  }),
  ['Listen to this article', '6 min', '4 min read'],
);

add(
  'numbered "Most Popular" of five in hashed markup inside the article, ranks in their own spans',
  RATES,
  shell4('cssmodule', RATES, {
    at: {
      3: `<section class="${css(80)}"><h2 class="${css(81)}">Most Popular</h2><ol class="${css(82)}">${STARS.slice(
        6,
        11,
      )
        .map((h, i) => `<li class="${css(83)}"><span class="${css(84)}">${i + 1}</span>${link4(h, 'arts')}</li>`)
        .join('')}</ol></section>`,
    },
  }),
  ['Most Popular', ...STARS.slice(6, 11)],
);

add(
  'issue shape before the body: sixteen headlines with " -" and no label in the tabloid text',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    at: { [-1]: `<div class="rail-top">${STARS.map((h) => `<div>${link4(h, 'tvshowbiz')} -</div>`).join('')}</div>` },
  }),
  STARS,
);

add(
  '"Advertisement - Scroll to continue" and a sponsored line between live-blog posts',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      1: `<div class="ad-break"><p>Advertisement - Scroll to continue</p></div>`,
      3: `<div class="ad-break"><p>Sponsored by Harbourside Motors</p></div>`,
    },
  }),
  ['Scroll to continue', 'Sponsored by Harbourside Motors'],
);

add(
  '"Click here to join" and "Follow ... on Google News" plug lines between paragraphs of a business paper',
  RATES,
  shell4('business', RATES, {
    at: {
      1: `<p><em>Get the week’s biggest economics stories on your phone. <a href="/join">Click here to join</a>.</em></p>`,
      3: `<p><a href="https://news.google.example/publications/tfc">Follow The Financial Courier on Google News</a></p>`,
    },
  }),
  ['Click here to join', 'Follow The Financial Courier on Google News'],
);

// --- Guards ---

add(
  'guard: a story paragraph about an app and a channel',
  MONSOON,
  shell4('national', MONSOON, {
    at: {
      3: `Farmers can download the ministry’s weather app, which sends rainfall alerts in six languages, and officials said more than two million people have joined its WhatsApp channel since May.<br><br>`,
    },
  }),
  [],
  [
    'Farmers can download the ministry’s weather app, which sends rainfall alerts in six languages, and officials said more than two million people have joined its WhatsApp channel since May.',
  ],
);

add(
  'guard: a story quoting an advertisement and its small print',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      3: `<p>The company’s recruitment advertisement, which ran in trade papers last month, promised engineers “a career that continues below the surface of every chip”, a line that drew mockery online.</p>`,
    },
  }),
  [],
  [
    'The company’s recruitment advertisement, which ran in trade papers last month, promised engineers “a career that continues below the surface of every chip”, a line that drew mockery online.',
  ],
);

add(
  'guard: a teachers\' union statement that says "all rights reserved" in a quotation',
  TEACHERS,
  shell4('wire', TEACHERS, {
    at: {
      2: `<p data-testid="paragraph-x" class="text__text__1FZLe">“Members have all rights reserved to them under the law to refuse unpaid overtime,” the union’s general secretary said.</p>`,
    },
  }),
  [],
  [
    '“Members have all rights reserved to them under the law to refuse unpaid overtime,” the union’s general secretary said.',
  ],
);
