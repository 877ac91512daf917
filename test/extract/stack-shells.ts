// The page around a story in the markup of news stacks chrome-shells.ts does not cover: a Next.js/React site
// (hashed class names, data-testid, no semantic classes), Substack and Medium style newsletters, the
// JNews / Newspaper (td) / Soledad (penci) WordPress news themes and a local TV station's CMS. Same
// Placement contract as chrome-shells.ts: `slots[k]` after paragraph k (-1: before the first), `after` after
// the body container inside the article, `body` replaces the paragraphs.
import type { Story } from './chrome-stories.js';
import { esc, paras, slug, type Placement } from './chrome-shells.js';

export type Stack = 'next' | 'substack' | 'medium' | 'jnews' | 'tdnews' | 'penci' | 'localtv';

/** A CSS-in-JS style class: nothing in it says what the element is. */
export const hx = (n: number): string => `css-${(n * 104729).toString(36)} e${(n * 31).toString(36)}0`;

function doc(story: Story, site: string, head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} - ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${story.byline}">${head}</head><body>${body}</body></html>`;
}

const wpNav = (pre: string): string =>
  `<div class="${pre}_header"><div class="${pre}_logo"><a href="/">The Daily Current</a></div><ul class="${pre}_menu"><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/lifestyle">Lifestyle</a></li></ul></div>`;
const wpFoot = `<footer class="footer"><p>© 2026 The Daily Current. All rights reserved.</p><a href="/about">About us</a> <a href="/advertise">Advertise</a> <a href="/privacy-policy">Privacy Policy</a></footer>`;

export function stackPage(stack: Stack, story: Story, p: Placement = {}): string {
  const head = p.head ?? '';
  const t = esc(story.title);
  const by = esc(story.byline);
  const after = p.after ?? '';
  switch (stack) {
    case 'next':
      return doc(
        story,
        'Metro Now',
        head,
        `<div id="__next"><header class="${hx(1)}"><a class="${hx(2)}" href="/">Metro Now</a><nav class="${hx(3)}"><a href="/news">News</a><a href="/city">City</a><a href="/money">Money</a><a href="/culture">Culture</a></nav></header><main class="${hx(4)}"><article class="${hx(5)}" data-testid="article"><div class="${hx(6)}"><a class="${hx(7)}" href="/${slug(story.section)}">${story.section}</a><h1 class="${hx(8)}" data-testid="headline">${t}</h1><div class="${hx(9)}" data-testid="byline"><span>By </span><a href="/author/${slug(story.byline)}">${by}</a><time class="${hx(10)}" datetime="2026-10-14T09:30:00Z">Oct. 14, 2026</time></div></div><div class="${hx(11)}" data-testid="article-body">${paras(story, p, ` class="${hx(12)}"`)}</div>${after}</article></main><footer class="${hx(13)}"><p>© 2026 Metro Now Media</p><a href="/terms">Terms</a><a href="/privacy">Privacy</a></footer></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"a1"}},"page":"/[section]/[slug]"}</script>`,
      );
    case 'substack':
      return doc(
        story,
        'The Harbor Letter',
        head,
        `<div id="entry"><div class="main-menu"><a class="navbar-title-link" href="/">The Harbor Letter</a><a class="button primary" href="/subscribe">Subscribe</a><a href="/account/login">Sign in</a></div><div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">${t}</h1><h3 class="subtitle">What the change means for the people who live there</h3><div class="post-meta"><div class="profile-hover-card-target"><a href="/profile/${slug(story.byline)}">${by}</a></div><div class="post-date">Oct 14, 2026</div></div></div><div class="available-content"><div class="body markup" dir="auto">${paras(story, p)}</div></div>${after}</article></div></div></div></div>`,
      );
    case 'medium':
      return doc(
        story,
        'Medium',
        head,
        `<div id="root"><div class="${hx(20)}"><nav class="${hx(21)}"><a href="/">Medium</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></nav></div><main><article><div class="${hx(22)}"><section><div class="${hx(23)}"><h1 class="pw-post-title" data-testid="storyTitle">${t}</h1><div class="${hx(24)}"><a data-testid="authorName" href="/@${slug(story.byline)}">${by}</a><span data-testid="storyReadTime">6 min read</span><span data-testid="storyPublishDate">Oct 14, 2026</span></div>${paras(story, p, ' class="pw-post-body-paragraph"')}</div></section></div></article>${after}</main></div>`,
      );
    case 'jnews':
      return doc(
        story,
        'The Daily Current',
        head,
        `<div class="jeg_viewport">${wpNav('jeg')}<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_inner_content"><div class="entry-header"><div class="jeg_meta_category"><a href="/category/${slug(story.section)}/">${story.section}</a></div><h1 class="jeg_post_title">${t}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">by <a href="/author/${slug(story.byline)}/">${by}</a></div><div class="jeg_meta_date">October 14, 2026</div></div></div><div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#fb">Share on Facebook</a><a href="#x">Share on Twitter</a></div></div><div class="jeg_post_content"><div class="entry-content no-share"><div class="content-inner">${paras(story, p)}</div></div></div>${after}</div></div></div></div></div>${wpFoot}</div>`,
      );
    case 'tdnews':
      return doc(
        story,
        'The Daily Current',
        head,
        `<div id="td-outer-wrap" class="td-theme-wrap">${wpNav('td')}<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content"><article class="post type-post status-publish"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/${slug(story.section)}/">${story.section}</a></li></ul><header class="td-post-title"><h1 class="entry-title">${t}</h1><div class="td-module-meta-info"><div class="td-post-author-name">By <a href="/author/${slug(story.byline)}/">${by}</a></div><span class="td-post-date"><time class="entry-date updated td-module-date">October 14, 2026</time></span></div></header></div><div class="td-post-content tagdiv-type">${paras(story, p)}</div>${after}</article></div></div></div></div></div>${wpFoot}</div>`,
      );
    case 'penci':
      return doc(
        story,
        'The Daily Current',
        head,
        `<div class="wrapper-boxed">${wpNav('penci')}<div class="container penci_sidebar"><div id="main" class="penci-single-pitem"><article class="post type-post"><div class="header-standard header-classic single-header"><div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="/category/${slug(story.section)}/">${story.section}</a></span></div><h1 class="post-title single-post-title entry-title">${t}</h1><div class="post-box-meta-single"><span class="author-italic author vcard">by <a class="author-url url fn n" href="/author/${slug(story.byline)}/">${by}</a></span><span><time class="entry-date published">October 14, 2026</time></span></div></div><div class="post-entry blockquote-style-1"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">${paras(story, p)}</div></div>${after}</article></div></div>${wpFoot}</div>`,
      );
    case 'localtv':
      return doc(
        story,
        'KVLY Channel 8',
        head,
        `<div class="site-wrapper"><header class="site-header"><a class="site-logo" href="/">KVLY 8 News Now</a><nav class="site-nav"><a href="/news">News</a><a href="/weather">Weather</a><a href="/sports">Sports</a><a href="/watch">Watch</a><a href="/contests">Contests</a></nav></header><main class="site-main"><article class="article article--story"><header class="article-header"><h1 class="article-title">${t}</h1><p class="article-authors">by: <a href="/author/${slug(story.byline)}">${by}</a></p><p class="article-date">Posted: Oct 14, 2026 / 09:30 AM CDT</p></header><div class="article-content article-body rich-text">${paras(story, p)}</div>${after}</article></main><footer class="site-footer"><p>© 1998 - 2026 KVLY-TV. All rights reserved.</p><a href="/eeo">EEO Report</a> <a href="/fcc">FCC Applications</a> <a href="/public-file">Public file</a></footer></div>`,
      );
  }
}
