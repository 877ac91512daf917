// The tenth red-team set, round 31, written before the cleaner was run on it: a West African WordPress magazine
// theme's furniture ("Related Posts" grids, "You may also like", a "Tags:" row, an author box with social links,
// "Previous article / Next article", "Kindly share this story", a reproduction notice), a South-East Asian
// portal's ("READ:" lines mid-story, "Subscribe to our newsletter" boxes, a comments disclaimer, a "For more
// news" line), and wire copy republished by a regional paper ("Our Standards:" lines, the wire's copyright and
// redistribution notice, "Follow ... coverage at", a "Sign up here." newsletter plug, a "Republish this story"
// box). Guards: "Reporting by ...; Editing by ..." and "... contributed to this report." close wire stories and
// stay, "This story was originally published by ..." stays, and a story paragraph that opens with "Related".
// The section label over the headline ("Business", "World / Wire") was added to each page's chrome after the
// first run showed it left as the story's first line (the shell's own furniture, not written to be caught).
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link10, shell10 } from './redteam10-shells.js';
import { FERRIES, FUEL, H10, TRADE, plus10 } from './redteam10-stories.js';

export const CASES31: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[]): void => {
  CASES31.push({ name, story, html, chrome, article: [...story.paras] });
};
const grid = (heads: number[]): string =>
  heads
    .map(
      (i) =>
        `<li><div class="mvp-related-img"><a href="/2026/05/${String(i)}/"><img src="/img/r${String(i)}.jpg" alt=""></a></div><div class="mvp-related-text"><a href="/2026/05/${String(i)}/">${H10(i)}</a></div></li>`,
    )
    .join('');

add(
  'magazine theme: a "Related Posts" grid of six image cards after the body, inside the content wrap',
  FUEL,
  shell10('mvp', FUEL, {
    tail: `<div id="mvp-related-posts"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">Related Posts</span></h4><ul class="mvp-related-posts-list">${grid([12, 13, 14, 15, 16, 17])}</ul></div>`,
  }),
  ['Related Posts', H10(12), H10(13), H10(14), H10(15), H10(16), H10(17), 'Business'],
);

add(
  'magazine theme: an inline "You may also like" box of three links between paragraphs',
  FUEL,
  shell10('mvp', FUEL, {
    at: {
      2: `<div class="mvp-cont-read-wrap"><span class="mvp-cont-read-head">You may also like</span><ul><li>${link10(H10(18))}</li><li>${link10(H10(19))}</li><li>${link10(H10(14))}</li></ul></div>`,
    },
  }),
  ['You may also like', H10(18), H10(19), H10(14), 'Business'],
);

add(
  'magazine theme: a "Tags:" row, an author box with social links and "Previous article / Next article" after the body',
  FUEL,
  shell10('mvp', FUEL, {
    tail: `<div class="mvp-post-tags"><span class="mvp-post-tags-header">Tags:</span><span itemprop="keywords"><a href="/tag/fuel-scarcity/" rel="tag">Fuel Scarcity</a><a href="/tag/nurtw/" rel="tag">Tanker Drivers</a><a href="/tag/port-harcastle/" rel="tag">Port Harcastle</a></span></div><div id="mvp-author-box-wrap"><div class="mvp-author-box-img"><img src="/img/author.jpg" alt=""></div><div class="mvp-author-box-text"><span class="mvp-author-box-name"><a href="/author/chinedu/">Chinedu Okafor-Bello</a></span><p>Chinedu covers energy and the oil and gas sector for the Mirror from its Harcastle bureau.</p><div class="mvp-author-box-soc"><a href="https://x.example/chinedu">Follow on X</a><a href="https://linkedin.example/in/chinedu">LinkedIn</a></div></div></div><div class="mvp-prev-next-wrap"><div class="mvp-prev-post-wrap"><span class="mvp-prev-next-label">Previous article</span>${link10(H10(15), '2026/05')}</div><div class="mvp-next-post-wrap"><span class="mvp-prev-next-label">Next article</span>${link10(H10(16), '2026/05')}</div></div>`,
  }),
  [
    'Tags:',
    'Fuel Scarcity',
    'covers energy',
    'Follow on X',
    'Previous article',
    'Next article',
    H10(15),
    H10(16),
    'Business',
  ],
);

add(
  'magazine theme: "Kindly share this story" and a reproduction notice closing the body, "Don\'t Miss" link mid-story',
  FUEL,
  shell10('mvp', FUEL, {
    at: {
      1: `<p><strong>Don’t Miss:</strong> ${link10(H10(17))}</p>`,
      4: `<div class="share-note"><p><strong>Kindly share this story:</strong></p></div><p><em>All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written permission from THE HARCASTLE MIRROR.</em></p><p>Contact: <a href="mailto:theeditor@harcastlemirror.example">theeditor@harcastlemirror.example</a></p>`,
    },
  }),
  ['Don’t Miss', H10(17), 'Kindly share this story', 'may not be reproduced', 'theeditor@', 'Business'],
);

const REL: Story = {
  ...FUEL,
  paras: [
    ...FUEL.paras.slice(0, 3),
    'Related protests by commercial bus drivers in two neighbouring states last month ended after the governors there scrapped a similar set of levies within a week.',
    ...FUEL.paras.slice(3),
  ],
};
add(
  'guard (magazine theme): a story paragraph opening with "Related" stays; a "Related" line with a linked headline goes',
  REL,
  shell10('mvp', REL, { at: { 1: `<p><strong>RELATED:</strong> ${link10(H10(18))}</p>` } }),
  ['RELATED:', H10(18), 'Business'],
);

add(
  'island portal: two "READ:" lines with a linked headline each between paragraphs',
  FERRIES,
  shell10('isles', FERRIES, {
    at: {
      1: `<p><strong>READ:</strong> ${link10(H10(20), 'newsinfo')}</p>`,
      3: `<p>READ: <a href="/newsinfo/1204511/typhoon-survivors">${H10(24)}</a></p>`,
    },
  }),
  ['READ:', H10(20), H10(24)],
);

add(
  'island portal: a "Subscribe to our daily newsletter" box in the body and a comments disclaimer after it',
  FERRIES,
  shell10('isles', FERRIES, {
    at: {
      2: `<div class="newsletter-box"><h4>Subscribe to our daily newsletter</h4><form><input type="email" placeholder="Your email"><button>Subscribe</button></form><p>By providing an email address, I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.</p></div>`,
    },
    after: `<div class="comments-wrap"><p class="disclaimer"><b>Disclaimer:</b> Comments do not represent the views of the Visaran Daily Inquirer or its staff. We reserve the right to exclude comments which we deem inconsistent with our editorial standards.</p></div>`,
  }),
  ['Subscribe to our daily newsletter', 'By providing an email address', 'reserve the right to exclude comments'],
);

add(
  'island portal: a "For more news" line and a bold "Trending" list of four links closing the body',
  FERRIES,
  shell10('isles', FERRIES, {
    at: {
      4: `<p><em>For more news about the storm and the regions, visit <a href="/regions">inquirer.example/regions</a>.</em></p><p><strong>TRENDING</strong></p><ul><li>${link10(H10(21))}</li><li>${link10(H10(22))}</li><li>${link10(H10(23))}</li><li>${link10(H10(34))}</li></ul>`,
    },
  }),
  ['For more news', 'TRENDING', H10(21), H10(22), H10(23), H10(34)],
);

add(
  'island portal: a "Stay informed" Telegram line and an "Advertisement" label between paragraphs',
  FERRIES,
  shell10('isles', FERRIES, {
    at: {
      0: `<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>`,
      3: `<p class="tg-cta">Stay informed. Follow the Visaran Daily Inquirer on Telegram for storm updates as they happen.</p>`,
    },
  }),
  ['Advertisement', 'Follow the Visaran Daily Inquirer on Telegram'],
);

const REUT = plus10(TRADE, 'Reporting by Ilse Marchetti; additional reporting by Omar Haddad; Editing by Kevin Prout');
add(
  'wire copy: "Reporting by ...; Editing by ..." stays, "Our Standards:" line after it goes',
  REUT,
  shell10('wirecopy', REUT, {
    at: {
      5: `<p class="story-text">Our Standards: <a href="https://wire.example/trust-principles">The Continental Wire Trust Principles.</a></p>`,
    },
  }),
  ['Our Standards', 'Trust Principles', 'World / Wire'],
);

const AP = plus10(TRADE, 'Associated writer Lena Vasquez in Port Meridia contributed to this report.');
add(
  'wire copy: "... contributed to this report." stays; the wire\'s copyright and redistribution notice and "Follow ... coverage at" go',
  AP,
  shell10('wirecopy', AP, {
    at: {
      5: `<p class="story-text">___</p><p class="story-text">Follow Allied Newswire’s coverage of global trade at <a href="https://allied.example/hub/trade">https://allied.example/hub/trade</a></p><p class="copyright">Copyright 2026 Allied Newswire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>`,
    },
  }),
  ['coverage of global trade', 'Copyright 2026 Allied Newswire', 'may not be published', 'World / Wire'],
);

const ORIG = plus10(
  TRADE,
  'This story was originally published by The Harbour Ledger, a nonprofit newsroom covering the northern ports, and is republished here with permission.',
);
add(
  'republished story: "This story was originally published by ..." stays, a "Republish this story" box goes',
  ORIG,
  shell10('wirecopy', ORIG, {
    tail: `<div class="republish-box"><button class="republish-btn">Republish this story</button><p>Republish our articles for free, online or in print, under a Creative Commons license.</p></div>`,
  }),
  ['Republish this story', 'Creative Commons license', 'World / Wire'],
);

const SIGN = plus10(TRADE, '(Writing by Ilse Marchetti; Editing by Kevin Prout)');
add(
  'wire copy: a "Sign up here." newsletter plug between paragraphs, "Read more:" and three linked headlines after the credit',
  SIGN,
  shell10('wirecopy', SIGN, {
    at: {
      1: `<p class="story-text"><em>Get the week’s biggest trade stories in your inbox with the Border Brief newsletter. <a href="https://wire.example/newsletters">Sign up here.</a></em></p>`,
      5: `<p class="story-text"><strong>Read more:</strong></p><p class="story-text">${link10(H10(25), 'markets')}</p><p class="story-text">${link10(H10(26), 'markets')}</p><p class="story-text">${link10(H10(31), 'business')}</p>`,
    },
  }),
  ['Border Brief newsletter', 'Sign up here', 'Read more:', H10(25), H10(26), H10(31), 'World / Wire'],
);

add(
  'wire copy: a "Related Coverage" list of two links before the first paragraph, "Sponsored" picks after the article',
  TRADE,
  shell10('wirecopy', TRADE, {
    at: {
      [-1]: `<div class="related-coverage"><p class="rc-head">Related Coverage</p><ul><li>${link10(H10(27), 'world')}</li><li>${link10(H10(30), 'world')}</li></ul></div>`,
    },
    after: `<div class="sponsored-picks"><h4>Sponsored</h4><ul><li><a href="https://ads.example/1">You won’t believe what this village does with its plastic</a></li><li><a href="https://ads.example/2">Doctors stunned by a simple trick for sore knees</a></li></ul></div>`,
  }),
  ['Related Coverage', H10(27), H10(30), 'Sponsored', 'simple trick for sore knees', 'World / Wire'],
);
