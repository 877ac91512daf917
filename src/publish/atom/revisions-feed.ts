// GET /feeds/revisions.atom: one entry per article revision, newest first, showing the change with <ins>/<del>.
import type { Revision } from '../../model.js';
import { escapeHtml, renderAtom, type AtomFeedDoc, type AtomLink } from './build.js';
import { absoluteUrl, revisionEntryId, revisionsFeedId, revisionsFeedPath, type FeedFormat } from './ids.js';
import { newest, newestFirst, pageFrame, type PageArgs } from './paging.js';
import { viaLink, type FeedVia } from './links.js';

/** A revision, optionally with the wire original its article copies (rendered as rel="via"). */
export type FeedRevision = Revision & { via?: FeedVia | null };

export interface RevisionsFeedArgs extends PageArgs {
  revisions: FeedRevision[];
}

export function renderRevisionsFeed(a: RevisionsFeedArgs): string {
  return renderAtom(revisionsFeedDoc(a, 'atom'));
}

/** The page in either format; renderAtom or renderJsonFeed turns it into bytes. */
export function revisionsFeedDoc(a: RevisionsFeedArgs, format: FeedFormat): AtomFeedDoc {
  const revisions = newestFirst(a.revisions, (r) => r.at);
  return {
    id: revisionsFeedId(),
    title: 'Article revisions (deltafeed)',
    subtitle: 'Every change to an article after it was first published, shown as a diff',
    updated: newest(revisions.map((r) => r.at)),
    alternateUrl: absoluteUrl(a.publicUrl, '/'),
    ...pageFrame(a, revisionsFeedPath, format),
    entries: revisions.map((r) => {
      const links: AtomLink[] = [
        { rel: 'alternate', type: 'text/html', href: r.url, title: r.title },
        ...viaLink(r.via),
      ];
      return {
        id: revisionEntryId(r.articleId, r.n),
        title: `${r.title} (revision ${r.n}${r.labels.length ? `: ${r.labels.join(', ')}` : ''})`,
        updated: r.at,
        published: r.at,
        authors: [{ name: r.source }],
        links,
        contentHtml: revisionHtml(r),
        categories: r.labels.map((l) => ({ term: l })),
      };
    }),
  };
}

function revisionHtml(r: Revision): string {
  const parts: string[] = [];
  if (r.labels.length) parts.push(`<p><strong>Kind:</strong> ${r.labels.map(escapeHtml).join(', ')}</p>`);
  if (r.previousTitle && r.previousTitle !== r.title) {
    parts.push(
      `<p><strong>Headline:</strong> <del>${escapeHtml(r.previousTitle)}</del> <ins>${escapeHtml(r.title)}</ins></p>`,
    );
  }
  // diffHtml comes from the diff module, already escaped, with <ins>/<del> marking the change.
  if (r.diffHtml) parts.push(`<div>${r.diffHtml}</div>`);
  else {
    parts.push(
      ...r.removed.map((s) => `<p><del>${escapeHtml(s)}</del></p>`),
      ...r.added.map((s) => `<p><ins>${escapeHtml(s)}</ins></p>`),
    );
  }
  parts.push(`<p>${escapeHtml(r.source)}, revision ${r.n} at ${escapeHtml(r.at)}.</p>`);
  return parts.join('\n');
}
