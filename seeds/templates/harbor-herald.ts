// Harbor Daily Herald: a small-city paper on an ageing CMS. Ad slots, a weather box, and a long "Trending"
// module of unrelated celebrity headlines appended inside the story container, after the last paragraph.
import { harborTrending } from '../corpus/outlets.js';
import {
  DEMO_NOTICE,
  ago,
  esc,
  formatDate,
  jsonLd,
  newsArticleLd,
  openGraph,
  slugify,
  type PageInput,
} from './common.js';

export function renderHarborHerald(p: PageInput): string {
  const { article: a, version: v, outlet: o } = p;
  const stamp = (iso: string) =>
    formatDate(iso, 'en-US', 'America/New_York', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
      .replace(/^(\w{3}) /, '$1. ')
      .replace(' AM', ' a.m.')
      .replace(' PM', ' p.m.');
  const paras = v.body
    .map((b) => (typeof b === 'string' ? `<p>${esc(b)}</p>` : `<p><strong>${esc(b.h)}</strong></p>`))
    .join('\n');
  const trending = harborTrending
    .map(
      (t) =>
        `<li><a href="${o.base}/entertainment/celebrity/${slugify(t)}.html"><img src="${o.base}/img/thumbs/${slugify(t).slice(0, 24)}.jpg" alt="" width="80" height="60">${esc(t)}</a></li>`,
    )
    .join('\n');
  const wireNote = p.original
    ? `\n<p class="wire-credit">This story was originally published by <a href="${esc(p.original.url)}">${esc(p.original.outlet)}</a>. Distributed by the Continental Wire news service.</p>`
    : '';
  const ld = newsArticleLd(
    p,
    p.original
      ? { isBasedOn: p.original.url, sourceOrganization: { '@type': 'Organization', name: p.original.outlet } }
      : {},
  );
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${esc(v.headline)} | ${esc(o.name)}</title>
<meta name="keywords" content="${esc(a.tags.join(','))}" />
<meta name="description" content="${esc(a.summary)}" />
${p.original ? `<meta name="original-source" content="${esc(p.original.url)}" />\n` : ''}<link rel="canonical" href="${esc(p.url)}" />
${openGraph(p)}
${jsonLd(ld)}
<link rel="stylesheet" type="text/css" href="${o.base}/css/site-v41.css" />
<script type="text/javascript">var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script>
</head>
<body id="story-page">
<div class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent">
  <span class="cc-message">This website uses cookies to ensure you get the best experience on our website. <a class="cc-link" href="${o.base}/privacy.html">Learn more</a></span>
  <div class="cc-compliance"><a class="cc-btn cc-dismiss" role="button">Got it!</a></div>
</div>
<div id="wrapper">
<div id="ad-leaderboard" class="ad-slot" data-ad-unit="harbor/leaderboard">ADVERTISEMENT</div>
<table id="masthead" width="100%" cellpadding="0" cellspacing="0"><tr>
  <td class="logo"><a href="${o.base}/"><img src="${o.base}/images/masthead.gif" alt="${esc(o.name)}" /></a><br /><span class="tagline">${esc(o.tagline)}</span></td>
  <td class="weather"><div class="wx-box"><b>Port Alder</b> 41°F Partly cloudy<br />High 46° Low 33° · <a href="${o.base}/weather.html">Tides</a></div></td>
  <td class="subscribe"><a href="${o.base}/subscribe.html">Subscribe</a> | <a href="${o.base}/eedition.html">e-Edition</a> | <a href="${o.base}/login.html">Log in</a></td>
</tr></table>
<div id="topnav"><a href="${o.base}/">Home</a> | <a href="${o.base}/news/local/">Local</a> | <a href="${o.base}/news/world/">Nation &amp; World</a> | <a href="${o.base}/sports/">Sports</a> | <a href="${o.base}/business/">Business</a> | <a href="${o.base}/opinion/">Opinion</a> | <a href="${o.base}/obituaries/">Obituaries</a> | <a href="${o.base}/classifieds/">Classifieds</a> | <a href="${o.base}/entertainment/">Entertainment</a></div>
<div id="container">
<div id="leftcol">
  <div id="story">
    <div class="section-label"><a href="${o.base}/news/${a.section === 'Local' ? 'local' : 'world'}/">${esc(a.section)}</a></div>
    <h1 class="story-headline">${esc(v.headline)}</h1>
    <h2 class="story-subhead">${esc(v.standfirst)}</h2>
    <div class="story-meta">
      <span class="byline">By ${esc(a.author.name)}</span><br />
      <span class="dateline">Posted <time datetime="${a.published}">${esc(stamp(a.published))}</time> · Last updated ${esc(ago(p.modified, p.now))}</span>
      · <a href="#comments" class="comment-link">Comments (${p.comments})</a>
    </div>
    <div class="story-tools"><a href="javascript:window.print()">Print</a> | <a href="mailto:?subject=${encodeURIComponent(v.headline)}">Email</a> | <a href="https://www.facebook.com/sharer.php?u=${encodeURIComponent(p.url)}">Facebook</a> | <a href="https://x.com/share?url=${encodeURIComponent(p.url)}">Share on X</a> | <a href="#" class="font-size">A+</a></div>
    <div class="story-photo">
      <img src="${esc(p.imageUrl)}" alt="${esc(a.photo.alt)}" width="620" />
      <div class="photo-caption">${esc(a.photo.caption)}</div>
      <div class="photo-credit">${esc(a.photo.credit)}</div>
    </div>
    <div id="story-text" class="story-body">
${paras}${wireNote}
<div id="ad-inline" class="ad-slot">ADVERTISEMENT</div>
<div class="trending-now">
<h3>Trending Now</h3>
<ul class="trending-list">
${trending}
</ul>
<p class="sponsored-note">Sponsored content by HeadlinePartners</p>
</div>
    </div>
    <div class="newsletter-box">
      <h3>Get the Herald in your inbox</h3>
      <p>Morning headlines from Port Alder and beyond, delivered free every day at 6 a.m.</p>
      <form action="${o.base}/newsletters/signup.php" method="post"><input type="text" name="email" value="Email address" /> <input type="submit" value="Sign me up" /></form>
    </div>
    <div id="comments" class="comments">
      <h3>Comments (${p.comments})</h3>
      <p>Comments are moderated. Please keep it civil. <a href="${o.base}/login.html">Log in to comment</a>.</p>
    </div>
  </div>
</div>
<div id="rightcol">
  <div class="ad-slot" id="ad-box">ADVERTISEMENT</div>
  <div class="box most-popular">
    <h3>Most Popular</h3>
    <ol>
${p.mostRead.map((m) => `      <li><a href="${esc(m.href)}">${esc(m.title)}</a></li>`).join('\n')}
    </ol>
  </div>
  <div class="box">
    <h3>Community Calendar</h3>
    <p><a href="${o.base}/calendar/">Holiday boat parade, craft fairs and more this week</a></p>
  </div>
</div>
</div>
<div id="footer">
  <p><a href="${o.base}/about.html">About Us</a> | <a href="${o.base}/contact.html">Contact Us</a> | <a href="${o.base}/advertise.html">Advertise</a> | <a href="${o.base}/privacy.html">Privacy Policy</a> | <a href="${o.base}/terms.html">Terms of Service</a> | <a href="${o.base}/corrections.html">Corrections</a></p>
  <p>Copyright © ${new Date(p.now).getUTCFullYear()} Harbor Daily Herald, 112 Front Street, Port Alder. All rights reserved.</p>
  <p>${esc(DEMO_NOTICE)}</p>
</div>
</div>
<!-- page served ${p.now} node=web${p.phase % 3} -->
</body>
</html>
`;
}
