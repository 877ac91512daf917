// Page shells for the tenth red-team set, in the markup habits of English-language news sites outside the US
// mainstream (habits only: every name, class and text is made up): a South Asian news portal (story body in a
// `div` of paragraphs, a byline strip in IST), a British red-top tabloid (a `div` of body paragraphs with
// sibling widget divs), a West African WordPress magazine theme (`mvp-`-style classes), a South-East Asian
// portal (`article__body`), and a regional paper's page of republished wire copy. `at[k]` goes after paragraph
// k inside the body (-1: before the first), `tail` after the body inside the article, `after` after the
// article in the main column, `side` in a sidebar.
import { esc, slug } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Parts4 } from './redteam4-shells.js';

export type Shell10 = 'desk' | 'redtop' | 'mvp' | 'isles' | 'wirecopy';

/** A link to another story of the same site, with a numeric story id as such portals use. */
export const link10 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/${slug(text) || 'a'}-${String(1204000 + text.length * 977)}"${attrs}>${esc(text)}</a>`;

function each(story: Story, p: Parts4, wrap: (t: string, i: number) => string): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(wrap(esc(t), i));
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, bodyHtml: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} - ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}"></head><body>${bodyHtml}</body></html>`;
}

const nav = (items: string[], cls: string): string =>
  `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i) || 'x'}">${esc(i)}</a></li>`).join('')}</ul></nav>`;

export function shell10(kind: Shell10, story: Story, p: Parts4 = {}): string {
  const t = esc(story.title);
  const by = esc(story.byline);
  const tail = p.tail ?? '';
  const after = p.after ?? '';
  const side = p.side ?? '';
  switch (kind) {
    case 'desk':
      return doc(
        story,
        'Deccan Daily Desk',
        `<header class="hdr">${nav(['Home', 'India', 'Cities', 'World', 'Business', 'Cricket', 'Entertainment', 'Web Stories'], 'main-menu')}</header><div class="container"><div class="row"><div class="col-md-8 story-col"><div class="breadcrumb"><a href="/">Home</a> / <a href="/cities">${esc(story.section)}</a></div><h1 class="story-headline">${t}</h1><div class="story-byline"><span class="author-name">${by}</span> <span class="pub-date">Updated: May 4, 2026 14:05 IST</span></div><div class="story-details" id="story-details"><div class="story-body sp-cn">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</div>${after}</div><div class="col-md-4 right-rail">${side}</div></div></div><footer class="ftr"><p>Copyright © 2026 Deccan Daily Desk. All rights reserved.</p></footer>`,
      );
    case 'redtop':
      return doc(
        story,
        'The Northern Clarion',
        `<div class="site-wrap"><header class="masthead">${nav(['News', 'Sport', 'Showbiz', 'Money', 'Travel', 'Puzzles'], 'primary-nav')}</header><main class="main"><article class="article-main" itemscope itemtype="https://schema.org/NewsArticle"><div class="article-header"><h1 class="headline" itemprop="headline">${t}</h1><p class="sub-header">${esc(story.paras[0]?.split(' after ')[0] ?? '')}</p><div class="article-information"><span class="author"><a href="/authors/${slug(story.byline)}">${by}</a></span><span class="time-container"><time datetime="2026-05-04T06:00:00+01:00">06:00, 4 May 2026</time></span></div></div><div class="article-body" itemprop="articleBody">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</article>${after}</main><aside class="sidebar">${side}</aside><footer class="site-footer"><p>© Northern Clarion Media Ltd 2026</p></footer></div>`,
      );
    case 'mvp':
      return doc(
        story,
        'The Harcastle Mirror',
        `<div id="mvp-site"><header id="mvp-main-head-wrap">${nav(['News', 'Politics', 'Business', 'Metro', 'Sports', 'Entertainment', 'Opinion'], 'mvp-main-nav')}</header><div id="mvp-main-body-wrap"><article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle"><div id="mvp-article-cont"><header id="mvp-post-head"><h3 class="mvp-post-cat"><span class="mvp-post-cat">${esc(story.section)}</span></h3><h1 class="mvp-post-title entry-title" itemprop="headline">${t}</h1><div class="mvp-author-info-wrap"><span class="mvp-author-info-name author-name vcard fn author"><a href="/author/${slug(story.byline)}/">${by}</a></span><span class="mvp-post-date">May 4, 2026</span></div></header><div id="mvp-post-content"><div id="mvp-content-wrap"><div id="mvp-content-body"><div id="mvp-content-main">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</div></div></div></div></article>${after}</div><div id="mvp-side-wrap">${side}</div><footer id="mvp-foot-wrap"><p>Copyright © 2026 The Harcastle Mirror. Theme by the Mirror digital team.</p></footer></div>`,
      );
    case 'isles':
      return doc(
        story,
        'Visaran Daily Inquirer',
        `<div id="site-container"><header id="site-header">${nav(['News', 'Nation', 'Regions', 'World', 'Business', 'Sports', 'Lifestyle'], 'menu-main')}</header><div id="article-container" class="container"><div id="article-content"><div class="article__header"><div class="article__kicker"><a href="/regions">${esc(story.section)}</a></div><h1 class="article__title">${t}</h1><div id="art_author" class="article__byline">By: <a href="/byline/${slug(story.byline)}">${by}</a> - Reporter / <span class="article__date">05:40 PM May 04, 2026</span></div></div><div id="FOR_target_content" class="article__body">${each(story, p, (x) => `<p>${x}</p>`)}</div>${tail}</div>${after}</div><div id="sidebar" class="container__side">${side}</div><footer id="site-footer"><p>Copyright © 2026 Visaran Daily Inquirer. All rights reserved.</p></footer></div>`,
      );
    case 'wirecopy':
      return doc(
        story,
        'The Lowland Observer',
        `<div class="page-wrap"><header class="site-header">${nav(['Local', 'Region', 'Nation & World', 'Business', 'Sports', 'Obituaries'], 'site-nav')}</header><main id="main"><div class="story-wrap"><article class="story"><div class="story-head"><span class="story-source">${esc(story.section)} / Wire</span><h1 class="story-title">${t}</h1><p class="story-byline">By ${by}, Continental Wire</p><p class="story-time">Published 7:12 a.m. May 4, 2026</p></div><div class="story-body" id="story-body">${each(story, p, (x) => `<p class="story-text">${x}</p>`)}</div>${tail}</article></div>${after}</main><aside class="rail">${side}</aside><footer class="site-foot"><p>© 2026 The Lowland Observer</p></footer></div>`,
      );
  }
}
