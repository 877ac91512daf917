// The page around a story, in the markup of the platforms news sites run on (WordPress, Ghost, Arc XP,
// Brightspot, Drupal, AMP, a hand-made site). `slots[k]` is HTML placed inside the article container after
// paragraph k (-1: before the first), `after` goes after the body container but inside the article.
import type { Story } from './chrome-stories.js';

export type Platform = 'wordpress' | 'ghost' | 'arc' | 'brightspot' | 'drupal' | 'amp' | 'handmade';

export interface Placement {
  slots?: Record<number, string>;
  after?: string;
  /** Extra <head> content (JSON-LD). */
  head?: string;
  /** Paragraph markup override (live blogs): the body HTML instead of <p> per paragraph. */
  body?: string;
}

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
export const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** The story's paragraphs (each `<p${attrs}>`) with the placement's slots between them, or its `body`. */
export function paras(story: Story, p: Placement, attrs = ''): string {
  if (p.body) return p.body;
  const out: string[] = [p.slots?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(`<p${attrs}>${esc(t)}</p>`);
    out.push(p.slots?.[i] ?? '');
  });
  return out.join('\n');
}

const NAV = `<nav class="primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>`;
const FOOT = `<footer class="site-footer"><p>© 2026 Example Media Group. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>`;

function doc(story: Story, site: string, head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta name="author" content="${story.byline}">${head}</head><body>${body}</body></html>`;
}

export function page(platform: Platform, story: Story, p: Placement = {}): string {
  const head = p.head ?? '';
  const t = esc(story.title);
  const by = esc(story.byline);
  const inner = paras(story, p);
  const after = p.after ?? '';
  switch (platform) {
    case 'wordpress':
      return doc(
        story,
        'The Valley Courier',
        head,
        `<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">The Valley Courier</a></p>${NAV}</header><div id="content" class="site-content"><main id="main" class="site-main"><article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry"><header class="entry-header"><h1 class="entry-title">${t}</h1><div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/${slug(story.byline)}/">${by}</a></span></span> <time class="entry-date published" datetime="2026-03-02T08:00:00+00:00">March 2, 2026</time></div></header><div class="entry-content">${inner}</div><footer class="entry-footer">${after}</footer></article></main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Harbour festival returns with tall ships</a></li><li><a href="/b">New bus timetable starts next week</a></li></ul></section></aside></div>${FOOT}</div>`,
      );
    case 'ghost':
      return doc(
        story,
        'The Ledger',
        head,
        `<div class="site-wrapper"><header class="gh-head">${NAV}</header><main id="site-main" class="site-main"><article class="article post tag-${slug(story.section)}"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/${slug(story.section)}/">${story.section}</a></section><h1 class="article-title">${t}</h1><div class="article-byline"><h4 class="author-name"><a href="/author/${slug(story.byline)}/">${by}</a></h4><time datetime="2026-03-02">Mar 2, 2026</time></div></header><section class="gh-content gh-canvas">${inner}</section>${after}</article></main>${FOOT}</div>`,
      );
    case 'arc':
      return doc(
        story,
        'Metro Herald',
        head,
        `<div id="fusion-app"><header class="b-header">${NAV}</header><main class="b-article-body"><div class="b-headline"><h1 class="c-heading">${t}</h1></div><div class="b-byline"><span class="c-attribution">By <a href="/people/${slug(story.byline)}/">${by}</a></span><time class="c-date">March 2, 2026 at 8:00 a.m. EST</time></div><article class="b-article-body__content default__ArticleBody">${inner}</article>${after}</main>${FOOT}</div>`,
      );
    case 'brightspot':
      return doc(
        story,
        'Capital Report',
        head,
        `<div class="Page-content"><header class="Page-header">${NAV}</header><main class="Page-main"><div class="ArticlePage-mainContent"><div class="ArticlePage-headline"><h1 class="ArticlePage-headline">${t}</h1></div><div class="ArticlePage-authors"><div class="ArticlePage-authorName">By <a href="/people/${slug(story.byline)}">${by}</a></div></div><div class="RichTextArticleBody RichTextBody">${inner}</div>${after}</div></main>${FOOT}</div>`,
      );
    case 'drupal':
      return doc(
        story,
        'County Times',
        head,
        `<div class="dialog-off-canvas-main-canvas"><header role="banner">${NAV}</header><main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${t}</span></h1><div class="node__meta">By <span class="field--name-uid">${by}</span></div><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">${inner}</div>${after}</div></article></div></main>${FOOT}</div>`,
      );
    case 'amp':
      return `<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>${t} | Coast Daily</title><link rel="canonical" href="https://coast.example/${story.slug}"><meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{font-family:serif}</style>${head}</head><body><header class="amp-header"><a href="/">Coast Daily</a><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar></header><main><article class="amp-article"><h1 class="amp-title">${t}</h1><div class="amp-byline">By ${by}</div><div class="amp-article-body">${inner}</div>${after}</article></main><footer><p>© Coast Daily</p></footer></body></html>`;
    case 'handmade':
      return doc(
        story,
        'Northern Echo Weekly',
        head,
        `<table width="100%"><tr><td class="masthead"><a href="/">Northern Echo Weekly</a></td></tr></table><div id="wrap"><div id="leftcol"><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/letters">Letters</a></div><div id="story"><h1>${t}</h1><div class="by">by ${by}</div><div id="storytext">${inner}</div>${after}</div></div><div id="bottom">Northern Echo Weekly · 12 High St</div>`,
      );
  }
}
