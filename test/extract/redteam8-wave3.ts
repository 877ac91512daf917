// The eighth red-team set, third wave, written after the first fixes and before the cleaner was run on it: the
// plugins' chrome INSIDE the body, between paragraphs, with and without a heading: JNews's inline related box
// (`jnews_inline_related_post`, "Related Posts" with a "Load more" link), Jetpack's related posts placed in the
// content, an inline YARPP list, sharedaddy between paragraphs, Outbrain's and Taboola's in-article units, a
// tagDiv inline ad with its label and a "Check Also" box after paragraph 2, an Elementor posts widget between two
// text-editor widgets, an unlabelled list of three links between paragraphs, a Blogger post whose "Read more »"
// jump and LinkWithin sit in the middle, and Spanish, Italian and Portuguese lists with no heading. Guards: a
// paragraph that is a list of three linked documents (the story's own sources), and a short bulleted list of the
// story's own facts with one link.
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { H8, withPara8 } from './redteam8-pages26.js';
import { elWidget, link8, shell8 } from './redteam8-shells.js';
import { BALLPARK, BUSES, CANYON, CICLOVIA, LEVY, MERCADO, TRAGHETTO } from './redteam8-stories.js';

export const CASES_WAVE3_8: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_WAVE3_8.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

add(
  'JNews inline related box between paragraphs 2 and 3: "Related Posts", three headlines and "Load more"',
  LEVY,
  shell8('generatepress', LEVY, {
    at: {
      1: `<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_nextprev"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>Related<strong> Posts</strong></span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">${[3, 5, 7].map((i) => `<article class="jeg_post jeg_pl_md_5"><div class="jeg_thumb"><a href="/2018/06/j${i.toString()}/"><div class="thumbnail-container"><img src="/j${i.toString()}.jpg" alt=""></div></a></div><div class="jeg_postblock_content"><h3 class="jeg_post_title">${link8(H8(i))}</h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="/2018/06/j${i.toString()}/"><i class="fa fa-clock-o"></i> June ${i.toString()}, 2018</a></div></div></div></article>`).join('')}</div></div></div><div class="jeg_block_navigation"><div class="navigation_overlay"></div><div class="jeg_block_nav"><a href="#" class="prev disabled" title="Previous">Previous</a><a href="#" class="next" title="Next">Next</a></div></div></div></div></div>`,
    },
  }),
  ['Related Posts', H8(3), H8(5), H8(7), 'June 5, 2018'],
);

add(
  'Jetpack related posts placed in the content after paragraph 3, under "Similar post" with dates',
  CANYON,
  shell8('generatepress', CANYON, {
    at: {
      2: `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Similar post</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">${[1, 4].map((i) => `<p class="jp-relatedposts-post" data-post-format="false"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/2018/05/s${i.toString()}/">${H8(i)}</a></span> <span class="jp-relatedposts-post-date">May ${(i + 10).toString()}, 2018</span> <span class="jp-relatedposts-post-context">In &quot;Local&quot;</span></p>`).join('')}</div></div>`,
    },
  }),
  ['Similar post', H8(1), H8(4), 'May 11, 2018', 'In "Local"'],
);

add(
  'an inline YARPP list after paragraph 2 ("You may also be interested in:") and sharedaddy after paragraph 4',
  BALLPARK,
  shell8('jannah', BALLPARK, {
    at: {
      1: `<div class="yarpp yarpp-related yarpp-related-shortcode yarpp-template-list"><p>You may also be interested in:</p><ol><li>${link8(H8(8))}</li><li>${link8(H8(10))}</li></ol></div>`,
      3: `<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-social-official sd-sharing"><h3 class="sd-title">Share:</h3><div class="sd-content"><ul><li class="share-facebook"><a href="?share=facebook">Facebook</a></li><li class="share-twitter"><a href="?share=twitter">Twitter</a></li><li class="share-reddit"><a href="?share=reddit">Reddit</a></li></ul></div></div></div>`,
    },
  }),
  ['You may also be interested in', H8(8), H8(10), 'Share:', 'Reddit'],
);

const BAIT3 = [
  'Retirees Across the Country Are Ditching Their Landlines for This',
  'This Is What a 60,000 Dollar Kitchen Remodel Looks Like',
  'Locals Are Rushing to Try This Grocery Delivery Trick',
];
add(
  'Outbrain’s in-article unit (AR_2) after paragraph 2 and a Taboola mid-article row after paragraph 4',
  BUSES,
  shell8('tdb', BUSES, {
    at: {
      1: `<div class="OUTBRAIN" data-widget-id="AR_2"><div class="ob-widget ob-strip-layout"><div class="ob-widget-header">Recommended for you</div>${[0, 1].map((i) => `<a class="ob-dynamic-rec-link" href="https://paid.outbrain.example/${i.toString()}"><span class="ob-rec-text">${esc(BAIT3[i] ?? '')}</span><span class="ob-rec-source">Smart Living Tips</span></a>`).join('')}<div class="ob_what"><a href="#">What is Outbrain</a></div></div></div>`,
      3: `<div id="taboola-mid-article-thumbnails"><div class="trc_rbox_header"><span class="trc_rbox_header_span">Promoted Links</span></div><div class="videoCube"><a href="https://trc.taboola.example/9"><span class="video-title">${esc(BAIT3[2] ?? '')}</span><span class="branding">Kitchen Daily</span></a></div></div>`,
    },
  }),
  [
    'Recommended for you',
    BAIT3[0] ?? '',
    BAIT3[1] ?? '',
    'Smart Living Tips',
    'What is Outbrain',
    'Promoted Links',
    BAIT3[2] ?? '',
    'Kitchen Daily',
  ],
);

add(
  'tagDiv "Check Also" box after paragraph 2 and an inline ad label, the box in plain divs',
  CANYON,
  shell8('tdb', CANYON, {
    at: {
      1: `<div class="td-a-rec td-a-rec-id-content_top"><span class="td-adspot-title">- Sponsored -</span></div>`,
      2: `<div class="check-also"><div><strong>Check Also</strong></div><div>${link8(H8(9))}</div><div>June 9, 2018</div></div>`,
    },
  }),
  ['- Sponsored -', 'Check Also', H8(9), 'June 9, 2018'],
);

add(
  'Elementor: a posts widget of two items between two text-editor widgets that hold the body',
  TRAGHETTO,
  shell8('elementor', TRAGHETTO, { lang: 'it' }).replace(
    `<p>${esc(TRAGHETTO.paras[2] ?? '')}</p>`,
    `</div></div>${elWidget('posts', `<div class="elementor-posts-container elementor-posts">${['Sagra del pesce, attese migliaia di persone al porto', 'Scuola di vela gratuita per i ragazzi delle medie'].map((t) => `<article class="elementor-post"><h3 class="elementor-post__title">${link8(t, 'cronaca')}</h3><a class="elementor-post__read-more" href="/cronaca/x/">Leggi tutto »</a></article>`).join('')}</div>`, 'p0s')}<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${esc(TRAGHETTO.paras[2] ?? '')}</p>`,
  ),
  ['Sagra del pesce', 'Scuola di vela gratuita', 'Leggi tutto'],
);

add(
  'an unlabelled list of three links to other stories between paragraphs 3 and 4 (no heading, no class)',
  BALLPARK,
  shell8('sahifa', BALLPARK, {
    at: { 2: `<ul>${[0, 6, 11].map((i) => `<li>${link8(H8(i))}</li>`).join('')}</ul>` },
  }),
  [H8(0), H8(6), H8(11)],
);

add(
  'Blogger post with a "Read more »" jump link and LinkWithin in the middle of the post body',
  LEVY,
  shell8('blogspot', LEVY, {
    at: {
      1: `<a name="more"></a><div class="jump-link"><a href="/2018/06/levy.html#more" title="Library levy">Read more »</a></div>`,
      3: `<div class="linkwithin_div"><div class="linkwithin_text">Related Posts Plugin for WordPress, Blogger...</div>${[2, 4].map((i) => `<a href="/2018/04/p${i.toString()}.html"><div>${H8(i)}</div></a>`).join('')}</div>`,
    },
  }),
  ['Read more »', 'Related Posts Plugin for WordPress', H8(2), H8(4)],
);

const ES3 = [
  'Un incendio obliga a desalojar un bloque de viviendas',
  'La biblioteca amplía su horario en época de exámenes',
];
const PT3 = ['Câmara aprova novo regulamento de esplanadas', 'Festival de jazz traz doze concertos à cidade'];
add(
  'Spanish and Portuguese lists of two links with no heading between paragraphs, and "Más información" after',
  MERCADO,
  shell8('portal', MERCADO, {
    lang: 'es',
    at: { 1: `<ul class="lista">${ES3.map((t) => `<li>${link8(t, 'local')}</li>`).join('')}</ul>` },
    tail: `<p><strong>Más información:</strong> ${link8('Los mercados municipales ganan clientes jóvenes', 'local')}</p>`,
  }),
  [...ES3, 'Más información', 'ganan clientes jóvenes'],
);
add(
  'Portuguese: two links with no heading after paragraph 3 and "Mais notícias" after the body',
  CICLOVIA,
  shell8('portal', CICLOVIA, {
    lang: 'pt',
    at: { 2: `<div>${PT3.map((t) => `<p>${link8(t, 'regiao')}</p>`).join('')}</div>` },
    after: `<div><h4>Mais notícias</h4>${link8('Barcos tradicionais voltam ao rio no verão', 'regiao')}</div>`,
  }),
  [...PT3, 'Mais notícias', 'Barcos tradicionais'],
);

// Guards.
const DOCS = withPara8(LEVY, 4, 'The auditor’s estimate, the ballot language and the recount order are all public.');
add(
  'guard: a paragraph that lists the story’s own linked documents, and a short bulleted list of its facts',
  DOCS,
  shell8('generatepress', DOCS, {
    at: {
      2: `<ul><li>Branches open five days a week: all six</li><li>Cost for a 150,000 dollar home: about 38 dollars a year</li><li>Term: ten years, <a href="https://birch.example/levy">as the ballot language sets out</a></li></ul>`,
    },
  }).replace(
    'The auditor’s estimate, the ballot language and the recount order are all public.',
    'The <a href="https://birch.example/est.pdf">auditor’s estimate</a>, the <a href="https://birch.example/ballot.pdf">ballot language</a> and the <a href="https://birch.example/order.pdf">recount order</a> are all public.',
  ),
  [],
  [
    'Branches open five days a week: all six',
    'Cost for a 150,000 dollar home: about 38 dollars a year',
    'Term: ten years, as the ballot language sets out',
  ],
);
