// Eastgate Observer: an analysis site on WordPress. Yoast-style JSON-LD @graph, a cookie-law bar, Jetpack-like
// sharing buttons, a Mailchimp form, a "Most Read" widget and a threaded-comments footer.
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

export function renderEastgateObserver(p: PageInput): string {
  const { article: a, version: v, outlet: o } = p;
  const day = (iso: string) =>
    formatDate(iso, 'en-US', 'Europe/Warsaw', { month: 'long', day: 'numeric', year: 'numeric' });
  const body = renderBlocks(v.body, { p: '<p>' });
  const article = newsArticleLd(p);
  delete article['@context'];
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        ...article,
        '@id': `${p.url}#article`,
        isPartOf: { '@id': p.url },
        wordCount: v.body
          .filter((b) => typeof b === 'string')
          .join(' ')
          .split(/\s+/).length,
      },
      {
        '@type': 'WebPage',
        '@id': p.url,
        url: p.url,
        name: `${v.headline} - ${o.name}`,
        datePublished: a.published,
        dateModified: p.modified,
        inLanguage: 'en-US',
      },
      {
        '@type': 'Organization',
        '@id': `${p.origin}${o.base}/#organization`,
        name: o.name,
        url: `${p.origin}${o.base}/`,
      },
    ],
  };
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>${esc(v.headline)} - ${esc(o.name)}</title>
	<meta name="robots" content="index, follow, max-image-preview:large">
	<link rel="canonical" href="${esc(p.url)}">
	<link rel="shortlink" href="${p.origin}${o.base}/?p=4812">
	${openGraph(p, { 'og:locale': 'en_US' })}
	<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="${esc(a.author.name)}">
	<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes">
	${jsonLd(graph).replace('<script ', '<script class="yoast-schema-graph" ')}
	<link rel="alternate" type="application/rss+xml" title="${esc(o.name)} &raquo; Feed" href="${p.origin}${o.base}/feed/">
	<link rel="stylesheet" id="eastgate-style-css" href="${o.base}/wp-content/themes/eastgate/style.css?ver=2.3.1" media="all">
</head>
<body class="post-template-default single single-post postid-4812 single-format-standard">
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits. By clicking “Accept”, you consent to the use of ALL the cookies. <a role="button" class="cli_settings_button">Cookie settings</a> <a role="button" id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span></div>
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
	<header id="masthead" class="site-header">
		<div class="site-branding"><p class="site-title"><a href="${o.base}/" rel="home">${esc(o.name)}</a></p><p class="site-description">${esc(o.tagline)}</p></div>
		<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
			<li class="menu-item"><a href="${o.base}/category/analysis/">Analysis</a></li><li class="menu-item"><a href="${o.base}/category/interviews/">Interviews</a></li>
			<li class="menu-item"><a href="${o.base}/category/briefings/">Briefings</a></li><li class="menu-item"><a href="${o.base}/category/podcast/">Podcast</a></li>
			<li class="menu-item"><a href="${o.base}/about/">About</a></li><li class="menu-item"><a href="${o.base}/donate/">Donate</a></li>
		</ul></nav>
	</header>
	<div id="content" class="site-content">
		<div id="primary" class="content-area"><main id="main" class="site-main">
		<article id="post-4812" class="post-4812 post type-post status-publish format-standard has-post-thumbnail category-analysis">
			<header class="entry-header">
				<span class="cat-links"><a href="${o.base}/category/analysis/" rel="category tag">${esc(a.section)}</a></span>
				<h1 class="entry-title">${esc(v.headline)}</h1>
				<p class="entry-excerpt">${esc(v.standfirst)}</p>
				<div class="entry-meta">
					<span class="byline"> by <span class="author vcard"><a class="url fn n" href="${o.base}/author/${a.author.slug}/">${esc(a.author.name)}</a></span></span>
					<span class="posted-on">Posted on <a href="${esc(p.url)}" rel="bookmark"><time class="entry-date published" datetime="${a.published}">${esc(day(a.published))}</time><time class="updated" datetime="${p.modified}">${esc(day(p.modified))}</time></a></span>
					<span class="comments-link"><a href="${esc(p.url)}#comments">${p.comments} ${p.comments === 1 ? 'Response' : 'Responses'}</a></span>
					<span class="reading-time">5 min read · updated ${esc(ago(p.modified, p.now))}</span>
				</div>
			</header>
			<figure class="post-thumbnail wp-block-image size-large">
				<img width="1024" height="576" src="${esc(p.imageUrl)}" class="attachment-post-thumbnail wp-post-image" alt="${esc(a.photo.alt)}" decoding="async">
				<figcaption class="wp-element-caption">${esc(a.photo.caption)} <em>${esc(a.photo.credit)}</em></figcaption>
			</figure>
			<div class="entry-content">
${body}
				<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
					<li class="share-twitter"><a class="share-twitter sd-button" href="${esc(p.url)}?share=twitter" target="_blank">Share on X (Opens in new window)</a></li>
					<li class="share-facebook"><a class="share-facebook sd-button" href="${esc(p.url)}?share=facebook" target="_blank">Facebook</a></li>
					<li class="share-linkedin"><a class="share-linkedin sd-button" href="${esc(p.url)}?share=linkedin" target="_blank">LinkedIn</a></li>
					<li class="share-print"><a class="share-print sd-button" href="${esc(p.url)}#print">Print</a></li>
				</ul></div></div></div>
				<div class="mc4wp-form mc4wp-form-1207"><div class="mc4wp-form-fields"><h4>The Eastgate Weekly</h4><p>One email every Friday: our analysis of security on Europe’s eastern flank, plus a reading list.</p><p><input type="email" name="EMAIL" placeholder="Your email address" required> <input type="submit" value="Sign up"></p></div></div>
			</div>
			<footer class="entry-footer"><span class="tags-links">Tagged ${a.tags.map((t) => `<a href="${o.base}/tag/${encodeURIComponent(t.toLowerCase())}/" rel="tag">${esc(t)}</a>`).join(', ')}</span></footer>
			<div class="author-box"><strong>${esc(a.author.name)}</strong>, ${esc(a.author.role ?? '')}. ${esc(a.author.bio ?? '')}</div>
		</article>
		<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="${o.base}/2024/11/27/moldova-winter-gas-gamble/" rel="prev">Previous: Moldova’s winter gas gamble</a></div></div></nav>
		<div id="comments" class="comments-area">
			<h2 class="comments-title">${p.comments} thoughts on “${esc(v.headline)}”</h2>
			<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><p class="must-log-in">You must be <a href="${o.base}/wp-login.php">logged in</a> to post a comment.</p></div>
		</div>
		</main></div>
		<aside id="secondary" class="widget-area">
			<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="${o.base}/"><input type="search" class="search-field" placeholder="Search …" name="s"></form></section>
			<section id="most-read-3" class="widget widget_most_read"><h2 class="widget-title">Most Read</h2><ul>
${p.mostRead.map((m) => `				<li><a href="${esc(m.href)}">${esc(m.title)}</a></li>`).join('\n')}
			</ul></section>
			<section id="text-4" class="widget widget_text"><h2 class="widget-title">Support us</h2><div class="textwidget"><p>The Eastgate Observer is reader-funded. <a href="${o.base}/donate/">Become a supporter</a>.</p></div></section>
		</aside>
	</div>
	<footer id="colophon" class="site-footer"><div class="site-info">© ${new Date(p.now).getUTCFullYear()} ${esc(o.name)} · <a href="${o.base}/privacy-policy/">Privacy Policy</a> · Proudly powered by WordPress · ${esc(DEMO_NOTICE)}</div></footer>
</div>
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/15.0.3/72x72/","ext":".png"}</script>
<!-- Page cached by WP Super Cache on ${p.now} -->
</body>
</html>
`;
}
