// The Meridian Post: a broadsheet's site. Consent overlay, mega-nav, an inline newsletter box inside the body,
// a "Most viewed" rail and a comments section below the article.
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

export function renderMeridianPost(p: PageInput): string {
  const { article: a, version: v, outlet: o } = p;
  const when = formatDate(a.published, 'en-GB', 'Europe/London', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).replace(/(\d\d):(\d\d)/, '$1.$2');
  const edition = formatDate(p.now, 'en-GB', 'Europe/London', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const newsletter = `<aside class="mp-inline-signup" data-component="newsletter-embed">
      <p class="mp-inline-signup__title">Sign up to First Edition</p>
      <p class="mp-inline-signup__blurb">Our morning email breaks down the key stories of the day, telling you what’s happening and why it matters.</p>
      <form action="${o.base}/email-newsletters/first-edition" method="post"><input type="email" name="email" placeholder="Enter your email address"><button>Sign up</button></form>
      <p class="mp-inline-signup__legal">Privacy notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.</p>
      <p class="mp-inline-signup__after">after newsletter promotion</p>
    </aside>`;
  const body = renderBlocks(v.body, { p: '<p class="dcr-p">', insert: { 3: newsletter } });
  const ld = newsArticleLd(p, {
    isAccessibleForFree: true,
    isPartOf: { '@type': ['CreativeWork', 'Product'], name: o.name },
  });
  return `<!DOCTYPE html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <title>${esc(v.headline)} | ${esc(a.section.split(' / ').pop() ?? '')} | ${esc(o.name)}</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="description" content="${esc(v.standfirst)}">
    <meta name="author" content="${esc(a.author.name)}">
    <link rel="canonical" href="${esc(p.url)}">
    <link rel="alternate" type="application/rss+xml" title="World news" href="${p.origin}${o.base}/world/rss">
    <link rel="stylesheet" href="${o.base}/static/dcr.css">
    ${openGraph(p, { 'twitter:card': 'summary_large_image', 'twitter:site': '@meridianpost' })}
    ${jsonLd(ld)}
  </head>
  <body class="mp-body">
    <div id="sp_message_container_821" class="mp-consent" role="dialog" aria-label="Your privacy">
      <h2>It’s your choice</h2>
      <p>We use cookies and similar technologies to remember your preferences, measure how you use our site and show you ads. You can change your mind at any time via “Privacy settings” at the bottom of every page.</p>
      <button class="mp-consent__accept">Yes, I’m happy</button> <button class="mp-consent__manage">Manage or reject cookies</button>
    </div>
    <a class="skip-link" href="#maincontent">Skip to main content</a>
    <header class="mp-header">
      <div class="mp-header__support">Support the Meridian: <a href="${o.base}/contribute">Fund independent journalism with £5 per month</a> <a href="${o.base}/signin">Sign in</a></div>
      <a class="mp-logo" href="${o.base}/">The Meridian Post</a>
      <p class="mp-edition">${esc(edition)}</p>
      <nav class="mp-pillars" aria-label="Sections">
        <ul>
          <li><a href="${o.base}/news">News</a></li><li><a href="${o.base}/commentisfree">Opinion</a></li><li><a href="${o.base}/sport">Sport</a></li>
          <li><a href="${o.base}/culture">Culture</a></li><li><a href="${o.base}/lifeandstyle">Lifestyle</a></li>
        </ul>
        <ul class="mp-subnav"><li><a href="${o.base}/world">World</a></li><li><a href="${o.base}/world/europe-news">Europe</a></li><li><a href="${o.base}/us-news">US</a></li><li><a href="${o.base}/world/americas">Americas</a></li><li><a href="${o.base}/world/asia">Asia</a></li><li><a href="${o.base}/environment">Climate crisis</a></li><li><a href="${o.base}/world/middleeast">Middle East</a></li></ul>
      </nav>
    </header>
    <main id="maincontent" class="mp-main">
      <article class="mp-article">
        <div class="mp-article__meta">
          <a class="mp-series" href="${o.base}/world/ukraine">Ukraine</a>
          <h1 class="mp-headline">${esc(v.headline)}</h1>
          <div class="mp-standfirst"><p>${esc(v.standfirst)}</p></div>
          <figure class="mp-figure mp-figure--main">
            <img src="${esc(p.imageUrl)}" alt="${esc(a.photo.alt)}" width="1200" height="720">
            <figcaption><span class="mp-caption">${esc(a.photo.caption)}</span> <span class="mp-credit">${esc(a.photo.credit)}</span></figcaption>
          </figure>
          <address class="mp-byline" aria-label="Contributor info">
            <a rel="author" href="${o.base}/profile/${a.author.slug}">${esc(a.author.name)}</a>${a.dateline ? ` in ${esc(a.dateline)}` : ''}
          </address>
          <details class="mp-dateline"><summary><time datetime="${a.published}">${esc(when)}</time></summary>
            <span>Last modified <time datetime="${p.modified}">${esc(ago(p.modified, p.now))}</time></span></details>
          <div class="mp-share" data-component="share">
            <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(p.url)}" aria-label="Share on Facebook">Share on Facebook</a>
            <a href="https://bsky.app/intent/compose?text=${encodeURIComponent(p.url)}" aria-label="Share on Bluesky">Share on Bluesky</a>
            <a href="mailto:?subject=${encodeURIComponent(v.headline)}" aria-label="Share via Email">Share via Email</a>
            <button class="mp-copy-link">Copy link</button>
          </div>
          <a class="mp-comment-count" href="#comments" data-component="comment-count">${p.comments} comments</a>
        </div>
        <div id="maincontent-body" class="mp-article__body article-body-commercial-selector">
${body}
        </div>
        <div class="mp-submeta">
          <span class="mp-submeta__label">Explore more on these topics</span>
          <ul>${a.tags.map((t) => `<li><a href="${o.base}/tone/${encodeURIComponent(t.toLowerCase())}">${esc(t)}</a></li>`).join('')}</ul>
          <a class="mp-reuse" href="${o.base}/help/syndication">Reuse this content</a>
        </div>
        <div class="mp-epic" data-component="contributions-epic">
          <h2>… there is a good reason why the Meridian is not behind a paywall</h2>
          <p>Readers like you keep our journalism open to all. If you can, please consider supporting us today. It takes less than a minute.</p>
          <a href="${o.base}/contribute">Support us</a>
        </div>
      </article>
      <aside class="mp-right-rail" aria-label="Most viewed">
        <section class="mp-most-viewed" data-component="most-popular">
          <h2>Most viewed</h2>
          <ol>
${p.mostRead.map((m, i) => `            <li><span class="mp-rank">${i + 1}</span><a href="${esc(m.href)}">${esc(m.title)}</a></li>`).join('\n')}
          </ol>
        </section>
      </aside>
      <section id="comments" class="mp-discussion" data-component="discussion">
        <h2>Comments (${p.comments})</h2>
        <p>Sign in or create your Meridian account to join the discussion.</p>
        <p class="mp-discussion__note">This discussion is closed for comments after three days. Showing ${Math.min(p.comments, 50)} of ${p.comments} comments, sorted by oldest.</p>
      </section>
    </main>
    <footer class="mp-footer">
      <ul><li><a href="${o.base}/about">About us</a></li><li><a href="${o.base}/help/contact-us">Contact us</a></li><li><a href="${o.base}/info/complaints-and-corrections">Complaints &amp; corrections</a></li><li><a href="${o.base}/info/privacy">Privacy policy</a></li><li><a href="${o.base}/info/cookies">Cookie policy</a></li><li><a href="${o.base}/info/privacy-settings">Privacy settings</a></li></ul>
      <p>© ${new Date(p.now).getUTCFullYear()} Meridian News &amp; Media Limited or its affiliated companies. All rights reserved.</p>
      <p class="mp-demo">${esc(DEMO_NOTICE)}</p>
    </footer>
    <!-- rendered ${p.now} by dcr-${p.phase * 7 + 3} -->
  </body>
</html>
`;
}
