// Page shells for the second red-team set, in stacks the earlier sets do not use: a Next.js page with
// CSS-in-JS hashed classes (`css-1x2y3z`, `sc-AbCd`), a Tailwind utility-class page, Arc XP, Brightspot, Ghost,
// Newspack, Vox Chorus, an AMP page, a TownNews BLOX-like local paper, a Medium-like post and a wire story on a
// portal. `at[k]` goes after paragraph k inside the body (-1: before the first), `tail` after the body inside
// the article, `after` after the article in the main column, `side` in a sidebar next to it.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';

export type Shell2 =
  | 'emotion'
  | 'tailwind'
  | 'arc'
  | 'brightspot'
  | 'ghost'
  | 'newspack'
  | 'chorus'
  | 'amp'
  | 'blox'
  | 'medium'
  | 'portal';

export interface Parts2 {
  at?: Record<number, string>;
  tail?: string;
  after?: string;
  side?: string;
  /** The markup of each paragraph: `<p class="...">` by default. */
  pAttrs?: string;
}

/** A link to another article of the same site. */
export const link2 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/2026/04/${slug(text)}"${attrs}>${esc(text)}</a>`;

/** A short hash-like class name made from a seed, as CSS-in-JS libraries emit. */
export const hashed = (prefix: string, seed: number): string =>
  `${prefix}${((seed * 2654435761) >>> 0).toString(36).slice(0, 6)}`;

function body(story: Story, p: Parts2): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(`<p${p.pAttrs ?? ''}>${esc(t)}</p>`);
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, bodyHtml: string, extraHead = '', htmlAttrs = ''): string {
  return `<!DOCTYPE html><html lang="en"${htmlAttrs}><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${extraHead}</head><body>${bodyHtml}</body></html>`;
}

const nav = (items: string[], cls: string): string =>
  `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i)}/">${esc(i)}</a></li>`).join('')}</ul></nav>`;

export function shell2(kind: Shell2, story: Story, p: Parts2 = {}): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const inner = body(story, p);
  const tail = p.tail ?? '';
  const after = p.after ?? '';
  const side = p.side ?? '';
  switch (kind) {
    case 'emotion':
      return doc(
        story,
        'The Metro Ledger',
        `<div id="__next"><div class="css-1dbjc4n"><header class="css-k008qs">${nav(['News', 'Metro', 'Business', 'Opinion', 'Sports'], 'css-1wm9k1p')}</header><main class="css-1hsppz2"><div class="css-0 e1xyz7c0"><article class="css-16v3xeh e1lp8fs0"><div class="css-rj7q1k"><h1 class="css-1c8ky4d e1h9rw200">${t}</h1><div class="css-1v5bym5"><span class="css-1baulvz">By <a class="css-n8ff4n" href="/by/${slug(story.byline)}">${by}</a></span><time class="css-129k401" datetime="2026-04-18T09:20:00Z">April 18, 2026</time></div></div><section class="css-1r7ky0e" name="articleBody">${inner}</section>${tail}</article>${after}</div><div class="css-1kpyz3k">${side}</div></main><footer class="css-1y4sw3b"><p class="css-12b4fq">© 2026 The Metro Ledger</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{"page":"/article"}</script>`,
      );
    case 'tailwind':
      return doc(
        story,
        'Prairie Current',
        `<div class="min-h-screen bg-white"><header class="sticky top-0 z-50 border-b bg-white/90 backdrop-blur">${nav(['Home', 'Schools', 'Farm', 'Politics', 'Obituaries'], 'mx-auto flex max-w-6xl gap-6 px-4 py-3 text-sm')}</header><main class="mx-auto grid max-w-6xl grid-cols-1 gap-10 px-4 lg:grid-cols-3"><article class="prose prose-lg lg:col-span-2"><h1 class="mb-2 text-4xl font-extrabold leading-tight tracking-tight">${t}</h1><div class="mb-6 flex items-center gap-3 text-sm text-gray-500"><span class="font-medium text-gray-900">${by}</span><span aria-hidden="true">·</span><time datetime="2026-04-18">Apr 18, 2026</time></div><div class="space-y-5">${inner}</div>${tail}</article><aside class="space-y-8 lg:col-span-1">${side}</aside></main>${after}<footer class="mt-16 border-t py-8 text-center text-xs text-gray-400">© 2026 Prairie Current</footer></div>`,
      );
    case 'arc':
      return doc(
        story,
        'Coastline Tribune',
        `<div id="fusion-app" class="layout-section"><header class="site-header">${nav(['Local', 'State', 'Nation', 'Sports', 'Opinion'], 'news-theme-navigation-bar')}</header><section role="main" class="main"><div class="b-article-body"><div class="article-header"><h1 class="headline">${t}</h1><div class="byline"><span class="byline-by">By</span> <a href="/people/${slug(story.byline)}/">${by}</a></div><time class="date" datetime="2026-04-18T11:00:00Z">April 18, 2026 at 11:00 a.m. UTC</time></div><div class="article-body-wrapper">${inner}</div>${tail}</div>${after}<div class="right-rail">${side}</div></section><footer class="site-footer"><p>Copyright © 2026 Coastline Tribune</p></footer></div>`,
      );
    case 'brightspot':
      return doc(
        story,
        'Capital Public Radio News',
        `<div class="Page-content"><header class="Page-header">${nav(['News', 'Politics', 'Arts', 'Programs', 'Donate'], 'NavigationItem-items')}</header><main class="Page-main"><div class="ArticlePage-mainContent"><div class="ArticlePage-articleContainer"><h1 class="ArticlePage-headline">${t}</h1><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName">By <a href="/people/${slug(story.byline)}">${by}</a></div><div class="ArticlePage-datePublished">Published April 18, 2026 at 5:12 AM PDT</div></div><div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">${inner}</div></div>${tail}</div>${after}</div><aside class="ArticlePage-aside">${side}</aside></main><footer class="Page-footer"><p>Capital Public Radio News is a member station.</p></footer></div>`,
      );
    case 'ghost':
      return doc(
        story,
        'Tidewater Notes',
        `<div class="viewport"><header id="gh-head" class="gh-head">${nav(['Home', 'Archive', 'About', 'Members'], 'gh-head-menu')}</header><main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">${t}</h1><div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/${slug(story.byline)}/">${by}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-04-18">Apr 18, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></div></header><section class="gh-content gh-canvas">${inner}</section>${tail}</article>${after}</main><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Tidewater Notes</a> © 2026</section></div></footer></div>`,
      );
    case 'newspack':
      return doc(
        story,
        'Hill County Record',
        `<div id="page" class="site"><header id="masthead" class="site-header">${nav(['News', 'Government', 'Education', 'Support Our Work'], 'main-navigation')}</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish entry"><header class="entry-header"><span class="cat-links"><a href="/category/${slug(story.section)}/">${esc(story.section)}</a></span><h1 class="entry-title">${t}</h1><div class="entry-subhead"><div class="entry-meta"><span class="byline"><span class="author-avatar"></span><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/${slug(story.byline)}/">${by}</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2026-04-18T08:00:00-05:00">April 18, 2026</time></span></div></div></header><div class="entry-content">${inner}</div>${tail}</article>${after}</main></div><aside id="secondary" class="widget-area">${side}</aside></div><footer id="colophon" class="site-footer"><div class="site-info">Hill County Record is a nonprofit newsroom.</div></footer></div>`,
      );
    case 'chorus':
      return doc(
        story,
        'Gridline',
        `<div class="l-root"><header class="l-header">${nav(['Politics', 'Policy', 'Culture', 'Science', 'Explainers'], 'c-global-header__links')}</header><main class="l-main-content"><article class="l-col__main"><div class="c-entry-hero"><h1 class="c-page-title">${t}</h1><div class="c-byline"><span class="c-byline__item"><span class="c-byline__author-name">${by}</span></span> <span class="c-byline__item"><time class="c-byline__item" datetime="2026-04-18T10:00:00-04:00">Apr 18, 2026, 10:00am EDT</time></span></div></div><div class="c-entry-content">${inner}</div>${tail}</article>${after}<div class="l-col__sidebar">${side}</div></main><footer class="c-footer"><p>© 2026 Gridline Media. All Rights Reserved</p></footer></div>`,
      );
    case 'amp':
      return doc(
        story,
        'Northern Echo Online',
        `<header class="amp-header"><amp-img src="/logo.png" width="120" height="30" alt="Northern Echo Online"></amp-img>${nav(['News', 'Health', 'Sport'], 'amp-nav')}</header><main class="amp-main"><article class="amp-article"><h1 class="amp-title">${t}</h1><div class="amp-byline">By ${by} <time datetime="2026-04-18">18 April 2026</time></div><div class="amp-body">${inner}</div>${tail}</article>${after}</main><footer class="amp-footer"><p>© Northern Echo Online 2026</p></footer>`,
        '<link rel="canonical" href="https://northern-echo.example/news/story"><script async src="https://cdn.ampproject.org/v0.js"></script>',
        ' amp',
      );
    case 'blox':
      return doc(
        story,
        'The Valley Courier',
        `<div id="site-container"><header id="site-header">${nav(['News', 'Sports', 'Obituaries', 'Opinion', 'Classifieds', 'e-Edition'], 'navbar-nav')}</header><div id="main-page-container" class="container"><div class="row"><div class="col-md-8"><article id="article-body" class="asset" itemscope itemtype="http://schema.org/NewsArticle"><header class="asset-header"><h1 class="headline"><span class="asset-headline tncms-inline-edit-text" itemprop="headline">${t}</span></h1><ul class="list-inline"><li><span class="tnt-byline">By <a href="/users/profile/${slug(story.byline)}">${by}</a> Staff Writer</span></li><li><time datetime="2026-04-18T06:00:00-06:00" class="tnt-date asset-date">Apr 18, 2026</time></li></ul></header><div class="asset-content subscriber-premium"><div id="asset-content" itemprop="articleBody">${inner}</div></div>${tail}</article>${after}</div><div class="col-md-4 tncms-region" id="tncms-region-article_side">${side}</div></div></div><footer id="site-footer"><p>© 2026 The Valley Courier, 101 Main St.</p></footer></div>`,
      );
    case 'medium':
      return doc(
        story,
        'Medium',
        `<div id="root"><div class="a b c"><nav class="ae af ag ah">${nav(['Write', 'Notifications', 'Sign in'], 'ai aj ak')}</nav><div class="l m n o"><article class="meteredContent"><div class="ab ca"><div class="ch bg fz ga gb gc"><h1 class="pw-post-title gd ge gf bf gg">${t}</h1><div class="speechify-ignore ab co"><div class="ab q"><a class="af ag" href="/@${slug(story.byline)}">${by}</a><span class="bf b bg z du">·</span><span class="pw-reading-time">5 min read</span><span class="bf b bg z du">·</span><span>Apr 18, 2026</span></div></div><section class="pw-post-body">${inner}</section>${tail}</div></div></article>${after}</div></div></div>`,
      );
    case 'portal':
      return doc(
        story,
        'Nimbus News',
        `<div id="app"><header class="portal-header">${nav(['Mail', 'News', 'Finance', 'Sports', 'Weather', 'Shopping'], 'portal-nav')}</header><div class="portal-body"><div class="caas-container"><div class="caas-title-wrapper"><h1>${t}</h1></div><div class="caas-attr"><div class="caas-attr-provider"><span>Associated Wire</span></div><div class="caas-attr-item-author">${by}</div><time class="caas-attr-meta-time" datetime="2026-04-18T14:02:00Z">Sat, April 18, 2026 at 2:02 PM UTC</time></div><div class="caas-body">${inner}</div>${tail}</div>${after}<div class="portal-rightrail">${side}</div></div><footer class="portal-footer"><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></div>`,
      );
  }
}
