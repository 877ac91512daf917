// News stacks and page kinds the chrome set (chrome-pages.ts) does not cover, pages of our own writing:
// Next.js/React sites, Substack and Medium newsletters, the JNews / Newspaper / Soledad WordPress news themes,
// local TV stations running wire copy, live blogs with pinned posts, photo galleries, polls and quizzes
// mid-body, paywalled teasers. Same contract: `chrome` phrases must not survive, `article` lines must.
import type { ChromeCase } from './chrome-pages.js';
import { esc, page, slug, type Placement } from './chrome-shells.js';
import { CLINIC, FERRY, LIBRARY, ORCHARD } from './stack-stories.js';
import type { Story } from './chrome-stories.js';
import { hx, stackPage, type Stack } from './stack-shells.js';

/** Headlines of other stories of the same sites: recirculation. */
const MORE = [
  'Harbour master warns of fog delays on the morning crossings',
  'Council approves new cycle lane along the river path',
  'Bakery on Quay Street closes after ninety years',
  'Students raise money for a new lifeboat station',
  'Winter parking rules return to the old town next week',
  'Two new doctors join the health centre in Ashby',
];

const a = (text: string, prefix = '/news'): string => `<a href="${prefix}/${slug(text)}">${esc(text)}</a>`;

export const STACK_CASES: ChromeCase[] = [];
function add(
  name: string,
  stack: Stack | 'amp',
  story: Story,
  placement: Placement,
  chrome: string[],
  keep: string[] = [],
): void {
  STACK_CASES.push({
    name,
    kind: 'format',
    story,
    chrome,
    article: placement.body ? keep : [...story.paras, ...keep],
    html: stack === 'amp' ? page('amp', story, placement) : stackPage(stack, story, placement),
  });
}

// ---- Next.js / React: hashed classes, data-testid ---------------------------------------------------------
add(
  'next-testid-related-share-newsletter',
  'next',
  FERRY,
  {
    slots: {
      2: `<div class="${hx(30)}" data-testid="inline-newsletter"><p class="${hx(31)}">Get Metro Now in your inbox</p><p class="${hx(32)}">The stories that matter to the city, every weekday morning.</p><form><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form><p class="${hx(33)}">By signing up, you agree to our Terms of Use and Privacy Policy.</p></div>`,
    },
    after: `<div class="${hx(34)}" data-testid="share-bar"><button>Share</button><button>Copy link</button><a href="#x">Post</a><a href="#fb">Facebook</a></div><section class="${hx(35)}" data-testid="related-stories"><h2 class="${hx(36)}">More from Metro Now</h2>${MORE.slice(
      0,
      4,
    )
      .map(
        (h, i) =>
          `<div class="${hx(37)}" data-testid="card"><a href="/news/${slug(h)}"><img src="/i${i}.jpg" alt=""><h3 class="${hx(38)}">${esc(h)}</h3></a><span class="${hx(39)}">${i + 2} hours ago</span></div>`,
      )
      .join('')}</section>`,
  },
  ['Get Metro Now in your inbox', 'By signing up, you agree', 'More from Metro Now', MORE[0]!, MORE[3]!, 'Copy link'],
);

add(
  'next-ad-labels-and-continues-below',
  'next',
  ORCHARD,
  {
    slots: {
      1: `<div class="${hx(40)}"><p class="${hx(41)}">Advertisement</p><div id="ad-mid-1" class="${hx(42)}"></div><p class="${hx(41)}">Story continues below advertisement</p></div>`,
      3: `<div class="${hx(43)}"><span class="${hx(44)}">Read more</span><a class="${hx(45)}" href="/business/${slug(MORE[2]!)}">${esc(MORE[2]!)}</a></div>`,
    },
  },
  ['Story continues below advertisement', MORE[2]!],
);

// ---- Substack / Medium ------------------------------------------------------------------------------------
add(
  'substack-subscribe-share-discussion',
  'substack',
  LIBRARY,
  {
    slots: {
      2: `<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidget"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Harbor Letter! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email..."><input type="submit" class="button primary" value="Subscribe"></form></div></div>`,
    },
    after: `<div class="post-footer"><div class="post-ufi"><a class="post-ufi-button" href="#like">42</a><a class="post-ufi-button" href="#comments">7</a><a class="post-ufi-button" href="#share">Share</a></div><p class="button-wrapper" data-attrs='{"url":"/p/x/comments"}'><a class="button primary" href="/p/${LIBRARY.slug}/comments"><span>Leave a comment</span></a></p></div><div id="discussion" class="comments-page"><h4>Discussion about this post</h4><div class="comment"><a href="/profile/1">Ruth K.</a><p>My branch stopped fines last year and I finally went back.</p><a href="#r">Reply</a></div></div><div class="footer-wrap"><p>Ready for more?</p><form><input type="email"><button>Subscribe</button></form><p>© 2026 Adaeze Nwosu</p><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/cn">Collection notice</a><a href="/start">Start Writing</a><a href="/app">Get the app</a><p>Substack is the home for great culture</p></div>`,
  },
  [
    'Thanks for reading The Harbor Letter',
    'Subscribe for free to receive new posts',
    'Leave a comment',
    'Discussion about this post',
    'My branch stopped fines last year',
    'Ready for more?',
    'home for great culture',
  ],
);

add(
  'substack-share-button-mid-body',
  'substack',
  CLINIC,
  {
    slots: {
      1: `<p class="button-wrapper" data-attrs='{"text":"Share"}'><a class="button primary" href="/p/${CLINIC.slug}?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p>`,
      3: `<p class="button-wrapper"><a class="button primary" href="/subscribe?"><span>Subscribe now</span></a></p>`,
    },
    after: `<div class="footnotes"></div><p><em>The Harbor Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</em></p>`,
  },
  ['Subscribe now', 'reader-supported publication', 'becoming a free or paid subscriber'],
);

add(
  'medium-follow-claps-recommended',
  'medium',
  ORCHARD,
  {
    after: `<div class="${hx(50)}"><div class="${hx(51)}"><button data-testid="headerClapButton">1.2K</button><button aria-label="responses">18</button><button>Listen</button><button>Share</button></div></div><div class="${hx(52)}"><h2 class="${hx(53)}">Written by ${esc(ORCHARD.byline)}</h2><p class="${hx(54)}">2.4K Followers</p><p class="${hx(55)}">Farm reporter. Writing about fruit, weather and the people who grow our food.</p><button>Follow</button></div><div class="${hx(56)}"><h2>More from ${esc(ORCHARD.byline)}</h2>${MORE.slice(
      3,
      6,
    )
      .map((h) => `<div class="${hx(57)}">${a(h, '/@tl')}<p>5 min read · Sep 2, 2026</p></div>`)
      .join('')}</div><div class="${hx(58)}"><h2>Recommended from Medium</h2>${MORE.slice(0, 3)
      .map((h) => `<div class="${hx(59)}">${a(h, '/@other')}<p>8 min read · Aug 11, 2026</p></div>`)
      .join('')}</div>`,
  },
  ['Written by', 'Followers', 'Farm reporter. Writing about fruit', 'Recommended from Medium', MORE[0]!, MORE[4]!],
);

// ---- WordPress news themes -------------------------------------------------------------------------------
add(
  'jnews-tags-authorbox-prevnext-related',
  'jnews',
  FERRY,
  {
    after: `<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/ferries/" rel="tag">ferries</a><a href="/tag/skerry-island/" rel="tag">Skerry Island</a><a href="/tag/transport/" rel="tag">transport</a></div><div class="jeg_share_bottom_container"><div class="jeg_share_button"><a href="#fb"><span>Share</span></a><a href="#x"><span>Tweet</span></a></div></div><div class="jnews_prev_next_container"><div class="jeg_prevnext_post"><a href="/${slug(MORE[0]!)}/" class="post prev-post"><span class="caption">Previous Post</span><h3 class="post-title">${esc(MORE[0]!)}</h3></a><a href="/${slug(MORE[1]!)}/" class="post next-post"><span class="caption">Next Post</span><h3 class="post-title">${esc(MORE[1]!)}</h3></a></div></div><div class="jnews_author_box_container"><div class="jeg_authorbox"><div class="jeg_author_image"><img src="/mh.jpg" alt=""></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/maren-holt/">Maren Holt</a></h3><p class="jeg_author_desc">Maren covers the islands and the coast for the Current.</p></div></div></div><div class="jnews_related_post_container"><div class="jeg_postblock jeg_postblock_22"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div>${MORE.slice(
      2,
      5,
    )
      .map(
        (h) =>
          `<article class="jeg_post"><div class="jeg_thumb"><a href="/${slug(h)}/"><img src="/t.jpg" alt=""></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/${slug(h)}/">${esc(h)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date">October 12, 2026</div></div></div></article>`,
      )
      .join('')}</div></div>`,
  },
  ['Previous Post', 'Next Post', MORE[0]!, MORE[1]!, 'covers the islands and the coast', 'Related Posts', MORE[3]!],
);

add(
  'tdnews-source-tags-nextprev-related-author',
  'tdnews',
  CLINIC,
  {
    after: `<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/health/">health</a></li><li><a href="/tag/nurses/">nurses</a></li><li><a href="/tag/calder/">Calder</a></li></ul></div><div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Previous article</span><a href="/${slug(MORE[5]!)}/">${esc(MORE[5]!)}</a></div></div><div class="td-block-span6 td-post-next-prev-content"><span>Next article</span><a href="/${slug(MORE[2]!)}/">${esc(MORE[2]!)}</a></div></div><div class="author-box-wrap"><a href="/author/rafael-mendes/"><img src="/rm.jpg" alt=""></a><div class="desc"><div class="td-author-name vcard author"><a href="/author/rafael-mendes/">Rafael Mendes</a></div><div class="td-author-description">Health and social care reporter for the Current since 2021.</div></div></div></footer><div class="td_block_wrap td_block_related_posts"><div class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">RELATED ARTICLES</a><a class="td-related-right" href="#">MORE FROM AUTHOR</a></div>${MORE.slice(
      0,
      3,
    )
      .map(
        (h) =>
          `<div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><a href="/${slug(h)}/"><img src="/x.jpg" alt=""></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="/${slug(h)}/">${esc(h)}</a></h3></div></div>`,
      )
      .join('')}</div>`,
  },
  [
    'Previous article',
    'Next article',
    MORE[5]!,
    MORE[2]!,
    'RELATED ARTICLES',
    'MORE FROM AUTHOR',
    MORE[0]!,
    'reporter for the Current since',
  ],
);

add(
  'penci-you-may-also-like-mid-body-tagcloud',
  'penci',
  LIBRARY,
  {
    slots: {
      1: `<div class="penci-recipe-index-wrap penci-ilrelated"><h4 class="penci-ilrltpost-title">You may also like</h4><ul><li>${a(MORE[4]!, '')}</li><li>${a(MORE[1]!, '')}</li><li>${a(MORE[3]!, '')}</li></ul></div>`,
    },
    after: `<div class="post-tags"><a href="/tag/libraries/" rel="tag">libraries</a><a href="/tag/council/" rel="tag">council</a><a href="/tag/books/" rel="tag">books</a><a href="/tag/city-news/" rel="tag">city news</a></div><div class="tags-share-box center-box"><span class="single-comment-o"><a href="#respond">0 comment</a></span><div class="post-share"><span class="post-share-item"><a href="#fb">Facebook</a></span><span class="post-share-item"><a href="#x">Twitter</a></span></div></div><div class="post-pagination"><div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>previous post</span></div><a href="/${slug(MORE[0]!)}/"><div class="pagi-text"><h5 class="prev-title">${esc(MORE[0]!)}</h5></div></a></div></div><div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>next post</span></div><a href="/${slug(MORE[5]!)}/"><div class="pagi-text"><h5 class="next-title">${esc(MORE[5]!)}</h5></div></a></div></div></div>`,
  },
  ['You may also like', MORE[4]!, MORE[3]!, 'previous post', 'next post', MORE[5]!, '0 comment'],
);

// ---- Local TV: wire stories, related coverage, watch live, weather -----------------------------------------
add(
  'localtv-ap-copyright-related-coverage-watch-live',
  'localtv',
  ORCHARD,
  {
    slots: {
      [-1]: `<div class="article-watch-live"><a href="/live"><span>WATCH LIVE:</span> 8 News Now at Noon</a></div>`,
      1: `<div class="weather-widget"><a href="/weather"><span class="weather-temp">41°</span><span class="weather-cond">Cloudy</span><span>Check your forecast</span></a></div>`,
      2: `<p><strong>Related coverage:</strong></p><ul><li>${a(MORE[1]!)}</li><li>${a(MORE[4]!)}</li></ul>`,
    },
    after: `<p class="article-copyright">Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p><div class="article-list"><h2>Top Stories</h2>${MORE.slice(
      0,
      4,
    )
      .map((h) => `<article class="article-list__article">${a(h)}<time>2 hours ago</time></article>`)
      .join('')}</div>`,
  },
  [
    'WATCH LIVE',
    'Check your forecast',
    'Related coverage',
    MORE[1]!,
    MORE[4]!,
    'Copyright 2026 The Associated Press',
    'by: Tobias',
    'Top Stories',
  ],
);

add(
  'localtv-app-tipline-nexstar-copyright',
  'localtv',
  FERRY,
  {
    slots: {
      2: `<p><strong>MORE: </strong>${a(MORE[0]!)}</p>`,
    },
    after: `<p><em>Download the 8 News Now app for breaking news alerts on your phone.</em></p><p>Have a news tip? Email it to <a href="mailto:tips@kvly.example">tips@kvly.example</a> or call the newsroom.</p><p>Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>`,
  },
  [MORE[0]!, 'Download the 8 News Now app', 'Have a news tip?', 'Copyright 2026 Nexstar Media', 'by: Maren'],
);

// ---- Live blog with a pinned post and per-entry chrome --------------------------------------------------
const ENTRIES = [
  ['11:05', 'The first sailing of the new timetable left on time this morning with about forty passengers on board.'],
  ['10:40', 'Council members say they will meet the regional transport authority on Thursday to discuss the contract.'],
  ['10:12', 'A petition asking the operator to keep the evening sailing has passed two thousand signatures overnight.'],
] as const;
add(
  'liveblog-pinned-post-entry-share',
  'next',
  FERRY,
  {
    body: `<div class="${hx(60)}" data-testid="pinned-post"><p class="${hx(61)}">Pinned</p><p>${esc(FERRY.paras[0]!)}</p></div>${ENTRIES.map(
      ([t, x], i) =>
        `<div class="${hx(62)}" data-testid="live-blog-post" id="p${i}"><div class="${hx(63)}"><time>${t}</time><span>${i * 25 + 3} min ago</span></div><p>${esc(x)}</p><div class="${hx(64)}"><button>Share</button><a href="#p${i}">Copy link</a><a href="#fb">Facebook</a><a href="#x">X</a></div></div>`,
    ).join('')}<button class="${hx(65)}">Load more updates</button>`,
  },
  ['Pinned', 'Copy link', 'Load more updates', 'min ago'],
  [FERRY.paras[0]!, ...ENTRIES.map(([, x]) => x)],
);

// ---- Photo gallery ------------------------------------------------------------------------------------------
add(
  'gallery-slides-captions-counters',
  'jnews',
  ORCHARD,
  {
    slots: {
      0: `<div class="gallery-slider"><div class="slide"><figure><img src="/g1.jpg" alt=""><figcaption>Frost damage on blossom in an orchard above the village. <span class="credit">Photo: Lena Brandt</span></figcaption></figure><div class="slide-count">1 of 8</div></div><div class="slide-nav"><button>Previous</button><button>Next</button><a href="/gallery/frost">View gallery</a></div></div>`,
    },
  },
  ['1 of 8', 'View gallery'],
);

// ---- Polls, quizzes and sign-ups mid-body ----------------------------------------------------------------
add(
  'poll-quiz-signup-mid-body',
  'tdnews',
  LIBRARY,
  {
    slots: {
      1: `<div class="wp-polls"><strong>Should libraries charge late fines?</strong><ul><li><input type="radio" name="p"> Yes</li><li><input type="radio" name="p"> No</li><li><input type="radio" name="p"> Not sure</li></ul><input type="button" value="Vote"><a href="#r">View Results</a></div>`,
      2: `<div class="quiz-promo"><p><strong>QUIZ:</strong> <a href="/quiz/weekly">How well do you know this week's news? Take our quiz</a></p></div>`,
      3: `<div class="newsletter-embed"><h4>Sign up for The Daily Current newsletter</h4><p>Local news, straight to your inbox every morning.</p><form><input type="email"><button>Subscribe</button></form></div>`,
    },
  },
  [
    'Should libraries charge late fines?',
    'View Results',
    'Take our quiz',
    'Sign up for The Daily Current newsletter',
    'straight to your inbox',
  ],
);

// ---- Notes and corrections (kept) and a paywalled teaser ---------------------------------------------------
add(
  'editors-note-and-correction-kept',
  'penci',
  CLINIC,
  {
    slots: {
      [-1]: `<p><em>Editor's note: This story was updated on Oct. 15 with comment from the health board.</em></p>`,
      4: `<p><strong>Correction:</strong> An earlier version of this story gave the wrong distance to the hospital in Ashby. It is a drive of more than forty minutes, not twenty.</p>`,
    },
    after: `<div class="post-tags"><a href="/tag/health/" rel="tag">health</a><a href="/tag/nurses/" rel="tag">nurses</a><a href="/tag/staffing-crisis/" rel="tag">staffing crisis</a></div>`,
  },
  ['staffing crisis'],
  [
    "Editor's note: This story was updated on Oct. 15 with comment from the health board.",
    'Correction: An earlier version of this story gave the wrong distance to the hospital in Ashby.',
  ],
);

add(
  'paywall-teaser-subscriber-only',
  'next',
  CLINIC,
  {
    body: `${CLINIC.paras
      .slice(0, 2)
      .map((x) => `<p class="${hx(12)}">${esc(x)}</p>`)
      .join(
        '',
      )}<div class="${hx(70)}" data-testid="paywall"><h2 class="${hx(71)}">This article is for subscribers only</h2><p class="${hx(72)}">Subscribe now for unlimited access to Metro Now. Just 1 for your first 6 months, cancel anytime.</p><a href="/subscribe">Subscribe</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>`,
  },
  ['for subscribers only', 'unlimited access to Metro Now', 'Already a subscriber?'],
  CLINIC.paras.slice(0, 2),
);

// ---- Second round: the small print of each stack ------------------------------------------------------------
add(
  'substack-paid-wall-gift-share-pub',
  'substack',
  ORCHARD,
  {
    body: `${ORCHARD.paras
      .slice(0, 3)
      .map((x) => `<p>${esc(x)}</p>`)
      .join(
        '',
      )}<p class="button-wrapper"><a class="button primary" href="/p/x?action=share"><span>Share The Harbor Letter</span></a></p><p class="button-wrapper"><a class="button primary" href="/subscribe?gift=true"><span>Give a gift subscription</span></a></p><div class="paywall"><h2 class="paywall-title">This post is for paid subscribers</h2><a href="/subscribe">Subscribe</a><p class="paywall-login">Already a paid subscriber? <a href="/sign-in">Sign in</a></p></div>`,
  },
  [
    'Share The Harbor Letter',
    'Give a gift subscription',
    'This post is for paid subscribers',
    'Already a paid subscriber',
  ],
  ORCHARD.paras.slice(0, 3),
);

add(
  'medium-member-only-listen-signup',
  'medium',
  FERRY,
  {
    slots: {
      [-1]: `<div class="${hx(80)}"><p class="${hx(81)}">Member-only story</p></div><div class="${hx(82)}"><button>Listen</button><button>Share</button></div>`,
    },
    after: `<div class="${hx(83)}"><h2 class="${hx(84)}">Sign up to discover human stories that deepen your understanding of the world.</h2><p class="${hx(85)}">Free</p><p>Distraction-free reading. No ads.</p><p>Organize your knowledge with lists and highlights.</p><a href="/m/signin">Sign up for free</a></div>`,
  },
  ['Member-only story', 'Sign up to discover human stories', 'Distraction-free reading', 'Organize your knowledge'],
);

add(
  'wordpress-views-reading-time-jetpack-reply',
  'jnews',
  LIBRARY,
  {
    slots: {
      [-1]: `<span class="span-reading-time rt-reading-time"><span class="rt-label rt-prefix">Reading Time: </span><span class="rt-time">3</span><span class="rt-label rt-postfix">minutes</span></span>`,
    },
    after: `<div class="post-views content-post post-4412 entry-meta"><span class="post-views-label">Post Views: </span><span class="post-views-count">1,284</span></div><div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#x">Twitter</a></li><li><a href="#fb">Facebook</a></li></ul></div><div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder">Like Loading...</div></div><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3><p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div>`,
  },
  ['Reading Time', 'Post Views', 'Share this:', 'Like Loading', 'Cancel reply', 'will not be published'],
);

add(
  'localtv-video-above-newsletter-typo',
  'localtv',
  CLINIC,
  {
    slots: {
      [-1]: `<p><strong>VIDEO ABOVE:</strong> Nurses at the Calder clinic talk about the shortage.</p>`,
      4: `<div class="newsletter-signup"><p>Sign up for the KVLY 8 News Now daily newsletter and get the top local stories every morning.</p><a href="/newsletters">Sign up</a></div><p><em>Watch the full report in the video player above.</em></p><p><a href="/report-a-typo">Report a typo or error</a> // <a href="/send-news-tip">Submit a news tip</a></p>`,
    },
  },
  ['VIDEO ABOVE', 'Sign up for the KVLY', 'Watch the full report', 'Report a typo', 'Submit a news tip', 'by: Rafael'],
);

add(
  'next-recommended-cards-no-label',
  'next',
  LIBRARY,
  {
    after: `<div class="${hx(90)}">${MORE.slice(0, 4)
      .map(
        (h, i) =>
          `<a class="${hx(91)}" href="/city/${slug(h)}"><div class="${hx(92)}"><img src="/c${i}.jpg" alt=""></div><p class="${hx(93)}">City</p><p class="${hx(94)}">${esc(h)}</p><p class="${hx(95)}">${i + 1}h ago</p></a>`,
      )
      .join('')}</div>`,
  },
  [MORE[0]!, MORE[1]!, MORE[3]!, '1h ago'],
);

add(
  'gallery-slideshow-swipe-enlarge',
  'penci',
  FERRY,
  {
    slots: {
      1: `<div class="tiled-gallery"><figure><img src="/f1.jpg" alt=""><figcaption>The ferry leaves Skerry pier on a grey morning.</figcaption></figure><figure><img src="/f2.jpg" alt=""></figure><p class="gallery-note">Click to view slideshow.</p><p>Swipe for more photos</p><p>Photos: 12 images</p></div>`,
    },
  },
  ['Click to view slideshow', 'Swipe for more photos', 'Photos: 12 images'],
);

// ---- Third round: the furniture of large national sites, in the stacks above -----------------------------
add(
  'national-supported-by-gift-print-edition',
  'next',
  ORCHARD,
  {
    slots: {
      [-1]: `<div class="${hx(100)}"><p class="${hx(101)}">Supported by</p><a href="#after-sponsor">SKIP ADVERTISEMENT</a></div><div class="${hx(102)}"><button>Share full article</button><p>Send any friend a story</p><p>As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.</p><a href="#comments">Read 214 comments</a></div>`,
      2: `<div class="${hx(103)}"><p>Advertisement</p><a href="#after-ad">SKIP ADVERTISEMENT</a></div>`,
    },
    after: `<div class="${hx(104)}"><p class="${hx(105)}">A version of this article appears in print on Oct. 15, 2026, Section B, Page 3 of the national edition with the headline: Frost Halves the Apple Crop. <a href="/reprints">Order Reprints</a> | <a href="/today">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div>`,
  },
  [
    'Supported by',
    'SKIP ADVERTISEMENT',
    'Send any friend a story',
    'gift articles to give',
    'Read 214 comments',
    'Order Reprints',
    'appears in print on',
  ],
);

add(
  'national-ad-feedback-link-copied-related-article',
  'next',
  CLINIC,
  {
    slots: {
      0: `<div class="${hx(110)}"><p>Ad Feedback</p></div>`,
      2: `<div class="${hx(111)}"><p class="${hx(112)}">Related article</p><a href="/health/${slug(MORE[5]!)}">${esc(MORE[5]!)}</a></div>`,
    },
    after: `<div class="${hx(113)}"><p>Link Copied!</p><p>Ad Feedback</p></div>`,
  },
  ['Ad Feedback', 'Related article', MORE[5]!, 'Link Copied'],
);

add(
  'national-click-here-app-and-coverage',
  'tdnews',
  FERRY,
  {
    slots: {
      1: `<p><a href="/apps"><strong>CLICK HERE TO GET THE DAILY CURRENT APP</strong></a></p>`,
      3: `<p><a href="/transport"><strong>CLICK HERE FOR MORE TRANSPORT COVERAGE</strong></a></p>`,
    },
  },
  ['CLICK HERE TO GET THE', 'CLICK HERE FOR MORE'],
);

add(
  'wire-licensing-rights-and-most-read-from',
  'next',
  ORCHARD,
  {
    slots: {
      [-1]: `<div class="${hx(120)}"><p class="${hx(121)}">Most Read from Metro Now</p><ul>${MORE.slice(0, 4)
        .map((h) => `<li>${a(h)}</li>`)
        .join('')}</ul></div>`,
    },
    after: `<p class="${hx(122)}"><a href="/licensing">Purchase Licensing Rights<span>, opens new tab</span></a></p><p>©2026 Metro Now Media L.P.</p>`,
  },
  ['Most Read from', MORE[0]!, MORE[3]!, 'Purchase Licensing Rights', 'opens new tab', 'Media L.P.'],
);

add(
  'tabloid-share-or-comment-view-comments',
  'penci',
  LIBRARY,
  {
    after: `<div class="article-icon-links-container"><p>Share or comment on this article:</p><a href="#comments">Comments 12</a><a href="#share">Share</a></div><div class="comments-cta"><p>Share what you think</p><a href="#comments">View all</a></div><p class="caas-readmore">Story continues</p><p><a href="#comments">View comments</a></p>`,
  },
  [
    'Share or comment on this article',
    'Comments 12',
    'Share what you think',
    'View all',
    'Story continues',
    'View comments',
  ],
);

add(
  'gift-save-comment-toolbar',
  'next',
  FERRY,
  {
    slots: {
      [-1]: `<div class="${hx(130)}"><button>Gift Article</button><a href="#comments">Comment on this story</a><button>Save</button><span>Comment</span><span>0</span><span>Gift Article</span><span>Share</span></div>`,
    },
  },
  ['Gift Article', 'Comment on this story'],
);

// ---- Fourth round: AMP furniture, audio players, video rails, parenthetical plugs -------------------------
add(
  'amp-carousel-accordion-sticky-ad',
  'amp',
  CLINIC,
  {
    slots: {
      1: `<amp-carousel type="slides" layout="responsive" width="4" height="3"><figure><amp-img src="/c1.jpg" layout="fill"></amp-img><figcaption>The clinic on Calder Road.</figcaption></figure><div class="amp-carousel-counter">1/5</div></amp-carousel>`,
    },
    after: `<amp-accordion><section><h4>Related stories</h4><ul>${MORE.slice(2, 5)
      .map((h) => `<li>${a(h)}</li>`)
      .join(
        '',
      )}</ul></section></amp-accordion><div class="amp-full-site"><a href="https://coast.example/${CLINIC.slug}?noamp">View full site</a></div><amp-sticky-ad layout="nodisplay"><p>Advertisement</p></amp-sticky-ad>`,
  },
  ['1/5', 'Related stories', MORE[2]!, MORE[4]!, 'View full site'],
);

add(
  'audio-player-and-video-rail-durations',
  'next',
  LIBRARY,
  {
    slots: {
      [-1]: `<div class="${hx(140)}"><p class="${hx(141)}">Listen to this article</p><span class="${hx(142)}">4 min</span><span>1x</span></div>`,
      3: `<div class="${hx(143)}"><p class="${hx(144)}">Trending videos</p>${[
        'Library cat retires after fifteen years 1:23',
        'Inside the new reading room 2:05',
        'Volunteers rebind old atlases 0:58',
      ]
        .map((x) => `<a class="${hx(145)}" href="/video/${slug(x)}">${esc(x)}</a>`)
        .join('')}</div>`,
    },
  },
  ['Listen to this article', '1x', 'Trending videos', 'Library cat retires', 'Volunteers rebind'],
);

add(
  'parenthetical-newsletter-plug-lines',
  'penci',
  ORCHARD,
  {
    slots: {
      1: `<p><em>(Subscribe to our free Farm Week newsletter here.)</em></p>`,
      4: `<p><em>Want more stories like this? <a href="/newsletters">Sign up</a> for our weekly business digest.</em></p>`,
    },
  },
  ['Farm Week newsletter', 'Want more stories like this'],
);

// ---- Fifth round: recirculation with nothing to name it ----------------------------------------------------
add(
  'next-unlabelled-inline-recirc-links',
  'next',
  CLINIC,
  {
    slots: {
      1: `<div class="${hx(150)}"><a class="${hx(151)}" href="/health/${slug(MORE[5]!)}"><img src="/r1.jpg" alt=""><span class="${hx(152)}">${esc(MORE[5]!)}</span></a></div>`,
      3: `<div class="${hx(150)}"><a class="${hx(151)}" href="/city/${slug(MORE[1]!)}"><img src="/r2.jpg" alt=""><span class="${hx(152)}">${esc(MORE[1]!)}</span></a></div>`,
    },
  },
  [MORE[5]!, MORE[1]!],
);

// ---- Live entries whose scripts did not run: raw Unix times, author and time run together ----------------
add(
  'liveblog-amp-timeago-author-stamps',
  'amp',
  FERRY,
  {
    body: `<p>${esc(FERRY.paras[0]!)}</p>${ENTRIES.map(
      ([t, x], i) =>
        `<div class="live-post" id="post-${i}"><a href="#post-${i}"><amp-timeago layout="fixed-height" height="20" datetime="2026-10-14T${t}:00Z">${1791962700 - i * 1500}</amp-timeago></a><div class="live-post-body"><h3>Update from the pier</h3><p>${esc(x)}</p></div><div class="live-post-meta">Maren Holt14 October 2026 ${t}</div></div>`,
    ).join('')}`,
  },
  ['179196', 'Holt14 October'],
  [FERRY.paras[0]!, ...ENTRIES.map(([, x]) => x)],
);
