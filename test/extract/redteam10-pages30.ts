// The tenth red-team set, round 30 (the first of branch `redteam10`), written before the cleaner was run on it:
// a South Asian news portal's furniture ("Also Read |" and "ALSO READ:" lines mid-story, "Follow us on WhatsApp /
// Telegram / Google News" lines, a "Download the app" banner, "First published:" lines, the "Catch all the ...
// News" sign-off, a "Trending Topics" chip row, a photo-gallery strip) and a British red-top's ("Read more" and a
// bold linked headline between paragraphs, "MORE:" lines, "Got a story?" boxes, newsletter sign-ups, a video
// player's "Video Loading" text, comment counters, "Share this article" rows, picture credits in capitals).
// Guards: "(With inputs from agencies)" and "(With inputs from PTI)" close the story and stay, a paragraph of the
// story that names WhatsApp, and a quoted "read more" in a sentence of the story.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link10, shell10 } from './redteam10-shells.js';
import { H10, METRO, POTHOLE, plus10 } from './redteam10-stories.js';

export const CASES30: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES30.push({ name, story, html, chrome, article: [...story.paras] });
};

add(
  'portal: "Also Read |" and a linked headline as a <p> between two paragraphs',
  METRO,
  shell10('desk', METRO, { at: { 1: `<p><strong>Also Read | </strong>${link10(H10(0), 'cities')}</p>` } }),
  ['Also Read', H10(0)],
);

const INPUTS = plus10(METRO, '(With inputs from agencies)');
add(
  'portal: two "ALSO READ:" lines mid-story, a WhatsApp channel line at the end; "(With inputs from agencies)" stays',
  INPUTS,
  shell10('desk', INPUTS, {
    at: {
      0: `<p><strong>ALSO READ: </strong>${link10(H10(1))}</p>`,
      2: `<p><b>ALSO READ:</b> ${link10(H10(2))}</p>`,
      5: `<p><em>Follow Deccan Daily Desk on our WhatsApp channel for the latest news from your city.</em> <a href="https://whatsapp.com/channel/0029">Click here</a></p>`,
    },
  }),
  ['ALSO READ', H10(1), H10(2), 'WhatsApp channel', 'Click here'],
);

add(
  'portal: a "Download the app" banner div between paragraphs and a "First published:" line closing the body',
  METRO,
  shell10('desk', METRO, {
    at: {
      2: `<div class="app-download-strip"><p>Get the fastest news updates on the go.</p><p>Download the Deccan Daily Desk app</p><a href="https://play.example/store/apps/ddd"><img src="/img/gplay.png" alt="Get it on Google Play"></a><a href="https://apps.example/app/ddd"><img src="/img/appstore.png" alt="Download on the App Store"></a></div>`,
      4: `<p class="first-pub">First published: May 4, 2026, 09:12 IST</p>`,
    },
  }),
  ['fastest news updates', 'Download the Deccan Daily Desk app', 'First published'],
);

add(
  'portal: "Catch all the ... News" sign-off and a "Trending Topics" chip row after the body',
  METRO,
  shell10('desk', METRO, {
    at: {
      4: `<p><em>Catch all the City News, Breaking News Events and Latest News Updates on Deccan Daily Desk. Download the Deccan Daily Desk App to get Daily Market Updates.</em></p>`,
    },
    tail: `<div class="trending-topics"><h3>Trending Topics</h3><ul class="chips"><li><a href="/topic/monsoon">Monsoon 2026</a></li><li><a href="/topic/gold-rate">Gold Rate Today</a></li><li><a href="/topic/ipl">IPL Points Table</a></li><li><a href="/topic/petrol">Petrol Price</a></li><li><a href="/topic/metro">Metro Fares</a></li><li><a href="/topic/results">Board Exam Results</a></li></ul></div>`,
  }),
  [
    'Catch all the City News',
    'Daily Market Updates',
    'Trending Topics',
    'Gold Rate Today',
    'IPL Points Table',
    'Board Exam Results',
  ],
);

add(
  'portal: a photo-gallery strip ("In Pics", five linked captions with photo counts) mid-story',
  METRO,
  shell10('desk', METRO, {
    at: {
      2: `<div class="photo-strip"><div class="strip-head"><span>In Pics</span> <a href="/photos">View all</a></div><ul>${[
        3, 4, 5, 35, 36,
      ]
        .map(
          (i) =>
            `<li><a href="/photos/${String(i)}"><img src="/img/p${String(i)}.jpg" alt=""><span class="count">${String(8 + i)} Photos</span><span class="cap">${H10(i)}</span></a></li>`,
        )
        .join('')}</ul></div>`,
    },
  }),
  ['In Pics', 'View all', H10(3), H10(4), H10(5), H10(35), H10(36), 'Photos'],
);

const APP = plus10(
  {
    ...METRO,
    paras: [
      ...METRO.paras.slice(0, 3),
      'The corporation said it would share service updates on its WhatsApp number and Telegram channel after rumours of a tunnel flood spread on messaging apps on Saturday night.',
      ...METRO.paras.slice(3),
    ],
  },
  '(With inputs from PTI)',
);
add(
  'guard (portal): a paragraph of the story names WhatsApp and Telegram; follow lines for Telegram and Google News go; "(With inputs from PTI)" stays',
  APP,
  shell10('desk', APP, {
    at: {
      1: `<p><strong>Stay updated:</strong> Join our Telegram channel for breaking news alerts.</p>`,
      5: `<p>Follow us on <a href="https://news.google.example/publications/ddd">Google News</a> and never miss an update.</p>`,
    },
  }),
  ['Join our Telegram channel', 'Google News', 'never miss an update'],
);

add(
  'red-top: "Read more" label and a bold linked headline in the next paragraph, between paragraphs',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      1: `<p><strong>Read more</strong></p><p><a href="/news/uk-news/mum-fury-parking-fine-29103"><strong>${H10(6)}</strong></a></p>`,
    },
  }),
  ['Read more', H10(6)],
);

add(
  'red-top: two "MORE:" lines with a linked headline each, and a "Got a story?" box after the body',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      0: `<p><strong>MORE: </strong>${link10(H10(7))}</p>`,
      3: `<p>MORE: ${link10(H10(8), 'showbiz')}</p>`,
    },
    tail: `<div class="article-footer-box"><h3>Got a story?</h3><p>Got a story for us? Email news@northernclarion.example or call our newsdesk on 0161 555 0199. You can also send us photos and videos through WhatsApp.</p></div>`,
  }),
  ['MORE:', H10(7), H10(8), 'Got a story', 'newsdesk on 0161'],
);

add(
  'red-top: a newsletter sign-up box inside the body and a video player whose text reads "Video Loading"',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      0: `<div class="video-player"><div class="vp-loading">Video Loading</div><div class="vp-error">Video Unavailable</div><div class="vp-overlay"><span>Click to play</span> <span>Tap to play</span></div><div class="vp-next">The video will auto-play soon<span>8</span>Cancel</div><div class="vp-cta">Watch now</div></div>`,
      2: `<div class="newsletter-signup"><p class="ns-title">Sign up to our newsletter</p><p>Get the biggest stories from around the region sent straight to your inbox every morning.</p><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form><p class="ns-small">We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.</p></div>`,
    },
  }),
  [
    'Video Loading',
    'Video Unavailable',
    'Click to play',
    'Tap to play',
    'auto-play soon',
    'Watch now',
    'Sign up to our newsletter',
    'biggest stories',
    'consented to',
  ],
);

add(
  'red-top: a "Share this article" row and a comments counter above the body, a capitals picture credit in a figure',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      [-1]: `<div class="share-bar"><span>Share this article</span><a href="#fb">Facebook</a><a href="#tw">Twitter</a><a href="#wa">WhatsApp</a><a href="#comments" class="comment-count">127 comments</a></div>`,
      1: `<figure class="in-article-image"><img src="/img/tarmac.jpg" alt=""><figcaption>Maureen on her street with her spade and the bucket of repair mix (Image: HAXLEY PRESS AGENCY)</figcaption></figure><p class="pic-credit">PICTURE: NORTHSIDE PHOTO SERVICES</p>`,
    },
  }),
  ['Share this article', '127 comments', 'HAXLEY PRESS AGENCY', 'NORTHSIDE PHOTO SERVICES', 'bucket of repair mix'],
);

const QUOTE: Story = {
  ...POTHOLE,
  paras: [
    ...POTHOLE.paras.slice(0, 4),
    '“People keep telling me to read more of the council’s rules before I pick up a spade, but the rules have not fixed one hole in two years,” Mrs Tilsley said.',
    POTHOLE.paras[4] ?? '',
  ],
};
add(
  'guard (red-top): a quoted "read more" inside a sentence of the story stays; a bold "READ MORE:" linked line goes',
  QUOTE,
  shell10('redtop', QUOTE, { at: { 2: `<p><b>READ MORE:</b> ${link10(H10(9))}</p>` } }),
  ['READ MORE:', H10(9)],
);

add(
  'red-top: "Read More" widget div (label and three linked headlines) between paragraphs, a "Comments" heading with count after',
  POTHOLE,
  shell10('redtop', POTHOLE, {
    at: {
      2: `<div class="read-more-links"><span class="rml-label">Read More</span><ul><li>${link10(H10(10))}</li><li>${link10(H10(11))}</li><li>${link10(H10(33))}</li></ul></div>`,
    },
    tail: `<div class="comments-teaser"><h3>Comments</h3><p><a href="#comments">Join the conversation (58)</a></p></div>`,
  }),
  ['Read More', H10(10), H10(11), H10(33), 'Join the conversation'],
);
