// The fourth red-team set, round 15 (the first of branch `redteam4`), written before the cleaner was run on it:
// chrome in the markup styles of the big international news publishers (redteam4-shells.ts), with the families
// the devset's news pages leak (captions and credits, bylines and timestamps, sign-up and app plugs, disclaimers
// and boilerplate, bios, price and ticker chips) and the issue's rails of 5, 16 and 40 headlines with " -" or
// " |" separators inside the article container. Guards: a correction, a results list announced by the story, a
// figures list, subheadings, prose that uses the chrome's words. `chrome` lists phrases that must not survive,
// `article` the lines that must.
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { css, link4, shell4 } from './redteam4-shells.js';
import {
  BUDGETCOL,
  CHARITYRUN,
  COUNT,
  DESAL,
  LANTERNS,
  MONSOON,
  RATES,
  TEACHERS,
  TOOLMAKER,
  TUNNEL,
} from './redteam4-stories.js';

export const CASES15: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES15.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

/** Sixteen celebrity headlines of our own, the issue's rail. */
export const STARS = [
  'Pop duo confirm they are expecting their first child',
  'Former chat show host spotted at airport with mystery friend',
  'Reality star shows off new kitchen after year of building work',
  'Singer admits she almost quit music after her debut flopped',
  'Actor reveals the diet that helped him prepare for action role',
  'Breakfast presenter leaves viewers in stitches with blooper',
  'Footballer’s wife launches swimwear range on holiday island',
  'Period drama star engaged to her co-star after whirlwind romance',
  'Girl band singer stuns in sequins at music awards party',
  'Comedian opens up about life after his stand-up tour',
  'Dating show contestant reveals why the couple broke up',
  'Veteran rocker says he will never retire from the stage',
  'Panel show regular pokes fun at her own wedding photos',
  'Soap villain unrecognisable as he steps out with new beard',
  'Celebrity chef shares the one dish he refuses to cook',
  'Baking contest winner lands her own weekend cookery show',
];
const WHO = ['Coastguard', 'Orchestra', 'Zoo', 'Cathedral', 'Brewery', 'Stadium', 'Ferry firm', 'University'];
const WHAT = ['wins award for', 'apologises over', 'hires staff for', 'rethinks plans for', 'reopens after'];
const WHICH = ['winter floods', 'ticket queues', 'new wing', 'summer festival', 'roof repairs'];
/** Forty headlines made of small parts, none of them words of the stories. */
export const FORTY4 = WHO.flatMap((s, i) => WHAT.map((v, j) => `${s} ${v} ${WHICH[(i + j) % 5] ?? ''}`)).slice(0, 40);
/** Five headlines on the rates story's own subject: a vocabulary test cannot tell them. */
const RATE_HEADS = [
  'Mortgage lenders pull deals ahead of the rate decision',
  'Bond traders push back bets on the first rate cut',
  'Small firms warn refinancing costs will bite this year',
  'Services inflation stays high as wage growth holds up',
  'Currency climbs to a three-month high against the dollar',
];
const TUNNEL_HEADS = [
  'Commuters face months of disruption on the coast line',
  'Operator admits replacement coaches were late again',
  'Estuary bridge tolls to rise for the first time in years',
  'Signal failure leaves hundreds stranded at the junction',
  'Station car park to close for resurfacing in the spring',
];
const li = (heads: string[], folder = 'news', sep = ''): string =>
  heads.map((h) => `<li>${link4(h, folder)}${sep}</li>`).join('');

// --- A public broadcaster ---

add(
  'broadcaster: "Related Topics" tag list and "More on this story" links block after the body',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    tail: `<section data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><div class="ssrcss-1o7p8pb-StyledHeading"><h2>Related Topics</h2></div><ul class="ssrcss-1ln6v9j-TopicList">${li(['Rail travel', 'Estuary towns', 'Network managers'], 'topics')}</ul></section><section data-component="links-block" class="ssrcss-1a8nkn-LinksWrapper"><div class="ssrcss-1o7p8pb-StyledHeading"><h2>More on this story</h2></div><ul>${li(TUNNEL_HEADS.slice(0, 4))}</ul></section>`,
  }),
  ['Related Topics', 'Rail travel', 'Estuary towns', 'More on this story', ...TUNNEL_HEADS.slice(0, 4)],
);

add(
  'broadcaster: "Image source" and "Image caption" lines of a figure inside the body',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: {
      0: `<figure class="ssrcss-1ciupxl-StyledFigure"><div class="ssrcss-ab5fd8-StyledFigureContainer"><span class="ssrcss-1pvrhzf-CopyrightContainer"><span class="ssrcss-1rv0moy-VisuallyHidden">Image source, </span>Harbour Images</span><img src="/img/tunnel.jpg" alt="The mouth of the tunnel"></div><figcaption class="ssrcss-1s3uhtt-Caption"><span class="ssrcss-1rv0moy-VisuallyHidden">Image caption, </span>Water was found seeping through the lining at two points last winter</figcaption></figure>`,
    },
  }),
  ['Image source', 'Harbour Images', 'Image caption', 'Water was found seeping through the lining'],
);

add(
  'broadcaster: a media player\'s fallback text and "Media caption" mid-body',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: {
      2: `<div data-component="video-block" class="ssrcss-1xg8d6j-MediaContainer"><div class="ssrcss-player"><p>This video can not be played</p><p>To play this video you need to enable JavaScript in your browser.</p></div><figcaption><span class="ssrcss-1rv0moy-VisuallyHidden">Media caption, </span>Commuters describe the journey by replacement coach</figcaption></div>`,
    },
  }),
  [
    'This video can not be played',
    'enable JavaScript in your browser',
    'Media caption',
    'Commuters describe the journey',
  ],
);

// --- A US paper's CSS-module page ---

add(
  'CSS modules: "Advertisement" and "SKIP ADVERTISEMENT" slots between paragraphs',
  RATES,
  shell4('cssmodule', RATES, {
    at: Object.fromEntries(
      [0, 2, 3].map((k) => [
        k,
        `<div class="${css(20 + k)}" data-testid="ad-slot"><div class="${css(30)}"><p class="${css(31)}">Advertisement</p><a class="${css(32)}" href="#after-mid${k}">SKIP ADVERTISEMENT</a></div><div id="mid${k}" class="${css(33)}"></div></div><div id="after-mid${k}"></div>`,
      ]),
    ),
  }),
  ['Advertisement', 'SKIP ADVERTISEMENT'],
);

add(
  'CSS modules: "Supported by" above the headline and a newsletter promo mid-body',
  RATES,
  shell4('cssmodule', RATES, {
    at: {
      [-1]: `<p class="${css(40)}">Supported by</p>`,
      1: `<aside class="${css(41)}"><p class="${css(42)}"><strong>The Morning Brief:</strong> Get the stories that matter, explained, in your inbox every weekday.</p><a class="${css(43)}" href="/newsletters/morning-brief">Sign Up</a></aside>`,
    },
  }),
  ['Supported by', 'The Morning Brief', 'in your inbox every weekday', 'Sign Up'],
);

add(
  'CSS modules: "Related Content" hashed cards of the story\'s own subject after the body',
  RATES,
  shell4('cssmodule', RATES, {
    tail: `<div class="${css(50)}"><h2 class="${css(51)}">Related Content</h2><ol class="${css(52)}">${RATE_HEADS.map((h, i) => `<li class="${css(53)}"><a class="${css(54)}" href="/2026/05/0${i + 1}/business/${h.length}-rates.html"><h3 class="${css(55)}">${esc(h)}</h3><p class="${css(56)}">By Staff Reporters</p></a></li>`).join('')}</ol></div>`,
  }),
  ['Related Content', ...RATE_HEADS, 'By Staff Reporters'],
);

// --- A tabloid ---

add(
  'tabloid: "Most read" puff of 16 celebrity headlines each followed by " -" inside the article column',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    at: {
      2: `<div class="femail item puff cleared"><h3 class="puff-title">Most read</h3><ul class="link-bogr2">${li(STARS, 'tvshowbiz', ' -')}</ul></div>`,
    },
  }),
  ['Most read', ...STARS],
);

add(
  'tabloid: unlabelled side-rail of 40 headlines as one list inside the article text after the body',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    tail: `<div class="sidebar-puff femail"><ul class="puff-list">${li(FORTY4, 'news')}</ul></div>`,
  }),
  FORTY4,
);

add(
  'tabloid: "RELATED ARTICLES" box with a pager, share counts and "Share or comment on this article"',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    at: {
      1: `<div class="related-carousel"><h3>RELATED ARTICLES</h3><div class="rotator-pages"><span class="previous">Previous</span> <span class="count">1</span> <span class="next">Next</span></div><ul>${li(STARS.slice(0, 5), 'tvshowbiz')}</ul><div class="share-wrapper"><span class="share-label">Share this article</span><span class="count">Share</span> <span>184 shares</span></div></div>`,
    },
    tail: `<div class="article-icon-links-container"><span class="social-share-title">Share or comment on this article:</span><div class="social-links"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a></div></div>`,
  }),
  ['RELATED ARTICLES', ...STARS.slice(0, 5), 'Share this article', '184 shares', 'Share or comment on this article'],
);

// --- A wire service ---

add(
  'wire: "Sign up here." newsletter line mid-body, "Our Standards" trust line and "Read Next" after',
  TEACHERS,
  shell4('wire', TEACHERS, {
    at: {
      1: `<div class="signup-promo"><p>The Daily Briefing newsletter gives you the biggest stories of the day in five minutes. <a href="/newsletters/daily">Sign up here.</a></p></div>`,
    },
    tail: `<p class="trust-badge"><a href="/trust-principles">Our Standards: The Continental Wire Trust Principles.</a></p>`,
    after: `<div class="read-next"><h2>Read Next</h2>${[...TUNNEL_HEADS.slice(0, 2), ...STARS.slice(5, 8)].map((h) => `<div class="read-next__item">${link4(h, 'world')}<time>May 4, 2026</time></div>`).join('')}</div>`,
  }),
  ['Daily Briefing newsletter', 'Sign up here', 'Our Standards', ...TUNNEL_HEADS.slice(0, 2), ...STARS.slice(5, 8)],
);

add(
  'wire: picture carousel "Item 1 of 3" with credits and "Purchase Licensing Rights" before the body',
  TEACHERS,
  shell4('wire', TEACHERS, {
    at: {
      [-1]: `<div class="carousel"><figure><img src="/p1.jpg" alt=""><figcaption><span class="carousel__count">Item 1 of 3</span> Teachers march past the ministry during the spring walkout. CONTINENTAL/Ines Varga <a href="/licensing">Purchase Licensing Rights</a>, opens new tab</figcaption></figure><button>[1/3]</button></div>`,
    },
  }),
  ['Item 1 of 3', 'Teachers march past the ministry', 'Purchase Licensing Rights', '[1/3]'],
);

// --- A business paper ---

add(
  'business: paywall teaser box and "Read more" links between paragraphs',
  RATES,
  shell4('business', RATES, {
    at: {
      1: `<p class="n-content-related"><strong>Read more</strong> ${link4(RATE_HEADS[0] ?? '', 'content')}</p>`,
      3: `<aside class="n-content-recommended"><h3>Recommended</h3><div>${link4(RATE_HEADS[1] ?? '', 'content')}</div></aside>`,
    },
    tail: `<div class="barrier" data-component="paywall"><h2>Subscribe to unlock this article</h2><p>Try unlimited access: only €1 for 4 weeks, then €69 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.</p><a class="o-buttons" href="/products">Explore our subscriptions</a></div>`,
  }),
  [
    'Read more',
    RATE_HEADS[0] ?? '',
    'Recommended',
    RATE_HEADS[1] ?? '',
    'Subscribe to unlock this article',
    'only €1 for 4 weeks',
    'Explore our subscriptions',
  ],
);

add(
  'business: "Follow the topics in this article" with add buttons, reuse and copyright lines',
  RATES,
  shell4('business', RATES, {
    tail: `<div class="article__copyright-notice"><p>Copyright The Financial Courier Limited 2026. All rights reserved.</p></div><div class="article__share-tools"><a href="/reuse">Reuse this content</a> <a href="#comments">Comments</a></div><div class="concept-list"><h2>Follow the topics in this article</h2><ul>${['Central banks', 'Interest rates', 'Eleanor Whitcombe'].map((x) => `<li><a href="/stream/${x.length}">${x}</a><button class="n-myft-follow-button">Add to myCourier</button></li>`).join('')}</ul></div>`,
  }),
  [
    'Copyright The Financial Courier Limited',
    'Reuse this content',
    'Follow the topics in this article',
    'Central banks',
    'Add to myCourier',
  ],
);

// --- A financial news site ---

add(
  'financial: a strip of ticker chips after the first paragraph and a video promo line',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      0: `<div class="QuoteStrip-container">${[
        ['AMTC', '+3.42%'],
        ['LRXN', '+1.87%'],
        ['QMRX', '-0.65%'],
      ]
        .map(
          ([s, c]) =>
            `<a class="QuoteInBody-quoteLink" href="/quotes/${s}"><span class="QuoteInBody-symbol">${s}</span><span class="QuoteInBody-change">${c}</span></a>`,
        )
        .join('')}</div>`,
      2: `<div class="InlineVideo-container"><span class="InlineVideo-label">VIDEO</span><span class="InlineVideo-duration">02:31</span><span class="InlineVideo-title">Toolmaker chief on the memory recovery</span></div>`,
    },
  }),
  ['AMTC', '+3.42%', 'QMRX', '02:31', 'Toolmaker chief on the memory recovery'],
);

add(
  'financial: numbered "Trending Now" rail inside the article body and the data and tips lines',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    tail: `<div class="TrendingNow-container"><h2 class="TrendingNow-title">Trending Now</h2><ul>${STARS.slice(0, 5)
      .map((h, i) => `<li><span class="TrendingNow-rank">${i + 1}</span>${link4(h, '2026/05/04')}</li>`)
      .join(
        '',
      )}</ul></div><p class="ArticleBody-tips">Got a confidential news tip? We want to hear from you.</p><p class="ArticleBody-newsletter">Sign up for free newsletters and get more MarketPulse delivered to your inbox</p><p class="ArticleBody-data">Data is a real-time snapshot *Data is delayed at least 15 minutes.</p>`,
  }),
  [
    'Trending Now',
    ...STARS.slice(0, 5),
    'Got a confidential news tip',
    'Sign up for free newsletters',
    'Data is a real-time snapshot',
  ],
);

// --- A national site (Indian and Australian habits) ---

add(
  'national: "Also Read |" linked lines mid-body and a "Catch all the" boilerplate line',
  MONSOON,
  shell4('national', MONSOON, {
    at: {
      1: `<div class="also-read">Also Read | ${link4('Canal water rationed in four districts as reservoirs fall', 'india')}</div><br>`,
      3: `<div class="also-read">ALSO READ: ${link4('Rice exporters watch the rain with a nervous eye', 'business')}</div><br>`,
    },
    tail: `<div class="tnd-catch">Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The National Dispatch.</div><div class="start-convo">Start a Conversation</div>`,
  }),
  [
    'Also Read',
    'Canal water rationed in four districts',
    'Rice exporters watch the rain',
    'Catch all the Business News',
    'Start a Conversation',
  ],
);

add(
  'national: "Related stories" cards, "Topics:" list and a newsletter plug of an Australian site',
  DESAL,
  shell4('national', DESAL, {
    at: {
      2: `<aside class="related-card"><h3>Related stories</h3><ul>${li(['Seagrass beds shrinking along the gulf, survey finds', 'Dam levels fall below half for the first time in a decade', 'Wind farm contract signed to power water treatment'], 'news')}</ul></aside>`,
    },
    tail: `<div class="topics"><span>Topics:</span><a href="/topic/water">water-supply</a>, <a href="/topic/env">environmental-impact</a>, <a href="/topic/gov">state-and-territory-government</a></div><div class="newsletter-plug"><p>Get our local newsletter, delivered free each Friday</p><a href="/newsletters">Subscribe</a></div>`,
  }),
  [
    'Related stories',
    'Seagrass beds shrinking',
    'Dam levels fall below half',
    'Topics:',
    'water-supply',
    'Get our local newsletter',
  ],
);

// --- A live blog ---

add(
  'live blog: "Key events" list of linked summaries and "Show key events only" before the posts',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      [-1]: `<div class="dcr-key-events"><h2>Key events</h2><ul>${['First result declared in the harbour ward', 'Scanner fault delays northern count', 'Opposition leader arrives at the count'].map((h, i) => `<li><a href="?page=with:block-${7100 + i}#block-${7100 + i}"><time>2${i}.0${i} BST</time> ${h}</a></li>`).join('')}</ul><label class="dcr-toggle"><input type="checkbox">Show key events only</label><p class="dcr-js-note">Please turn on JavaScript to use this feature</p></div>`,
    },
    tail: `<div class="dcr-pagination"><a href="?page=2">Load more updates</a> <span>Newest</span> <span>Oldest</span></div>`,
  }),
  [
    'Key events',
    'Scanner fault delays northern count',
    'Show key events only',
    'Please turn on JavaScript',
    'Load more updates',
  ],
);

add(
  'live blog: "Updated at" stamps in posts and a sign-up block between posts',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      1: `<p class="dcr-updated">Updated at 23.41 BST</p>`,
      2: `<aside class="dcr-newsletter"><p class="dcr-newsletter__title">Sign up to the Evening Record Briefing</p><p>Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters</p><p>Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><button>Sign up</button></aside>`,
    },
  }),
  ['Updated at 23.41', 'Evening Record Briefing', 'telling you what’s happening and why it matters', 'Privacy Notice'],
);

// --- An opinion column ---

add(
  'opinion: author bio, letters invitation and "More from this author" after the column',
  BUDGETCOL,
  shell4('opinion', BUDGETCOL, {
    tail: `<div class="author-bio"><p><em>Rosalind Achebe-Marr is a columnist for The Commonwealth Review and the author of a book about city finances.</em></p></div><div class="letters-plug"><p>Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.</p></div><div class="more-from-author"><h2>More from Rosalind Achebe-Marr</h2><ul>${li(['Why the library closures are a false economy', 'The council’s parking plan is a tax by another name', 'Night buses are the city’s quiet lifeline', 'What the housing audit did not say'], 'opinion')}</ul></div>`,
  }),
  [
    'is a columnist for The Commonwealth Review',
    'Do you have an opinion on the issues raised',
    'More from Rosalind',
    'Why the library closures are a false economy',
  ],
);

add(
  'opinion: "This article is more than 2 years old" banner and a "Most viewed" rail of ten inside the article',
  BUDGETCOL,
  shell4('opinion', BUDGETCOL, {
    at: { [-1]: `<div class="age-warning" role="alert"><p>This article is more than 2 years old</p></div>` },
    tail: `<div class="most-viewed"><h2>Most viewed</h2><ol>${li([...STARS.slice(8, 13), ...FORTY4.slice(0, 5)])}</ol></div>`,
  }),
  ['This article is more than 2 years old', 'Most viewed', ...STARS.slice(8, 13), ...FORTY4.slice(0, 5)],
);

// --- A photo story ---

add(
  'gallery: figures with counters, captions, credits and "Enlarge this image" between paragraphs',
  LANTERNS,
  shell4('gallery', LANTERNS, {
    at: Object.fromEntries(
      [0, 1, 2].map((k) => [
        k,
        `<figure class="gallery-item"><button class="enlarge">Enlarge this image</button><img src="/l${k}.jpg" alt=""><figcaption><span class="gallery-item__count">${k + 1} of 12</span> <span class="gallery-item__caption">${['The paper dragon crosses the stone bridge', 'Children carry painted lanterns to the river', 'A lantern seller waits for the procession'][k]}</span> <span class="gallery-item__credit">Photograph: Lena Moraga/Picture Desk</span></figcaption></figure>`,
      ]),
    ),
    after: `<div class="more-galleries"><h2>More galleries</h2>${FORTY4.slice(10, 14)
      .map((h) => `<a class="card" href="/photos/${h.length}"><img src="/g.jpg" alt=""><span>${esc(h)}</span></a>`)
      .join('')}</div>`,
  }),
  [
    'Enlarge this image',
    '1 of 12',
    'paper dragon crosses the stone bridge',
    'Photograph: Lena Moraga',
    'More galleries',
  ],
);

// --- Cards and embeds inside the body ---

add(
  'Ghost bookmark card inside a business paper body',
  RATES,
  shell4('business', RATES, {
    at: {
      2: `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://another.example/what-the-minutes-mean/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">What the bank’s minutes really tell you about the next move</div><div class="kg-bookmark-description">A reader’s guide to the committee’s language and the words that matter most.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/i.png" alt=""><span class="kg-bookmark-author">Another Example</span><span class="kg-bookmark-publisher">Lena Brooks</span></div></div><div class="kg-bookmark-thumbnail"><img src="/t.jpg" alt=""></div></a></figure>`,
    },
  }),
  ['What the bank’s minutes really tell you', 'A reader’s guide to the committee’s language', 'Another Example'],
);

add(
  'Instagram embed fallback and an oEmbed link card mid-body of a tabloid',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    at: {
      1: `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cx1/"><div><a href="https://www.instagram.com/p/Cx1/">View this post on Instagram</a></div><p><a href="https://www.instagram.com/p/Cx1/">A post shared by Soap Fan Pages (@soapfanpages)</a></p></blockquote>`,
      3: `<div class="oembed-card"><a href="https://video.example/watch/881"><span class="oembed-card__provider">VideoHub</span><span class="oembed-card__title">Hospice nurses cheer the final mile</span><span class="oembed-card__meta">2:14 · 18K views</span></a></div>`,
    },
  }),
  ['View this post on Instagram', 'A post shared by', 'Hospice nurses cheer the final mile', '18K views'],
);

// --- The issue's rails in these shells ---

add(
  'issue shape: "Trending", a lone "-" and 16 headlines with " -" after the wire story, same container',
  TEACHERS,
  shell4('wire', TEACHERS, {
    at: {
      4: `<p><strong>Trending</strong></p><p>-</p>${STARS.map((h) => `<p>${link4(h, 'entertainment')} -</p>`).join('')}`,
    },
  }),
  ['Trending', ...STARS],
);

add(
  'five headlines with " |" between them in one div before the body, no label',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: { [-1]: `<div class="ssrcss-promo-row">${TUNNEL_HEADS.map((h) => link4(h)).join(' | ')}</div>` },
  }),
  TUNNEL_HEADS,
);

add(
  'forty headlines as "<br>" lines with " -" in the middle of a national site\'s body',
  MONSOON,
  shell4('national', MONSOON, {
    at: { 2: `<div class="lst">${FORTY4.map((h) => `${link4(h, 'city')} -<br>`).join('')}</div><br>` },
  }),
  FORTY4,
);

// --- Guards: every line stays ---

add(
  'guard: a correction at the foot of a wire story',
  TEACHERS,
  shell4('wire', TEACHERS, {
    tail: `<p class="text__text__1FZLe correction"><em>This story has been corrected to show that the ballot opens on Monday, not Tuesday, in paragraph 3.</em></p>`,
  }),
  [],
  ['This story has been corrected to show that the ballot opens on Monday, not Tuesday, in paragraph 3.'],
);

add(
  'guard: a live blog post listing ward results after a sentence ending in a colon',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      1: `<article class="block dcr-block"><div class="dcr-block-elements"><p>Here are the results declared so far in the coastal districts:</p><ul><li>Harbour ward: Lindgren 4,112, Osei 3,870, Marchetti 1,204</li><li>Dune ward: Hallberg 3,455, Quist 3,301, Amundsen 998</li><li>Pier ward: Okafor 2,987, Stenmark 2,640, Ruiz 1,530</li><li>Saltmarsh ward: Varga 3,120, Eklund 2,911, Pohl 1,077</li></ul></div></article>`,
    },
  }),
  [],
  [
    'Harbour ward: Lindgren 4,112, Osei 3,870, Marchetti 1,204',
    'Saltmarsh ward: Varga 3,120, Eklund 2,911, Pohl 1,077',
  ],
);

add(
  'guard: subheadings and a short "What happens next?" section in a broadcaster story',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: {
      2: `<div data-component="subheadline-block"><h2 class="ssrcss-subheading">What happens next?</h2></div><div data-component="text-block"><p class="ssrcss-1q0x1qg-Paragraph">Engineers will begin with the northern portal, where the seepage was worst.</p></div>`,
    },
  }),
  [],
  ['What happens next?', 'Engineers will begin with the northern portal, where the seepage was worst.'],
);

add(
  "guard: prose that uses the chrome's words (subscribe, newsletter, read more, trending) in a business story",
  RATES,
  shell4('business', RATES, {
    at: {
      3: `<p>Analysts who subscribe to the bank’s research newsletter will read more detail in the minutes, which are published in two weeks and have been trending towards a more cautious tone since March.</p>`,
    },
  }),
  [],
  [
    'Analysts who subscribe to the bank’s research newsletter will read more detail in the minutes, which are published in two weeks and have been trending towards a more cautious tone since March.',
  ],
);

add(
  'guard: quarterly figures as short lines after a sentence ending in a colon in a financial story',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      1: `<p>The company reported the following figures for the quarter:</p><ul><li>Revenue: $4.1 billion, up 12 percent</li><li>Bookings: $5.3 billion, a record</li><li>Gross margin: 46.8 percent, down from 47.5</li><li>Memory share of orders: 58 percent</li></ul>`,
    },
  }),
  [],
  [
    'Revenue: $4.1 billion, up 12 percent',
    'Gross margin: 46.8 percent, down from 47.5',
    'Memory share of orders: 58 percent',
  ],
);

add(
  'guard: the column names the reports it answers in a list it announces',
  BUDGETCOL,
  shell4('opinion', BUDGETCOL, {
    at: {
      1: `<p>Three of this paper’s own reports are worth reading alongside the footnote:</p><ul>${li(['How the bus subsidy grew over a decade', 'Which night routes carry the most passengers', 'What the last freeze did to rural services'], 'news')}</ul>`,
    },
  }),
  [],
  [
    'How the bus subsidy grew over a decade',
    'Which night routes carry the most passengers',
    'What the last freeze did to rural services',
  ],
);
