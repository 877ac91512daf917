// Baltic Ledger: a regional news site on a generic CMS. Language switcher, a GDPR bar at the bottom, "READ MORE"
// lines between paragraphs, an author card and "Read more" teaser cards after the body, a "Most read" widget.
import {
  DEMO_NOTICE,
  ago,
  esc,
  formatDate,
  jsonLd,
  newsArticleLd,
  openGraph,
  renderBlocks,
  type PageInput,
} from './common.js';

export function renderBalticLedger(p: PageInput): string {
  const { article: a, version: v, outlet: o } = p;
  const stamp = (iso: string) =>
    formatDate(iso, 'en-GB', 'Europe/Riga', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  const inlineMore = (t: { title: string; href: string } | undefined) =>
    t ? `<p class="read-more-inline"><strong>READ MORE:</strong> <a href="${esc(t.href)}">${esc(t.title)}</a></p>` : '';
  const fixedTeasers = [
    {
      title: 'Lithuania’s new air defence batteries arrive ahead of schedule',
      href: `${o.base}/security/air-defence-batteries-arrive-29322`,
      summary: 'The first two units were handed over at a base near Kaunas.',
    },
    {
      title: 'Explainer: what the Washington summit declaration says',
      href: `${o.base}/security/explainer-washington-summit-declaration-27805`,
      summary: 'The key paragraphs, and what they commit allies to.',
    },
    {
      title: 'Estonia raises defence budget to 3.7% of GDP',
      href: `${o.base}/security/estonia-defence-budget-29101`,
      summary: 'Parliament approved the increase by a wide margin.',
    },
  ];
  const cards = [...p.siblings, ...fixedTeasers].slice(0, 3);
  const body = renderBlocks(v.body, {
    p: '<p>',
    h: 'h3',
    insert: { 2: inlineMore(fixedTeasers[1]), 6: inlineMore(fixedTeasers[0]) },
  });
  const note = v.editorsNote ? `\n<p class="editors-note"><em>${esc(v.editorsNote)}</em></p>` : '';
  const ld = newsArticleLd(p, {
    inLanguage: 'en',
    author: { '@type': 'Person', name: a.author.name, jobTitle: a.author.role, description: a.author.bio },
  });
  return `<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(v.headline)} - ${esc(o.name)}</title>
<meta name="description" content="${esc(a.summary)}">
<link rel="canonical" href="${esc(p.url)}">
<link rel="alternate" hreflang="en" href="${esc(p.url)}">
<link rel="alternate" type="application/atom+xml" href="${p.origin}${o.base}/feeds/security.atom" title="Security">
${openGraph(p, { 'og:locale': 'en_GB' })}
<meta name="twitter:card" content="summary_large_image">
${jsonLd(ld)}
${jsonLd({
  '@context': 'https://schema.org',
  '@type': 'BreadcrumbList',
  itemListElement: [
    { '@type': 'ListItem', position: 1, name: 'Home', item: `${p.origin}${o.base}/` },
    { '@type': 'ListItem', position: 2, name: a.section, item: `${p.origin}${o.base}/security` },
  ],
})}
</head>
<body class="single single-article section-security">
<div class="top-bar">
  <div class="container">
    <ul class="lang-switch"><li class="active"><a href="${o.base}/">EN</a></li><li><a href="${o.base}/lv/">LV</a></li><li><a href="${o.base}/lt/">LT</a></li><li><a href="${o.base}/et/">ET</a></li></ul>
    <div class="weather-mini">Vilnius −2°C · Riga −1°C · Tallinn −3°C</div>
    <a class="btn-subscribe" href="${o.base}/subscribe">Subscribe from €4.99</a>
  </div>
</div>
<header class="site-header">
  <div class="container">
    <a class="site-logo" href="${o.base}/"><img src="${o.base}/static/logo.svg" alt="${esc(o.name)}"></a>
    <nav class="main-menu"><ul>
      <li><a href="${o.base}/politics">Politics</a></li><li class="current"><a href="${o.base}/security">Security</a></li><li><a href="${o.base}/business">Business</a></li>
      <li><a href="${o.base}/energy">Energy</a></li><li><a href="${o.base}/society">Society</a></li><li><a href="${o.base}/opinion">Opinion</a></li><li><a href="${o.base}/podcast">Podcast</a></li>
    </ul></nav>
    <form class="search-form" action="${o.base}/search"><input type="search" name="q" placeholder="Search"></form>
  </div>
</header>
<div class="container page-wrap">
  <div class="row">
    <div class="col-main">
      <ol class="breadcrumbs"><li><a href="${o.base}/">Home</a></li><li><a href="${o.base}/security">${esc(a.section)}</a></li></ol>
      <div class="article-page" id="article-${a.id}">
        <div class="article-header">
          <h1 class="article-title">${esc(v.headline)}</h1>
          <div class="article-lead">${esc(v.standfirst)}</div>
          <div class="article-meta">
            <img class="author-avatar" src="${o.base}/img/authors/${a.author.slug}.svg" alt="" width="40" height="40">
            <span class="author-name"><a href="${o.base}/author/${a.author.slug}">${esc(a.author.name)}</a></span>
            <span class="meta-sep">|</span>
            <time class="published" datetime="${a.published}">${esc(stamp(a.published))}</time>
            <span class="updated">Updated: <time datetime="${p.modified}">${esc(stamp(p.modified))}</time> (${esc(ago(p.modified, p.now))})</span>
            <a class="comment-counter" href="#comments"><span class="icon-comment"></span> ${p.comments}</a>
          </div>
          <div class="social-share top">
            <a class="share-fb" href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(p.url)}">Facebook</a>
            <a class="share-x" href="https://x.com/intent/post?url=${encodeURIComponent(p.url)}">X</a>
            <a class="share-li" href="https://www.linkedin.com/shareArticle?url=${encodeURIComponent(p.url)}">LinkedIn</a>
            <a class="share-wa" href="https://wa.me/?text=${encodeURIComponent(p.url)}">WhatsApp</a>
          </div>
        </div>
        <div class="article-image">
          <img src="${esc(p.imageUrl)}" alt="${esc(a.photo.alt)}">
          <div class="image-caption">${esc(a.photo.caption)} <span class="image-author">${esc(a.photo.credit)}</span></div>
        </div>
        <div class="article-content" itemprop="articleBody">
${body}${note}
        </div>
        <div class="article-tags">Tags: ${a.tags.map((t) => `<a href="${o.base}/tag/${encodeURIComponent(t.toLowerCase())}" rel="tag">${esc(t)}</a>`).join(', ')}</div>
        <div class="author-bio">
          <img src="${o.base}/img/authors/${a.author.slug}.svg" alt="${esc(a.author.name)}" width="96" height="96">
          <div class="author-bio__text">
            <h4>${esc(a.author.name)}</h4>
            <p class="author-role">${esc(a.author.role ?? '')}</p>
            <p>${esc(a.author.bio ?? '')}</p>
            <a href="${o.base}/author/${a.author.slug}">All articles by ${esc(a.author.name)} →</a>
          </div>
        </div>
        <div class="social-share bottom"><span>Share this article:</span> <a class="share-fb" href="#">Facebook</a> <a class="share-x" href="#">X</a> <a class="share-email" href="#">Email</a></div>
        <section class="read-more-block">
          <h3>Read more</h3>
          <div class="teaser-grid">
${cards.map((t) => `            <div class="teaser-card"><a href="${esc(t.href)}"><img src="${o.base}/img/teaser.svg" alt=""><h4>${esc(t.title)}</h4></a><p>${esc(t.summary)}</p></div>`).join('\n')}
          </div>
        </section>
        <div id="comments" class="comments-area"><h3>Comments (${p.comments})</h3><p>Comments are visible to subscribers only. <a href="${o.base}/login">Log in</a></p></div>
      </div>
    </div>
    <aside class="col-side">
      <div class="widget popular">
        <h3 class="widget-title">Most read</h3>
        <ul class="popular-list">
${p.mostRead.map((m, i) => `          <li><span class="num">${i + 1}.</span> <a href="${esc(m.href)}">${esc(m.title)}</a></li>`).join('\n')}
        </ul>
      </div>
      <div class="widget newsletter-signup">
        <h3>Baltic Briefing</h3>
        <p>The region’s security and politics news in your inbox every weekday morning. Free.</p>
        <form action="${o.base}/newsletter" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form>
      </div>
      <div class="widget ad-300x250"><span>Advertisement</span></div>
    </aside>
  </div>
</div>
<footer class="site-footer">
  <div class="container">
    <p>${esc(o.name)} — ${esc(o.tagline)}.</p>
    <ul class="footer-links"><li><a href="${o.base}/about">About</a></li><li><a href="${o.base}/advertise">Advertise</a></li><li><a href="${o.base}/privacy">Privacy</a></li><li><a href="${o.base}/terms">Terms of use</a></li><li><a href="${o.base}/contacts">Contacts</a></li></ul>
    <p class="copyright">© ${new Date(p.now).getUTCFullYear()} Baltic Ledger SIA. Reproduction only with permission. ${esc(DEMO_NOTICE)}</p>
  </div>
</footer>
<div class="gdpr-bar" id="gdpr-consent">
  <p>This site uses cookies for analytics and personalised content. By continuing to browse you agree to our use of cookies. <a href="${o.base}/privacy">Learn more</a></p>
  <button class="gdpr-accept">Accept</button><button class="gdpr-settings">Settings</button>
</div>
<script>document.documentElement.className='js';window.__bl={build:"${p.now}",views:${1200 + p.comments * 37}};</script>
</body>
</html>
`;
}
