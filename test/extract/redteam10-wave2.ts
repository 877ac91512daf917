// The tenth red-team set, second wave, written after the first fixes and before the cleaner was run on it: the
// same five shells with more of their furniture. A portal's "Also Read" box with thumbnails, "Published By: /
// Published On:" lines, a row of hashtags between paragraphs, a syndicated-feed note; a red-top's "Read More /
// Related Articles" aside, an affiliate note, a "Do you have a story to share?" line, inline picture credits; a
// magazine theme's "Join Our WhatsApp Channel" button and appeal, a share row of networks, "Related Articles"
// with ages; an island portal's subscription offer and the newsletter form's status lines; a republisher's
// "© Copyright" line and photo credit. Guards: a story sentence that opens "Published by the ...", a story's own
// "(Reporting by ...)" in brackets, and a quoted "do you have a story" in the story.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link10, shell10 } from './redteam10-shells.js';
import { FERRIES, FUEL, H10, METRO, POTHOLE, TRADE, plus10 } from './redteam10-stories.js';

export const CASES_WAVE2_10: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES_WAVE2_10.push({ name, story, html, chrome, article: [...story.paras] });
};
const thumbs = (heads: number[], folder: string): string =>
  heads
    .map(
      (i) =>
        `<li><a href="/${folder}/${String(i)}"><img src="/img/t${String(i)}.jpg" alt=""></a>${link10(H10(i), folder)}</li>`,
    )
    .join('');

add(
  'portal: an "Also Read" box of two thumbnails and linked headlines between paragraphs',
  METRO,
  shell10('desk', METRO, {
    at: {
      1: `<div class="also-read-box"><div class="ar-title">Also Read</div><ul>${thumbs([37, 38], 'cities')}</ul></div>`,
    },
  }),
  ['Also Read', H10(37), H10(38)],
);

add(
  'portal: "Published By:" and "Published On:" lines closing the body',
  METRO,
  shell10('desk', METRO, {
    at: {
      4: `<div class="pub-info"><p>Published By: <a href="/author/anjali">Anjali Deshmane</a></p><p>Published On: May 4, 2026</p></div>`,
    },
  }),
  ['Published By', 'Published On'],
);

add(
  'portal: a row of linked hashtags between paragraphs, no heading',
  METRO,
  shell10('desk', METRO, {
    at: {
      2: `<div class="tags-inline"><a href="/t/metro">#RanakpurMetro</a> <a href="/t/airport">#AirportLine</a> <a href="/t/fares">#MetroFares</a> <a href="/t/commute">#Commute</a></div>`,
    },
  }),
  ['#RanakpurMetro', '#AirportLine', '#MetroFares'],
);

add(
  'portal: a syndicated-feed note after the last paragraph',
  METRO,
  shell10('desk', METRO, {
    at: {
      4: `<p><em>(Except for the headline, this story has not been edited by Deccan Daily Desk staff and is published from a syndicated feed.)</em></p>`,
    },
  }),
  ['syndicated feed', 'has not been edited by'],
);

const PUBBY = plus10(
  METRO,
  'Published by the state planning board last year, the feasibility study for the third line put its cost at 9,000 crore rupees.',
);
add(
  'guard (portal): a closing story sentence that opens "Published by the ..." stays; "Published On:" goes',
  PUBBY,
  shell10('desk', PUBBY, { at: { 5: `<p>Published On: May 4, 2026 14:05 IST</p>` } }),
  ['Published On'],
);

add(
  'red-top: a "Read More / Related Articles" aside of two linked headlines between paragraphs',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      2: `<aside class="read-more-container"><div class="rm-label">Read More</div><div class="rm-sub">Related Articles</div><div class="rm-item">${link10(H10(10))}</div><div class="rm-item">${link10(H10(11))}</div></aside>`,
    },
  }),
  ['Read More', 'Related Articles', H10(10), H10(11)],
);

add(
  'red-top: an affiliate note at the head and a "Do you have a story to share?" line at the end',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      [-1]: `<p class="affiliate-note"><em>This article contains affiliate links, we will receive a commission on any sales we generate from it. <a href="/affiliates">Learn more</a></em></p>`,
      4: `<p><strong>Do you have a story to share? Get in touch by emailing newsdesk@northernclarion.example</strong></p>`,
    },
  }),
  ['affiliate links', 'Learn more', 'story to share', 'newsdesk@'],
);

add(
  'red-top: picture credits as lines of their own between paragraphs ("Image: ...", "(Picture: Supplied)")',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      0: `<div class="image-wrap"><img src="/img/a.jpg" alt=""><span class="credit">Image: Haxley Press Agency</span></div>`,
      2: `<p class="credit">(Picture: Supplied)</p>`,
    },
  }),
  ['Haxley Press Agency', 'Picture: Supplied'],
);

const QUOTE: Story = {
  ...POTHOLE,
  paras: [
    ...POTHOLE.paras.slice(0, 3),
    '“Do you have a story to share about this street? Everyone who drives down it does,” said her neighbour, Ken Oduya, who has lived at number 9 for thirty years.',
    ...POTHOLE.paras.slice(3),
  ],
};
add(
  'guard (red-top): a quote of the story that asks "Do you have a story to share" stays; the newsdesk line goes',
  QUOTE,
  shell10('redtop', QUOTE, {
    at: { 5: `<p>Got a story? Email newsdesk@northernclarion.example</p>` },
  }),
  ['Got a story', 'newsdesk@'],
);

add(
  'magazine theme: a "Join Our WhatsApp Channel" button and a "Support Quality Journalism" appeal between paragraphs',
  FUEL,
  shell10('mvp', FUEL, {
    at: {
      1: `<div class="wa-cta"><a class="wa-btn" href="https://whatsapp.com/channel/0029Harc">Join Our WhatsApp Channel</a></div>`,
      3: `<div class="support-box"><h4>Support Quality Journalism</h4><p>Your support helps us keep telling the stories that matter in the delta. Donate as little as 1,000 naira today.</p><a href="/donate">Donate</a></div>`,
    },
  }),
  ['Join Our WhatsApp Channel', 'Support Quality Journalism', 'Your support helps us', 'Donate'],
);

add(
  'magazine theme: a share row of networks over the body and "Related Articles" with ages after it',
  FUEL,
  shell10('mvp', FUEL, {
    at: {
      [-1]: `<div class="share-buttons"><a href="#">Share</a><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WhatsApp</a><a href="#">Telegram</a><a href="#">Share via Email</a><a href="#">Print</a></div>`,
    },
    tail: `<div class="related-articles"><h3>Related Articles</h3><ul><li>${link10(H10(12))}<span class="age">2 days ago</span></li><li>${link10(H10(13))}<span class="age">3 days ago</span></li><li>${link10(H10(19))}<span class="age">1 week ago</span></li></ul></div>`,
  }),
  ['Share via Email', 'Related Articles', H10(12), H10(13), H10(19), 'days ago'],
);

add(
  'island portal: a subscription offer between paragraphs and the newsletter form’s status lines after the body',
  FERRIES,
  shell10('isles', FERRIES, {
    at: {
      2: `<div class="plus-offer"><p>Subscribe to INQUIRER PLUS to get access to the Visaran Daily Inquirer and more than 70 other titles, share up to 5 gadgets, listen to the news, and download as early as 4am.</p><a href="/plus">Subscribe now</a></div>`,
    },
    tail: `<div class="newsletter"><p class="nl-title">Subscribe to our regional newsletter</p><form><input type="email"><button>Sign up</button></form><p class="nl-ok">Your subscription has been successful.</p><p class="nl-err">Your subscription could not be saved. Please try again.</p></div>`,
  }),
  [
    'INQUIRER PLUS',
    'share up to 5 gadgets',
    'Subscribe now',
    'regional newsletter',
    'subscription has been successful',
    'could not be saved',
  ],
);

const CREDIT = plus10(
  TRADE,
  '(Reporting by Ilse Marchetti in Meridia City and Omar Haddad in Port Lise; Editing by Kevin Prout)',
);
add(
  'wire copy: the story’s "(Reporting by ...)" stays; a "© Copyright" line and a "Photo:" credit go',
  CREDIT,
  shell10('wirecopy', CREDIT, {
    at: {
      0: `<figure><img src="/img/border.jpg" alt=""><figcaption>Photo: Continental Wire / Anton Reyes</figcaption></figure>`,
      5: `<p class="story-text">© Copyright 2026 Continental Wire. Click for restrictions.</p>`,
    },
  }),
  ['Anton Reyes', '© Copyright', 'Click for restrictions'],
);
