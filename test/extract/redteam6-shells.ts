// Page shells for the sixth red-team set, in the markup styles of international English-language outlets that
// cover Ukraine, UK, Canadian, Australian and Asian English-language chains, and institutional sites, 2018-2026
// (styles only: every name, class and text is made up): a Kyiv-based English news site, a state news agency's
// English service, public international broadcasters (DW-, France 24-, RFE/RL- and Euronews-like), a Brussels
// politics site, a Reach-style UK regional page, a Postmedia-style Canadian page, a News Corp-style Australian
// page, SCMP-, Times of India- and Straits Times-style pages, a defence alliance's news page, a think tank's
// commentary and a presidential office's news item. `at[k]` goes after paragraph k inside the body (-1: before
// the first), `tail` after the body inside the article, `after` after the article in the main column, `side` in a
// sidebar.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';
import type { Parts4 } from './redteam4-shells.js';

export type Shell6 =
  | 'kyiv'
  | 'agency'
  | 'dw'
  | 'f24'
  | 'rferl'
  | 'euronews'
  | 'politico'
  | 'reach'
  | 'postmedia'
  | 'newscorp'
  | 'scmp'
  | 'toi'
  | 'straits'
  | 'alliance'
  | 'thinktank'
  | 'president';

/** A link to another article of the same site. */
export const link6 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/${slug(text).slice(0, 50) || 'a'}-${(text.length * 7727 + 100000).toString()}"${attrs}>${esc(text)}</a>`;

function each(story: Story, p: Parts4, wrap: (t: string, i: number) => string): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(wrap(esc(t), i));
    out.push(p.at?.[i] ?? '');
  });
  return out.join('\n');
}

function doc(story: Story, site: string, bodyHtml: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${head}</head><body>${bodyHtml}</body></html>`;
}

const nav = (items: string[], cls: string): string =>
  `<nav class="${cls}"><ul>${items.map((i) => `<li><a href="/${slug(i) || 'x'}">${esc(i)}</a></li>`).join('')}</ul></nav>`;

interface Look {
  site: string;
  nav: string[];
  /** Everything from the opening of the page to the headline's container. */
  open: (t: string, by: string) => string;
  para: (x: string) => string;
  bodyCls: string;
  close: string;
}

const LOOKS: Record<Shell6, Look> = {
  kyiv: {
    site: 'The Kyiv Dispatch',
    nav: ['War', 'Politics', 'Business', 'Opinion', 'Culture', 'Become a member'],
    open: (t, by) =>
      `<article class="post-article"><div class="post-head"><h1 class="post-title">${t}</h1><div class="post-info"><a class="post-author" href="/author/x">${by}</a><span class="post-date">June 10, 2026 6:45 PM</span><span class="post-read">4 min read</span></div></div>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'post-content',
    close: '<p>© 2026 The Kyiv Dispatch. All rights reserved.</p>',
  },
  agency: {
    site: 'Ukrainian National Newswire',
    nav: ['Politics', 'Economy', 'War', 'Society', 'Regions', 'Photo'],
    open: (t, by) =>
      `<div class="newsHeading"><h1>${t}</h1><div class="newsMeta"><span class="newsAuthor">${by}</span><span class="newsDate">10.06.2026 14:32</span></div></div><article class="newsText">`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'newsText__body',
    close: '<p>© 2002-2026 Ukrainian National Newswire</p>',
  },
  dw: {
    site: 'World Voice',
    nav: ['Germany', 'World', 'Business', 'Science', 'Culture', 'Media Center'],
    open: (t, by) =>
      `<article class="content-area"><header><span class="kicker">Conflicts</span><h1 class="sc-heading">${t}</h1><div class="author-details"><span>${by}</span><time>06/10/2026</time></div></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'rich-text',
    close: '<p>© 2026 World Voice</p>',
  },
  f24: {
    site: 'Canal Monde 24',
    nav: ['Live', 'France', 'Africa', 'Middle East', 'Europe', 'Americas'],
    open: (t, by) =>
      `<article class="t-content"><header class="t-content__header"><h1 class="t-content__title">${t}</h1><p class="m-from-author">${by}</p><p class="m-pub-dates"><span>Issued on: 10/06/2026 - 17:52</span></p></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 't-content__body',
    close: '<p>Canal Monde 24 - Informer, analyser, décrypter</p>',
  },
  rferl: {
    site: 'Free Europe Radio',
    nav: ['Ukraine', 'Russia', 'Central Asia', 'Caucasus', 'Balkans', 'Podcasts'],
    open: (t, by) =>
      `<div id="content"><div class="media-pholder"></div><h1 class="title pg-title">${t}</h1><div class="links"><ul class="links__list"><li class="links__item"><a href="/author/x">${by}</a></li></ul></div><div class="published"><time>June 10, 2026 15:20 GMT</time></div>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'wsw',
    close: '<p>Copyright © 2026 Free Europe Radio, Inc. All Rights Reserved.</p>',
  },
  euronews: {
    site: 'Euronet News',
    nav: ['Europe', 'World', 'Business', 'Travel', 'Culture', 'Green'],
    open: (t, by) =>
      `<article class="o-article"><div class="c-article-header"><h1 class="c-article-title">${t}</h1><div class="c-article-contributors">By&nbsp;<a href="/profile/x">${by}</a></div><time class="c-article-publication-date">Published on 10/06/2026 - 16:01 GMT+2</time></div>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'c-article-content',
    close: '<p>Copyright © euronet news 2026</p>',
  },
  politico: {
    site: 'Rondpoint Europe',
    nav: ['Politics', 'Policy', 'Newsletters', 'Podcasts', 'Pro', 'Events'],
    open: (t, by) =>
      `<article class="article"><header class="summary"><p class="story-meta__authors">By <a href="/author/x">${by}</a></p><h1 class="hed">${t}</h1><p class="date-time">June 10, 2026 4:02 am CET</p></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'article__content',
    close: '<p>© 2026 Rondpoint Europe SRL</p>',
  },
  reach: {
    site: 'Saltmarsh Bay Echo',
    nav: ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Family Notices'],
    open: (t, by) =>
      `<main><article class="article-main" data-mod="article"><h1 class="publication-font">${t}</h1><div class="article-information"><div class="author"><a href="/authors/x">${by}</a><span class="author-job-title">Senior Reporter</span></div><ul class="time-info"><li class="time-container">08:14, 10 JUN 2026</li><li>Updated 09:27, 10 JUN 2026</li></ul></div>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'article-body',
    close: '<p>© 2026 a Reach-style publication</p>',
  },
  postmedia: {
    site: 'Harbourview Citizen',
    nav: ['News', 'Sports', 'Opinion', 'Business', 'Arts', 'Life', 'ePaper'],
    open: (t, by) =>
      `<article class="article-content"><header class="article-header"><h1 class="article-title">${t}</h1><p class="published-by__author"><a href="/author/x">${by}</a></p><span class="published-date__since">Published Jun 10, 2026 • 3 minute read</span></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'article-content__content-group',
    close: '<p>© 2026 Harbourview Citizen, a division of a media network. All rights reserved.</p>',
  },
  newscorp: {
    site: 'The Southern Telegraph',
    nav: ['News', 'Sport', 'Entertainment', 'Lifestyle', 'Business', 'Opinion'],
    open: (t, by) =>
      `<article id="story-primary"><header class="storyblock_header"><h1 class="storyblock_title">${t}</h1><div class="byline_container"><span class="byline_name">${by}</span><span class="byline_org">The Southern Telegraph</span><time>June 10, 2026 - 5:30PM</time></div></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'storyblock_body',
    close: '<p>© Nationwide News Pty Ltd 2026. No content may be reproduced without consent.</p>',
  },
  scmp: {
    site: 'Harbour Morning Post',
    nav: ['Hong Kong', 'China', 'Asia', 'World', 'Opinion', 'Video'],
    open: (t, by) =>
      `<article class="css-1jz9qa3"><div class="css-header"><h1 data-qa="ContentHeadline">${t}</h1><div data-qa="AuthorNames">${by}</div><time data-qa="PublishedDate">Published: 8:30pm, 10 Jun 2026</time><time>Updated: 9:45pm, 10 Jun 2026</time></div>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'css-body',
    close: '<p>Copyright © 2026 Harbour Morning Post Publishers Ltd. All rights reserved.</p>',
  },
  toi: {
    site: 'The Deccan Chronicle Times',
    nav: ['City', 'India', 'World', 'Business', 'Tech', 'Cricket', 'ePaper'],
    open: (t, by) =>
      `<div class="okf2Z"><h1 class="HNMDR"><span>${t}</span></h1><div class="xf8Pm byline"><span>${by}</span> / TNN / Updated: Jun 10, 2026, 22:13 IST</div></div><article class="_s30J">`,
    para: (x) => `<div class="_s30J clearfix">${x}</div>`,
    bodyCls: 'js_tbl_article',
    close: '<p>Copyright © 2026 Deccan Chronicle Times Group. All rights reserved.</p>',
  },
  straits: {
    site: 'The Lion City Times',
    nav: ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business'],
    open: (t, by) =>
      `<article class="node-article"><header><h1 class="headline node-title">${t}</h1><div class="author-field"><a href="/authors/x">${by}</a><span class="author-designation">Foreign Correspondent</span></div><div class="story-postdate">Jun 10, 2026, 09:12 PM</div></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'field-name-body',
    close: '<p>Copyright 2026 Lion City Press Holdings Ltd.</p>',
  },
  alliance: {
    site: 'Northern Treaty Organization',
    nav: ['About us', 'News', 'Topics', 'Media centre', 'Multimedia', 'Events'],
    open: (t, by) =>
      `<main id="main-content"><div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › <span>Speeches</span></div><article class="content"><h1 class="fs-huge">${t}</h1><p class="fs-small event-meta">${by} · <time>10 Jun. 2026</time> · <span>Last updated: 10 Jun. 2026 17:05</span></p>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'content-text',
    close: '<p>Northern Treaty Organization, Boulevard de l’Alliance, Brussels</p>',
  },
  thinktank: {
    site: 'Atlantic Policy Institute',
    nav: ['Research', 'Experts', 'Events', 'Publications', 'About', 'Support us'],
    open: (t, by) =>
      `<main><article class="commentary"><header class="hero"><span class="content-type">Expert comment</span><h1 class="hero__title">${t}</h1><div class="hero__meta"><a href="/people/x">${by}</a><time>10 June 2026</time><span>6 minute read</span></div></header>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'wysiwyg',
    close: '<p>Atlantic Policy Institute is an independent policy institute, registered charity no. 1900123.</p>',
  },
  president: {
    site: 'Office of the President',
    nav: ['News', 'Decrees', 'Speeches', 'Visits', 'Photo', 'Video'],
    open: (t, by) =>
      `<main class="layout"><div class="breadcrumbs"><a href="/">Main</a> / <a href="/news">News</a></div><article class="article_content"><h1>${t}</h1><p class="date">10 June 2026 - 19:05</p><p class="source">${by}</p>`,
    para: (x) => `<p>${x}</p>`,
    bodyCls: 'article_text',
    close: '<p>Official website of the President. All content is available under a Creative Commons licence.</p>',
  },
};

export function shell6(kind: Shell6, story: Story, p: Parts4 = {}): string {
  const L = LOOKS[kind];
  const t = esc(story.title);
  const by = esc(story.byline);
  const endMain =
    kind === 'reach' || kind === 'alliance' || kind === 'thinktank' || kind === 'president' ? '</main>' : '';
  const body = `<div class="${L.bodyCls}">${each(story, p, L.para)}</div>`;
  return doc(
    story,
    L.site,
    `<header class="site-header">${nav(L.nav, 'main-nav')}</header><div class="page-wrap"><div class="col-main">${L.open(t, by)}${body}${p.tail ?? ''}${kind === 'rferl' ? '</div>' : '</article>'}${endMain}${p.after ?? ''}</div><aside class="col-side">${p.side ?? ''}</aside></div><footer class="site-footer">${L.close}</footer>`,
  );
}
