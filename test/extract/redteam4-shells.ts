// Page shells for the fourth red-team set, in the markup styles of the big international news publishers of
// 2015-2024 (styles only: every name, class hash and text is made up): a public broadcaster's story page of
// one component per block, a US paper's CSS-module page with hashed classes, a tabloid with bullet summaries, a
// wire service's story, a business paper, a financial news site, a national site (Indian and Australian
// habits), a live blog of timed posts, an opinion column and a photo story. `at[k]` goes after paragraph k
// inside the body (-1: before the first), `tail` after the body inside the article, `after` after the article
// in the main column, `side` in a sidebar next to it.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';

export type Shell4 =
  | 'broadcaster'
  | 'cssmodule'
  | 'tabloid'
  | 'wire'
  | 'business'
  | 'financial'
  | 'national'
  | 'liveblog'
  | 'opinion'
  | 'gallery';

export interface Parts4 {
  at?: Record<number, string>;
  tail?: string;
  after?: string;
  side?: string;
}

/** A link to another article of the same site, with an address shaped like the publishers' own. */
export const link4 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/${slug(text) || 'a'}-${61000000 + text.length * 7919}"${attrs}>${esc(text)}</a>`;

/** A hashed CSS-module class such as `css-1x9q2rt e1h9rw200`. */
export const css = (seed: number): string => {
  const a = ((seed * 2654435761) >>> 0).toString(36).slice(0, 6);
  const b = ((seed * 40503 + 17) >>> 0).toString(36).slice(0, 5);
  return `css-${a} e${b}0`;
};

function each(story: Story, p: Parts4, wrap: (t: string, i: number) => string): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(wrap(esc(t), i));
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, head: string, bodyHtml: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${head}</head><body>${bodyHtml}</body></html>`;
}

const nav = (items: string[], cls: string): string =>
  `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i) || 'x'}">${esc(i)}</a></li>`).join('')}</ul></nav>`;

export function shell4(kind: Shell4, story: Story, p: Parts4 = {}): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const tail = p.tail ?? '';
  const after = p.after ?? '';
  const side = p.side ?? '';
  switch (kind) {
    case 'broadcaster':
      return doc(
        story,
        'National Broadcast News',
        '',
        `<header class="orb-banner">${nav(['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds'], 'orb-nav')}</header><div id="main-wrapper"><main id="main-content" role="main"><article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l5"><header data-component="headline-block"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">${t}</h1></header><div data-component="byline-block" class="ssrcss-1jcvxat-Wrapper"><div class="ssrcss-68pt20-Text-TextContributorName">By ${by}</div><div class="ssrcss-84ltp5-Text">${esc(story.section)} correspondent</div></div>${each(story, p, (x) => `<div data-component="text-block" class="ssrcss-uf6wea-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">${x}</p></div></div>`)}${tail}</article>${after}</main><aside class="ssrcss-1s9pby4-Aside">${side}</aside></div><footer class="orb-footer"><p>Copyright © 2026 National Broadcast News. The broadcaster is not responsible for the content of external sites.</p></footer>`,
      );
    case 'cssmodule':
      return doc(
        story,
        'The Metropolitan Ledger',
        '',
        `<div id="app"><div class="${css(1)}"><header class="${css(2)}" data-testid="masthead">${nav(['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Arts'], css(3))}</header><main id="site-content"><article id="story" class="${css(4)}"><header class="${css(5)}"><h1 data-testid="headline" class="${css(6)}">${t}</h1><div class="${css(7)}"><p class="${css(8)}"><span>By <a href="/by/${slug(story.byline)}" class="${css(9)}">${by}</a></span></p><time class="${css(10)}" datetime="2026-05-04T09:00:00-04:00">May 4, 2026</time></div></header><section name="articleBody" itemprop="articleBody">${each(story, p, (x) => `<div class="${css(11)} StoryBodyCompanionColumn"><div class="${css(12)}"><p class="${css(13)} evys1bk0">${x}</p></div></div>`)}</section>${tail}</article>${after}</main><aside class="${css(14)}">${side}</aside></div></div>`,
      );
    case 'tabloid':
      return doc(
        story,
        'Daily Clarion',
        '',
        `<div id="page-container"><div class="masthead">${nav(['Home', 'News', 'Showbiz', 'Femail', 'Sport', 'TV', 'Money'], 'nav-primary')}</div><div class="alpha"><div id="js-article-text" class="article-text wide heading-tag-switch"><h2>${t}</h2><ul class="mol-bullets-with-font"><li><strong>${esc(story.paras[0]?.split(',')[0] ?? '')}</strong></li></ul><p class="author-section byline-plain">By <a class="author" href="/home/search.html?s=&authornamef=${slug(story.byline)}">${by}</a> For The Daily Clarion</p><p class="byline-section"><span class="article-timestamp article-timestamp-published">Published: 10:42, 4 May 2026</span></p><div itemprop="articleBody">${each(story, p, (x) => `<p class="mol-para-with-font">${x}</p>`)}</div>${tail}</div>${after}</div><div class="beta">${side}</div></div>`,
      );
    case 'wire':
      return doc(
        story,
        'Continental Wire',
        '',
        `<div id="root"><header class="site-header__container">${nav(['World', 'Business', 'Markets', 'Sustainability', 'Legal'], 'site-header__nav')}</header><main id="main-content" class="regular-article-layout__main"><article class="article__container__2M4cH"><header class="article-header__container"><div class="article-header__tags"><a href="/world/">World</a></div><h1 data-testid="Heading" class="text__heading_2__1K_hh">${t}</h1><div class="article-header__meta"><p class="article-header__author">By ${by}</p><time class="article-header__date">May 4, 2026 7:12 AM UTC</time><span class="article-header__updated">Updated 2 hours ago</span></div></header><div class="article-body__content__17Yit">${each(story, p, (x, i) => `<p data-testid="paragraph-${i}" class="text__text__1FZLe text__dark-grey__3Ml43">${x}</p>`)}</div>${tail}</article>${after}</main><aside class="regular-article-layout__right-rail">${side}</aside></div>`,
      );
    case 'business':
      return doc(
        story,
        'The Financial Courier',
        '',
        `<div class="o-header">${nav(['Home', 'World', 'Companies', 'Markets', 'Opinion', 'Work & Careers'], 'o-header__nav')}</div><div id="site-content" class="n-layout__row--content"><article class="article" id="article" data-trackable="article"><div class="article__header"><div class="o-topper"><div class="o-topper__tags"><a class="o-topper__topic" href="/economy">${esc(story.section)}</a></div><h1 class="o-topper__headline"><span class="headline__text">${t}</span></h1></div><div class="article-info"><p class="article-info__byline"><a class="n-content-tag--author" href="/stream/${slug(story.byline)}">${by}</a> in London</p><time class="article-info__timestamp o-date">May 4 2026</time></div></div><div class="article__content"><div class="article__content-body n-content-body js-article__content-body">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</div></article>${after}</div><div class="article__right">${side}</div>`,
      );
    case 'financial':
      return doc(
        story,
        'MarketPulse',
        '',
        `<div id="MainContainer"><header class="GlobalNavigation-container">${nav(['Markets', 'Business', 'Investing', 'Tech', 'Politics', 'Video'], 'GlobalNavigation-list')}</header><div class="PageBuilder-pageWrapper"><div class="ArticleHeader-wrapper"><a class="ArticleHeader-eyebrow" href="/${slug(story.section)}/">${esc(story.section)}</a><h1 class="ArticleHeader-headline">${t}</h1><div class="ArticleHeader-time"><time data-testid="published-timestamp">PUBLISHED WED, MAY 4 2026 9:41 AM EDT</time></div></div><div class="PageBuilder-col-9 PageBuilder-article"><div class="ArticleBody-articleBody" id="RegularArticle-ArticleBody-5" data-module="ArticleBody"><div class="group">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</div>${after}</div><div class="PageBuilder-sidebar">${side}</div></div></div>`,
      );
    case 'national':
      return doc(
        story,
        'The National Dispatch',
        '',
        `<div class="contentwrapper"><div id="header">${nav(['Home', 'City', 'India', 'World', 'Business', 'Sports', 'Entertainment'], 'nav_wrap')}</div><div class="_2NFXP"><div class="okf2Z"><h1 class="HNMDR"><span>${t}</span></h1><div class="xf8Pm byline"><span>${by}</span> / TND / Updated: May 4, 2026, 14:05 IST</div></div><div class="_3YYSt clearfix"><div class="_s30J clearfix" data-articlebody="1">${each(story, p, (x) => `${x}<br><br>`)}</div>${tail}</div>${after}</div><div class="_3jBKS sidebar">${side}</div></div>`,
      );
    case 'liveblog':
      return doc(
        story,
        'The Evening Record',
        '',
        `<div class="site"><header class="dcr-header">${nav(['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'], 'dcr-pillars')}</header><main data-layout="LiveLayout"><div class="dcr-liveheader"><span class="dcr-live-badge">Live</span><h1 class="dcr-headline">${t}</h1><address class="dcr-byline"><a rel="author" href="/profile/${slug(story.byline)}">${by}</a></address></div><div class="dcr-blog-grid"><div id="liveblog-body" class="dcr-liveblog-body">${each(story, p, (x, i) => `<article id="block-${7100 + i}" class="block dcr-block"><header class="dcr-block-header"><time datetime="2026-05-04T2${3 - Math.min(i, 3)}:${10 + i * 9}:00Z">2${3 - Math.min(i, 3)}.${10 + i * 9} BST</time></header><div class="dcr-block-elements"><p>${x}</p></div><footer class="dcr-block-footer"><button class="dcr-share">Share</button></footer></article>`)}</div>${tail}</div>${after}</main><aside class="dcr-right-column">${side}</aside></div>`,
      );
    case 'opinion':
      return doc(
        story,
        'The Commonwealth Review',
        '',
        `<div class="page"><header class="masthead">${nav(['News', 'Opinion', 'Columnists', 'Letters', 'Culture'], 'masthead__nav')}</header><main class="content"><article class="opinion-article" itemscope itemtype="https://schema.org/OpinionNewsArticle"><div class="opinion-article__label">Opinion</div><h1 class="opinion-article__headline" itemprop="headline">${t}</h1><div class="opinion-article__author"><img src="/authors/${slug(story.byline)}.jpg" alt=""><span itemprop="author">${by}</span></div><div class="opinion-article__body" itemprop="articleBody">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}</main><aside class="content__rail">${side}</aside></div>`,
      );
    case 'gallery':
      return doc(
        story,
        'World Picture Desk',
        '',
        `<div class="wrapper"><header class="site-head">${nav(['News', 'Photos', 'Video', 'Travel', 'Culture'], 'site-head__nav')}</header><main class="gallery-page"><article class="gallery-story"><h1 class="gallery-story__title">${t}</h1><p class="gallery-story__byline">Photographs by ${by}</p><div class="gallery-story__body">${each(story, p, (x) => `<p class="gallery-story__text">${x}</p>`)}</div>${tail}</article>${after}</main><aside class="gallery-rail">${side}</aside></div>`,
      );
  }
}
