// An adversarial set of our own writing: the chrome real news pages put inside or right after the article
// container, beyond the rails and cards of rail-pages.ts. Author bios, sign-up / paywall / donation boxes,
// numbered "most read" lists with times, views and thumbnails, Taboola / Outbrain style promoted grids,
// one-line "Read more:" teasers, comment sections, toolbars, tag lines, wire-copy footers, live blogs, AMP
// and JSON-LD pages. `chrome` are phrases that must not survive; `keep` are article lines beyond the story's
// paragraphs that must (corrections, editor's notes, live entries). Captions and photo credits are dropped
// (as the cleaner does and as the ground truths of the public article-extraction benchmarks do): they are
// neither asserted kept nor listed as chrome, except credit lines that are pure agency boilerplate.
import { BREAKFAST, BRIDGE, COD, GRID, SIGNAL, TREASURER, type Story } from './chrome-stories.js';
import { esc, page, slug, type Platform, type Placement } from './chrome-shells.js';

export type Kind = 'bio' | 'signup' | 'most-read' | 'promoted' | 'teaser' | 'tools' | 'wire' | 'format';

export interface ChromeCase {
  name: string;
  kind: Kind;
  story: Story;
  html: string;
  chrome: string[];
  /** Every line of the article that must be in the text, in order. */
  article: string[];
}

/** Headlines of unrelated stories (celebrity, sport, oddities): recirculation. */
const OTHER = [
  'Singer postpones arena tour to recover from throat surgery',
  'Dating show winners reveal they quietly split before the finale aired',
  'Veteran actor joins cast of long-running hospital drama',
  'Striker completes record transfer on final day of the window',
  'Woman finds engagement ring in garden twelve years after losing it',
  'Chef admits the secret ingredient in her famous pie is instant coffee',
  'Pop duo reunite on stage for the first time in a decade',
  'Retired teacher wins lottery jackpot with numbers from a fortune cookie',
];

/** Clickbait of promoted-content networks. */
const PROMOTED = [
  'Surgeon reveals the one food he never eats after fifty',
  'Homeowners in your area are switching to this roof coating',
  'The sneakers podiatrists wear on their days off',
  'This tiny gadget cuts your heating bill, engineers say',
  'Forget expensive hearing aids, try this instead',
  'Why everyone is suddenly selling their timeshare',
];

const a = (text: string, prefix = '/news'): string => `<a href="${prefix}/${slug(text)}">${esc(text)}</a>`;

const cases: Omit<ChromeCase, 'html'>[] = [];
const htmls: string[] = [];
function add(
  name: string,
  kind: Kind,
  platform: Platform,
  story: Story,
  placement: Placement,
  chrome: string[],
  keep: string[] = [],
): void {
  cases.push({ name, kind, story, chrome, article: placement.body ? keep : [...story.paras, ...keep] });
  htmls.push(page(platform, story, placement));
}

const last = (s: Story): number => s.paras.length - 1;

// ---- Author bios and contributor boxes ------------------------------------------------------------------
add(
  'bio-wp-author-box-photo-social',
  'bio',
  'wordpress',
  BRIDGE,
  {
    after: `<div class="author-box"><div class="author-avatar"><img src="/img/pn.jpg" alt="Priya Nandakumar" width="80"></div><div class="author-description"><h4 class="author-title"><a href="/author/priya-nandakumar/">Priya Nandakumar</a></h4><p class="author-bio">Priya Nandakumar is a reporter covering transport, roads and county government for the Courier. She previously worked at the Harbor Ledger and grew up in Eastfield.</p><p class="author-social"><a href="https://x.example/priyan">X</a> <a href="https://in.example/priyan">LinkedIn</a> <a href="mailto:pn@courier.example">Email</a></p><a class="author-link" href="/author/priya-nandakumar/">View all posts by Priya Nandakumar</a></div></div>`,
  },
  ['is a reporter covering transport', 'View all posts by'],
);

add(
  'bio-italic-line-after-body',
  'bio',
  'ghost',
  COD,
  {
    slots: {
      [last(COD)]:
        `<hr><p><em>Tomas Reyes writes about fishing, ports and the coastal economy. Reach him at tomas.reyes@ledger.example or on Signal at 555 0142.</em></p>`,
    },
  },
  ['writes about fishing, ports', 'Reach him at'],
);

add(
  'bio-arc-author-card-two-authors',
  'bio',
  'arc',
  GRID,
  {
    after: `<div class="b-author-bio"><div class="b-author-bio__author"><img class="c-image" src="/dw.jpg" alt=""><div class="b-author-bio__text"><a class="b-author-bio__author-name" href="/people/dana-whitfield/">Dana Whitfield</a><p class="b-author-bio__description">Dana Whitfield is the Herald's energy and climate reporter. She has covered utilities and extreme weather since 2017.</p><div class="b-author-bio__social-link-wrapper"><a href="https://x.example/dwhit">Follow on X</a><a href="mailto:dw@herald.example">Send an email</a></div></div></div><div class="b-author-bio__author"><div class="b-author-bio__text"><a class="b-author-bio__author-name" href="/people/sam-okafor/">Sam Okafor</a><p class="b-author-bio__description">Sam Okafor is a data reporter who analyses public records, budgets and election results for the Herald.</p></div></div></div>`,
  },
  ['energy and climate reporter', 'is a data reporter who analyses', 'Follow on X'],
);

add(
  'bio-role-first-sentence',
  'bio',
  'brightspot',
  TREASURER,
  {
    after: `<div class="ArticlePage-authorInfo"><div class="ArticlePage-authorBy"><p>Courts correspondent Miriam Osei has reported on trials in the county for a decade and won the state press award for legal reporting in 2024. Follow her @miriamosei.</p></div></div>`,
  },
  ['has reported on trials in the county', 'Follow her @miriamosei'],
);

add(
  'bio-about-label-inline',
  'bio',
  'drupal',
  SIGNAL,
  {
    after: `<div class="field field--name-field-author-bio"><p><strong>About the writer:</strong> Hal Brennan is a freelance writer and former signalman who lives in Norrington. His book on the branch lines of the north is out next spring.</p></div>`,
  },
  ['is a freelance writer and former signalman', 'His book on the branch lines'],
);

add(
  'bio-contact-reporter-line',
  'bio',
  'handmade',
  BREAKFAST,
  {
    slots: {
      [last(BREAKFAST)]:
        `<p><b>Contact the reporter:</b> Owen Castellanos, education reporter, ocastellanos@echo.example, 555-0188. Have a news tip? Email newsroom@echo.example.</p>`,
    },
  },
  ['Contact the reporter', 'Have a news tip'],
);

// ---- Sign-up, paywall and donation boxes --------------------------------------------------------------
add(
  'signup-newsletter-form-mid-body',
  'signup',
  'wordpress',
  BREAKFAST,
  {
    slots: {
      2: `<div class="newsletter-embed wp-block-group"><h3>The School Run</h3><p>Our weekly guide to what is happening in local schools, sent every Sunday morning.</p><form class="nl-form" action="/subscribe"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign me up</button></form><p class="nl-small">You can opt out whenever you like. See our privacy notice.</p></div>`,
    },
  },
  ['The School Run', 'Our weekly guide to what is happening', 'You can opt out whenever you like'],
);

add(
  'signup-support-journalism-box',
  'signup',
  'ghost',
  TREASURER,
  {
    slots: {
      3: `<aside class="support-box"><p><strong>Local reporting needs local support.</strong> The Ledger covered every day of this trial. Reporting like this takes time and money, and we can only do it because readers chip in.</p><p><a class="btn" href="/support">Become a member from 5 a month</a></p></aside>`,
    },
  },
  ['Local reporting needs local support', 'readers chip in', 'Become a member'],
);

add(
  'signup-paywall-inline-offer',
  'signup',
  'arc',
  COD,
  {
    slots: {
      1: `<div class="paywall-offer"><h2>Keep reading for just 1 a week</h2><p>Get unlimited digital access to the Herald, including the e-edition and puzzles. Cancel anytime.</p><a href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Log in</a></div>`,
    },
  },
  ['Keep reading for just', 'unlimited digital access', 'Already a subscriber'],
);

add(
  'signup-plain-paragraph-plug',
  'signup',
  'brightspot',
  GRID,
  {
    slots: {
      [last(GRID)]:
        `<p><em>Want more climate coverage? <a href="/newsletters/climate">Get our free Climate Desk newsletter</a>, delivered every Thursday.</em></p>`,
    },
  },
  ['Want more climate coverage', 'Climate Desk newsletter'],
);

add(
  'signup-app-alerts-and-favour',
  'signup',
  'drupal',
  BRIDGE,
  {
    after: `<div class="block block-promo"><p>Download the County Times app for breaking news alerts on your phone. Available on iOS and Android.</p></div><div class="block block-appeal"><h3>Before you go…</h3><p>We have a small favour to ask. More people are reading the County Times than ever, but advertising revenue is falling. Every contribution, however small, keeps our reporters in the council chamber and the courtroom.</p><p><a href="/contribute">Contribute today</a></p></div>`,
  },
  ['breaking news alerts on your phone', 'We have a small favour to ask', 'Contribute today', 'Before you go'],
);

add(
  'signup-registration-wall-mid',
  'signup',
  'handmade',
  SIGNAL,
  {
    slots: {
      2: `<div class="regwall"><p>This article is free to read, but you need an account. Register in seconds to keep reading our local stories.</p><p><a href="/register">Create a free account</a> | <a href="/signin">Sign in</a></p></div>`,
    },
  },
  ['you need an account', 'Create a free account'],
);

// ---- Most read / popular -------------------------------------------------------------------------------
add(
  'most-read-numbered-views',
  'most-read',
  'wordpress',
  COD,
  {
    after: `<section class="popular-posts"><h3>What readers are clicking on</h3><ol>${OTHER.slice(0, 5)
      .map(
        (h, i) =>
          `<li><span class="num">${i + 1}</span>${a(h)}<span class="views">${(12 - i) * 1.3}K views</span></li>`,
      )
      .join('')}</ol></section>`,
  },
  [OTHER[0]!, OTHER[4]!, 'What readers are clicking on'],
);

add(
  'most-read-timestamps-thumbs',
  'most-read',
  'arc',
  TREASURER,
  {
    after: `<div class="most-read-chain"><h2 class="c-heading">Popular right now</h2>${OTHER.slice(2, 7)
      .map(
        (h, i) =>
          `<div class="c-stack"><a href="/x/${i}"><img src="/t${i}.jpg" alt=""></a><h3>${a(h)}</h3><time>${i + 2} hours ago</time></div>`,
      )
      .join('')}</div>`,
  },
  [OTHER[2]!, OTHER[6]!, 'Popular right now'],
);

add(
  'most-read-in-body-numbered-text',
  'most-read',
  'ghost',
  SIGNAL,
  {
    slots: {
      3: `<div class="kg-card kg-html-card"><p class="label">MOST READ THIS WEEK</p><p>1. ${a(OTHER[0]!)}</p><p>2. ${a(OTHER[1]!)}</p><p>3. ${a(OTHER[3]!)}</p><p>4. ${a(OTHER[5]!)}</p></div>`,
    },
  },
  [OTHER[0]!, OTHER[5]!, 'MOST READ THIS WEEK'],
);

add(
  'most-read-top-five-no-label',
  'most-read',
  'brightspot',
  BREAKFAST,
  {
    after: `<div class="ListD"><div class="ListD-items">${OTHER.slice(1, 6)
      .map(
        (h, i) =>
          `<div class="ListD-items-item"><div class="PromoC"><span class="PromoC-rank">${i + 1}</span><div class="PromoC-title">${a(h)}</div><div class="PromoC-timestamp">Mar ${i + 1}, 2026</div></div></div>`,
      )
      .join('')}</div></div>`,
  },
  [OTHER[1]!, OTHER[5]!],
);

add(
  'most-read-trending-on-site',
  'most-read',
  'drupal',
  GRID,
  {
    after: `<div class="views-element-container block"><h2>Trending on County Times</h2><div class="view-content"><div class="views-row">${a(OTHER[4]!)} <em>· 3.1K shares</em></div><div class="views-row">${a(OTHER[5]!)} <em>· 2.4K shares</em></div><div class="views-row">${a(OTHER[6]!)} <em>· 1.9K shares</em></div><div class="views-row">${a(OTHER[7]!)} <em>· 1.2K shares</em></div></div></div>`,
  },
  [OTHER[4]!, OTHER[7]!, 'Trending on County Times'],
);

// ---- Promoted / sponsored ------------------------------------------------------------------------------
add(
  'promoted-taboola-below-article',
  'promoted',
  'wordpress',
  GRID,
  {
    after: `<div id="taboola-below-article-thumbnails" class="trc_related_container"><div class="trc_rbox_header"><span class="trc_rbox_header_span">You May Like</span></div><div class="trc_rbox_outer">${PROMOTED.slice(
      0,
      4,
    )
      .map(
        (h, i) =>
          `<div class="videoCube syndicatedItem"><a href="https://ads.example/c?i=${i}" rel="sponsored"><span class="thumbBlock"></span><span class="video-label video-title">${esc(h)}</span><span class="branding">Health Tips Daily</span></a></div>`,
      )
      .join(
        '',
      )}</div><div class="trc_footer"><a href="https://ads.example/what">Sponsored Links by Taboola</a></div></div>`,
  },
  [PROMOTED[0]!, PROMOTED[3]!, 'Sponsored Links', 'Health Tips Daily'],
);

add(
  'promoted-outbrain-around-web',
  'promoted',
  'arc',
  BRIDGE,
  {
    after: `<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget ob-feed"><div class="ob-widget-header"><span>Around The Web</span></div>${PROMOTED.slice(
      1,
      6,
    )
      .map(
        (h) =>
          `<a class="ob-dynamic-rec-link" href="https://paid.example/${slug(h)}"><span class="ob-rec-source">SmartLiving</span><span class="ob-unit ob-rec-text">${esc(h)}</span></a>`,
      )
      .join('')}<a class="ob_what" href="https://paid.example/about">Recommended by</a></div></div>`,
  },
  [PROMOTED[1]!, PROMOTED[5]!, 'Around The Web', 'Recommended by'],
);

add(
  'promoted-sponsored-grid-no-label',
  'promoted',
  'brightspot',
  COD,
  {
    after: `<div class="sponsored-grid">${PROMOTED.slice(0, 4)
      .map(
        (h) =>
          `<div class="sp-card"><a href="https://paid.example/${slug(h)}">${esc(h)}</a><div class="sp-by">Ad · BrightHome</div></div>`,
      )
      .join('')}</div>`,
  },
  [PROMOTED[0]!, PROMOTED[3]!, 'BrightHome'],
);

add(
  'promoted-partner-content-in-body',
  'promoted',
  'drupal',
  BREAKFAST,
  {
    slots: {
      2: `<div class="partner-content"><span class="partner-label">PARTNER CONTENT</span><h4>${a('Five ways to keep your lunchbox fresh all week', 'https://brand.example')}</h4><p>Presented by FreshBox. Discover smart containers that keep food cool for hours.</p></div>`,
    },
  },
  ['PARTNER CONTENT', 'Five ways to keep your lunchbox', 'Presented by FreshBox'],
);

// ---- One-line teasers and cut-offs ---------------------------------------------------------------------
add(
  'teaser-read-more-bold-inline',
  'teaser',
  'wordpress',
  TREASURER,
  {
    slots: {
      1: `<p><strong>READ MORE:</strong> ${a('Harwick council admits leisure centre ran two million over budget')}</p>`,
      3: `<p><strong>Also read |</strong> ${a('Who sits on the finance committee, and what it decides')}</p>`,
    },
  },
  ['leisure centre ran two million over', 'Who sits on the finance committee'],
);

add(
  'teaser-related-caps-links-list',
  'teaser',
  'arc',
  COD,
  {
    slots: {
      2: `<div class="related-coverage"><p><b>RELATED COVERAGE</b></p><ul><li>${a('Harbour protest blocks ferry terminal for a second day')}</li><li>${a('Marine institute warns of cod collapse in northern grounds')}</li></ul></div>`,
    },
  },
  ['RELATED COVERAGE', 'Harbour protest blocks ferry terminal', 'Marine institute warns of cod collapse'],
);

add(
  'teaser-arrow-and-brackets',
  'teaser',
  'handmade',
  GRID,
  {
    slots: {
      0: `<p>» ${a('Heat wave: how to keep your home cool without air conditioning')}</p>`,
      2: `<p>[ Read: ${a('Why the grid struggles most at sunset')} ]</p>`,
    },
  },
  ['how to keep your home cool without', 'Why the grid struggles most at sunset'],
);

add(
  'teaser-continue-reading-cutoffs',
  'teaser',
  'brightspot',
  SIGNAL,
  {
    slots: {
      1: `<p class="continue">Continue reading the main story</p>`,
      3: `<div class="ad-slot"><p>Article continues after this advertisement</p></div>`,
    },
  },
  ['Continue reading the main story', 'Article continues after'],
);

add(
  'teaser-next-previous-post-nav',
  'teaser',
  'wordpress',
  SIGNAL,
  {
    after: `<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/prev" rel="prev"><span class="meta-nav">Previous article</span> <span class="post-title">Steam gala draws record crowds despite the rain</span></a></div><div class="nav-next"><a href="/next" rel="next"><span class="meta-nav">Next article</span> <span class="post-title">Canal trust appeals for lock keepers</span></a></div></div></nav>`,
  },
  ['Steam gala draws record crowds', 'Canal trust appeals for lock keepers', 'Previous article'],
);

add(
  'teaser-watch-video-block',
  'teaser',
  'ghost',
  BRIDGE,
  {
    slots: {
      2: `<div class="video-promo"><p>▶ <strong>WATCH:</strong> ${a('Drone footage shows the cracked deck of Millbrook Bridge')}</p><p class="duration">1:42</p></div>`,
    },
  },
  ['Drone footage shows the cracked deck'],
);

// ---- Toolbars, tags, comments; corrections kept --------------------------------------------------------
add(
  'tools-share-print-font-size',
  'tools',
  'drupal',
  COD,
  {
    slots: {
      [-1]: `<div class="article-tools"><span>Share this article</span> <a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a> <a href="#em">Email</a> <button>Print</button> <span class="font-size">Text size <button>A-</button> <button>A+</button></span> <span class="listen">Listen to this article · 4 min</span></div>`,
    },
  },
  ['Share this article', 'Text size', 'WhatsApp'],
);

add(
  'tools-tags-topics-line',
  'tools',
  'wordpress',
  BREAKFAST,
  {
    after: `<div class="tags-links"><span>Topics:</span> <a href="/tag/schools" rel="tag">Schools</a>, <a href="/tag/school-meals" rel="tag">School meals</a>, <a href="/tag/lakeside" rel="tag">Lakeside</a>, <a href="/tag/budget" rel="tag">Budget</a></div>`,
  },
  ['Topics:', 'School meals'],
);

add(
  'tools-comments-thoughts-on',
  'tools',
  'wordpress',
  BRIDGE,
  {
    after: `<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “County closes Millbrook Bridge for eight months of deck repairs”</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">RiverRat77</b> <time>March 2, 2026 at 9:14 am</time></footer><div class="comment-content"><p>About time. That bridge has been shaking under the buses for years and nobody listened to us.</p></div><div class="reply"><a class="comment-reply-link" href="#r">Reply</a></div></article></li><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">J. Abernathy</b></footer><div class="comment-content"><p>Eight months is optimistic. The last repair on the ring road took nearly two years.</p></div></article></li></ol><div id="respond"><h3 class="comment-reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be published.</p></div></div>`,
  },
  ['thoughts on', 'shaking under the buses', 'Eight months is optimistic', 'Leave a Reply'],
);

add(
  'tools-join-conversation-policy',
  'tools',
  'arc',
  TREASURER,
  {
    after: `<div class="comments-wrapper"><h3>Join the conversation</h3><p>Comments are moderated and must follow our community guidelines. Please keep it civil and stay on topic.</p><button>View 48 comments</button></div>`,
  },
  ['Join the conversation', 'community guidelines', 'View 48 comments'],
);

add(
  'tools-correction-and-editors-note-kept',
  'tools',
  'ghost',
  SIGNAL,
  {
    slots: {
      [-1]: `<p><em>Editor's note: This story was updated on Saturday with the museum's opening hours.</em></p>`,
      [last(SIGNAL)]:
        `<p><strong>Correction:</strong> An earlier version of this article said the box closed in 1978. Signalling on the line was moved in 1987.</p><div class="article-tags"><a href="/tag/railways">Railways</a> <a href="/tag/museums">Museums</a> <a href="/tag/volunteering">Volunteering</a></div>`,
    },
  },
  ['Volunteering'],
  [
    "Editor's note: This story was updated on Saturday with the museum's opening hours.",
    'Correction: An earlier version of this article said the box closed in 1978. Signalling on the line was moved in 1987.',
  ],
);

add(
  'tools-npr-toggle-caption',
  'tools',
  'handmade',
  GRID,
  {
    slots: {
      1: `<div class="imagewrap"><img src="/pylons.jpg" alt="Power lines at dusk"><div class="credit-caption"><div class="caption"><p>Power lines outside the southern substation on Saturday.</p></div><span class="credit">Rhea Lund/Northern Echo</span></div><b class="toggle-caption">toggle caption</b><b class="hide-caption">hide caption</b></div>`,
    },
  },
  ['toggle caption', 'hide caption'],
);

// ---- Wire copy, live blogs, AMP, JSON-LD ---------------------------------------------------------------
add(
  'wire-ap-station-footer',
  'wire',
  'brightspot',
  COD,
  {
    slots: {
      [last(COD)]:
        `<p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>`,
    },
    after: `<div class="station-rail"><h3>Trending on KCST</h3><ul>${OTHER.slice(0, 6)
      .map((h) => `<li>${a(h)}</li>`)
      .join('')}</ul></div>`,
  },
  ['may not be published, broadcast', 'Trending on KCST', OTHER[0]!, OTHER[5]!],
);

add(
  'wire-reuters-trust-principles',
  'wire',
  'arc',
  GRID,
  {
    slots: {
      [last(GRID)]:
        `<p class="sign-off">Reporting by Lena Marsh; Editing by Carl Brandt</p><p class="trust"><a href="/trust">Our Standards: The Thomson Reuters Trust Principles.</a></p>`,
    },
  },
  ['Our Standards', 'Trust Principles'],
);

add(
  'wire-republished-separator-rail',
  'wire',
  'wordpress',
  TREASURER,
  {
    slots: {
      [last(TREASURER)]: `<p><strong>Trending</strong></p><p>-</p><p>${OTHER.map((h) => `${a(h)} -`).join(' ')}</p>`,
    },
  },
  ['Trending', OTHER[0]!, OTHER[7]!],
);

const LIVE = [
  ['10:42 BST', 'Crews have started lifting the first section of the old deck onto a barge below the bridge.'],
  ['10:15 BST', 'The highways department says the detour through Eastfield is running smoothly so far this morning.'],
  [
    '09:50 BST',
    'Shop owners on Bridge Street have put up signs telling customers that they are open as usual during the works.',
  ],
] as const;
add(
  'format-live-blog-key-events',
  'format',
  'handmade',
  BRIDGE,
  {
    body: `<p>${esc(BRIDGE.paras[0]!)}</p><div class="key-events"><h3>Key events</h3><ul><li>${a('10m ago Crews start lifting the deck', '#e1')}</li><li>${a('37m ago Detour running smoothly', '#e2')}</li><li>${a('1h ago Shops open as usual', '#e3')}</li></ul><a href="#all">Show key events only</a></div>${LIVE.map(([t, x], i) => `<div class="live-entry" id="e${i + 1}"><time>${t}</time><p>${esc(x)}</p><div class="entry-share"><a href="#s">Share</a> <a href="#c">Copy link</a></div></div>`).join('')}<p class="live-note">Please refresh the page for the latest updates.</p>`,
  },
  ['Key events', 'Show key events only', 'Copy link', 'refresh the page for the latest'],
  [BRIDGE.paras[0]!, ...LIVE.map(([, x]) => x)],
);

add(
  'format-amp-related-and-share',
  'format',
  'amp',
  BREAKFAST,
  {
    slots: {
      1: `<amp-social-share type="facebook"></amp-social-share><amp-social-share type="email"></amp-social-share><div class="amp-ad-label">Advertisement</div><amp-ad width="300" height="250" type="doubleclick"></amp-ad>`,
    },
    after: `<section class="amp-related"><h2>More in Education</h2><ul><li>${a('Teachers vote to accept new pay offer')}</li><li>${a('University open day draws record numbers')}</li><li>${a('Library extends opening hours during exams')}</li></ul></section><amp-next-page><script type="application/json">{"pages":[]}</script></amp-next-page>`,
  },
  ['More in Education', 'Teachers vote to accept', 'Advertisement'],
);

const LD = (s: Story): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: s.title, author: { '@type': 'Person', name: s.byline }, datePublished: '2026-03-02T08:00:00Z', articleBody: s.paras.join(' ') })}</script>`;
add(
  'format-jsonld-body-with-rails',
  'format',
  'drupal',
  TREASURER,
  {
    head: LD(TREASURER),
    slots: {
      2: `<div class="inline-promo"><p><strong>SEE ALSO:</strong> ${a('Leisure centre contractor fined over late opening')}</p></div>`,
    },
    after: `<div class="block-recommended"><h2>Recommended for you</h2>${OTHER.slice(3, 7)
      .map(
        (h) =>
          `<article class="teaser"><h3>${a(h)}</h3><p class="teaser-sub">${esc(h.split(' ').slice(0, 4).join(' '))}…</p></article>`,
      )
      .join('')}</div>`,
  },
  ['Leisure centre contractor fined', 'Recommended for you', OTHER[3]!, OTHER[6]!],
);

// ---- Opaque class names (CSS-in-JS hashes): nothing in the markup says what the block is ---------------
const h = (n: number): string => `css-${(n * 7919).toString(36)}`;
add(
  'opaque-newsletter-box-no-form',
  'signup',
  'arc',
  BRIDGE,
  {
    slots: {
      3: `<div class="${h(1)}"><div class="${h(2)}"><p class="${h(3)}"><b>The Morning Brief</b></p><p class="${h(4)}">The day's biggest stories, picked by our editors and in your inbox every weekday before 7 a.m.</p><a class="${h(5)}" href="/account/newsletters">Sign up</a></div></div>`,
    },
  },
  ['The Morning Brief', "The day's biggest stories, picked by our editors"],
);

add(
  'opaque-bio-pronoun-sentences',
  'bio',
  'brightspot',
  GRID,
  {
    after: `<div class="${h(6)}"><img class="${h(7)}" src="/dw.jpg" alt=""><div class="${h(8)}"><a class="${h(9)}" href="/by/dana-whitfield">Dana Whitfield</a><p class="${h(10)}">Dana Whitfield reports on energy, utilities and extreme weather for the Capital Report.</p><p class="${h(11)}">She joined the paper in 2019 after six years at a wire agency. <a href="https://x.example/dwhit">@dwhit</a></p></div></div>`,
  },
  ['reports on energy, utilities and extreme weather', 'She joined the paper in 2019'],
);

add(
  'opaque-latest-headlines-before-body',
  'most-read',
  'arc',
  COD,
  {
    slots: {
      [-1]: `<div class="${h(12)}"><p class="${h(13)}">The Latest</p>${OTHER.slice(0, 5)
        .map(
          (x, i) =>
            `<div class="${h(14)}"><a href="/n/${i}">${esc(x)}</a><span class="${h(15)}">${i * 12 + 5} min ago</span></div>`,
        )
        .join('')}</div>`,
    },
  },
  ['The Latest', OTHER[0]!, OTHER[4]!],
);

add(
  'opaque-video-playlist-up-next',
  'teaser',
  'ghost',
  TREASURER,
  {
    slots: {
      2: `<div class="${h(16)}"><p class="${h(17)}">Now playing</p><p class="${h(18)}">Harwick council meeting erupts over audit report</p><p class="${h(17)}">Up next</p>${['Treasurer arrives at court on the first day of trial 1:12', 'What the jury heard in week three 2:45', 'Leisure centre opens two years late 3:08'].map((x) => `<div class="${h(19)}"><a href="/video/${slug(x)}">${esc(x)}</a></div>`).join('')}</div>`,
    },
  },
  ['Now playing', 'Up next', 'What the jury heard in week three'],
);

add(
  'opaque-topic-chips-no-label',
  'tools',
  'brightspot',
  BREAKFAST,
  {
    after: `<div class="${h(20)}"><a class="${h(21)}" href="/t/education">Education</a><a class="${h(21)}" href="/t/school-meals">School meals</a><a class="${h(21)}" href="/t/lakeside">Lakeside</a><a class="${h(21)}" href="/t/federal-funding">Federal funding</a></div>`,
  },
  ['School meals', 'Federal funding'],
);

add(
  'opaque-paywall-truncation',
  'signup',
  'handmade',
  COD,
  {
    after: `<div class="${h(22)}"><p class="${h(23)}">Subscribe to continue reading. Unlimited access to every story, podcast and puzzle from 2 a month.</p><a class="${h(24)}" href="/subscribe">See subscription options</a> <a class="${h(25)}" href="/login">Log in</a></div>`,
  },
  ['Subscribe to continue reading', 'See subscription options'],
);

add(
  'opaque-gallery-counters',
  'tools',
  'wordpress',
  SIGNAL,
  {
    slots: {
      1: `<div class="${h(26)}"><img src="/box1.jpg" alt="The signal box"><p class="${h(27)}">1 of 12</p><p class="${h(28)}">Enlarge this image</p><button class="${h(29)}">Open gallery</button></div>`,
    },
  },
  ['1 of 12', 'Enlarge this image'],
);

add(
  'opaque-dateline-block-in-body',
  'tools',
  'drupal',
  GRID,
  {
    slots: {
      [-1]: `<div class="${h(30)}"><p class="${h(31)}">By Dana Whitfield, Capital Report staff writer</p><p class="${h(32)}">Updated March 2, 2026, 6:14 p.m.</p></div>`,
    },
  },
  ['staff writer', 'Updated March 2, 2026'],
);

add(
  'opaque-podcast-plug',
  'signup',
  'ghost',
  SIGNAL,
  {
    slots: {
      [last(SIGNAL)]:
        `<div class="${h(33)}"><p>🎧 Listen to our local history podcast, Platform Nine: <a href="https://pod.example/apple">Apple Podcasts</a> | <a href="https://pod.example/spotify">Spotify</a> | <a href="https://pod.example/rss">RSS</a></p></div>`,
    },
  },
  ['local history podcast', 'Apple Podcasts'],
);

add(
  'opaque-follow-us-and-tip-line',
  'bio',
  'wordpress',
  BREAKFAST,
  {
    slots: {
      [last(BREAKFAST)]:
        `<p class="${h(34)}">Follow the Courier on <a href="https://fb.example/courier">Facebook</a> and <a href="https://ig.example/courier">Instagram</a> for more local news.</p><p class="${h(35)}">Got a story idea? Send it to tips@courier.example.</p>`,
    },
  },
  ['Follow the Courier on', 'Got a story idea'],
);

// ---- Second round: republishing notes, audio players, polls, hub links, wire sign-ups -------------------
add(
  'wire-conversation-republish-bio',
  'wire',
  'wordpress',
  BREAKFAST,
  {
    slots: {
      [last(BREAKFAST)]:
        `<p><em>The author is a lecturer in public health nutrition at Riverside University. This article is republished from The Forum under a Creative Commons license. <a href="https://forum.example/original">Read the original article</a>.</em></p>`,
    },
  },
  ['lecturer in public health nutrition', 'republished from The Forum', 'Read the original article'],
);

add(
  'wire-ap-hub-follow-line',
  'wire',
  'brightspot',
  GRID,
  {
    slots: {
      [last(GRID)]:
        `<p>___</p><p>Follow the Capital Report's coverage of extreme weather at <a href="/hub/extreme-weather">capitalreport.example/hub/extreme-weather</a>.</p>`,
    },
  },
  ['coverage of extreme weather at', 'hub/extreme-weather'],
);

add(
  'wire-briefing-sign-up-here',
  'wire',
  'arc',
  COD,
  {
    slots: {
      1: `<p>The Daily Catch newsletter brings you the top stories from the coast every morning. <a href="/newsletters/daily-catch">Sign up here.</a></p>`,
    },
  },
  ['The Daily Catch newsletter brings you', 'Sign up here'],
);

add(
  'tools-audio-player-credit',
  'tools',
  'ghost',
  TREASURER,
  {
    slots: {
      [-1]: `<div class="${'css-au1'}"><p>Listen to this article · 5:32 min</p><p>Narrated by an AI voice. <a href="/audio-faq">Learn more about our audio</a></p></div>`,
    },
  },
  ['Listen to this article', 'Narrated by an AI voice', 'Learn more about our audio'],
);

add(
  'tools-reader-poll',
  'tools',
  'drupal',
  BRIDGE,
  {
    slots: {
      3: `<div class="${'css-po1'}"><p><strong>Poll: Should the county have repaired the bridge sooner?</strong></p><ul><li><label><input type="radio" name="p"> Yes</label></li><li><label><input type="radio" name="p"> No</label></li><li><label><input type="radio" name="p"> Not sure</label></li></ul><p><button>Vote</button> <a href="/poll/results">View results</a></p></div>`,
    },
  },
  ['Should the county have repaired the bridge', 'View results'],
);

add(
  'tools-google-news-follow',
  'tools',
  'handmade',
  SIGNAL,
  {
    slots: {
      [last(SIGNAL)]:
        `<p>Follow us on <a href="https://news.example/publications/echo">Google News</a> for the latest from the Northern Echo Weekly.</p><p>We want to hear from you. Have thoughts on this story? Leave a comment below.</p>`,
    },
  },
  ['Follow us on', 'We want to hear from you', 'Leave a comment below'],
);

add(
  'most-read-cards-with-deks',
  'most-read',
  'wordpress',
  TREASURER,
  {
    after: `<section class="${'css-mr9'}"><h2>Most Read</h2>${OTHER.slice(0, 4)
      .map(
        (x) =>
          `<article><h3>${a(x)}</h3><p>${esc(`${x.split(' ').slice(0, 3).join(' ')} and what it means for fans, according to people who know the story well and spoke to our entertainment desk this week.`)}</p></article>`,
      )
      .join('')}</section>`,
  },
  ['Most Read', OTHER[0]!, OTHER[3]!, 'spoke to our entertainment desk'],
);

add(
  'teaser-related-heading-link-mid',
  'teaser',
  'brightspot',
  COD,
  {
    slots: { 3: `<h3>RELATED: ${a('Skippers blockade harbour mouth in protest over quota cut')}</h3>` },
  },
  ['Skippers blockade harbour mouth'],
);

add(
  'format-chart-embed-fallback',
  'format',
  'arc',
  GRID,
  {
    slots: {
      1: `<div class="${'css-dw1'}"><p>Chart: Evening peak demand, in gigawatts</p><p>Source: Regional grid operator · <a href="/data/peak.csv">Get the data</a> · Created with Datawrapper</p></div>`,
    },
  },
  ['Get the data', 'Created with Datawrapper'],
);

add(
  'bio-the-author-is-no-byline',
  'bio',
  'handmade',
  COD,
  {
    slots: {
      [last(COD)]:
        `<p><i>Tomas Reyes has reported on the fishing industry for fifteen years. His last book, Salt and Diesel, followed a trawler crew through one winter.</i></p>`,
    },
  },
  ['has reported on the fishing industry', 'Salt and Diesel'],
);

export const CHROME_CASES: ChromeCase[] = cases.map((c, i) => ({ ...c, html: htmls[i]! }));
