// RSS 2.0 feeds, each in the dialect of the outlet that writes it. Built by hand rather than with the `feed`
// package: the demo must imitate publishers' quirks (guid-less items, isPermaLink="false" ids, dc:creator,
// media:content, a lastBuildDate that moves on every build), and `feed` normalises all of those away.
import { createHash } from 'node:crypto';
import { esc } from '../templates/common.js';
import { rfc822, xml } from './xml.js';
import type { FeedEntry, FeedInput } from './types.js';

function paragraphsHtml(e: FeedEntry): string {
  return e.version.body.map((b) => (typeof b === 'string' ? `<p>${esc(b)}</p>` : `<h2>${esc(b.h)}</h2>`)).join('\n');
}

/** The Meridian Post: opaque numeric guids, dc:creator, media:content, a build date that moves every build. */
export function meridianRss(f: FeedInput): string {
  const numericId = (id: string) => 100000 + (createHash('sha1').update(id).digest().readUInt32BE(0) % 900000);
  const items = f.entries.map(
    (e) => `    <item>
      <title>${xml(e.version.headline)}</title>
      <link>${xml(e.link)}</link>
      <description>${xml(`<p>${esc(e.version.standfirst)}</p> <a href="${e.link}">Continue reading...</a>`)}</description>
${e.article.tags.map((t) => `      <category domain="${xml(`${f.origin}${f.outlet.base}/tone/${encodeURIComponent(t.toLowerCase())}`)}">${xml(t)}</category>`).join('\n')}
      <pubDate>${rfc822(e.article.published)}</pubDate>
      <guid isPermaLink="false">meridianpost-${numericId(e.article.id)}</guid>
      <media:content width="140" url="${xml(e.imageUrl)}"><media:credit scheme="urn:ebu">${xml(e.article.photo.credit)}</media:credit></media:content>
      <dc:creator>${xml(e.article.author.name)}</dc:creator>
      <dc:date>${new Date(e.article.published).toISOString().replace('.000Z', 'Z')}</dc:date>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" version="2.0">
  <channel>
    <title>${xml(f.feed.title)}</title>
    <link>${xml(`${f.origin}${f.outlet.base}/world`)}</link>
    <description>Latest news and comment from The Meridian Post</description>
    <language>en-gb</language>
    <copyright>Meridian News &amp; Media Limited or its affiliated companies. All rights reserved. 2024</copyright>
    <pubDate>${rfc822(f.now)}</pubDate>
    <dc:date>${new Date(f.now).toISOString().replace('.000Z', 'Z')}</dc:date>
    <dc:language>en-gb</dc:language>
    <dc:rights>Meridian News &amp; Media Limited or its affiliated companies. All rights reserved. 2024</dc:rights>
    <image>
      <title>The Meridian Post</title>
      <url>${xml(`${f.origin}${f.outlet.base}/static/logo-rss.png`)}</url>
      <link>${xml(`${f.origin}${f.outlet.base}/`)}</link>
    </image>
${items.join('\n')}
  </channel>
</rss>
`;
}

/** Continental Wire: permalink guids, RSS <author>, a build date that moves every build. */
export function wireRss(f: FeedInput): string {
  const items = f.entries.map(
    (e) => `<item>
<title>${xml(e.version.headline)}</title>
<link>${xml(e.link)}</link>
<guid isPermaLink="true">${xml(e.link)}</guid>
<author>newsdesk@continentalwire.example (${xml(e.article.author.name)})</author>
<category>${xml(e.article.section)}</category>
<description>${xml(e.article.summary)}</description>
<pubDate>${rfc822(e.article.published)}</pubDate>
</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${xml(f.feed.title)}</title>
<link>${xml(`${f.origin}${f.outlet.base}/`)}</link>
<atom:link href="${xml(f.selfUrl)}" rel="self" type="application/rss+xml"/>
<description>Continental Wire's top stories: world, business and markets.</description>
<language>en-us</language>
<lastBuildDate>${rfc822(f.now)}</lastBuildDate>
<generator>cw-syndication 3.2</generator>
${items.join('\n')}
</channel>
</rss>
`;
}

/**
 * Eastgate Observer: WordPress-style, with full content and no <guid> at all, so readers must fall back to the
 * link for identity. The build date is the newest post's, so the feed only changes when a post does.
 */
export function eastgateRss(f: FeedInput): string {
  const newest = f.entries.reduce<string>((m, e) => (e.modified > m ? e.modified : m), '2024-11-27T09:00:00Z');
  const items = f.entries.map(
    (e) => `	<item>
		<title>${xml(e.version.headline)}</title>
		<link>${xml(e.link)}</link>
		<comments>${xml(`${e.canonical}#respond`)}</comments>
		<dc:creator><![CDATA[${e.article.author.name}]]></dc:creator>
		<pubDate>${rfc822(e.article.published)}</pubDate>
${e.article.tags.map((t) => `		<category><![CDATA[${t}]]></category>`).join('\n')}
		<description><![CDATA[${e.version.standfirst} [&#8230;]]]></description>
		<content:encoded><![CDATA[${paragraphsHtml(e)}]]></content:encoded>
	</item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>${xml(f.feed.title)}</title>
	<atom:link href="${xml(f.selfUrl)}" rel="self" type="application/rss+xml" />
	<link>${xml(`${f.origin}${f.outlet.base}/`)}</link>
	<description>${xml(f.outlet.tagline)}</description>
	<lastBuildDate>${rfc822(newest, 60)}</lastBuildDate>
	<language>en-US</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.7.1</generator>
${items.join('\n')}
	</channel>
</rss>
`;
}
