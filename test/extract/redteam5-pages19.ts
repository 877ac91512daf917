// The fifth red-team set, round 19, written before the cleaner was run on it: syndication portals (a republished
// wire story under the source's logo, "Story continues below", "More from <Publisher>", comment prompts, reaction
// polls, "Related video:" captions), AMP pages (amp-list related items with their placeholders, amp-ad labels,
// amp-social-share, the next-page separator) and newsletters as articles (Substack, Medium and Beehiiv styles:
// subscribe and share buttons, "Thanks for reading ...", likes and restacks, claps and follows, "Discover more
// from ...", forwarded-mail lines, an in-issue sponsor). Guards: an essay that asks readers to comment on the
// town's docket, and one that thanks readers for a correction.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { LOCAL } from './redteam5-pages18.js';
import { link5, shell5 } from './redteam5-shells.js';
import { NATOBID, SCHOOLVOTE, ZONING } from './redteam5-stories.js';

export const CASES19: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES19.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Headlines of a wire's other stories, of our own. */
const WIRE = [
  'Central bank holds rates and signals patience on cuts',
  'Ferry operator cancels crossings as storm reaches the coast',
  'Grain exports rise for a third month despite port delays',
  'Court rejects appeal over the closure of a coal plant',
  'Carmaker recalls forty thousand vans over a brake fault',
];

add(
  'portal: the source logo over a wire story, "Story continues below" between paragraphs',
  NATOBID,
  shell5('portal', NATOBID, {
    at: {
      1: `<div class="caas-da"><p class="ad-label">Story continues below</p><div class="ad-slot" id="ad-lrec"></div></div>`,
    },
  }),
  ['Story continues below'],
);

add(
  'portal: "More from Continental Wire" list and a comment prompt after the story',
  NATOBID,
  shell5('portal', NATOBID, {
    after: `<section class="more-from-provider"><h2>More from Continental Wire</h2><ul>${WIRE.map((h) => `<li>${link5(h, 'news')}</li>`).join('')}</ul></section><div class="comments-cta"><h3>Comments</h3><p>Join the conversation</p><button>View comments (128)</button><p>Sign in to comment and reply to others.</p></div>`,
  }),
  ['More from Continental Wire', ...WIRE, 'Join the conversation', 'View comments', 'Sign in to comment'],
);

add(
  'portal: a reactions poll and "Recommended Stories" after the body, a "Related video:" caption in it',
  NATOBID,
  shell5('portal', NATOBID, {
    at: {
      2: `<div class="video-embed"><div class="player" data-id="vid-991"></div><p class="related-video">Related video: Alliance chief asked about the summit declaration (Continental Wire)</p></div>`,
    },
    tail: `<div class="reactions"><p>What do you think of this story?</p><button>Upbeat</button><button>Sad</button><button>Angry</button><button>Surprised</button></div>`,
    after: `<section class="recommended"><h3>Recommended Stories</h3>${WIRE.slice(0, 3)
      .map((h) => `<div class="stream-item">${link5(h, 'news')}<span class="provider">Continental Wire</span></div>`)
      .join('')}</section>`,
  }),
  [
    'Related video:',
    'Alliance chief asked about the summit declaration',
    'What do you think of this story',
    'Upbeat',
    'Recommended Stories',
    ...WIRE.slice(0, 3),
  ],
);

add(
  'AMP: amp-list of related items with a placeholder and a fallback, an amp-ad with its label',
  SCHOOLVOTE,
  shell5('amp', SCHOOLVOTE, {
    at: {
      1: `<div class="amp-ad-wrapper"><span class="amp-ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/news"><div placeholder>Loading ad…</div></amp-ad></div>`,
    },
    tail: `<section class="related"><h2>Related Stories</h2><amp-list src="/api/related.json" layout="fixed-height" height="400"><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template><div placeholder>Loading related stories…</div><div fallback>Related stories could not be loaded.</div><div role="list">${LOCAL.slice(
      2,
      6,
    )
      .map((h) => `<div role="listitem">${link5(h)}</div>`)
      .join('')}</div></amp-list></section>`,
  }),
  [
    'Advertisement',
    'Loading ad',
    'Related Stories',
    'Loading related stories',
    'could not be loaded',
    ...LOCAL.slice(2, 6),
  ],
);

add(
  'AMP: amp-social-share buttons with labels, and the next-page separator with the next headline',
  SCHOOLVOTE,
  shell5('amp', SCHOOLVOTE, {
    at: {
      [-1]: `<div class="share-bar"><amp-social-share type="facebook" aria-label="Share on Facebook">Facebook</amp-social-share><amp-social-share type="twitter" aria-label="Share on X">X</amp-social-share><amp-social-share type="email" aria-label="Share by email">Email</amp-social-share></div>`,
    },
    after: `<amp-next-page><script type="application/json">{"pages":[]}</script><div separator><span>Up next</span></div><div class="next-title">${link5(LOCAL[7] ?? '')}</div></amp-next-page>`,
  }),
  ['Share on Facebook', 'Facebook', 'Email', 'Up next', LOCAL[7] ?? ''],
);

add(
  'Substack: subscribe and share buttons after the first paragraph, a footer "Thanks for reading ..." box',
  ZONING,
  shell5('substack', ZONING, {
    at: {
      0: `<p class="button-wrapper"><a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p><p class="button-wrapper"><a class="button primary" href="/p/the-duplex-fight?utm_medium=share"><span>Share</span></a></p>`,
    },
    tail: `<div class="subscription-widget-wrap"><div class="subscription-widget"><p class="cta-caption">Thanks for reading The Orchard Hill Dispatch! Subscribe for free to receive new posts and support my work.</p><form><input type="email" placeholder="Type your email..."><button>Subscribe</button></form></div></div>`,
  }),
  ['Subscribe now', 'Thanks for reading The Orchard Hill Dispatch', 'Subscribe for free to receive new posts'],
);

add(
  'Substack: likes, restacks, "Leave a comment", previous/next and a "Discover more from" box',
  ZONING,
  shell5('substack', ZONING, {
    tail: `<div class="post-ufi"><a class="like-button">42</a><a class="restack-button">7</a><a class="comment-button">Leave a comment</a><span>42 Likes · 7 Restacks</span></div><div class="post-footer-nav"><a href="/p/prev">Previous</a><a href="/p/next">Next</a></div>`,
    after: `<div class="discover-box"><h3>Discover more from The Orchard Hill Dispatch</h3><p>Local housing, schools and politics, from a reporter who lives here.</p><p>Over 4,000 subscribers</p><a href="/subscribe">Continue reading</a></div>`,
  }),
  [
    'Leave a comment',
    '42 Likes',
    '7 Restacks',
    'Discover more from',
    'from a reporter who lives here',
    'Over 4,000 subscribers',
  ],
);

add(
  'Medium: follow button, clap and response counts, "Written by" with followers, "More from" and footer links',
  ZONING,
  shell5('medium', ZONING, {
    at: {
      [-1]: `<div class="pw-multi-vote"><button aria-label="clap">312</button><button aria-label="responses">4</button><button>Listen</button><button>Share</button></div>`,
    },
    tail: `<div class="pw-author-card"><h2>Written by Wendeline Prochaska</h2><p>1.2K Followers</p><p>Writer in a small river town. Housing, zoning and the people who show up to meetings.</p><button>Follow</button></div><div class="pw-more"><h2>More from Wendeline Prochaska</h2>${LOCAL.slice(
      0,
      3,
    )
      .map((h) => `<div>${link5(h, 'p')}<span>5 min read</span></div>`)
      .join('')}<a href="/@wendeline">See all from Wendeline Prochaska</a></div><h2>Recommended from Medium</h2>`,
    after: `<footer class="pw-footer"><a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/press">Press</a><a href="/blog">Blog</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/tts">Text to speech</a></footer>`,
  }),
  [
    '1.2K Followers',
    'Written by Wendeline',
    'Writer in a small river town',
    'More from Wendeline',
    ...LOCAL.slice(0, 3),
    'See all from',
    'Recommended from Medium',
    'Text to speech',
  ],
);

add(
  'Beehiiv: "Was this forwarded to you?" line, an in-issue sponsor block and a "Keep Reading" grid',
  ZONING,
  shell5('beehiiv', ZONING, {
    at: {
      [-1]: `<div class="bh-block"><p><em>Was this email forwarded to you? <a href="/subscribe">Sign up here</a>.</em></p></div>`,
      2: `<div class="bh-block sponsor"><p><strong>TOGETHER WITH LEDGERLY</strong></p><p>Ledgerly does your small-business books while you sleep. Try it free for thirty days and get your first month of payroll on us.</p><a href="https://ads.example/ledgerly">Start your free trial</a></div>`,
    },
    after: `<section class="bh-keep-reading"><h2>Keep Reading</h2>${LOCAL.slice(8, 11)
      .map((h) => `<a class="bh-card" href="/p/${h.length}"><h3>${h}</h3></a>`)
      .join('')}</section>`,
  }),
  [
    'Was this email forwarded to you',
    'TOGETHER WITH LEDGERLY',
    'small-business books',
    'Start your free trial',
    'Keep Reading',
    ...LOCAL.slice(8, 11),
  ],
);

add(
  'Beehiiv: an issue poll ("Login or Subscribe to participate"), reply/forward row, preferences footer',
  ZONING,
  shell5('beehiiv', ZONING, {
    tail: `<div class="bh-poll"><h3>How did you like today's issue?</h3><ul><li><a href="/poll/1">Loved it</a></li><li><a href="/poll/2">It was fine</a></li><li><a href="/poll/3">Not for me</a></li></ul><p>Login or Subscribe to participate in polls.</p></div><div class="bh-actions"><a href="mailto:?">Reply</a><a href="/forward">Forward to a friend</a></div><p class="bh-prefs">Update your email preferences or unsubscribe here</p>`,
  }),
  [
    "How did you like today's issue",
    'Loved it',
    'Not for me',
    'participate in polls',
    'Forward to a friend',
    'unsubscribe here',
  ],
);

add(
  'Medium-style member plug and a newsletter "Get an email whenever ... publishes" box before the body',
  ZONING,
  shell5('medium', ZONING, {
    at: {
      [-1]: `<div class="pw-member"><p>Member-only story</p></div><div class="pw-subscribe"><p>Get an email whenever Wendeline Prochaska publishes.</p><button>Subscribe</button></div>`,
    },
  }),
  ['Member-only story', 'Get an email whenever'],
);

// Guards.
const COMMENT_PROSE = withPara(
  ZONING,
  4,
  'If you have an opinion on the change, leave a comment on the council’s online docket before the meeting on the twelfth; the clerk told me every comment filed there is read into the record.',
);
add(
  'guard: a newsletter paragraph asking readers to comment on the council docket',
  COMMENT_PROSE,
  shell5('substack', COMMENT_PROSE),
  [],
);

const THANKS_PROSE = withPara(
  ZONING,
  5,
  'Thanks to the reader who wrote in after last week’s issue to point out that the commission has seven members, not nine; I have corrected the earlier post.',
);
add(
  'guard: a newsletter paragraph thanking a reader for a correction',
  THANKS_PROSE,
  shell5('beehiiv', THANKS_PROSE),
  [],
);

const SHARE_PROSE = withPara(
  NATOBID,
  3,
  'Shares in European arms makers rose on Thursday after the reports, with traders betting that any summit language on Ukraine would come with new pledges of military spending.',
);
add('guard: a wire paragraph opening on "Shares" on an AMP page', SHARE_PROSE, shell5('amp', SHARE_PROSE), []);
