// The eighth red-team set, round 27, written before the cleaner was run on it: the recommendation widgets and
// comment systems of 2016-2020 (Outbrain's "Promoted Content" and "Recommended by", Taboola's "You May Like" and
// "Sponsored Links", Revcontent's "Sponsored Stories", ZergNet's "From The Web", "Around the Web" and "From Our
// Partners" rows, Disqus and Facebook comments with their fallbacks), a Drupal 7 news theme (tag fields, "Log in or
// register to post comments", "Related content" view), a table layout ("Printer-friendly version", "E-mail this
// story", "Other stories"), the classic Blogger template (post footer, labels, "Newer Post / Older Post",
// "Subscribe to: Post Comments (Atom)", LinkWithin's "You might also like:"), the AMP plugin's 2017 template
// (categories and tags, "Leave a Comment", "Back to top", amp-ad labels, iframe placeholders, "View Non-AMP
// Version") and Spanish, Italian and Portuguese regional sites. Guards: a listicle of short headed paragraphs,
// "Posted in" and "You may like" in prose, and "Leer más", "Leggi anche" and "Leia também" opening sentences.
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { H8, withPara8 } from './redteam8-pages26.js';
import { link8, shell8 } from './redteam8-shells.js';
import { BALLPARK, BUSES, CANYON, CICLOVIA, LEVY, MERCADO, TRAGHETTO } from './redteam8-stories.js';

export const CASES27: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES27.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

/** Advertisers' headlines of our own, in the manner of the widgets of the time. */
const BAIT = [
  'Doctors Are Stunned by This Morning Habit of Retirees',
  'The Truck That Dealers Hope You Never Test Drive',
  'Homeowners in Your State Are Switching to This Roof',
  'She Bought a Yard Sale Painting for 4 Dollars. Then Came the Appraisal',
  'What These Child Stars Look Like Today Will Surprise You',
  'New Rule Lets Drivers Over 50 Cut Their Insurance Bill',
  'The Kitchen Gadget Chefs Swear By Is Finally on Sale',
  'This Forgotten Coin in Your Drawer Could Be Worth a Fortune',
];
const B = (i: number): string => BAIT[i % BAIT.length] ?? '';
const SRC = ['Health Digest', 'Auto Insider', 'Home Saver Daily', 'Trend Chaser'];

add(
  'Outbrain after the body: "Promoted Content" and "Recommended by" header, cards with a source name in brackets',
  LEVY,
  shell8('generatepress', LEVY, {
    tail: `<div class="OUTBRAIN" data-src="https://libpost.example/2018/06/levy/" data-widget-id="AR_1" data-ob-template="LakelandPost"><div class="ob-widget ob-feed-layout AR_1"><div class="ob-widget-header"><span class="ob_what"><a href="https://www.outbrain.com/what-is/default/en" class="ob_what_link">Promoted Content</a></span><span class="ob_about">Recommended by</span><img class="ob_logo" src="/ob.png" alt="Outbrain"></div><div class="ob-widget-items-container">${[0, 1, 2, 3].map((i) => `<div class="ob-dynamic-rec-container ob-p"><a class="ob-dynamic-rec-link" href="https://paid.outbrain.example/network/redir?p=${i.toString()}" target="_blank"><div class="ob-rec-image-container"><img class="ob-rec-image" src="/ob${i.toString()}.jpg" alt=""></div><div class="ob-rec-text">${esc(B(i))}</div><div class="ob-rec-source">${SRC[i] ?? ''}</div></a></div>`).join('')}</div></div></div>`,
  }),
  ['Promoted Content', 'Recommended by', B(0), B(1), B(2), B(3), 'Health Digest', 'Auto Insider'],
);

add(
  'Taboola between the body and the comments: "You May Like" with "Sponsored Links by Taboola" and "Sponsored | Source"',
  CANYON,
  shell8('jannah', CANYON, {
    after: `<div id="taboola-below-article-thumbnails" class="trc_related_container trc_spotlight_widget"><div class="trc_rbox_container"><div class="trc_rbox thumbnails-a"><div class="trc_rbox_header trc_rbox_border_elm"><div class="trc_header_ext"><div class="logoDiv link-disclosure attribution-disclosure-link-sponsored"><a href="https://popup.taboola.com/en/" target="_blank"><span>Sponsored Links by Taboola</span></a></div></div><span class="trc_rbox_header_span">You May Like</span></div><div class="trc_rbox_outer"><div class="trc_rbox_div trc_rbox_border_elm">${[4, 5, 6, 7].map((i) => `<div class="videoCube trc_spotlight_item origin-default thumbnail_top"><a class="item-thumbnail-href" href="https://trc.taboola.example/${i.toString()}" target="_blank"><div class="thumbBlock"></div><span class="video-label-box"><span class="video-label video-title">${esc(B(i))}</span><span class="branding">Sponsored | ${SRC[i % 4] ?? ''}</span></span></a></div>`).join('')}</div></div></div></div></div>`,
  }),
  ['Sponsored Links by Taboola', 'You May Like', B(4), B(5), B(6), B(7), 'Sponsored |'],
);

add(
  'Revcontent and ZergNet inside the article container: "Sponsored Stories" with "Ad Choices", "From The Web" with headlines only',
  BALLPARK,
  shell8('tdb', BALLPARK, {
    tail: `<div id="rcjsload_2ff1b8"><div class="rc-wc rc-bp rc-uid-88461 rc-g"><div class="rc-header"><div class="rc-headline">Sponsored Stories</div><a class="rc-branding" href="https://www.revcontent.example/popup" target="_blank">by Revcontent</a></div><div class="rc-widget-items">${[0, 3, 6].map((i) => `<div class="rc-item"><a class="rc-cta" href="https://trends.revcontent.example/click/${i.toString()}" rel="nofollow" target="_blank"><div class="rc-photo-container"><div class="rc-photo"></div></div><div class="rc-headline">${esc(B(i))}</div><div class="rc-provider">${SRC[(i + 1) % 4] ?? ''}</div></a></div>`).join('')}</div><div class="rc-footer"><a href="https://www.revcontent.example/adchoices" class="rc-adchoices">Ad Choices</a></div></div></div><div id="zergnet-widget-41772"><div class="zerghead">From The Web</div>${[1, 2, 4, 5].map((i) => `<div class="zergentity"><a href="https://www.zergnet.example/i/${i.toString()}" target="_blank" class="zergimg"><img src="/z${i.toString()}.jpg" alt=""></a><div class="zergheadline"><a href="https://www.zergnet.example/i/${i.toString()}" target="_blank">${esc(B(i))}</a></div></div>`).join('')}</div>`,
  }),
  ['Sponsored Stories', 'by Revcontent', 'Ad Choices', 'From The Web', B(0), B(3), B(6), B(1), B(2), B(4), B(5)],
);

add(
  '"Around the Web" between paragraphs 3 and 4 and "From Our Partners" after the body, as plain lists of outside links',
  BUSES,
  shell8('sahifa', BUSES, {
    at: {
      2: `<div class="around-the-web"><h4>Around the Web</h4><ul>${[6, 7, 0].map((i) => `<li><a href="https://partner${i.toString()}.example/story" rel="nofollow sponsored" target="_blank">${esc(B(i))}</a></li>`).join('')}</ul></div>`,
    },
    after: `<div class="partner-feed"><h3 class="partner-feed__title">From Our Partners</h3>${[1, 3, 5].map((i) => `<div class="partner-feed__item"><a href="https://partner${i.toString()}.example/p" rel="nofollow">${esc(B(i))}</a> <span class="partner-feed__src">${SRC[i % 4] ?? ''}</span></div>`).join('')}</div>`,
  }),
  ['Home /', 'Around the Web', B(6), B(7), B(0), 'From Our Partners', B(1), B(3), B(5), 'Auto Insider'],
);

add(
  'Disqus: "blog comments powered by Disqus" link and the noscript note, with a comment count above',
  CANYON,
  shell8('drupal7news', CANYON, {
    after: `<div class="comment-count"><a href="#disqus_thread" data-disqus-identifier="node/20931">12 Comments</a></div><div id="disqus_thread"></div><script>var disqus_config = function () { this.page.identifier = "node/20931"; };</script><noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript><a href="https://disqus.com" class="dsq-brlink">blog comments powered by <span class="logo-disqus">Disqus</span></a>`,
  }),
  ['Submitted by', '12 Comments', 'comments powered by', 'Disqus', 'Please enable JavaScript'],
);

add(
  'Facebook comments: a "Comments" heading, the plugin div and its visible fallback line',
  LEVY,
  shell8('sahifa', LEVY, {
    after: `<div id="fb-comments-wrap" class="post-listing"><div class="block-head"><h3>Facebook Comments</h3></div><div class="fb-comments" data-href="https://tidewater.example/2018/06/levy/" data-numposts="5" data-width="100%"><span class="fb-comments-fallback">Comments are loaded from Facebook. You need to allow Facebook content to see and post comments.</span></div></div>`,
  }),
  ['Home /', 'Facebook Comments', 'Comments are loaded from Facebook', 'allow Facebook content'],
);

add(
  'Drupal 7 news theme: inline tag fields, "Related content" view, node links ("Log in or register to post comments")',
  BUSES,
  shell8('drupal7news', BUSES, {
    tail: `<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/taxonomy/term/41" typeof="skos:Concept">Transportation</a></div><div class="field-item odd"><a href="/taxonomy/term/77">Maple Valley</a></div></div></div><div class="field field-name-field-section field-type-taxonomy-term-reference field-label-above"><div class="field-label">Section:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/news/education">Education</a></div></div></div><ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/20931%23comment-form">Log in</a> or <a href="/user/register?destination=node/20931%23comment-form">register</a> to post comments</span></li></ul><ul class="links inline"><li class="print_html first"><a href="/print/20931" title="Display a printer-friendly version of this page." class="print-page" rel="nofollow">Printer-friendly version</a></li><li class="print_mail last"><a href="/printmail/20931" class="print-mail" rel="nofollow">Send by email</a></li></ul>`,
    after: `<div id="block-views-related-content-block" class="block block-views"><h2 class="block__title block-title">Related content</h2><div class="view view-related-content view-id-related_content view-display-id-block"><div class="view-content"><div class="item-list"><ul>${[2, 4, 6, 8].map((i) => `<li class="views-row"><div class="views-field views-field-title"><span class="field-content">${link8(H8(i), 'news')}</span></div><div class="views-field views-field-created"><span class="field-content">06/0${((i % 9) + 1).toString()}/2018</span></div></li>`).join('')}</ul></div></div></div></div>`,
  }),
  [
    'Submitted by',
    'Tags:',
    'Transportation',
    'Section:',
    'Log in',
    'to post comments',
    'Printer-friendly version',
    'Send by email',
    'Related content',
    H8(2),
    H8(4),
    H8(6),
    H8(8),
    '06/03/2018',
  ],
);

add(
  'table layout: "Printer-friendly version", "E-mail this story", "Other stories in this section", "Top of page"',
  BALLPARK,
  shell8('oldtable', BALLPARK, {
    at: {
      [-1]: `<table align="right" width="180" cellpadding="4" border="1" bordercolor="#cccccc"><tr><td><font size="1"><a href="/print.php?id=88213">Printer-friendly version</a><br><a href="/email.php?id=88213">E-mail this story</a><br><a href="/letters/">Write a letter to the editor</a></font></td></tr></table>`,
    },
    tail: `<p align="right"><a href="#top">Top of page</a></p>`,
    after: `<table width="100%" cellpadding="2"><tr><td bgcolor="#003366"><font color="#ffffff"><b>Other stories in this section:</b></font></td></tr>${[3, 5, 7, 9, 11].map((i) => `<tr><td><font size="2">&#187; ${link8(H8(i), 'sports/story.php?id=')}</font></td></tr>`).join('')}</table>`,
  }),
  [
    'Printer-friendly version',
    'E-mail this story',
    'Write a letter to the editor',
    'Top of page',
    'Other stories in this section',
    H8(3),
    H8(5),
    H8(7),
    H8(9),
    H8(11),
  ],
);

add(
  'Blogspot classic: post footer ("Posted by ... at ...", "No comments:", share links, "Labels:"), pager, feeds and LinkWithin',
  CANYON,
  shell8('blogspot', CANYON, {
    tail: `<div class="linkwithin_div"><div class="linkwithin_inner"><div class="linkwithin_text">You might also like:</div>${[0, 6, 9].map((i) => `<a href="/2018/05/l${i.toString()}.html" class="linkwithin_link"><div class="linkwithin_img"><img src="/lw${i.toString()}.jpg" alt=""></div><div class="linkwithin_title">${H8(i)}</div></a>`).join('')}<div class="linkwithin_credit"><a href="http://www.linkwithin.com/">LinkWithin</a></div></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Reyna C.</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2018/06/canyon.html" rel="bookmark"><abbr class="published" title="2018-06-10T08:02:00-07:00">8:02 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="/2018/06/canyon.html#comment-form">No comments:</a></span> <span class="post-icons"><span class="item-control blog-admin"><a href="/post-edit.g" title="Edit Post">✎</a></span></span><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="/share-post.g?target=email" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="/share-post.g?target=blog" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="/share-post.g?target=twitter" title="Share to Twitter"><span class="share-button-link-text">Share to Twitter</span></a><a class="goog-inline-block share-button sb-facebook" href="/share-post.g?target=facebook" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a><a class="goog-inline-block share-button sb-pinterest" href="/share-post.g?target=pinterest" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a></div></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/fire" rel="tag">fire</a>, <a href="/search/label/Hollis%20Canyon" rel="tag">Hollis Canyon</a>, <a href="/search/label/evacuations" rel="tag">evacuations</a></span></div></div>`,
    after: `<div class="comments" id="comments"><a name="comments"></a><h4>No comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block"></dl></div><p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1&amp;postID=2" onclick="">Post a Comment</a></p></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2018/06/newer.html" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2018/06/older.html" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div><div class="clear"></div><div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/2/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>`,
    side: `<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul class="hierarchy"><li><a class="toggle" href="#">►</a> <a class="post-count-link" href="/2018/">2018</a> <span class="post-count" dir="ltr">(41)</span></li></ul></div>`,
  }),
  [
    'You might also like:',
    H8(0),
    H8(6),
    H8(9),
    'LinkWithin',
    'Posted by',
    '8:02 AM',
    'No comments:',
    'Email This',
    'BlogThis!',
    'Share to Twitter',
    'Labels:',
    'evacuations',
    'Post a Comment',
    'Newer Post',
    'Older Post',
    'Subscribe to:',
    'Post Comments (Atom)',
    'Blog Archive',
  ],
);

add(
  'early AMP (WordPress plugin, 2017): amp-ad labels and an amp-iframe placeholder in the body, categories, tags, "Leave a Comment"',
  BUSES,
  shell8('amp2017', BUSES, {
    at: {
      1: `<div class="amp-ad-wrapper"><span class="amp-ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/post_inline"><div placeholder>Loading ad...</div><div fallback>Ad could not be loaded</div></amp-ad></div>`,
      3: `<amp-iframe width="600" height="400" layout="responsive" sandbox="allow-scripts allow-same-origin" src="https://maps.example/embed?route=west"><div placeholder class="amp-wp-iframe-placeholder">Loading map...</div><div overflow tabindex="0" role="button" aria-label="See more">See more</div></amp-iframe>`,
    },
    tail: `<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="/category/education/" rel="category tag">Education</a>, <a href="/category/local/" rel="category tag">Local</a></div><div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="/tag/school-buses/" rel="tag">school buses</a>, <a href="/tag/maple-valley/" rel="tag">Maple Valley</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="/2018/06/${BUSES.slug}/#respond">Leave a Comment</a></div><div class="amp-social-share-row"><amp-social-share type="facebook" data-param-app_id="1"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share></div><p class="amp-canonical-link"><a href="/2018/06/${BUSES.slug}/">View Non-AMP Version</a></p></footer>`,
  }),
  [
    'Advertisement',
    'Loading ad',
    'Ad could not be loaded',
    'Loading map',
    'See more',
    'Categories:',
    'Tags:',
    'school buses',
    'Leave a Comment',
    'View Non-AMP Version',
    'Back to top',
  ],
);

add(
  'early AMP (hand-made template): amp-twitter placeholder, an AMP related list "Related Posts" and "Read more at"',
  LEVY,
  shell8('amp2017', LEVY, {
    at: {
      2: `<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1005">\n<blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Recount done. Levy passes by 212. Thank you to every volunteer who watched the count.</p>&mdash; Birch Library Friends (@BirchLibFriends) <a href="https://twitter.com/BirchLibFriends/status/1005">June 8, 2018</a></blockquote></amp-twitter>`,
    },
    after: `<section class="amp-related-posts"><h3 class="amp-related-posts-title">Related Posts</h3><ul>${[1, 3, 5, 7].map((i) => `<li class="amp-related-post"><a href="/2018/06/a${i.toString()}/amp/"><amp-img src="/a${i.toString()}.jpg" width="80" height="60" layout="fixed"></amp-img><span class="amp-related-post-title">${H8(i)}</span></a></li>`).join('')}</ul></section><p class="amp-read-more">Read more at <a href="https://coastledger.example/">Coast Ledger</a></p>`,
  }),
  ['(@BirchLibFriends)', 'June 8, 2018', 'Related Posts', H8(1), H8(3), H8(5), H8(7), 'Read more at'],
);

/** Headlines in the portals' languages, of our own. */
const ES = [
  'Cortes de tráfico en la avenida del puerto por las obras del colector',
  'La feria del libro vuelve al paseo de la ribera',
  'El equipo juvenil asciende a la primera división regional',
  'Abre el plazo para las ayudas al alquiler joven',
];
const IT = [
  'Lavori sulla provinciale, senso unico alternato fino a venerdì',
  'Sagra del pesce, attese migliaia di persone al porto',
  'Nuovo parcheggio in centro, via libera dalla giunta',
  'Scuola di vela gratuita per i ragazzi delle medie',
];
const PT = [
  'Feira medieval regressa ao castelo em julho',
  'Obras na estrada nacional condicionam o trânsito até sexta',
  'Biblioteca municipal alarga horário aos sábados',
  'Clube de remo conquista três medalhas no nacional',
];

add(
  'Spanish portal: "Noticias relacionadas" between paragraphs, "Leer más" links, "Te puede interesar", share and tags',
  MERCADO,
  shell8('portal', MERCADO, {
    lang: 'es',
    at: {
      [-1]: `<div class="compartir"><span>Compartir:</span> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/share?url=x">Twitter</a> <a href="whatsapp://send?text=x">WhatsApp</a></div>`,
      1: `<div class="noticias-relacionadas"><p class="titulo-bloque">Noticias relacionadas</p><ul>${[0, 1].map((i) => `<li>${link8(ES[i] ?? '', 'local')}</li>`).join('')}</ul></div>`,
      3: `<p class="leer-mas"><strong>Leer más:</strong> ${link8(ES[2] ?? '', 'deportes')}</p>`,
    },
    tail: `<div class="etiquetas"><span>Etiquetas:</span> <a href="/tag/mercado/">mercado de abastos</a> <a href="/tag/comercio/">comercio local</a></div>`,
    after: `<section class="te-puede-interesar"><h3>Te puede interesar</h3>${[3, 0].map((i) => `<article class="tarjeta"><h4>${link8(ES[i] ?? '', 'local')}</h4><a class="leer" href="/local/x${i.toString()}/">Leer más</a></article>`).join('')}</section><div class="comentarios"><h3>Comentarios</h3><p>Para comentar es necesario estar registrado. <a href="/login">Inicia sesión</a> o <a href="/registro">regístrate</a>.</p></div>`,
  }),
  [
    'Compartir',
    'WhatsApp',
    'Noticias relacionadas',
    ES[0] ?? '',
    ES[1] ?? '',
    'Leer más',
    ES[2] ?? '',
    'Etiquetas',
    'comercio local',
    'Te puede interesar',
    ES[3] ?? '',
    'Comentarios',
    'Para comentar es necesario',
  ],
);

add(
  'Italian portal: "Leggi anche:" between paragraphs, "Articoli correlati", "Condividi", "Ultime notizie", comments note',
  TRAGHETTO,
  shell8('portal', TRAGHETTO, {
    lang: 'it',
    at: {
      1: `<p><strong>Leggi anche:</strong> ${link8(IT[0] ?? '', 'cronaca')}</p>`,
      3: `<div class="box-correlati"><h4>Articoli correlati</h4><ul>${[1, 2].map((i) => `<li>${link8(IT[i] ?? '', 'cronaca')}</li>`).join('')}</ul></div>`,
    },
    tail: `<div class="condividi"><span>Condividi questo articolo</span> <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/share?url=x">Twitter</a> <a href="mailto:?subject=x">Email</a></div><p class="riproduzione">© Riproduzione riservata</p>`,
    after: `<section class="ultime"><h3>Ultime notizie</h3><ul>${[3, 0, 1, 2].map((i) => `<li><span class="ora">${(9 + i).toString()}:30</span> ${link8(IT[i] ?? '', 'cronaca')}</li>`).join('')}</ul></section><div class="commenti"><h3>Commenti</h3><p>Per commentare devi essere registrato. <a href="/accedi">Accedi</a></p></div>`,
  }),
  [
    'Leggi anche',
    IT[0] ?? '',
    'Articoli correlati',
    IT[1] ?? '',
    IT[2] ?? '',
    'Condividi questo articolo',
    'Riproduzione riservata',
    'Ultime notizie',
    IT[3] ?? '',
    '9:30',
    'Per commentare devi',
  ],
);

add(
  'Portuguese portal: "Leia também" in the body, "Notícias relacionadas", "Partilhe este artigo", "Mais lidas" numbered',
  CICLOVIA,
  shell8('portal', CICLOVIA, {
    lang: 'pt',
    at: {
      2: `<div class="leia-tambem"><span class="leia-tambem__label">Leia também</span>${link8(PT[0] ?? '', 'regiao')}</div>`,
    },
    tail: `<div class="partilhar"><p>Partilhe este artigo</p><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/share?url=x">Twitter</a> <a href="mailto:?subject=x">E-mail</a></div>`,
    after: `<section class="relacionadas"><h3>Notícias relacionadas</h3>${[1, 2].map((i) => `<div class="card">${link8(PT[i] ?? '', 'regiao')}</div>`).join('')}</section>`,
    side: `<div class="mais-lidas"><h3>Mais lidas</h3><ol>${[3, 0, 1].map((i, k) => `<li><span class="n">${(k + 1).toString()}</span>${link8(PT[i] ?? '', 'regiao')}</li>`).join('')}</ol></div>`,
  }),
  [
    'Leia também',
    PT[0] ?? '',
    'Partilhe este artigo',
    'E-mail',
    'Notícias relacionadas',
    PT[1] ?? '',
    PT[2] ?? '',
    'Mais lidas',
    PT[3] ?? '',
  ],
);

// Guards: the story's own text that looks like chrome.
const TIPS: Story = {
  slug: 'what-parents-need-to-know-bus-changes',
  title: 'What parents need to know about the west side bus changes',
  byline: 'Tamsin Okafor',
  section: 'Education',
  paras: [
    'The district’s merged routes start on Monday. Here is what changes for families on the west side, and what stays the same.',
    'Most stops move between ten and 25 minutes earlier; the district has posted the new times for each stop.',
    'Eleven stops on the old routes are dropped, most of them within a block of another stop.',
    'Pupils who live within a mile of their school are asked to walk, but no child will be refused a seat.',
    'The transport office takes calls from seven in the morning until five in the afternoon on school days.',
  ],
};
const TIP_HEADS = ['Earlier pick-ups', 'Fewer stops', 'Walkers', 'Questions'];
add(
  'guard: a listicle of short headed paragraphs (headings in h3, one short item with a link), in a Drupal 7 page',
  TIPS,
  shell8('drupal7news', TIPS, {
    at: Object.fromEntries(TIP_HEADS.map((h, i) => [i, `<h3>${h}</h3>`])),
  }).replace(
    '<p>The transport office takes',
    '<p>The <a href="https://mvsd.example/transport">transport office</a> takes',
  ),
  ['Submitted by'],
  TIP_HEADS,
);

const PROSE = withPara8(
  withPara8(
    BALLPARK,
    2,
    'Posted in the clubhouse since April, a list of the repairs the affiliate asked for runs to four pages, from the height of the netting to the number of showers in the visitors’ locker room.',
  ),
  5,
  'You may like the old grandstand or not, Brandt said, but the city should not be paying to rebuild it for a team owned by two of the richest families in the state.',
);
add(
  'guard: "Posted in" and "You may like" opening sentences of the story, with a Taboola block after it',
  PROSE,
  shell8('generatepress', PROSE, {
    after: `<div id="taboola-below-article"><div class="trc_rbox_header"><span class="trc_rbox_header_span">You May Like</span></div><div class="videoCube"><a href="https://trc.taboola.example/1"><span class="video-title">${esc(B(2))}</span><span class="branding">Sponsored | Home Saver Daily</span></a></div></div>`,
  }),
  [B(2), 'Home Saver Daily'],
);

const LEER = withPara8(
  MERCADO,
  3,
  'Leer más y comprar mejor es el lema de la campaña que el mercado lanzará en otoño con las bibliotecas municipales, que repartirán recetarios y fichas sobre productos de temporada.',
);
add(
  'guard: a Spanish paragraph that opens on "Leer más" as a sentence',
  LEER,
  shell8('portal', LEER, { lang: 'es' }),
  [],
);
const LEGGI = withPara8(
  TRAGHETTO,
  2,
  'Leggi anche le nuove regole sui bagagli, ha detto il sindaco ai pendolari: da luglio le biciclette pagheranno un supplemento di due euro su tutte le corse.',
);
add(
  'guard: an Italian paragraph that opens on "Leggi anche" as a sentence',
  LEGGI,
  shell8('portal', LEGGI, { lang: 'it' }),
  [],
);
const LEIA = withPara8(
  CICLOVIA,
  4,
  'Leia também as placas ao longo do percurso, pediu o presidente da câmara: contam a história do antigo cais e das barcas que levavam o vinho para a foz do rio.',
);
add(
  'guard: a Portuguese paragraph that opens on "Leia também" as a sentence',
  LEIA,
  shell8('portal', LEIA, { lang: 'pt' }),
  [],
);
