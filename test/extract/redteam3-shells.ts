// Page shells for the third red-team set, in stacks the earlier sets do not use: Joomla, a Drupal 7 node with
// views blocks, Wix, the JNews and Soledad WordPress magazine themes, a Bootstrap "magazine" template, a
// table-layout site of the early 2000s, Blogger's Contempo theme and a European regional paper (any language).
// `at[k]` goes after paragraph k inside the body (-1: before the first), `tail` after the body inside the
// article, `after` after the article in the main column, `side` in a sidebar next to it.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';

export type Shell3 = 'joomla' | 'drupal7' | 'wix' | 'jnews' | 'soledad' | 'bootstrap' | 'legacy' | 'contempo' | 'euro';

export interface Parts3 {
  at?: Record<number, string>;
  tail?: string;
  after?: string;
  side?: string;
  /** The page's language (html lang): 'en' by default. */
  lang?: string;
}

/** A link to another article of the same site. */
export const link3 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/2026/05/${slug(text) || 'a'}-${text.length}"${attrs}>${esc(text)}</a>`;

function body(story: Story, p: Parts3, tag = 'p'): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(`<${tag}>${esc(t)}</${tag}>`);
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, lang: string, bodyHtml: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(story.title)} - ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}"></head><body>${bodyHtml}</body></html>`;
}

const ul = (items: string[], cls: string): string =>
  `<ul class="${cls}">${items.map((i) => `<li><a href="/${slug(i) || 'x'}/">${esc(i)}</a></li>`).join('')}</ul>`;

export function shell3(kind: Shell3, story: Story, p: Parts3 = {}): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const lang = p.lang ?? 'en';
  const inner = body(story, p);
  const tail = p.tail ?? '';
  const after = p.after ?? '';
  const side = p.side ?? '';
  switch (kind) {
    case 'joomla':
      return doc(
        story,
        'Valley Voice',
        lang,
        `<div class="body-innerwrapper"><header id="sp-header"><nav class="sp-megamenu-wrapper">${ul(['Home', 'News', 'Community', 'Events', 'Contact'], 'sp-megamenu-parent menu')}</nav></header><section id="sp-main-body"><div class="container"><div class="row"><main id="sp-component" class="col-lg-8"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">${t}</h2></div><dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby">Written by <span itemprop="name">${by}</span></dd><dd class="category-name">Category: <a href="/news">News</a></dd><dd class="published"><time datetime="2026-05-04T08:00:00+00:00">04 May 2026</time></dd></dl><div itemprop="articleBody">${inner}</div>${tail}</div>${after}</main><aside id="sp-right" class="col-lg-4"><div class="sp-module">${side}</div></aside></div></div></section><footer id="sp-footer"><span class="sp-copyright">© 2026 Valley Voice. All Rights Reserved.</span></footer></div>`,
      );
    case 'drupal7':
      return doc(
        story,
        'Lakeshore Weekly',
        lang,
        `<div id="page-wrapper"><div id="page"><div id="header"><div class="region region-header"><div id="block-system-main-menu" class="block block-system block-menu">${ul(['Home', 'News', 'Opinion', 'Calendar', 'Classifieds'], 'menu')}</div></div></div><div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><h1 class="title" id="page-title">${t}</h1><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content"><div id="node-4417" class="node node-article node-promoted clearfix"><div class="submitted"><span property="dc:date dc:created" content="2026-05-04T09:10:00+00:00">Submitted by <span class="username">${by}</span> on Mon, 05/04/2026 - 09:10</span></div><div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">${inner}</div></div></div>${tail}</div></div></div></div>${after}</div></div></div><div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">${side}</div></div></div></div></div><div id="footer"><div class="region region-footer">Lakeshore Weekly, 12 Pier Road</div></div></div></div>`,
      );
    case 'wix':
      return doc(
        story,
        'Ridgeback Review',
        lang,
        `<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER"><div data-testid="linkBar">${ul(['Home', 'Blog', 'About', 'Contact'], 'wixui-horizontal-menu')}</div></header><main id="PAGES_CONTAINER"><div data-hook="post-page"><article data-hook="post"><div data-hook="post-header"><span data-hook="user-name">${by}</span><span data-hook="time-ago">May 4</span><span data-hook="time-to-read">3 min read</span></div><h1 data-hook="post-title" class="blog-post-title-font">${t}</h1><div data-hook="post-description"><div data-id="content-viewer" class="rich-content-viewer">${body(story, p).replace(/<p>/g, '<p class="_2PHJq public-DraftStyleDefault-block-depth0" dir="auto">')}</div></div>${tail}</article>${after}</div></main><footer id="SITE_FOOTER"><p>© 2026 by Ridgeback Review. Proudly created with Wix.com</p></footer></div></div>`,
      );
    case 'jnews':
      return doc(
        story,
        'Metro Pulse',
        lang,
        `<div class="jeg_viewport"><div class="jeg_header"><div class="jeg_nav_row">${ul(['News', 'Entertainment', 'Lifestyle', 'Tech', 'Sports'], 'jeg_menu jeg_main_menu')}</div></div><div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div class="entry-header"><div class="jeg_meta_category"><a href="/category/news/">News</a></div><h1 class="jeg_post_title">${t}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">by <a href="/author/${slug(story.byline)}/">${by}</a></div><div class="jeg_meta_date">May 4, 2026</div></div></div><div class="jeg_share_top_container"></div><div class="entry-content no-share"><div class="content-inner">${inner}</div>${tail}</div>${after}</div></div><div class="jeg_sidebar col-md-4">${side}</div></div></div></div></div></div><div class="jeg_footer"><div class="jeg_footer_copyright"><p>© 2026 Metro Pulse</p></div></div></div>`,
      );
    case 'soledad':
      return doc(
        story,
        'Wanderleaf',
        lang,
        `<div class="wrapper-boxed header-style-header-6"><header id="header" class="header-header-6">${ul(['Home', 'Travel', 'Food', 'Culture', 'Shop'], 'menu penci-menu')}</header><div class="container container-single penci_sidebar right-sidebar"><div id="main" class="penci-main-single"><article class="post type-post"><div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="/category/news/">News</a></span></div><h1 class="post-title single-post-title entry-title">${t}</h1><div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written by <a class="author-url url fn n" href="/author/${slug(story.byline)}/">${by}</a></span></span><span><time class="entry-date published" datetime="2026-05-04T10:00:00+00:00">May 4, 2026</time></span></div></div><div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">${inner}</div>${tail}</div></article>${after}</div><div id="sidebar" class="penci-sidebar-right penci-sidebar-content">${side}</div></div><footer id="footer-section" class="penci-footer-social-media"><div class="footer-copyright">@2026 - Wanderleaf. All Right Reserved.</div></footer></div>`,
      );
    case 'bootstrap':
      return doc(
        story,
        'The Daily Compass',
        lang,
        `<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">The Daily Compass</a>${ul(['World', 'Business', 'Science', 'Culture', 'Sport'], 'navbar-nav mr-auto')}</div></nav><div class="container mt-4"><div class="row"><div class="col-md-8 blog-main"><div class="blog-post"><h2 class="blog-post-title">${t}</h2><p class="blog-post-meta">May 4, 2026 by <a href="/authors/${slug(story.byline)}">${by}</a></p>${inner}${tail}</div>${after}</div><aside class="col-md-4 blog-sidebar">${side}</aside></div></div><footer class="blog-footer"><p>The Daily Compass, built with Bootstrap.</p></footer>`,
      );
    case 'legacy':
      return doc(
        story,
        'The Fenland Courier Online',
        lang,
        `<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3" bgcolor="#003366"><img src="/img/masthead.gif" width="780" height="90" alt="The Fenland Courier Online"></td></tr><tr><td width="140" valign="top" bgcolor="#e0e0e0"><font face="Verdana" size="1"><a href="/">HOME</a><br><a href="/news/">NEWS</a><br><a href="/sport/">SPORT</a><br><a href="/letters/">LETTERS</a><br><a href="/archive/">ARCHIVE</a></font></td><td width="480" valign="top"><font face="Verdana,Arial" size="2"><b><font size="4">${t}</font></b><br><i>by ${by}</i><br><br>${body(story, p).replace(/<p>/g, '').replace(/<\/p>/g, '<br><br>')}${tail}</font>${after}</td><td width="160" valign="top">${side}</td></tr><tr><td colspan="3" align="center"><font size="1">Copyright 2026 Fenland Courier. All rights reserved.</font></td></tr></table>`,
      );
    case 'contempo':
      return doc(
        story,
        'Notes from the Marsh',
        lang,
        `<div class="page"><header class="centered-top-container" role="banner"><div class="centered-top"><div class="blog-name"><div class="widget Header"><h1><a href="/">Notes from the Marsh</a></h1></div></div></div></header><div class="page_body"><div class="centered"><main id="main" class="centered-bottom" role="main"><div class="main section" id="page_body"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed container"><article class="post-outer-container"><div class="post-outer"><div class="post"><a name="7712"></a><h3 class="post-title entry-title">${t}</h3><div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="byline-label">By</span> <span class="fn">${by}</span></span> <span class="byline post-timestamp"><a class="timestamp-link" href="/2026/05/post.html"><time class="published" datetime="2026-05-04T07:00:00Z">May 04, 2026</time></a></span></div></div><div class="post-body entry-content float-container" id="post-body-7712">${inner}</div>${tail}</div></div></article></div></div>${after}</div></main></div><aside class="sidebar-container" role="complementary"><div class="sidebar_top_wrapper">${side}</div></aside></div></div>`,
      );
    case 'euro':
      return doc(
        story,
        'Kurier Regionalny',
        lang,
        `<div class="site"><header class="masthead"><div class="logo"><a href="/">Kurier Regionalny</a></div><nav class="ressorts">${ul(['Start', 'Region', 'Politik', 'Wirtschaft', 'Sport', 'Kultur'], 'nav-list')}</nav></header><div class="page-content"><main class="main-col"><article class="article-detail"><p class="article-kicker">${esc(story.section)}</p><h1 class="article-headline">${t}</h1><div class="article-meta"><span class="article-author">${by}</span> <time datetime="2026-05-04T06:30:00+02:00">04.05.2026</time></div><div class="article-text">${inner}</div>${tail}</article>${after}</main><aside class="side-col">${side}</aside></div><footer class="site-footer"><p>© 2026 Kurier Regionalny</p></footer></div>`,
      );
  }
}
