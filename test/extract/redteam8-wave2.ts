// The eighth red-team set, second wave, written after the first run of rounds 26 and 27 and before the cleaner was
// run on it: the same families of 2016-2020 chrome in other wordings and with nothing in the markup to give them
// away (bare `<div>`, `<p>` and `<ul>`, no plugin classes): Genesis's "Filed Under: ... Tagged With: ...", a bare
// "Tags: a, b, c" line, an author box as loose text under "About the author", "Previous article" / "Next article"
// with headlines, a "Related Posts" list and "You might also like" cards, dashes round an ad label, "Back to top"
// and "Return to top" links, Jetpack's share row as screen-reader text ("Click to share on Twitter (Opens in new
// window)"), "Like this: Like Loading...", comment counts and "Leave a comment", Disqus's visible note, a
// Taboola-style "Sponsored Content" row in plain links, Blogger's "Posted by ... at ..." line in plain divs, and
// Spanish, Italian and Portuguese "Te recomendamos", "Lo más leído", "Potrebbe interessarti", "I più letti",
// "Veja também", "Saiba mais". Guards: prose that opens on "Tags", "Back to top" and "About the author", and an
// Italian sentence opening on "Continua a leggere".
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { H8, withPara8 } from './redteam8-pages26.js';
import { link8, shell8 } from './redteam8-shells.js';
import { BALLPARK, BUSES, CANYON, CICLOVIA, LEVY, MERCADO, TRAGHETTO } from './redteam8-stories.js';

export const CASES_WAVE2_8: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE2_8.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const li = (items: string[]): string => `<ul>${items.map((t) => `<li>${link8(t)}</li>`).join('')}</ul>`;

add(
  'Genesis-style entry footer "Filed Under: ... Tagged With: ..." and a bare "Tags: a, b, c" line after the body',
  LEVY,
  shell8('generatepress', LEVY, {
    tail: `<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="/category/local/">Local</a>, <a href="/category/politics/">Politics</a></span> <span class="entry-tags">Tagged With: <a href="/tag/ballot-measures/">ballot measures</a>, <a href="/tag/libraries/">libraries</a></span></p></footer><p>Tags: <a href="/tag/election-2018/">Election 2018</a>, <a href="/tag/property-tax/">property tax</a>, <a href="/tag/recounts/">recounts</a></p>`,
  }),
  ['Filed Under:', 'Tagged With:', 'ballot measures', 'Tags:', 'Election 2018', 'recounts'],
);

add(
  'author box as loose text under an "About the author" heading, no classes, after the body',
  CANYON,
  shell8('jannah', CANYON, {
    tail: `<div><h4>About the author</h4><div><img src="/rc.jpg" alt=""><p><strong>Reyna Castillo</strong></p><p>Reyna has reported on wildfires, floods and the people who clean up after them since 2011. She lives in the foothills with two dogs and a very old truck.</p><p><a href="/author/reyna/">More by Reyna Castillo</a></p></div></div>`,
  }),
  ['About the author', 'has reported on wildfires', 'a very old truck', 'More by Reyna Castillo'],
);

add(
  '"Previous article" and "Next article" with their headlines in plain divs, and "Related Posts" as a bare list',
  BALLPARK,
  shell8('sahifa', BALLPARK, {
    after: `<div><div><span>Previous article</span><br>${link8(H8(0))}</div><div><span>Next article</span><br>${link8(H8(1))}</div></div><h3>Related Posts</h3>${li([H8(2), H8(3), H8(4)])}`,
  }),
  ['Previous article', 'Next article', H8(0), H8(1), 'Related Posts', H8(2), H8(3), H8(4), 'Home /'],
);

add(
  'ad labels with dashes and capitals between paragraphs in plain divs ("— ADVERTISEMENT —", "- Advertisement -")',
  BUSES,
  shell8('elementor', BUSES, {
    at: {
      0: `<div><div>— ADVERTISEMENT —</div><div id="ad-slot-1"></div></div>`,
      2: `<div><p>- Advertisement -</p></div>`,
      3: `<div style="text-align:center"><small>Advertisement - Continue Reading Below</small></div>`,
    },
  }),
  ['ADVERTISEMENT', 'Advertisement', 'Continue Reading Below'],
);

add(
  '"Back to top" and "Return to top" links after the body, and a "Print this article | Email this article" row',
  CANYON,
  shell8('oldtable', CANYON, {
    at: {
      [-1]: `<p><a href="javascript:window.print()">Print this article</a> | <a href="mailto:?subject=x">Email this article</a></p>`,
      5: `<p><a href="#top">Back to top</a></p>`,
    },
    after: `<p align="center"><a href="#top">Return to top</a></p>`,
  }),
  ['Print this article', 'Email this article', 'Back to top', 'Return to top'],
);

add(
  'Jetpack share row as screen-reader text and "Like this: Like Loading..." with no plugin classes',
  BALLPARK,
  shell8('generatepress', BALLPARK, {
    tail: `<div><h3>Share this:</h3><ul><li><a href="?share=twitter" target="_blank">Click to share on Twitter (Opens in new window)</a></li><li><a href="?share=facebook" target="_blank">Click to share on Facebook (Opens in new window)</a></li><li><a href="?share=email">Click to email this to a friend (Opens in new window)</a></li></ul></div><div><h3>Like this:</h3><div><span>Like</span> Loading...</div></div>`,
  }),
  ['Share this:', 'Click to share', 'Opens in new window', 'Click to email', 'Like this:', 'Loading...'],
);

add(
  'comment counts and calls: "3 Comments", "Leave a comment", "Join the discussion" between the body and a form',
  LEVY,
  shell8('tdb', LEVY, {
    tail: `<div><a href="#comments">3 Comments</a> · <a href="#respond">Leave a comment</a></div><h3>Join the discussion</h3><p>Please keep comments civil and on topic. Comments are moderated and may take a few minutes to appear.</p>`,
  }),
  ['3 Comments', 'Leave a comment', 'Join the discussion', 'Please keep comments civil', 'Comments are moderated'],
);

add(
  'Disqus note printed as a visible paragraph, and "comments powered by Disqus" as a bare link',
  BUSES,
  shell8('blogspot', BUSES, {
    after: `<div id="disqus_thread"><p>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></p></div><p><a href="https://disqus.com">comments powered by Disqus</a></p>`,
  }),
  ['Please enable JavaScript', 'comments powered by', 'Disqus'],
);

const BAIT2 = [
  'Why Dentists Are Nervous About This New Toothbrush',
  'Seniors Are Flocking to This Little-Known Benefit',
  'The Cruise Deal Travel Agents Do Not Want You to See',
  'Remember Her? Try Not to Gasp When You See Her Now',
];
add(
  'a Taboola-style "Sponsored Content" row in plain links with "Sponsored | <source>" lines, no classes',
  CANYON,
  shell8('divi', CANYON, {
    after: `<div><div>Sponsored Content</div>${BAIT2.map((b, i) => `<div><a href="https://ads.example/c/${i.toString()}" rel="nofollow sponsored">${esc(b)}</a><div>Sponsored | Daily Brief</div></div>`).join('')}</div>`,
  }),
  ['Sponsored Content', ...BAIT2, 'Daily Brief'],
);

add(
  'Blogger "Posted by <name> at <time>" and "Labels:" in plain divs, with "Newer Post Older Post Home"',
  LEVY,
  shell8('drupal7news', LEVY, {
    tail: `<div><div>Posted by Dana W. at 6:45 PM</div><div>Labels: <a href="/search/label/levy">levy</a>, <a href="/search/label/library">library</a></div></div><div><a href="/2018/06/newer.html">Newer Post</a> <a href="/2018/06/older.html">Older Post</a> <a href="/">Home</a></div>`,
  }),
  ['Posted by', '6:45 PM', 'Labels:', 'Newer Post', 'Older Post', 'Submitted by'],
);

add(
  '"You might also like" cards with an image, headline and date in plain divs, between paragraphs 4 and 5',
  BALLPARK,
  shell8('elementor', BALLPARK, {
    at: {
      3: `<div><p><strong>You might also like</strong></p>${[5, 6, 7].map((i) => `<div><a href="/2018/06/y${i.toString()}/"><img src="/y${i.toString()}.jpg" alt=""></a><div>${link8(H8(i))}</div><div>June ${i.toString()}, 2018</div></div>`).join('')}</div>`,
    },
  }),
  ['You might also like', H8(5), H8(6), H8(7), 'June 6, 2018'],
);

const ES2 = [
  'Detenido un conductor ebrio en la carretera de la costa',
  'Las fiestas del barrio tendrán fuegos artificiales',
  'El ayuntamiento abre una nueva oficina de turismo',
];
add(
  'Spanish: "Te recomendamos" between paragraphs and a numbered "Lo más leído" with "Seguir leyendo" after the body',
  MERCADO,
  shell8('portal', MERCADO, {
    lang: 'es',
    at: { 2: `<div><p><b>Te recomendamos</b></p>${li([ES2[0] ?? '', ES2[1] ?? ''])}</div>` },
    after: `<div><h3>Lo más leído</h3><ol>${ES2.map((t) => `<li>${link8(t, 'local')}</li>`).join('')}</ol><p><a href="/local/">Seguir leyendo</a></p></div>`,
  }),
  ['Te recomendamos', ...ES2, 'Lo más leído', 'Seguir leyendo'],
);

const IT2 = [
  'Furto in farmacia, i ladri in fuga con il fondo cassa',
  'Torna la fiera del libro usato sotto i portici',
  'Chiusa per lavori la spiaggia libera di levante',
];
add(
  'Italian: "Potrebbe interessarti anche" after paragraph 2 and "I più letti" with times after the body',
  TRAGHETTO,
  shell8('portal', TRAGHETTO, {
    lang: 'it',
    at: { 1: `<div><span>Potrebbe interessarti anche:</span> ${link8(IT2[0] ?? '', 'cronaca')}</div>` },
    after: `<div><h4>I più letti</h4>${IT2.map((t, i) => `<div>${(i + 1).toString()}. ${link8(t, 'cronaca')}</div>`).join('')}</div>`,
  }),
  ['Potrebbe interessarti', ...IT2, 'I più letti'],
);

const PT2 = [
  'Incêndio em armazém obriga a cortar a estrada municipal',
  'Escola secundária recebe prémio nacional de ciência',
  'Mercado de Natal vai ter mais bancas este ano',
];
add(
  'Portuguese: "Veja também:" glued after a paragraph, "Saiba mais" box and "Leia mais:" after the body',
  CICLOVIA,
  shell8('portal', CICLOVIA, {
    lang: 'pt',
    at: {
      1: `<p><strong>Veja também:</strong> ${link8(PT2[0] ?? '', 'regiao')}</p>`,
      3: `<div><h4>Saiba mais</h4>${li([PT2[1] ?? ''])}</div>`,
    },
    tail: `<p>Leia mais: ${link8(PT2[2] ?? '', 'regiao')}</p>`,
  }),
  ['Veja também', ...PT2, 'Saiba mais', 'Leia mais'],
);

// Guards.
const TAGS = withPara8(
  BUSES,
  3,
  'Tags on the new buses will show parents which route a bus is running, because several of the merged routes will use vehicles that normally serve other schools.',
);
add(
  'guard: a paragraph opening on "Tags" that is a sentence, with a tags line after the body',
  TAGS,
  shell8('generatepress', TAGS, {
    tail: `<p>Tags: <a href="/tag/buses/">school transport</a>, <a href="/tag/drivers/">drivers wanted</a></p>`,
  }),
  ['school transport', 'drivers wanted'],
);

const TOP = withPara8(
  withPara8(
    CANYON,
    3,
    'Back to top of the canyon, where the fire started, investigators spent Saturday walking the trail with dogs trained to find traces of fuel.',
  ),
  6,
  'About the author of the anonymous tip that named a campsite, the sheriff would say only that it had been passed to state investigators.',
);
add(
  'guard: sentences opening on "Back to top" and "About the author" in the story, with a real "Back to top" link',
  TOP,
  shell8('oldtable', TOP, { tail: `<p><a href="#top">Return to top</a></p>` }),
  ['Return to top'],
);

const CONT = withPara8(
  TRAGHETTO,
  3,
  'Continua a leggere i giornali di carta solo chi prende il traghetto, scherza il comandante: a bordo non c’è campo, e per quaranta minuti si torna agli anni Ottanta.',
);
add(
  'guard: an Italian sentence opening on "Continua a leggere", with a real "Leggi anche" teaser in the page',
  CONT,
  shell8('portal', CONT, {
    lang: 'it',
    at: { 4: `<p><strong>Leggi anche:</strong> ${link8(IT2[1] ?? '', 'cronaca')}</p>` },
  }),
  ['Leggi anche', IT2[1] ?? ''],
);
