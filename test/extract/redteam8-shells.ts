// Page shells for the eighth red-team set, in the markup news sites of 2016-2020 were built with and the earlier
// sets did not write (markup styles only: every name, class value we made up and every text is ours): tagDiv
// Newspaper 9's theme-builder blocks (`tdb`), Jannah (`jannah`), Sahifa (`sahifa`), GeneratePress
// (`generatepress`), a Divi builder page whose body is an `et_pb_text` module among others (`divi`), an Elementor
// single-post template of widgets (`elementor`), the classic Blogger template with `<br>` lines (`blogspot`), the
// AMP plugin's classic WordPress template of 2017 (`amp2017`), a Drupal 7 news theme with tag fields and node links
// (`drupal7news`), a table layout with a story cell of `<p>`s (`oldtable`) and a European regional portal in the
// page's own language (`portal`, with `lang`). `at[k]` goes after paragraph k inside the body (-1: before the
// first), `tail` after the body inside the article, `after` after the article in the main column, `side` in a
// sidebar.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';
import type { Parts4 } from './redteam4-shells.js';

export type Shell8 =
  | 'tdb'
  | 'jannah'
  | 'sahifa'
  | 'generatepress'
  | 'divi'
  | 'elementor'
  | 'blogspot'
  | 'amp2017'
  | 'drupal7news'
  | 'oldtable'
  | 'portal';

export interface Parts8 extends Parts4 {
  /** The page's language (html lang): 'en' by default. */
  lang?: string;
}

/** A link to another article of the same site, with a WordPress-style dated address. */
export const link8 = (text: string, folder = '2018/06', attrs = ''): string =>
  `<a href="/${folder}/${slug(text).slice(0, 60) || 'a'}/"${attrs}>${esc(text)}</a>`;

function doc(story: Story, site: string, lang: string, bodyHtml: string, head = '', htmlAttr = ''): string {
  return `<!DOCTYPE html><html lang="${lang}"${htmlAttr}><head><meta charset="utf-8"><title>${esc(story.title)} – ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${head}</head><body class="post-template-default single single-post single-format-standard">${bodyHtml}</body></html>`;
}

function paras(story: Story, p: Parts8, open = '<p>', close = '</p>'): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => out.push(`${open}${esc(t)}${close}`, p.at?.[i] ?? ''));
  return out.join('\n');
}

const menu = (items: string[], cls: string): string =>
  `<ul class="${cls}">${items.map((i) => `<li class="menu-item"><a href="/category/${slug(i)}/">${esc(i)}</a></li>`).join('')}</ul>`;
const EN_MENU = ['Home', 'News', 'Sports', 'Business', 'Opinion', 'Obituaries', 'Contact'];

function tdb(story: Story, p: Parts8): string {
  const t = esc(story.title);
  const row = (inner: string): string =>
    `<div class="vc_row tdi_71 wpb_row td-pb-row"><div class="vc_column tdi_74 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">${inner}</div></div></div>`;
  return doc(
    story,
    'Gulf Coast Ledger',
    'en',
    `<div class="td-theme-wrap"><div class="td-header-template-wrap"><div class="tdc-header-wrap"><div class="td_block_wrap tdb_header_menu">${menu(EN_MENU, 'tdb-block-menu tdb-menu')}</div></div></div><div id="tdb-autoload-article"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc_zone tdi_2 wpb_row td-pb-row"><div class="tdc-row">${row(
      `<div class="td_block_wrap tdb_single_categories"><div class="tdb-category td-fix-index"><a class="tdb-entry-category" href="/category/${slug(story.section)}/">${esc(story.section)}</a></div></div><div class="td_block_wrap tdb_title"><h1 class="tdb-title-text">${t}</h1></div><div class="td_block_wrap tdb_single_author"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-name" href="/author/x/">${esc(story.byline)}</a></div></div><div class="td_block_wrap tdb_single_date"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="2018-06-12T09:14:00+00:00">June 12, 2018</time></div></div><div class="td_block_wrap tdb_single_content tdi_90 td-pb-border-top"><div class="tdb-block-inner td-fix-index">${paras(story, p)}</div></div>${p.tail ?? ''}${p.after ?? ''}`,
    )}<div class="vc_column tdi_80 td-pb-span4"><div class="wpb_wrapper td_block_wrap tdb_sidebar">${p.side ?? ''}</div></div></div></div></div></div></div><div class="td-footer-template-wrap"><div class="tdb_footer">© Gulf Coast Ledger 2018. All rights reserved.</div></div></div>`,
  );
}

function jannah(story: Story, p: Parts8): string {
  return doc(
    story,
    'Prairie Wire',
    'en',
    `<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper"><nav id="main-nav" class="main-nav header-nav">${menu(EN_MENU, 'menu')}</nav><div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row"><div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em class="delimiter">/</em><a href="/category/news/">${esc(story.section)}</a></nav><div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-2" href="/category/news/">${esc(story.section)}</a></span><h1 class="post-title entry-title">${esc(story.title)}</h1><div class="post-meta clearfix"><span class="author-meta single-author"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/x/" class="author-name tie-icon" title="${esc(story.byline)}">${esc(story.byline)}</a></span></span></span><span class="date meta-item tie-icon">June 12, 2018</span><div class="tie-alignright"><span class="meta-views meta-item">1,204 </span><span class="meta-reading-time meta-item">3 minutes read</span></div></div></div></header><div class="entry-content entry clearfix">${paras(story, p)}</div>${p.tail ?? ''}</article>${p.after ?? ''}</div><aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="Primary Sidebar"><div class="theiaStickySidebar">${p.side ?? ''}</div></aside></div></div><footer id="footer" class="site-footer"><div id="site-info" class="site-info"><div class="copyright-text">© Copyright 2018, All Rights Reserved | Prairie Wire</div></div></footer></div></div></div>`,
  );
}

function sahifa(story: Story, p: Parts8): string {
  return doc(
    story,
    'Tidewater Times',
    'en',
    `<div class="wrapper-outer"><div id="wrapper" class="boxed"><div class="inner-wrapper"><header id="theme-header" class="theme-header"><nav id="main-nav" class="fixed-enabled">${menu(EN_MENU, 'menu')}</nav></header><div id="main-content" class="container"><div class="content"><div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs"><span typeof="v:Breadcrumb"><a href="/">Home</a></span> <span class="delimiter">/</span> <span class="current">${esc(story.title)}</span></div><article class="post-listing post type-post"><div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">${esc(story.title)}</span></h1><p class="post-meta"><span class="post-meta-author"><a href="/author/x/">${esc(story.byline)}</a></span> <span class="tie-date">June 12, 2018</span> <span class="post-cats"><a href="/category/news/">${esc(story.section)}</a></span> <span class="post-comments"><a href="#comments">0</a></span></p><div class="clear"></div><div class="entry">${paras(story, p)}</div>${p.tail ?? ''}</div></article>${p.after ?? ''}</div><aside id="sidebar">${p.side ?? ''}</aside></div><footer id="theme-footer"><div class="footer-bottom"><div class="container"><div class="alignleft">© Copyright 2018, All Rights Reserved</div></div></div></footer></div></div></div>`,
  );
}

function generatepress(story: Story, p: Parts8): string {
  return doc(
    story,
    'Lakeland Post',
    'en',
    `<header id="masthead" class="site-header"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="/">Lakeland Post</a></p></div></div></header><nav id="site-navigation" class="main-navigation"><div class="inside-navigation grid-container">${menu(EN_MENU, 'menu sf-menu')}</div></nav><div id="page" class="site grid-container container hfeed"><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-4120" class="post-4120 post type-post status-publish format-standard hentry"><div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">${esc(story.title)}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2018-06-12T09:14:00+00:00">June 12, 2018</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x/">${esc(story.byline)}</a></span></span></div></header><div class="entry-content" itemprop="text">${paras(story, p)}</div>${p.tail ?? ''}</div></article>${p.after ?? ''}</main></div><div id="right-sidebar" class="widget-area sidebar is-right-sidebar"><div class="inside-right-sidebar">${p.side ?? ''}</div></div></div></div><div class="site-footer"><footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">© 2018 Lakeland Post • Built with GeneratePress</div></div></footer></div>`,
  );
}

function divi(story: Story, p: Parts8): string {
  const mod = (cls: string, inner: string): string =>
    `<div class="et_pb_module ${cls}"><div class="et_pb_text_inner">${inner}</div></div>`;
  return doc(
    story,
    'Harbor Beacon',
    'en',
    `<div id="page-container"><header id="main-header"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/">Harbor Beacon</a></div><div id="et-top-navigation"><nav id="top-menu-nav">${menu(EN_MENU, 'nav')}</nav></div></div></header><div id="et-main-area"><div id="main-content"><article id="post-88" class="et_pb_post post-88 post type-post"><div class="entry-content"><div id="et-boc" class="et-boc"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0">${mod('et_pb_post_title et_pb_post_title_0', `<h1 class="entry-title">${esc(story.title)}</h1><p class="et_pb_title_meta_container">by <span class="author vcard"><a href="/author/x/">${esc(story.byline)}</a></span> | <span class="published">Jun 12, 2018</span> | <a href="/category/news/">${esc(story.section)}</a></p>`)}${p.at?.[-1] ?? ''}${mod('et_pb_text et_pb_text_0 et_pb_bg_layout_light et_pb_text_align_left', paras(story, { ...p, at: { ...p.at, [-1]: '' } }))}${p.tail ?? ''}</div></div></div>${p.after ?? ''}</div></div></div></div></article></div><footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by Elegant Themes | Powered by WordPress</div></div></div></footer></div></div><div id="et-sidebar">${p.side ?? ''}</div>`,
  );
}

/** An Elementor widget: the wrapper classes the page builder puts round every widget. */
export const elWidget = (kind: string, inner: string, id = 'a1b2c3d'): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${kind}" data-element_type="widget" data-widget_type="${kind}.default"><div class="elementor-widget-container">${inner}</div></div>`;

function elementor(story: Story, p: Parts8): string {
  return doc(
    story,
    'Valley Chronicle',
    'en',
    `<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header"><section class="elementor-section elementor-top-section"><div class="elementor-container">${elWidget('nav-menu', `<nav class="elementor-nav-menu--main">${menu(EN_MENU, 'elementor-nav-menu')}</nav>`, 'n4v')}</div></section></div><div data-elementor-type="single-post" data-elementor-id="341" class="elementor elementor-341 elementor-location-single post-5120 post type-post"><section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-66 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">${elWidget('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${esc(story.title)}</h1>`, 't1t')}${elWidget('post-info', `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item elementor-post-info__item--type-author">${esc(story.byline)}</span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">June 12, 2018</span></li></ul>`, 'inf')}${elWidget('theme-post-content', paras(story, p), 'b0d')}${p.tail ?? ''}${p.after ?? ''}</div></div><div class="elementor-column elementor-col-33 elementor-top-column"><div class="elementor-widget-wrap">${p.side ?? ''}</div></div></div></section></div><div data-elementor-type="footer" class="elementor elementor-location-footer">${elWidget('text-editor', '<p>© 2018 Valley Chronicle</p>', 'f00')}</div>`,
  );
}

function blogspot(story: Story, p: Parts8): string {
  return doc(
    story,
    'Sawmill Creek Notes',
    'en',
    `<div id="outer-wrapper"><div id="wrap2"><div id="header-wrapper"><div class="header section" id="header"><div class="widget Header" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Sawmill Creek Notes</a></h1></div><div class="descriptionwrapper"><p class="description"><span>News and notes from the canyon towns since 2009</span></p></div></div></div></div></div><div id="content-wrapper"><div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Sunday, June 10, 2018</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost"><a name="4471902238800519"></a><h3 class="post-title entry-title" itemprop="name">${esc(story.title)}</h3><div class="post-header"><div class="post-header-line-1"></div></div><div class="post-body entry-content" id="post-body-4471902238800519" itemprop="description articleBody">${paras(story, p, '', '<br /><br />')}<div style="clear: both;"></div></div>${p.tail ?? ''}</div>${p.after ?? ''}</div></div></div></div></div></div><div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">${p.side ?? ''}</div></div></div><div id="footer-wrapper"><div class="footer section" id="footer"><div class="widget Attribution" id="Attribution1">Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></div></div></div>`,
  );
}

function amp2017(story: Story, p: Parts8): string {
  const head = `<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><link rel="canonical" href="https://coastledger.example/2018/06/${story.slug}/"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>.amp-wp-article{color:#353535}</style>`;
  return doc(
    story,
    'Coast Ledger',
    'en',
    `<header id="top" class="amp-wp-header"><div><a href="https://coastledger.example/"><amp-img src="/logo.png" width="32" height="32" class="amp-wp-site-icon"></amp-img><span class="amp-site-title">Coast Ledger</span></a></div></header><article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">${esc(story.title)}</h1><div class="amp-wp-meta amp-wp-byline"><amp-img src="/avatar.jpg" width="24" height="24" layout="fixed"></amp-img><span class="amp-wp-author author vcard">${esc(story.byline)}</span></div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="2018-06-12T09:14:00+00:00">2 years ago</time></div></header><div class="amp-wp-article-content">${paras(story, p)}</div>${p.tail ?? ''}</article>${p.after ?? ''}<footer class="amp-wp-footer"><div><h2>Coast Ledger</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>`,
    head,
    ' amp',
  );
}

function drupal7news(story: Story, p: Parts8): string {
  return doc(
    story,
    'Ridge County Herald',
    'en',
    `<div id="page"><header id="header" role="banner"><a href="/" id="logo"><img src="/sites/all/themes/herald/logo.png" alt="Home"></a><div class="region region-navigation"><nav id="block-menu-block-1" class="block block-menu-block">${menu(EN_MENU, 'menu')}</nav></div></header><div id="main"><div id="content" class="column" role="main"><nav class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></nav><h1 class="page__title title" id="page-title">${esc(story.title)}</h1><article class="node-20931 node node-article node-promoted view-mode-full clearfix" about="/news/${story.slug}" typeof="sioc:Item foaf:Document"><header><p class="submitted"><span property="dc:date dc:created" content="2018-06-12T09:14:00-05:00">Submitted by <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">${esc(story.byline)}</span> on Tue, 06/12/2018 - 09:14</span></p></header><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">${paras(story, p)}</div></div></div>${p.tail ?? ''}</article>${p.after ?? ''}</div><aside class="sidebars"><section class="region region-sidebar-first column sidebar">${p.side ?? ''}</section></aside></div><footer id="footer" class="region region-footer"><div id="block-block-3" class="block block-block"><p>Ridge County Herald · 400 Main St.</p></div></footer></div>`,
  );
}

function oldtable(story: Story, p: Parts8): string {
  return doc(
    story,
    'The Mesa Tribune',
    'en',
    `<table width="770" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff"><tr><td colspan="2"><a href="/"><img src="/images/top_logo.gif" width="770" height="80" border="0" alt="The Mesa Tribune"></a></td></tr><tr><td width="150" valign="top" class="leftnav" bgcolor="#eeeeee"><table width="150" cellpadding="4"><tr><td><a href="/news/">Local News</a></td></tr><tr><td><a href="/sports/">Sports</a></td></tr><tr><td><a href="/obits/">Obituaries</a></td></tr><tr><td><a href="/classifieds/">Classifieds</a></td></tr></table></td><td width="620" valign="top"><table width="100%" cellpadding="8"><tr><td class="storyhead"><span class="headline">${esc(story.title)}</span><br><span class="byline">By ${esc(story.byline)}<br>Tribune Staff Writer</span></td></tr><tr><td class="storytext">${paras(story, p)}${p.tail ?? ''}</td></tr><tr><td>${p.after ?? ''}</td></tr></table></td></tr><tr><td colspan="2" align="center" class="footer"><font size="1">Copyright © 2018 The Mesa Tribune. All rights reserved.</font></td></tr></table>`,
  );
}

const PORTAL: Record<string, { site: string; menu: string[] }> = {
  es: { site: 'El Heraldo de la Vega', menu: ['Portada', 'Local', 'Provincia', 'Deportes', 'Opinión', 'Cultura'] },
  it: { site: 'Il Corriere del Golfo', menu: ['Home', 'Cronaca', 'Politica', 'Sport', 'Cultura', 'Eventi'] },
  pt: { site: 'Diário do Vale', menu: ['Início', 'Região', 'País', 'Desporto', 'Opinião', 'Cultura'] },
};

function portal(story: Story, p: Parts8): string {
  const lang = p.lang ?? 'es';
  const c = PORTAL[lang] ?? { site: 'Regional', menu: ['Home'] };
  return doc(
    story,
    c.site,
    lang,
    `<div id="wrapper"><header class="site-header"><div class="logo"><a href="/">${c.site}</a></div><nav class="main-menu">${menu(c.menu, 'menu')}</nav></header><div class="container"><div class="row"><main class="col-md-8 content"><article class="post single-post"><div class="post-header"><span class="post-category"><a href="/category/${slug(story.section)}/">${esc(story.section)}</a></span><h1 class="post-title">${esc(story.title)}</h1><div class="post-meta"><span class="post-author">${esc(story.byline)}</span> <span class="post-date">12/06/2018</span></div></div><div class="post-content">${paras(story, p)}</div>${p.tail ?? ''}</article>${p.after ?? ''}</main><aside class="col-md-4 sidebar">${p.side ?? ''}</aside></div></div><footer class="site-footer"><p>© 2018 ${c.site}</p></footer></div>`,
  );
}

export function shell8(kind: Shell8, story: Story, p: Parts8 = {}): string {
  switch (kind) {
    case 'tdb':
      return tdb(story, p);
    case 'jannah':
      return jannah(story, p);
    case 'sahifa':
      return sahifa(story, p);
    case 'generatepress':
      return generatepress(story, p);
    case 'divi':
      return divi(story, p);
    case 'elementor':
      return elementor(story, p);
    case 'blogspot':
      return blogspot(story, p);
    case 'amp2017':
      return amp2017(story, p);
    case 'drupal7news':
      return drupal7news(story, p);
    case 'oldtable':
      return oldtable(story, p);
    case 'portal':
      return portal(story, p);
  }
}
