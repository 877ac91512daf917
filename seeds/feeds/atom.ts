// Atom 1.0 feeds in two outlets' dialects. Hand-built for the same reason as rss.ts: entry ids, local-time
// offsets and which dates move are the publisher's quirks under test, not something to normalise.
import { createHash } from 'node:crypto';
import { esc } from '../templates/common.js';
import { rfc3339, xml } from './xml.js';
import type { FeedInput } from './types.js';

function newestModified(f: FeedInput, fallback: string): string {
  return f.entries.reduce<string>((m, e) => (e.modified > m ? e.modified : m), fallback);
}

/** A stable urn:uuid from a corpus id (name-based, like a CMS that derives ids from its primary keys). */
function uuidFor(id: string): string {
  const h = createHash('sha1').update(`baltic-ledger:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Baltic Ledger: urn:uuid ids, dates in Riga time, summaries only. `updated` moves on every edit. */
export function balticAtom(f: FeedInput): string {
  const riga = 120;
  const entries = f.entries.map(
    (e) => `  <entry>
    <id>urn:uuid:${uuidFor(e.article.id)}</id>
    <title type="text">${xml(e.version.headline)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <published>${rfc3339(e.article.published, riga)}</published>
    <updated>${rfc3339(e.modified, riga)}</updated>
    <author><name>${xml(e.article.author.name)}</name></author>
${e.article.tags.map((t) => `    <category term="${xml(t)}"/>`).join('\n')}
    <summary type="text">${xml(e.article.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>urn:uuid:${uuidFor('feed:security')}</id>
  <title>${xml(f.feed.title)}</title>
  <subtitle>${xml(f.outlet.tagline)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${xml(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${f.origin}${f.outlet.base}/security`)}"/>
  <updated>${rfc3339(newestModified(f, '2024-11-28T12:00:00Z'), riga)}</updated>
  <generator uri="https://example.invalid/ledger-cms" version="4.1">Ledger CMS</generator>
  <rights>© Baltic Ledger SIA</rights>
${entries.join('\n')}
</feed>
`;
}

/** Harbor Daily Herald: tag: ids, UTC dates, full HTML content. A CMS "touch" moves `updated`. */
export function harborAtom(f: FeedInput): string {
  const entries = f.entries.map((e) => {
    const content = e.version.body
      .map((b) => (typeof b === 'string' ? `<p>${esc(b)}</p>` : `<p><strong>${esc(b.h)}</strong></p>`))
      .join('');
    return `<entry>
<title>${xml(e.version.headline)}</title>
<link href="${xml(e.link)}"/>
<id>tag:harborherald.example,${e.article.published.slice(0, 10)}:${xml(e.article.path.replace(f.outlet.base, ''))}</id>
<published>${rfc3339(e.article.published)}</published>
<updated>${rfc3339(e.modified)}</updated>
<author><name>${xml(e.article.author.name)}</name></author>
<summary>${xml(e.article.summary)}</summary>
<content type="html">${xml(content)}</content>
</entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${xml(f.feed.title)}</title>
<id>tag:harborherald.example,2009:/feeds/news</id>
<link rel="self" href="${xml(f.selfUrl)}"/>
<link rel="alternate" href="${xml(`${f.origin}${f.outlet.base}/`)}"/>
<updated>${rfc3339(newestModified(f, '2024-11-30T22:00:00Z'))}</updated>
<author><name>Harbor Daily Herald</name></author>
${entries.join('\n')}
</feed>
`;
}
