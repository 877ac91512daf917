// Page shells for the red-team set, in markup the chrome, stack, rail and precision6 sets do not use: the
// Newspaper (td) theme's single post, a classic WordPress theme with Jetpack, Blogger, Squarespace, Substack,
// Drupal's Olivero theme, an old table-layout site, and a German and a Spanish regional site. `parts[k]` is
// placed after paragraph k inside the body container (-1: before the first); `tail` goes after the body, still
// inside the article element; `lastPara` replaces the last paragraph's markup (a rail inside it).
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';

export type Shell =
  'newspaper' | 'jetpack' | 'blogger' | 'squarespace' | 'substack' | 'olivero' | 'tables' | 'german' | 'spanish';

export interface Parts {
  at?: Record<number, string>;
  tail?: string;
  lastPara?: string;
}

/** A link to another article of the same site. */
export const link = (text: string, folder = 'news'): string => `<a href="/${folder}/${slug(text)}">${esc(text)}</a>`;

function body(story: Story, p: Parts, tag = 'p'): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    const last = i === story.paras.length - 1;
    out.push(last && p.lastPara ? p.lastPara : `<${tag}>${esc(t)}</${tag}>`);
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, lang: string, bodyHtml: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(story.title)} – ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}"></head><body>${bodyHtml}</body></html>`;
}

const menu = (items: string[]): string =>
  `<div class="menu-main-container"><div class="menu">${items.map((i) => `<span class="menu-item"><a href="/${slug(i)}/">${esc(i)}</a></span>`).join('')}</div></div>`;

export function shell(kind: Shell, story: Story, p: Parts = {}): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const inner = body(story, p);
  const tail = p.tail ?? '';
  switch (kind) {
    case 'newspaper':
      return doc(
        story,
        'Riverside Daily',
        'en',
        `<div class="td-theme-wrap"><div class="td-header-wrap">${menu(['News', 'Courts', 'Weather', 'Sport', 'Business'])}</div><div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content"><article class="post type-post"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/${slug(story.section)}/">${story.section}</a></li></ul><header class="td-post-title"><h1 class="entry-title">${t}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/${slug(story.byline)}/">${by}</a></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-04-14T07:30:00+00:00">April 14, 2026</time></span></div></header></div><div class="td-post-content tagdiv-type">${inner}${tail}</div></article></div></div><div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_social_counter"><span class="td-sp">12,930 Fans</span></div></div></div></div></div></div>`,
      );
    case 'jetpack':
      return doc(
        story,
        'Hillside Gazette',
        'en',
        `<div id="wrapper" class="hfeed"><div id="header">${menu(['Home', 'Local news', 'Council', 'Schools', 'What’s on'])}</div><div id="container"><div id="content" role="main"><div id="post-2291" class="post-2291 post type-post hentry category-${slug(story.section)}"><h2 class="entry-title">${t}</h2><div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <span class="entry-date">14 April 2026</span> <span class="meta-sep">by</span> <span class="author vcard">${by}</span></div><div class="entry-content">${inner}${tail}</div><div class="entry-utility">This entry was posted in <a href="/category/${slug(story.section)}/" rel="category tag">${story.section}</a>. Bookmark the <a href="/p/2291" rel="bookmark">permalink</a>.</div></div></div></div></div>`,
      );
    case 'blogger':
      return doc(
        story,
        'Harbour Notes',
        'en',
        `<div class="content-outer"><div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Tuesday, 14 April 2026</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost"><h3 class="post-title entry-title" itemprop="name">${t}</h3><div class="post-header"></div><div class="post-body entry-content" itemprop="articleBody">${inner}${tail}</div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">${by}</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2026/04/post.html"><abbr class="published">9:12 AM</abbr></a></span></div></div></div></div></div></div></div></div></div>`,
      );
    case 'squarespace':
      return doc(
        story,
        'The Dale Record',
        'en',
        `<div id="siteWrapper"><header id="header">${menu(['Stories', 'About', 'Support us'])}</header><main id="page"><article class="BlogItem hentry"><div class="blog-item-top-wrapper"><h1 class="entry-title" data-content-field="title">${t}</h1><div class="blog-item-author-date-wrapper"><span class="blog-author-name">${by}</span> <time class="dt-published date-highlight" datetime="2026-04-14">April 14, 2026</time></div></div><div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${inner}</div></div>${tail}</div></div></div></div></div></article></main></div>`,
      );
    case 'substack':
      return doc(
        story,
        'The Quarterly Ledger',
        'en',
        `<div id="main"><div class="main-menu">${menu(['Home', 'Archive', 'About'])}</div><div class="single-post-container"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">${t}</h1><div class="post-meta"><div class="profile-hover-card-target"><a href="/profile/${slug(story.byline)}">${by}</a></div><div class="pencraft">Apr 14, 2026</div></div></div><div class="available-content"><div class="body markup" dir="auto">${inner}</div></div>${tail}</article></div></div>`,
      );
    case 'olivero':
      return doc(
        story,
        'County Observer',
        'en',
        `<div class="dialog-off-canvas-main-canvas"><div id="page-wrapper"><header class="site-header">${menu(['Home', 'News', 'Council', 'Sport'])}</header><main id="main-content" class="site-main"><div class="region region--content"><div class="block block-system block-system-main-block"><article class="node node--type-article node--view-mode-full"><header><h1 class="title page-title"><span class="field field--name-title">${t}</span></h1><div class="node__meta"><span class="node__author"><span class="field field--name-uid">${by}</span></span> <span class="field field--name-created">Tue, 04/14/2026 - 07:30</span></div></header><div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">${inner}</div>${tail}</div></article></div></div></main></div></div>`,
      );
    case 'tables':
      return doc(
        story,
        'Valley Weekly',
        'en',
        `<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="masthead"><a href="/"><img src="/img/logo.gif" alt="Valley Weekly"></a></td></tr><tr><td width="160" valign="top" class="leftnav"><a href="/news/">News</a><br><a href="/sport/">Sport</a><br><a href="/farming/">Farming</a><br><a href="/notices/">Notices</a></td><td valign="top" class="story"><font face="Georgia" size="5"><b>${t}</b></font><br><font size="2">By ${by} | 14/04/2026</font><br><br>${inner}${tail}</td></tr><tr><td colspan="2" class="foot"><font size="1">© Valley Weekly Ltd. All rights reserved.</font></td></tr></table>`,
      );
    case 'german':
      return doc(
        story,
        'Stadtanzeiger',
        'de',
        `<div class="page"><header class="page-header">${menu(['Startseite', 'Lokales', 'Politik', 'Sport', 'Kultur'])}</header><main class="page-main"><article class="article article--detail"><header class="article__header"><span class="article__kicker">Verkehr</span><h1 class="article__headline">${t}</h1><div class="article__meta"><span class="article__author">Von ${by}</span> <time datetime="2026-04-14T06:00:00+02:00">14.04.2026, 06:00 Uhr</time></div></header><div class="article__body">${inner}</div>${tail}</article></main></div>`,
      );
    case 'spanish':
      return doc(
        story,
        'Diario del Puerto',
        'es',
        `<div class="wrapper"><header class="cabecera">${menu(['Portada', 'Ciudad', 'Deportes', 'Opinión'])}</header><main class="contenido"><article class="noticia"><div class="noticia__cabecera"><p class="antetitulo">${story.section}</p><h1 class="titular">${t}</h1><div class="firma"><span class="autor">${by}</span> <time datetime="2026-04-14">14/04/2026</time></div></div><div class="cuerpo-noticia">${inner}</div>${tail}</article></main></div>`,
      );
  }
}
