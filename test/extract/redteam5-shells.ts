// Page shells for the fifth red-team set, in the markup styles of local-news chains, syndication portals, AMP,
// newsletter platforms and European regional sites of 2018-2025 (styles only: every name, class and text is made
// up): a TownNews BLOX-style page ("asset" markup, tncms classes), a USA TODAY Network-style page (gnt_ classes),
// a Lee/McClatchy-style page, a Newspack page (WordPress for nonprofit newsrooms), a hyperlocal page, a portal's
// republished article (source logo over the body), an AMP page, Substack-, Medium- and Beehiiv-style posts, and a
// European news site in any language. `at[k]` goes after paragraph k inside the body (-1: before the first),
// `tail` after the body inside the article, `after` after the article in the main column, `side` in a sidebar.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';
import type { Parts4 } from './redteam4-shells.js';

export type Shell5 =
  | 'blox'
  | 'gannett'
  | 'mcclatchy'
  | 'newspack'
  | 'patch'
  | 'portal'
  | 'amp'
  | 'substack'
  | 'medium'
  | 'beehiiv'
  | 'intl';

/** A link to another article of the same site, with an address shaped like the chains' own. */
export const link5 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/article_${(text.length * 104729).toString(16)}-${slug(text).slice(0, 40) || 'a'}.html"${attrs}>${esc(text)}</a>`;

function each(story: Story, p: Parts4, wrap: (t: string, i: number) => string): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(wrap(esc(t), i));
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, head: string, bodyHtml: string, lang = 'en', htmlAttrs = ''): string {
  return `<!DOCTYPE html><html lang="${lang}"${htmlAttrs}><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${head}</head><body>${bodyHtml}</body></html>`;
}

const nav = (items: string[], cls: string): string =>
  `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i) || 'x'}">${esc(i)}</a></li>`).join('')}</ul></nav>`;

/** The site names and navigation of the European sites, by the language of the story. */
const INTL: Record<string, { site: string; nav: string[] }> = {
  uk: { site: 'Вісті Полісся', nav: ['Головна', 'Новини', 'Політика', 'Економіка', 'Війна', 'Спорт'] },
  pl: { site: 'Gazeta Nadwiślańska', nav: ['Strona główna', 'Kraj', 'Świat', 'Gospodarka', 'Sport'] },
  de: { site: 'Rheintaler Rundschau', nav: ['Startseite', 'Politik', 'Wirtschaft', 'Region', 'Sport'] },
  fr: { site: 'Le Courrier de l’Ouest-Loire', nav: ['Accueil', 'Monde', 'Politique', 'Économie', 'Sports'] },
};

export function shell5(kind: Shell5, story: Story, p: Parts4 = {}, lang = 'en'): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const tail = p.tail ?? '';
  const after = p.after ?? '';
  const side = p.side ?? '';
  switch (kind) {
    case 'blox':
      return doc(
        story,
        'The Harlan Courier-Ledger',
        '<meta name="tncms-access-version" content="5">',
        `<header id="site-header" class="tnt-header">${nav(['News', 'Sports', 'Obituaries', 'Opinion', 'e-Edition', 'Classifieds'], 'navbar-nav tnt-nav')}</header><div id="main-page-container" class="container"><section id="block-asset" class="row"><div class="col-md-8"><div class="asset-content"><article class="tnt-asset-type-article" itemscope itemtype="http://schema.org/NewsArticle"><header class="asset-header"><h1 class="headline"><span class="tnt-asset-title" itemprop="headline">${t}</span></h1><ul class="list-inline asset-byline"><li><span class="tnt-byline">${by}</span></li><li><time datetime="2026-03-11T21:40:00-05:00">Mar 11, 2026</time></li></ul></header><div class="asset-body"><div id="article-body" itemprop="articleBody" class="asset-content subscriber-premium">${each(story, p, (x) => `<p>${x}</p>`)}</div></div>${tail}</article></div>${after}</div><aside class="col-md-4 tnt-sidebar">${side}</aside></section></div><footer class="tnt-footer"><p>© 2026 The Harlan Courier-Ledger, 310 Main St., Harlan. Powered by BLOX Content Management System from TownNews.com.</p></footer>`,
      );
    case 'gannett':
      return doc(
        story,
        'Riverton Daily Ledger',
        '',
        `<header class="gnt_n">${nav(['News', 'Sports', 'Entertainment', 'Life', 'Opinion', 'Obituaries', 'eNewspaper'], 'gnt_n_mn')}</header><main class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">${t}</h1><div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/${slug(story.byline)}">${by}</a><div class="gnt_ar_by_ps">Riverton Daily Ledger</div></div><div class="gnt_ar_dt" aria-label="Published: 6:02 a.m. ET March 12, 2026">Published 6:02 a.m. ET March 12, 2026</div><div class="gnt_ar_b">${each(story, p, (x) => `<p class="gnt_ar_b_p">${x}</p>`)}</div>${tail}</article>${after}</main><aside class="gnt_rr">${side}</aside><footer class="gnt_f"><p>© 2026 www.rivertonledger.example. All rights reserved.</p></footer>`,
      );
    case 'mcclatchy':
      return doc(
        story,
        'Linden Valley Sun-Herald',
        '',
        `<header class="masthead">${nav(['Local', 'Sports', 'Business', 'Politics', 'Opinion', 'Obituaries', 'Classifieds'], 'nav-menu')}</header><div class="grid"><article class="story-body"><header class="header"><h1 class="h1">${t}</h1><div class="byline">By <a class="ng-byline" href="/profile/${slug(story.byline)}">${by}</a></div><time class="update-date">Updated March 12, 2026 4:15 PM</time></header><div class="article-body" data-body="true">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}<div class="sidebar">${side}</div></div><footer><p>Copyright 2026 Linden Valley Sun-Herald. All rights reserved.</p></footer>`,
      );
    case 'newspack':
      return doc(
        story,
        'Pell County Civic Desk',
        '',
        `<header id="masthead" class="site-header">${nav(['Civic life', 'Schools', 'Environment', 'About us', 'Donate'], 'main-navigation')}</header><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard entry"><header class="entry-header"><h1 class="entry-title">${t}</h1><div class="entry-subhead"><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/${slug(story.byline)}">${by}</a></span></span><time class="entry-date published" datetime="2026-05-20T07:00:00-04:00">May 20, 2026</time></div></header><div class="entry-content">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}</main></div><aside id="secondary" class="widget-area">${side}</aside></div><footer class="site-footer"><p>Pell County Civic Desk is a nonprofit newsroom. Proudly powered by Newspack.</p></footer>`,
      );
    case 'patch':
      return doc(
        story,
        'Linden Valley Neighbors',
        '',
        `<header class="styles_Header">${nav(['Home', 'Nearby', 'Neighbor posts', 'Events', 'Classifieds'], 'styles_Nav')}</header><main class="styles_Main"><article class="styles_Article"><h1 class="styles_Title">${t}</h1><div class="styles_Byline"><span>By ${by}, Neighbors Staff</span><span>Verified Neighbor Journalist</span></div><section class="styles_BodySection">${each(story, p, (x) => `<p>${x}</p>`)}</section>${tail}</article>${after}</main><aside class="styles_Rail">${side}</aside>`,
      );
    case 'portal':
      return doc(
        story,
        'Panorama News',
        '',
        `<header id="portal-header">${nav(['Home', 'News', 'Finance', 'Sports', 'Weather', 'Mail'], 'portal-nav')}</header><div id="module-article" class="caas-container"><article class="caas-body-wrapper"><div class="caas-logo"><a href="https://wire.example/"><img alt="Continental Wire" src="/logos/continental-wire.png"></a></div><header class="caas-title-wrapper"><h1>${t}</h1></header><div class="caas-attr"><span class="caas-author-byline-collapse">${by}</span><time datetime="2026-06-05T10:12:00Z">June 5, 2026 at 10:12 AM</time></div><div class="caas-body">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}</div><aside id="portal-right-rail">${side}</aside>`,
      );
    case 'amp':
      return doc(
        story,
        'Riverton Daily Ledger',
        '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{font-family:serif}</style>',
        `<amp-sidebar id="menu" layout="nodisplay">${nav(['News', 'Sports', 'Obituaries', 'Opinion'], 'amp-menu')}</amp-sidebar><header class="amp-header"><button on="tap:menu.toggle">Menu</button></header><main><article class="amp-article"><h1 class="amp-headline">${t}</h1><p class="amp-byline">By ${by}</p>${each(story, p, (x) => `<p>${x}</p>`)}${tail}</article>${after}</main><footer class="amp-footer"><p>© 2026 Riverton Daily Ledger</p></footer>`,
        'en',
        ' amp',
      );
    case 'substack':
      return doc(
        story,
        'The Orchard Hill Dispatch',
        '',
        `<div id="main"><div class="topbar"><a class="navbar-title-link" href="/">The Orchard Hill Dispatch</a><a class="button subscribe-btn" href="/subscribe">Subscribe</a><a class="sign-in-link" href="/sign-in">Sign in</a></div><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title">${t}</h1><div class="post-meta"><a class="pencraft" href="/profile/${slug(story.byline)}">${by}</a><div class="pencraft">May 14, 2026</div></div></div><div class="available-content"><div class="body markup" dir="auto">${each(story, p, (x) => `<p>${x}</p>`)}</div></div>${tail}</article>${after}</div>`,
      );
    case 'medium':
      return doc(
        story,
        'Medium',
        '',
        `<div id="root"><div class="ab ac"><nav class="ky kz">${nav(['Write', 'Notifications'], 'lh li')}</nav><article><div class="l"><section><div class="fr fs ft"><h1 class="pw-post-title" data-testid="storyTitle">${t}</h1><div class="pw-author"><a href="/@${slug(story.byline)}" data-testid="authorName">${by}</a><span>·</span><button class="follow">Follow</button></div><div class="pw-published-date">7 min read · May 14, 2026</div>${each(story, p, (x) => `<p class="pw-post-body-paragraph nr ns">${x}</p>`)}</div></section>${tail}</div></article>${after}</div></div>`,
      );
    case 'beehiiv':
      return doc(
        story,
        'Orchard Hill Weekly',
        '',
        `<div class="bh-page"><header class="bh-header"><a href="/">Orchard Hill Weekly</a>${nav(['Posts', 'Archive', 'Upgrade'], 'bh-nav')}</header><main><div class="bh-post"><h1 class="bh-title">${t}</h1><div class="bh-author">${by} · May 14, 2026</div><div id="content-blocks" class="rendered-post">${each(story, p, (x) => `<div class="bh-block"><p>${x}</p></div>`)}</div>${tail}</div>${after}</main><footer class="bh-footer"><p>© 2026 Orchard Hill Weekly. Powered by beehiiv</p></footer></div>`,
      );
    case 'intl': {
      const s = INTL[lang] ?? { site: 'News', nav: ['Home'] };
      return doc(
        story,
        s.site,
        '',
        `<header class="site-header">${nav(s.nav, 'main-nav')}</header><main class="content"><article class="article-full"><h1 class="article-title">${t}</h1><div class="article-meta"><span class="author">${by}</span><time datetime="2026-06-04T18:20:00+02:00">04.06.2026, 18:20</time></div><div class="article-text">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}</main><aside class="sidebar">${side}</aside><footer class="site-footer"><p>© 2026 ${esc(s.site)}</p></footer>`,
        lang,
      );
    }
  }
}
