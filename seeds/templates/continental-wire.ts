// Continental Wire: a wire agency's public site. Utility-first class names and data-testid attributes, a
// OneTrust-style consent banner, licensing and "Trending" widgets, a sparse discussion count.
import { DEMO_NOTICE, ago, esc, formatDate, jsonLd, newsArticleLd, openGraph, type PageInput } from './common.js';

export function renderContinentalWire(p: PageInput): string {
  const { article: a, version: v, outlet: o } = p;
  const stamp = (iso: string) =>
    formatDate(iso, 'en-US', 'UTC', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }).replace(' at ', ' ') + ' UTC';
  let n = 0;
  const paras = v.body
    .map((b) =>
      typeof b === 'string'
        ? `<div data-testid="paragraph-${n++}" class="text__text__1FZLe text__dark-grey__3Ml43 body__full_width__ekUdw article-body__element__2p5pI">${esc(b)}</div>`
        : `<h2 data-testid="Heading" class="text__heading_5__1qUJ5 heading__base__2T28j">${esc(b.h)}</h2>`,
    )
    .join('\n');
  const ld = newsArticleLd(p, {
    author: [{ '@type': 'Person', name: a.author.name }],
    copyrightHolder: { '@type': 'Organization', name: o.name },
    creditText: o.name,
  });
  return `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${esc(v.headline)} | ${esc(o.name)}</title>
<meta name="description" content="${esc(a.summary)}"/>
<meta name="article:author" content="${esc(a.author.name)}"/>
<link rel="canonical" href="${esc(p.url)}"/>
${openGraph(p, { 'twitter:site': '@ContinentalWire' })}
${jsonLd(ld)}
<link rel="preload" as="font" href="${o.base}/static/fonts/knowledge-regular.woff2" crossorigin="anonymous"/>
</head>
<body>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
  <div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners. <a href="${o.base}/privacy-statement">Privacy Statement</a></p></div>
  <div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
</div></div>
<div id="fusion-app" class="app__app__2s6Gj">
<header class="site-header__container__3_6M3">
  <a href="${o.base}/" class="site-header__logo__1x_Gk" aria-label="${esc(o.name)} homepage">CONTINENTAL WIRE</a>
  <nav class="site-header__nav__1qZ8m" aria-label="Main"><ul>
    <li><a href="${o.base}/world/">World</a></li><li><a href="${o.base}/business/">Business</a></li><li><a href="${o.base}/markets/">Markets</a></li>
    <li><a href="${o.base}/sustainability/">Sustainability</a></li><li><a href="${o.base}/legal/">Legal</a></li><li><a href="${o.base}/breakingviews/">Commentary</a></li>
    <li><a href="${o.base}/technology/">Technology</a></li><li><a href="${o.base}/investigations/">Investigations</a></li><li><a href="${o.base}/pictures/">Pictures</a></li>
  </ul></nav>
  <div class="site-header__account__2e0M8"><a href="${o.base}/account/register/">Register</a> <a href="${o.base}/account/sign-in/">Sign In</a></div>
</header>
<div class="market-ticker" data-testid="MarketTicker">EUR/USD 1.0498 ▼0.32% · Brent 71.83 ▲0.21% · STOXX 600 508.2 ▲0.44% · Gold 2,641 ▲0.12% · as of ${esc(formatDate(p.now, 'en-US', 'UTC', { hour: '2-digit', minute: '2-digit', hour12: false }))} UTC</div>
<main id="main-content" class="article__main__33WV2">
  <article class="article__container__2Iu5x" data-testid="Article">
    <header class="article-header__container__2M0kD">
      <nav class="article-header__breadcrumbs" aria-label="Tags"><a href="${o.base}/${a.section.toLowerCase()}/">${esc(a.section)}</a></nav>
      <h1 data-testid="Heading" class="text__heading_3__1kDhc article-header__title__3Y2CK">${esc(v.headline)}</h1>
      <div class="article-header__meta__2gjlp">
        <div class="info-content__author-date__1Epi_">By <a rel="author" href="${o.base}/authors/${a.author.slug}/">${esc(a.author.name)}</a></div>
        <time datetime="${a.published}" class="date-line__date__23Ge-">${esc(stamp(a.published))}</time>
        <span class="date-line__updated">Updated ${esc(ago(p.modified, p.now))}</span>
      </div>
      <div class="article-header__toolbar__3u5sK">
        <div class="share-button__container" data-testid="ShareButton"><button>Share</button> <a href="https://x.com/intent/post?url=${encodeURIComponent(p.url)}">X</a> <a href="https://www.linkedin.com/shareArticle?url=${encodeURIComponent(p.url)}">LinkedIn</a> <a href="mailto:?body=${encodeURIComponent(p.url)}">Email</a></div>
        <a class="licensing" href="${o.base}/licensing/?story=${a.id}">Purchase Licensing Rights</a>
        <a class="discussion-count" href="#discussion">${p.comments} ${p.comments === 1 ? 'comment' : 'comments'}</a>
      </div>
    </header>
    <figure class="primary-image__container__3O3Dc" data-testid="primary-image">
      <img src="${esc(p.imageUrl)}" alt="${esc(a.photo.alt)}" width="1920" height="1080"/>
      <figcaption class="image-caption__container"><span data-testid="Body">${esc(a.photo.caption)}</span> <span class="image-caption__credit">${esc(a.photo.credit)}</span> <a href="${o.base}/licensing/">Purchase Licensing Rights</a>, opens new tab</figcaption>
    </figure>
    <div class="article-body__content__17Yit" data-testid="ArticleBody">
${paras}
      <p class="sign-off__text" data-testid="SignOff">Our Standards: <a href="${o.base}/info-pages/trust-principles/">The Continental Wire Trust Principles.</a></p>
    </div>
    <div class="article-footer__newsletter" data-testid="NewsletterSignup">
      <h3>Sign up for the Daily Briefing</h3><p>All the news you need to start your day, in your inbox every morning.</p>
      <a href="${o.base}/newsletters/daily-briefing/">Sign up here.</a>
    </div>
    <div id="discussion" class="discussion"><p>${p.comments} ${p.comments === 1 ? 'comment' : 'comments'} · <a href="${o.base}/account/sign-in/">Sign in to comment</a></p></div>
  </article>
  <aside class="article__sidebar" data-testid="Trending">
    <h2>Most read on Continental Wire</h2>
    <ul>
${p.mostRead.map((m, i) => `      <li data-testid="MostRead-${i}"><a href="${esc(m.href)}">${esc(m.title)}</a></li>`).join('\n')}
    </ul>
  </aside>
</main>
<footer class="site-footer__container__1fdCs">
  <div><h3>Latest</h3><a href="${o.base}/">Home</a> <a href="${o.base}/authors/">Authors</a> <a href="${o.base}/topics/">Topic Sitemap</a> <a href="${o.base}/archive/">Archive</a></div>
  <div><h3>About</h3><a href="${o.base}/info-pages/about-us/">About us</a> <a href="${o.base}/info-pages/careers/">Careers</a> <a href="${o.base}/info-pages/terms-of-use/">Terms of Use</a> <a href="${o.base}/privacy-statement">Privacy</a> <a href="${o.base}/cookies">Cookies</a></div>
  <p>Market data provided by the exchanges; quotes may lag by up to 15 minutes. © ${new Date(p.now).getUTCFullYear()} Continental Wire. All rights reserved. ${esc(DEMO_NOTICE)}</p>
</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"${a.id}","renderedAt":"${p.now}"}}}</script>
</body></html>
`;
}
