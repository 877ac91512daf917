// The fifth red-team set, round 18 (the first of branch `redteam5`), written before the cleaner was run on it:
// chrome of the local-news chains. A TownNews BLOX-style site ("Trending Now", "Most Popular" with tabs, "Be the
// first to know" sign-ups, e-Edition plugs, obituary and classifieds rails, tags and comment buttons), a USA TODAY
// Network-style page (photo buttons, "Contact ... at", "This article originally appeared on"), Lee and McClatchy
// styles ("Take Us With You", "Read Next", "originally published"), a Newspack page (donation asks, "Republish
// this story", a nonprofit's bio) and a hyperlocal page ("Thank", "Reply", neighbor posts, free alerts).
// Guards: prose that names a sign-up, a donation drive and the paper's obituaries. `chrome` lists phrases that
// must not survive, `article` the lines that must.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link5, shell5 } from './redteam5-shells.js';
import { FAIR, LEVY, SCHOOLVOTE, WATERMAIN } from './redteam5-stories.js';

export const CASES18: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES18.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Sixteen local headlines of our own, none of them words of the stories. */
export const LOCAL = [
  'Deputies search for driver who struck mailbox row on Route 9',
  'Bakery on Third Street closes after forty-one years',
  'Volleyball team reaches state semifinal for the first time',
  'Festival organizers add fireworks back to the holiday schedule',
  'Police log: stolen lawn mower found behind the feed store',
  'Hospital names new chief of its emergency department',
  'Crews begin paving the frontage road near the grain elevator',
  'Middle school robotics club heads to the national finals',
  'Animal shelter waives adoption fees for the long weekend',
  'Former mayor honored with a bench in the courthouse square',
  'Storm knocks out power to parts of the north side overnight',
  'Soccer complex expansion wins approval from the parks board',
  'Historic theater sets reopening date after renovation',
  'Marching band raises money for a trip to the Rose Parade',
  'Township trustees delay vote on the new salt barn',
  'Grocery chain plans a store at the old bowling alley site',
];

add(
  'BLOX "Trending Now" numbered in the sidebar and "Most Popular" with its tabs inside the asset',
  SCHOOLVOTE,
  shell5('blox', SCHOOLVOTE, {
    at: {
      2: `<div class="tncms-block"><div class="block-title"><h3 class="block-title-inner">Most Popular</h3></div><ul class="nav nav-tabs"><li class="active"><a href="#tab-articles">Articles</a></li><li><a href="#tab-images">Images</a></li><li><a href="#tab-videos">Videos</a></li></ul><div class="tab-content"><div id="tab-articles" class="tab-pane active"><ul class="list-unstyled">${LOCAL.slice(
        0,
        5,
      )
        .map(
          (h, i) =>
            `<li><span class="tnt-rank">${i + 1}</span><div class="card-headline"><h4>${link5(h)}</h4></div></li>`,
        )
        .join('')}</ul></div></div></div>`,
    },
    side: `<section class="tncms-block"><header class="block-title"><h3>Trending Now</h3></header>${LOCAL.slice(5, 10)
      .map(
        (h) =>
          `<article class="tnt-asset-type-article card"><div class="card-headline"><h3 class="tnt-headline">${link5(h)}</h3></div></article>`,
      )
      .join('')}</section>`,
  }),
  ['Most Popular', 'Articles', 'Images', 'Videos', 'Trending Now', ...LOCAL.slice(0, 10)],
);

add(
  'BLOX "Be the first to know" sign-up box between paragraphs, with its e-mail field and button',
  WATERMAIN,
  shell5('blox', WATERMAIN, {
    at: {
      1: `<div class="tnt-newsletter-signup panel"><h4>Be the first to know</h4><p>Get local news delivered to your inbox!</p><form action="/newsletters/signup"><input type="email" placeholder="Email address"><button type="submit">Sign up!</button></form><p class="small">* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy.</p></div>`,
    },
  }),
  [
    'Be the first to know',
    'Get local news delivered to your inbox',
    'Sign up!',
    'constitutes agreement to its user agreement',
  ],
);

add(
  'BLOX e-Edition plug and a "Recent Obituaries" rail of names and dates after the asset',
  FAIR,
  shell5('blox', FAIR, {
    tail: `<div class="tnt-eedition-promo"><a href="/eedition/"><img alt="e-Edition cover" src="/eedition/cover.jpg"></a><h4>Today's e-Edition</h4><p>Read the print replica of today's paper on any device.</p><a class="btn" href="/eedition/">Read Now</a></div>`,
    after: `<section class="tncms-block obits"><h3>Recent Obituaries</h3><ul>${[
      'Harold W. Kettleson, 88, of Linden Valley',
      'Marjorie Ann Dufresne, 74, formerly of Cedar Falls',
      'Eugene "Gene" Polanski, 91, of Maple Township',
      'Beverly Jean Oyler, 67, of Linden Valley',
    ]
      .map((n) => `<li><a href="/obituaries/${n.length}">${n}</a><time>Mar 9, 2026</time></li>`)
      .join('')}</ul><a href="/obituaries/">View all obituaries</a></section>`,
  }),
  [
    "Today's e-Edition",
    'Read the print replica',
    'Read Now',
    'Recent Obituaries',
    'Harold W. Kettleson',
    'Beverly Jean Oyler',
    'View all obituaries',
  ],
);

add(
  'BLOX classifieds and "Featured Local Savings" rail in the sidebar, tag row and comment buttons under the asset',
  SCHOOLVOTE,
  shell5('blox', SCHOOLVOTE, {
    tail: `<div class="asset-tags"><ul class="list-inline"><li><span class="tnt-tags-label">Tags</span></li><li><a href="/search/?tncms_keyword=schools" class="tnt-tag">Schools</a></li><li><a href="/search/?tncms_keyword=school-board" class="tnt-tag">School Board</a></li><li><a href="/search/?tncms_keyword=buses" class="tnt-tag">Buses</a></li></ul></div><div class="asset-comments"><a class="btn tnt-load-comments" href="#comments">Load comments</a><span>(14)</span><p>Welcome to the discussion. Keep it clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.</p></div>`,
    side: `<section class="tncms-block classifieds"><h3>Featured Local Savings</h3><ul><li><a href="/classifieds/1">Garage sale Saturday 8-2, 412 Birch Ln</a></li><li><a href="/classifieds/2">Seasoned firewood, $90 a cord, delivered</a></li><li><a href="/classifieds/3">Help wanted: part-time bookkeeper</a></li></ul><a href="/classifieds/">Place an ad</a></section>`,
  }),
  [
    'Load comments',
    'Welcome to the discussion',
    'Featured Local Savings',
    'Seasoned firewood',
    'Help wanted: part-time bookkeeper',
    'Place an ad',
  ],
);

add(
  'USA TODAY Network-style photo with "Show Caption" / "Hide Caption" and "Buy Photo" buttons in the body',
  WATERMAIN,
  shell5('gannett', WATERMAIN, {
    at: {
      0: `<figure class="gnt_em gnt_em_img"><img src="/img/elm-street.jpg" alt=""><button class="gnt_em_cp_tg">Show Caption</button><button class="gnt_em_cp_tg">Hide Caption</button><a class="gnt_em_bp" href="/buy-photo/8812">Buy Photo</a><figcaption class="gnt_em_cp">Water runs along Elm Street on Thursday morning. <span class="gnt_em_cp_c">Rachel Ambrose/Riverton Daily Ledger</span></figcaption></figure>`,
    },
  }),
  ['Show Caption', 'Hide Caption', 'Buy Photo', 'Rachel Ambrose/Riverton Daily Ledger'],
);

add(
  'USA TODAY Network-style closing lines: "Contact ... at", "This article originally appeared on", a plug',
  WATERMAIN,
  shell5('gannett', WATERMAIN, {
    tail: `<p class="gnt_ar_b_p"><em>Contact Desmond Achterberg at dachterberg@rivertonledger.example or 555-0142. Follow him on X at @DesAchter.</em></p><p class="gnt_ar_b_p"><em>This article originally appeared on Riverton Daily Ledger: Water main break floods Elm Street, leaves two hundred homes without service</em></p><div class="gnt_sp"><p>Support local journalism. Subscribe to the Riverton Daily Ledger today.</p></div>`,
  }),
  ['dachterberg@rivertonledger.example', 'This article originally appeared on', 'Support local journalism'],
);

add(
  'USA TODAY Network-style "MORE:" teasers and a newsletter plug between paragraphs',
  FAIR,
  shell5('gannett', FAIR, {
    at: {
      1: `<p class="gnt_ar_b_p"><strong>MORE:</strong> ${link5(LOCAL[12] ?? '')}</p>`,
      3: `<aside class="gnt_em_nl"><h3>Get the Daily Briefing</h3><p>The morning's top local stories, straight to your inbox.</p><a href="/newsletters/">Sign up</a></aside>`,
    },
  }),
  [LOCAL[12] ?? '', 'Get the Daily Briefing', "The morning's top local stories"],
);

add(
  'McClatchy-style "Take Us With You" app plug and "Read Next" card of another story',
  LEVY,
  shell5('mcclatchy', LEVY, {
    at: {
      2: `<div class="app-promo"><h3>Take Us With You</h3><p>Real-time updates and all of the local news you need, right in the palm of your hand.</p><a href="/app">Get the app</a></div>`,
    },
    after: `<section class="read-next"><h2 class="h3">Read Next</h2><article class="package"><h3>${link5(LOCAL[13] ?? '', 'news/local')}</h3><p>Members of the band and their parents have held car washes and bake sales since September to cover the cost of the bus and hotel rooms.</p><p class="byline">By Ellery Quist</p><time>March 11, 2026 5:45 PM</time></article></section>`,
  }),
  [
    'Take Us With You',
    'Real-time updates and all of the local news',
    'Get the app',
    'Read Next',
    LOCAL[13] ?? '',
    'car washes and bake sales',
    'Ellery Quist',
  ],
);

add(
  'McClatchy-style "originally published" stamp, "Trending Stories" and a profile image alt',
  SCHOOLVOTE,
  shell5('mcclatchy', SCHOOLVOTE, {
    tail: `<p class="published-date">This story was originally published March 11, 2026 at 10:05 PM.</p><div class="author-card"><img alt="Profile Image of Renata Szymczak" src="/people/rs.jpg"><p><a href="/profile/renata-szymczak">Renata Szymczak</a> covers schools and youth for the Sun-Herald.</p></div>`,
    after: `<section class="trending"><h3>Trending Stories</h3><ol>${LOCAL.slice(6, 11)
      .map((h) => `<li>${link5(h)}</li>`)
      .join('')}</ol></section>`,
  }),
  [
    'originally published March 11, 2026',
    'covers schools and youth for the Sun-Herald',
    'Trending Stories',
    ...LOCAL.slice(6, 11),
  ],
);

add(
  'Lee-style opinion sign-up line in bold and "Catch the latest" heading inside the body',
  LEVY,
  shell5('mcclatchy', LEVY, {
    at: {
      3: `<div class="lee-signup"><h4>Catch the latest in Opinion</h4><p><b>Get opinion pieces, letters and editorials sent directly to your inbox weekly!</b></p><a href="/newsletters">Sign up</a></div>`,
    },
  }),
  ['Catch the latest in Opinion', 'Get opinion pieces, letters and editorials sent directly'],
);

add(
  'Newspack donation ask inside the story and a "Republish this story" box after it',
  LEVY,
  shell5('newspack', LEVY, {
    at: {
      1: `<div class="wp-block-newspack-blocks-donate"><p class="donate-ask">Our reporting on Pell County is free for everyone because readers like you chip in. Donate today and every gift is matched through December.</p><div class="tiers"><button>$5</button><button>$15</button><button>$30</button><button>Other</button></div><button type="submit">Donate now</button></div>`,
    },
    tail: `<div class="newspack-republish"><h3>Republish this story</h3><p>Republish our articles for free, online or in print, under a Creative Commons license.</p><button class="copy">Copy to clipboard</button></div>`,
  }),
  [
    'Donate today',
    'readers like you chip in',
    'Donate now',
    'Republish this story',
    'Republish our articles for free',
    'Copy to clipboard',
  ],
);

add(
  'Newspack author bio with "More by", and a "Support our nonprofit newsroom" box',
  LEVY,
  shell5('newspack', LEVY, {
    tail: `<div class="author-bio"><img alt="" src="/av/tor.jpg"><div class="author-bio-text"><h2 class="accent-header">Tomasina Okafor-Reyes</h2><p>Tomasina Okafor-Reyes reports on local government and public money for the Civic Desk. She joined the newsroom in 2024 after six years at a daily in the state capital.</p><a class="author-link" href="/author/tomasina-okafor-reyes">More by Tomasina Okafor-Reyes</a></div></div><div class="newspack-support"><h3>Support our nonprofit newsroom</h3><p>We don't have a paywall. We rely on members to keep our journalism free.</p><a href="/donate">Become a member</a></div>`,
  }),
  [
    'reports on local government and public money',
    'More by Tomasina',
    'Support our nonprofit newsroom',
    "We don't have a paywall",
    'Become a member',
  ],
);

add(
  'hyperlocal page: free-alerts box, "Thank"/"Reply"/"Share" row and "Neighbor posts" rail',
  FAIR,
  shell5('patch', FAIR, {
    at: {
      [-1]: `<div class="styles_Alert"><p>Find out what's happening in Linden Valley with free, real-time updates from Neighbors.</p><a href="/subscribe">Let's go!</a></div>`,
    },
    tail: `<div class="styles_Actions"><button>Thank</button><button>Reply</button><button>Share</button></div>`,
    after: `<section class="styles_NeighborPosts"><h2>Neighbor posts</h2><ul><li><a href="/posts/1">Has anyone seen a gray cat near Willow Court?</a></li><li><a href="/posts/2">Looking for a reliable snow plow service, recommendations?</a></li><li><a href="/posts/3">Free moving boxes, come and get them this weekend</a></li></ul><a href="/posts/new">Post on Neighbors</a></section>`,
  }),
  [
    "Find out what's happening in Linden Valley",
    "Let's go!",
    'Thank',
    'Reply',
    'Neighbor posts',
    'Has anyone seen a gray cat',
    'Free moving boxes',
    'Post on Neighbors',
  ],
);

add(
  'hyperlocal page: "Subscribe" line for free newsletters and a "More from Linden Valley" rail of five',
  WATERMAIN,
  shell5('patch', WATERMAIN, {
    tail: `<p class="styles_Plug">Get more local news delivered straight to your inbox. Sign up for free Neighbors newsletters and alerts.</p>`,
    after: `<section><h2>More from Linden Valley</h2>${LOCAL.slice(11, 16)
      .map((h) => `<article class="styles_Card"><h3>${link5(h)}</h3><span>Linden Valley, OH</span></article>`)
      .join('')}</section>`,
  }),
  ['Get more local news delivered straight to your inbox', 'More from Linden Valley', ...LOCAL.slice(11, 16)],
);

add(
  'the issue shape in a BLOX body: sixteen local headlines with " |" and no label after the last paragraph',
  FAIR,
  shell5('blox', FAIR, {
    at: { 4: `<div class="related-inline">${LOCAL.map((h) => `<div>${link5(h)} |</div>`).join('')}</div>` },
  }),
  LOCAL,
);

// Guards: the story's own prose uses the chrome's words.
const SIGNUP_PROSE = withPara(
  SCHOOLVOTE,
  4,
  'Parents who want to be the first to know when the new routes are final can sign up for the district’s text alerts, which the transportation office says it will send before the schedule is posted online.',
);
add(
  'guard: a paragraph that tells parents to sign up to be the first to know',
  SIGNUP_PROSE,
  shell5('blox', SIGNUP_PROSE),
  [],
);

const DONATE_PROSE = withPara(
  LEVY,
  3,
  'The Friends of the Library have asked residents to donate books and money for their spring sale, and said every dollar raised this year would go to the branches whose hours were cut.',
);
add('guard: a paragraph about a donation drive on a Newspack page', DONATE_PROSE, shell5('newspack', DONATE_PROSE), []);

const OBIT_PROSE = withPara(
  FAIR,
  2,
  'The fair board also voted to name the new gate after Harold Mertens, the longtime superintendent of the cattle barns, whose obituary ran in the paper in January.',
);
add('guard: a paragraph that mentions an obituary in the paper', OBIT_PROSE, shell5('gannett', OBIT_PROSE), []);
