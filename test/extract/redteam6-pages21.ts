// The sixth red-team set, round 21 (the first of branch `redteam6`), written before the cleaner was run on it:
// chrome of international English-language outlets that cover Ukraine. A Kyiv-based English site (membership
// asks, "Support independent journalism", a war-day counter, "Read also" in English), a state news agency's
// English service (photo credits, "Read also:", tag clouds, a hyperlink notice), public international
// broadcasters ("Related topics", "Skip next section", language switchers, video playlists) and a Brussels
// politics site (newsletter plugs, "This article is part of", pro paywall teasers). Guards: prose that counts the
// days of the war, asks for support, names related topics and says what an article of a treaty is part of.
// `chrome` lists phrases that must not survive, `article` the lines that must.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link6, shell6 } from './redteam6-shells.js';
import { AGENCYBID, BROADCASTBID, BRUSSELSBID, KYIVBID } from './redteam6-stories.js';

export const CASES21: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES21.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Ten headlines of our own about the war and the region, none of them words of the stories. */
export const WARHEADS = [
  'Drone debris damages a school in Odesa overnight',
  'Parliament passes the bill on multiple citizenship',
  'Rail operator restores the night train to Uzhhorod',
  'Energy company warns of scheduled outages in July',
  'Volunteers rebuild a library in a village near Izium',
  'Central bank holds its key rate for the third time',
  'Prosecutors open a case over a collapsed road bridge',
  'Kharkiv metro stations to host classrooms again',
  'Grain exports through the Danube ports rise in May',
  'Football league confirms the new season will start in August',
];

add(
  'Kyiv English site: a war-day counter over the headline and an English "Read also" line between paragraphs',
  KYIVBID,
  shell6('kyiv', KYIVBID, {
    at: {
      [-1]: `<div class="war-counter"><span>Day 1,568 of Russia’s full-scale invasion</span></div>`,
      1: `<p class="read-also"><strong>Read also:</strong> ${link6(WARHEADS[0] ?? '')}</p>`,
      3: `<p><em>Read also: ${link6(WARHEADS[1] ?? '')}</em></p>`,
    },
  }),
  ['Day 1,568 of Russia', 'Read also', WARHEADS[0] ?? '', WARHEADS[1] ?? ''],
);

add(
  'Kyiv English site: a membership box in the body ("Support independent journalism", "Become a member")',
  KYIVBID,
  shell6('kyiv', KYIVBID, {
    at: {
      2: `<div class="membership-box"><h3>Support independent journalism in Ukraine</h3><p>We have reported from Kyiv since the first day of the full-scale war, and we keep every story free to read. Our members make that possible.</p><a class="btn" href="/membership">Become a member</a><a class="btn-secondary" href="/donate">Make a one-time donation</a></div>`,
    },
  }),
  [
    'Support independent journalism',
    'reported from Kyiv since the first day',
    'Our members make that possible',
    'Become a member',
    'one-time donation',
  ],
);

add(
  'Kyiv English site: an author card after the body, a closing membership ask and a "Most popular" rail',
  KYIVBID,
  shell6('kyiv', KYIVBID, {
    tail: `<div class="author-card"><img src="/authors/hrytsenko.jpg" alt=""><div><a class="author-card__name" href="/author/x">Oksana Hrytsenko</a><p class="author-card__bio">Oksana Hrytsenko is a political correspondent at The Kyiv Dispatch. She covers parliament and foreign policy and previously worked as a producer for a national television channel.</p></div></div><div class="closing-ask"><p>You’ve read this far, so you know why this work matters. Join 14,000 readers who keep The Kyiv Dispatch independent.</p><a href="/membership">Join us</a></div>`,
    side: `<section class="popular"><h3>Most popular</h3><ol>${WARHEADS.slice(2, 7)
      .map((h) => `<li>${link6(h)}</li>`)
      .join('')}</ol></section>`,
  }),
  [
    'political correspondent at The Kyiv Dispatch',
    'previously worked as a producer',
    'You’ve read this far',
    'Join 14,000 readers',
    'Join us',
    'Most popular',
    ...WARHEADS.slice(2, 7),
  ],
);

add(
  'state agency (English service): a photo with its credit, two "Read also:" lines and a tag cloud',
  AGENCYBID,
  shell6('agency', AGENCYBID, {
    at: {
      [-1]: `<figure class="newsImage"><img src="/photos/meeting.jpg" alt=""><figcaption>Photo: Office of the President</figcaption></figure>`,
      1: `<p><strong>Read also: </strong>${link6(WARHEADS[5] ?? '')}</p>`,
      3: `<p><strong>Read also: </strong>${link6(WARHEADS[8] ?? '')}</p>`,
    },
    tail: `<div class="newsTags"><span class="newsTags__title">Tags:</span> <a href="/tag-zelensky">Zelensky</a> <a href="/tag-nato">NATO</a> <a href="/tag-summit">Summit</a> <a href="/tag-diplomacy">Diplomacy</a> <a href="/tag-air-defense">Air defense</a></div>`,
  }),
  ['Photo: Office of the President', 'Read also', WARHEADS[5] ?? '', WARHEADS[8] ?? '', 'Tags:', 'Air defense'],
);

add(
  'state agency (English service): a hyperlink notice, "If you see a mistake" line and a news-of-partners rail',
  AGENCYBID,
  shell6('agency', AGENCYBID, {
    tail: `<div class="newsFooter"><p class="copyright-note">When quoting or using any materials on the internet, a hyperlink to the agency that is open to search engines, no lower than the first paragraph, is required.</p><p class="error-note">If you see a mistake in the text, select it and press Ctrl+Enter to tell the editors.</p></div>`,
    after: `<section class="partners"><h3>News of partners</h3><ul>${[
      'Five habits that make a morning run easier',
      'Where to spend a long weekend in the Carpathians',
      'How to choose a power bank for the winter',
    ]
      .map((h) => `<li>${link6(h, 'partners')}</li>`)
      .join('')}</ul></section>`,
  }),
  [
    'hyperlink to the agency',
    'no lower than the first paragraph',
    'If you see a mistake',
    'News of partners',
    'Five habits that make a morning run easier',
    'power bank',
  ],
);

add(
  'broadcaster (DW style): "Skip next section Related topics", a topics list, "Explore more" and a video row',
  BROADCASTBID,
  shell6('dw', BROADCASTBID, {
    at: {
      2: `<div class="video-embed"><div class="vjs-player"><button class="vjs-big-play-button">Play video</button><span class="vjs-duration">02:41</span></div><p class="video-title">Kyiv presses allies for a clearer promise</p></div>`,
    },
    tail: `<div class="related-topics"><a class="skip-link" href="#next-section">Skip next section Related topics</a><h2>Related topics</h2><ul><li><a href="/t-nato">NATO</a></li><li><a href="/t-ukraine">Ukraine</a></li><li><a href="/t-russia">Russia</a></li><li><a href="/t-summits">Summits</a></li></ul></div><section id="next-section" class="explore"><a class="skip-link" href="#more">Skip next section Explore more</a><h2>Explore more</h2>${[
      'Germany debates a bigger defense budget',
      'Moldova fears for its own security',
      'What a ceasefire line could look like',
    ]
      .map((h) => `<div class="teaser">${link6(h, 'a')}<span class="teaser-type">Video 03:12</span></div>`)
      .join('')}</section>`,
  }),
  [
    'Play video',
    '02:41',
    'Kyiv presses allies for a clearer promise',
    'Skip next section',
    'Related topics',
    'Explore more',
    'Germany debates a bigger defense budget',
    'Moldova fears for its own security',
    'Video 03:12',
  ],
);

add(
  'broadcaster (DW style): a language switcher at the head of the article and "Send us your feedback"',
  BROADCASTBID,
  shell6('dw', BROADCASTBID, {
    at: {
      [-1]: `<div class="language-switcher"><span>This article is also available in:</span><a hreflang="de" href="/de/x">Deutsch</a><a hreflang="uk" href="/uk/x">Українська</a><a hreflang="ru" href="/ru/x">Русский</a><a hreflang="es" href="/es/x">Español</a></div>`,
    },
    tail: `<div class="feedback"><h3>Send us your feedback</h3><p>Do you have something to tell us about this article? Write to us.</p><a href="/feedback">Your feedback</a></div>`,
  }),
  ['This article is also available in', 'Українська', 'Send us your feedback', 'Write to us', 'Your feedback'],
);

add(
  'broadcaster (France 24 style): "Read more" run into a headline in the body, a daily newsletter box and a playlist',
  BROADCASTBID,
  shell6('f24', BROADCASTBID, {
    at: {
      1: `<p class="o-self-promo"><strong>Read more</strong>${link6(WARHEADS[9] ?? '')}</p>`,
      3: `<div class="m-em-newsletter"><p class="m-em-newsletter__title">Daily newsletter</p><p>Receive essential international news every morning</p><a href="/newsletters">Subscribe</a></div>`,
    },
    after: `<section class="m-playlist"><h2>Watch more</h2><ul>${[
      ['The world this week', '12:40'],
      ['Eye on Africa', '14:05'],
      ['Inside the Brussels bubble', '08:51'],
    ]
      .map(([h, d]) => `<li>${link6(h ?? '', 'shows')}<span class="duration">${d}</span></li>`)
      .join('')}</ul></section>`,
  }),
  [
    'Read more',
    WARHEADS[9] ?? '',
    'Daily newsletter',
    'Receive essential international news every morning',
    'Watch more',
    'The world this week',
    'Inside the Brussels bubble',
  ],
);

add(
  'broadcaster (RFE/RL style): "Share / Print" row, a "Related" card in the body and a republishing licence line',
  BROADCASTBID,
  shell6('rferl', BROADCASTBID, {
    at: {
      [-1]: `<div class="share--box"><span>Share</span><a href="#share">Share</a><a href="#print" class="btn--print">Print</a><span class="listen">Listen to this article</span></div>`,
      2: `<div class="wsw__embed"><div class="media-block"><span class="label">Related</span>${link6('Kremlin says enlargement would cross a red line', 'a')}</div></div>`,
    },
    tail: `<p class="licence-note">Copyright (c) 2026. Free Europe Radio, Inc. All rights reserved. Reprinted with the permission of Free Europe Radio, 1201 Connecticut Ave NW, Washington DC 20036.</p>`,
  }),
  [
    'Print',
    'Listen to this article',
    'Kremlin says enlargement would cross a red line',
    'Reprinted with the permission',
  ],
);

add(
  'broadcaster (Euronews style): "Share this article", "Comments", "Editor’s choice" and "Browse today’s tags"',
  BROADCASTBID,
  shell6('euronews', BROADCASTBID, {
    at: {
      [-1]: `<div class="c-share"><span>Share this article</span><button>Comments</button></div>`,
      2: `<div class="c-ad"><span>ADVERTISEMENT</span></div>`,
    },
    after: `<section class="c-editors-choice"><h2>Editor’s choice</h2><ul>${[
      'The Alpine village that banned cars',
      'Why Europe’s farmers are angry again',
      'Inside the race to build a European rocket',
    ]
      .map((h) => `<li>${link6(h, 'my-europe')}</li>`)
      .join(
        '',
      )}</ul></section><section class="c-tags-today"><h3>Browse today’s tags</h3><ul><li><a href="/t1">NATO summit</a></li><li><a href="/t2">Heatwave</a></li><li><a href="/t3">EU elections</a></li></ul></section>`,
  }),
  [
    'Share this article',
    'Comments',
    'Advertisement',
    'Editor’s choice',
    'The Alpine village that banned cars',
    'Browse today’s tags',
    'Heatwave',
  ],
);

add(
  'Brussels site: "This article is part of" note, a Playbook plug in the body and a Pro paywall teaser after it',
  BRUSSELSBID,
  shell6('politico', BRUSSELSBID, {
    at: {
      [-1]: `<p class="article-part-of"><em>This article is part of Rondpoint’s Global Policy Lab: Europe’s Defense, a series on the continent’s rearmament.</em></p>`,
      2: `<aside class="newsletter-plug"><p><strong>Brussels Playbook</strong> — the morning briefing the EU bubble reads first. <a href="/newsletter/brussels-playbook">Sign up here</a>.</p></aside>`,
    },
    tail: `<div class="pro-teaser"><p>This article was first published for Rondpoint Pro subscribers. Want more analysis from our defense team? Pro is our premium policy intelligence service.</p><a href="/pro/trial">Request a free trial</a></div>`,
  }),
  [
    'This article is part of',
    'Global Policy Lab',
    'Brussels Playbook',
    'morning briefing the EU bubble reads first',
    'Sign up here',
    'first published for Rondpoint Pro subscribers',
    'premium policy intelligence service',
    'Request a free trial',
  ],
);

add(
  'Brussels site: "More from" cards of the author and a row of related tags',
  BRUSSELSBID,
  shell6('politico', BRUSSELSBID, {
    tail: `<div class="related-tags"><span>Related Tags:</span><a href="/tag/defense">Defense</a><a href="/tag/nato">NATO</a><a href="/tag/enlargement">Enlargement</a></div>`,
    after: `<section class="more-from"><h3>More from Jakub Wierzbowski</h3>${[
      ['Poland’s defense spending hits a new record', 'Warsaw wants allies to follow its lead.'],
      ['The quiet Baltic fight over drones', 'Vilnius and Riga want a shared plan.'],
    ]
      .map(([h, d]) => `<div class="card">${link6(h ?? '')}<p class="card__dek">${d}</p></div>`)
      .join('')}</section>`,
  }),
  [
    'Related Tags',
    'Enlargement',
    'More from Jakub Wierzbowski',
    'Poland’s defense spending hits a new record',
    'Warsaw wants allies to follow its lead',
    'quiet Baltic fight over drones',
  ],
);

// Guards: paragraphs of the story that open like chrome.
const DAY_G = withPara(
  KYIVBID,
  2,
  'Day after day of air raid alerts has not stopped the drafting, one diplomat said: the ministry’s team worked on the paper in a shelter beneath the building for most of last week.',
);
add('guard: a paragraph that opens with "Day after day"', DAY_G, shell6('kyiv', DAY_G), []);

const SUPPORT_G = withPara(
  BROADCASTBID,
  3,
  'Support for Ukraine’s membership among voters has fallen in some countries, according to polls published this spring, though majorities in most members still favour it in principle.',
);
add('guard: a paragraph that opens with "Support for"', SUPPORT_G, shell6('dw', SUPPORT_G), []);

const TOPICS_G = withPara(
  BRUSSELSBID,
  4,
  'This article of the letter is part of a wider argument: the authors say that an alliance which cannot agree on dates for Ukraine will struggle to agree on anything else.',
);
add(
  'guard: a paragraph that opens with "This article of the letter is part of"',
  TOPICS_G,
  shell6('politico', TOPICS_G),
  [],
);
