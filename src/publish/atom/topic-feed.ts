// GET /feeds/topics/{topicId}.atom: one entry per topic update, newest first. The entry shows what the update
// changed: the status (<del>old</del> <ins>new</ins>), the new claims (<ins>) with their outlets, the claims it
// corroborated, and the diff of the topic's brief.
import type { TopicUpdate } from '../../model.js';
import { escapeHtml, normalizeUrl, renderAtom, type AtomFeedDoc, type AtomLink } from './build.js';
import { absoluteUrl, topicFeedId, topicFeedPath, topicUpdateEntryId, type FeedFormat } from './ids.js';
import { newest, newestFirst, pageFrame, uniqueBy, type PageArgs } from './paging.js';
import { sourceLinks, viaLink, type FeedVia } from './links.js';

export interface TopicFeedTopic {
  id: string;
  title: string;
  /** Labels for status ids; a status without one is shown by its id. */
  statuses?: { id: string; label: string }[];
}

/** A topic update, optionally with the wire original its article copies (rendered as rel="via"). */
export type FeedTopicUpdate = TopicUpdate & { via?: FeedVia | null };

export interface TopicFeedArgs extends PageArgs {
  topic: TopicFeedTopic;
  updates: FeedTopicUpdate[];
}

export function renderTopicFeed(a: TopicFeedArgs): string {
  return renderAtom(topicFeedDoc(a, 'atom'));
}

/** The page in either format; renderAtom or renderJsonFeed turns it into bytes. */
export function topicFeedDoc(a: TopicFeedArgs, format: FeedFormat): AtomFeedDoc {
  const updates = newestFirst(a.updates, (u) => u.at);
  const label = (id: string | null) => (id === null ? null : (a.topic.statuses?.find((s) => s.id === id)?.label ?? id));
  return {
    id: topicFeedId(a.topic.id),
    title: `${a.topic.title} (deltafeed)`,
    subtitle: `What changed in the topic "${a.topic.title}", update by update`,
    updated: newest(updates.map((u) => u.at)),
    alternateUrl: absoluteUrl(a.publicUrl, '/'),
    ...pageFrame(a, (f) => topicFeedPath(a.topic.id, f), format),
    entries: updates.map((u) => {
      const statusTo = u.status ? label(u.status.to) : null;
      const what = [
        ...(u.status ? [`status ${statusTo}`] : []),
        ...(u.added.length ? [`${u.added.length} new claim${u.added.length > 1 ? 's' : ''}`] : []),
        ...(!u.status && !u.added.length && u.corroborated.length ? [`${u.corroborated.length} corroborated`] : []),
      ];
      const outlets = uniqueBy([u.article.source, ...u.added.flatMap((c) => c.sources.map((s) => s.source))], (s) => s);
      const links: AtomLink[] = [
        { rel: 'alternate', type: 'text/html', href: u.article.url, title: u.article.title },
        ...sourceLinks(
          [...u.added, ...u.corroborated].flatMap((c) => c.sources),
          [u.article.url],
        ),
        ...viaLink(u.via),
      ];
      return {
        id: topicUpdateEntryId(a.topic.id, u.id),
        title: `${a.topic.title}: ${what.join(', ') || 'update'} (${u.story?.title ?? u.article.title})`,
        updated: u.at,
        published: u.at,
        authors: outlets.map((name) => ({ name })),
        links,
        contentHtml: updateHtml(u, label(u.status?.from ?? null), statusTo),
        categories: [
          { term: a.topic.id, label: a.topic.title },
          ...(u.status ? [{ term: `status:${u.status.to}`, label: statusTo ?? u.status.to }] : []),
        ],
      };
    }),
  };
}

function claimSources(sources: { url: string; source: string }[]): string {
  const unique = uniqueBy(sources, (s) => normalizeUrl(s.url));
  if (!unique.length) return '';
  return ` <small>(${unique.map((s) => `<a href="${escapeHtml(normalizeUrl(s.url))}">${escapeHtml(s.source)}</a>`).join(', ')})</small>`;
}

function updateHtml(u: TopicUpdate, from: string | null, to: string | null): string {
  const parts: string[] = [];
  if (u.status) {
    parts.push(
      `<p><strong>Status:</strong> ${from === null ? '' : `<del>${escapeHtml(from)}</del> → `}<ins>${escapeHtml(to ?? u.status.to)}</ins></p>`,
    );
  }
  if (u.added.length) {
    parts.push('<p><strong>New claims:</strong></p>');
    parts.push(
      `<ul>${u.added.map((c) => `<li><ins>${escapeHtml(c.text)}</ins>${claimSources(c.sources)}</li>`).join('')}</ul>`,
    );
  }
  if (u.corroborated.length) {
    parts.push('<p><strong>Corroborated:</strong></p>');
    parts.push(
      `<ul>${u.corroborated.map((c) => `<li>${escapeHtml(c.text)}${claimSources(c.sources)}</li>`).join('')}</ul>`,
    );
  }
  if (u.diffHtml) {
    // diffHtml comes from the diff module, already escaped, with <ins>/<del> marking the change.
    parts.push('<p><strong>Brief:</strong></p>');
    parts.push(`<div>${u.diffHtml}</div>`);
  }
  const story = u.story ? ` in the story “${escapeHtml(u.story.title)}”` : '';
  parts.push(
    `<p>From <a href="${escapeHtml(normalizeUrl(u.article.url))}">${escapeHtml(u.article.title)}</a> (${escapeHtml(u.article.source)})${story}.</p>`,
  );
  return parts.join('\n');
}
