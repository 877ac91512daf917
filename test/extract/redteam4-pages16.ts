// The fourth red-team set, round 16, written after round 15's fixes and before the cleaner was run on them:
// attacks on round 15's rules (promos with no running time, "Read more |" kickers, notices in other words),
// more of the devset's news families (caption buttons, transcript notes, survey and mission boxes, comment
// furniture, live-blog stamps, photo counters, WordPress embeds and AMP related lists) and the issue's rails
// again (16 with " |" after a "Latest" label, 5 before the body, 16 with comment counts). Guards: a reporter's
// contact line and a transcript's speakers (the devset's ground truths keep both), prose opening like the
// chrome, a delayed release in a story, a dated live-blog post.
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { FORTY4, STARS } from './redteam4-pages15.js';
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

export const CASES16: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES16.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

const li = (heads: string[], folder = 'news', sep = ''): string =>
  heads.map((h) => `<li>${link4(h, folder)}${sep}</li>`).join('');

add(
  'video promo with no running time: "WATCH NOW" over a title and a "Watch: ..." line',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      1: `<div class="InlineVideo-wrapper"><span class="InlineVideo-label">WATCH NOW</span><span class="InlineVideo-title">How export licences shape the chip equipment trade</span></div>`,
      3: `<p class="watch-line"><a href="/video/2026/05/04/memory-orders.html">Watch: Memory makers are buying machines again</a></p>`,
    },
  }),
  ['WATCH NOW', 'How export licences shape the chip equipment trade', 'Memory makers are buying machines again'],
);

add(
  '"Read more |" with a kicker, and "RELATED:" capitals between paragraphs',
  RATES,
  shell4('business', RATES, {
    at: {
      0: `<p class="read-more-kicker">Read more | OPINION ${link4('The bank is fighting the last war on prices', 'opinion')}</p>`,
      3: `<p><strong>RELATED:</strong> ${link4('Savers finally see returns beat inflation', 'money')}</p>`,
    },
  }),
  ['OPINION', 'The bank is fighting the last war on prices', 'RELATED:', 'Savers finally see returns beat inflation'],
);

add(
  'market notices in other words and a quote box with a day range inside the body',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      2: `<div class="QuoteBox"><div class="QuoteBox-name">Continental Toolworks</div><div class="QuoteBox-row"><span>Today's Change</span><span>(2.14%) $3.87</span></div><div class="QuoteBox-row"><span>Current Price</span><span>$184.60</span></div><div class="QuoteBox-row"><span>Day's Range</span><span>$179.20 - $186.05</span></div><p class="QuoteBox-note">Prices are delayed 15 minutes. Market data provided by an outside vendor.</p></div>`,
    },
  }),
  ["Today's Change", 'Current Price', "Day's Range", '$184.60', 'Prices are delayed 15 minutes'],
);

add(
  'caption buttons "Show Caption" / "Hide Caption" and a gallery counter over a picture',
  DESAL,
  shell4('national', DESAL, {
    at: {
      0: `<div class="gallery-frame"><img src="/d1.jpg" alt=""><button class="gnt_em_gl_cap_btn">Show Caption</button><button class="gnt_em_gl_cap_btn">Hide Caption</button><div class="gnt_em_gl_count">1 of 8</div></div><br>`,
    },
  }),
  ['Show Caption', 'Hide Caption', '1 of 8'],
);

add(
  'a transcript note at the foot of a broadcaster story',
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    tail: `<div data-component="text-block"><p class="transcript-note">Accuracy and availability of transcripts may vary. Transcript text may be revised to correct errors or match updates to audio. The authoritative record of programming is the audio record.</p></div>`,
  }),
  ['Accuracy and availability of transcripts may vary', 'authoritative record of programming'],
);

add(
  "survey widget and a publisher's mission box after a national site's story",
  MONSOON,
  shell4('national', MONSOON, {
    tail: `<div class="survey-box"><p class="survey-q">Survey</p><p>How useful did you find this article?</p><button>Very useful</button><button>Not useful</button><p class="survey-thanks">✅ Thank you for completing the survey!</p></div><div class="mission-box"><p><strong>A message from the editor of The National Dispatch:</strong></p><p>Support our mission to keep journalism open and free for everyone. Join our readers' circle, where more than eleven thousand members help fund reporting from the districts.</p><a href="/support">Join the circle</a></div>`,
  }),
  [
    'How useful did you find this article',
    'Thank you for completing the survey',
    'A message from the editor',
    'Support our mission',
    'Join the circle',
  ],
);

add(
  'tabloid comment furniture: count, moderation note, house rules and "Share what you think"',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    tail: `<div class="comments-header"><h3 class="comments-title">Comments 45</h3><p class="comments-sub">Share what you think</p><p class="comments-note">The comments below have not been moderated.</p><p class="comments-rules">By posting your comment you agree to our house rules.</p><button>Post comment</button></div>`,
  }),
  ['Comments 45', 'Share what you think', 'have not been moderated', 'agree to our house rules', 'Post comment'],
);

add(
  'live-blog stamps: "Live Reporting", "Edited by", "8 minutes ago", "Pinned post", "Copy link"',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      [-1]: `<div class="dcr-live-meta"><p class="dcr-live-reporting">Live Reporting</p><p class="dcr-editor">Edited by Maren Oduya</p></div><div class="dcr-pinned"><span class="dcr-pinned-label">Pinned post</span></div>`,
      0: `<p class="dcr-age">8 minutes ago</p><button class="dcr-copy">Copy link</button>`,
      2: `<p class="dcr-age">34 minutes ago</p><button class="dcr-copy">Copy link</button>`,
    },
  }),
  ['Live Reporting', 'Edited by Maren Oduya', '8 minutes ago', '34 minutes ago', 'Pinned post', 'Copy link'],
);

add(
  'photo story: "Photo 3/12", "Swipe for more photos", "View gallery" and credits in capitals',
  LANTERNS,
  shell4('gallery', LANTERNS, {
    at: {
      1: `<div class="slide"><img src="/s3.jpg" alt=""><p class="slide-count">Photo 3/12</p><p class="slide-credit">PICTURE DESK / LENA MORAGA</p><p class="slide-hint">Swipe for more photos</p></div>`,
      3: `<div class="slide-more"><a href="/photos/lanterns-gallery">View gallery</a></div>`,
    },
  }),
  ['Photo 3/12', 'LENA MORAGA', 'Swipe for more photos', 'View gallery'],
);

add(
  'WordPress embed blockquote with its iframe title, and an AMP related list',
  DESAL,
  shell4('national', DESAL, {
    at: {
      1: `<blockquote class="wp-embedded-content" data-secret="k3J9"><a href="https://other.example/2026/cuttlefish-count/">Divers count fewer cuttlefish at the breeding ground</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="“Divers count fewer cuttlefish at the breeding ground” — Coastal Notes" src="https://other.example/embed/"></iframe><br>`,
    },
    tail: `<div class="amp-related-posts"><h3 class="amp-related-heading">Related Posts</h3><ul>${li(['Gulf towns argue over a second pipeline', 'What a desalination plant costs to run', 'Water bills to rise for the third year running'])}</ul></div>`,
  }),
  [
    'Divers count fewer cuttlefish',
    'Coastal Notes',
    'Related Posts',
    'Gulf towns argue over a second pipeline',
    'What a desalination plant costs',
  ],
);

add(
  'issue shape: "Latest" then 16 headlines in one div of spans separated by " |" after a tabloid body',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    at: {
      4: `<div class="latest-strip"><span class="label">Latest</span> ${STARS.map((h) => `<span>${link4(h, 'tvshowbiz')}</span>`).join(' | ')}</div>`,
    },
  }),
  ['Latest', ...STARS],
);

add(
  'five unlabelled headlines as spans in a hashed div before the body of a CSS-module page',
  RATES,
  shell4('cssmodule', RATES, {
    at: {
      [-1]: `<div class="${css(60)}">${STARS.slice(11, 16)
        .map((h) => `<span class="${css(61)}">${link4(h, 'style')}</span>`)
        .join('')}</div>`,
    },
  }),
  STARS.slice(11, 16),
);

add(
  'sixteen celebrity cards with comment counts and thumbnails in the tabloid article column',
  CHARITYRUN,
  shell4('tabloid', CHARITYRUN, {
    tail: `<ul class="article-list">${STARS.map((h, i) => `<li class="article"><a href="/tvshowbiz/article-${900 + i}/x.html"><img src="/t${i}.jpg" alt=""></a><h2 class="linkro-darkred">${link4(h, 'tvshowbiz')}</h2><span class="comments-count">${i * 7 + 3} comments</span></li>`).join('')}</ul>`,
  }),
  [...STARS, '3 comments', '10 comments'],
);

add(
  'forty headlines as "<p>" items each ending " |" in a wire story\'s article container',
  TEACHERS,
  shell4('wire', TEACHERS, { tail: FORTY4.map((h) => `<p class="rail-item">${link4(h, 'world')} |</p>`).join('') }),
  FORTY4,
);

add(
  'opinion: "The views expressed ... are the author\'s own" note and "Explore more on these topics"',
  BUDGETCOL,
  shell4('opinion', BUDGETCOL, {
    tail: `<p class="views-note"><em>The views expressed in this column are the author’s own and do not necessarily reflect those of The Commonwealth Review.</em></p><div class="topics-block"><h2>Explore more on these topics</h2><ul>${li(['City budget', 'Buses', 'Local government'], 'topics')}</ul></div>`,
  }),
  ['The views expressed in this column', 'Explore more on these topics', 'Local government'],
);

// --- Guards ---

add(
  "guard: a reporter's contact line at the foot of a wire story",
  TEACHERS,
  shell4('wire', TEACHERS, {
    tail: `<p class="contact">• Marcus Feldhaus can be reached at mfeldhaus@continental.example.</p>`,
  }),
  [],
  ['Marcus Feldhaus can be reached at mfeldhaus@continental.example.'],
);

add(
  "guard: a transcript with speakers' names in capitals",
  TUNNEL,
  shell4('broadcaster', TUNNEL, {
    at: {
      2: `<div data-component="text-block"><p>PETRA LUNDGREN, HOST:</p></div><div data-component="text-block"><p>So how long will the coaches take from the north bank?</p></div><div data-component="text-block"><p>OWEN MARSH, BYLINE:</p></div><div data-component="text-block"><p>The operator says fifty minutes at peak times, though commuters I spoke to expect longer.</p></div>`,
    },
  }),
  [],
  ['PETRA LUNDGREN, HOST:', 'So how long will the coaches take from the north bank?', 'OWEN MARSH, BYLINE:'],
);

add(
  'guard: prose that opens like the round\'s chrome ("Watch", "Related", "Latest", "Photo")',
  COUNT,
  shell4('liveblog', COUNT, {
    at: {
      3: `<article class="block"><p>Watch for the harbour ward figures around two o’clock, officials said, once the postal ballots have been matched.</p><p>Latest figures from the northern district put turnout at 61.2 percent, the highest since the assembly was created.</p><p>Related disputes over postal votes in the dune ward will be heard by the returning officer on Monday.</p></article>`,
    },
  }),
  [],
  [
    'Watch for the harbour ward figures around two o’clock, officials said, once the postal ballots have been matched.',
    'Latest figures from the northern district put turnout at 61.2 percent, the highest since the assembly was created.',
    'Related disputes over postal votes in the dune ward will be heard by the returning officer on Monday.',
  ],
);

add(
  'guard: a delayed release and a data sentence in a markets story',
  TOOLMAKER,
  shell4('financial', TOOLMAKER, {
    at: {
      3: `<p>Trading in the shares was delayed by 15 minutes at the open while the exchange checked the company’s filing, and the data showed the stock gaining 4 percent by midday.</p>`,
    },
  }),
  [],
  [
    'Trading in the shares was delayed by 15 minutes at the open while the exchange checked the company’s filing, and the data showed the stock gaining 4 percent by midday.',
  ],
);

add(
  "guard: a short photo essay line and a credit sentence in the story's own words",
  LANTERNS,
  shell4('gallery', LANTERNS, {
    at: {
      4: `<p class="gallery-story__text">${esc('All photographs in this story were taken by members of the town’s camera club, who have documented the festival every year since it began.')}</p>`,
    },
  }),
  [],
  [
    'All photographs in this story were taken by members of the town’s camera club, who have documented the festival every year since it began.',
  ],
);
