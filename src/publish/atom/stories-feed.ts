// GET /feeds/stories.atom: one entry per story. The entry keeps its id and is updated in place (entry
// `updated` = story.updated) when another outlet joins, so readers show it again with the new outlet marked <ins>.
import type { StoryArticle, StoryRecord } from '../../model.js';
import { escapeHtml, normalizeUrl, renderAtom, type AtomFeedDoc, type AtomLink } from './build.js';
import { absoluteUrl, storiesFeedId, storiesFeedPath, storyEntryId, type FeedFormat } from './ids.js';
import { newest, newestFirst, pageFrame, uniqueBy, type PageArgs } from './paging.js';
import { sourceLinks } from './links.js';

/** A story's article, optionally with the id of the article it copies (wire copy), to link the original as "via". */
export type FeedStoryArticle = StoryArticle & { duplicateOf?: string | null };
export type FeedStory = Omit<StoryRecord, 'articles'> & { articles: FeedStoryArticle[] };

export interface StoriesFeedArgs extends PageArgs {
  stories: FeedStory[];
}

export function renderStoriesFeed(a: StoriesFeedArgs): string {
  return renderAtom(storiesFeedDoc(a, 'atom'));
}

/** The page in either format; renderAtom or renderJsonFeed turns it into bytes. */
export function storiesFeedDoc(a: StoriesFeedArgs, format: FeedFormat): AtomFeedDoc {
  const stories = newestFirst(a.stories, (s) => s.updated);
  return {
    id: storiesFeedId(),
    title: 'Stories (deltafeed)',
    subtitle: 'One entry per story, updated when another outlet joins it',
    updated: newest(stories.map((s) => s.updated)),
    alternateUrl: absoluteUrl(a.publicUrl, '/'),
    ...pageFrame(a, storiesFeedPath, format),
    entries: stories.map((s) => {
      const articles = [...s.articles].sort((x, y) => Date.parse(x.joinedAt) - Date.parse(y.joinedAt));
      const first = articles[0];
      const byId = new Map(articles.map((x) => [x.id, x]));
      const originals = uniqueBy(
        articles.flatMap((x) => {
          const o = x.duplicateOf ? byId.get(x.duplicateOf) : undefined;
          return o ? [o] : [];
        }),
        (o) => o.id,
      );
      const links: AtomLink[] = [
        // A story without articles still needs an alternate: the dashboard.
        first
          ? { rel: 'alternate', type: 'text/html', href: first.url, title: first.source }
          : { rel: 'alternate', type: 'text/html', href: absoluteUrl(a.publicUrl, '/') },
        ...sourceLinks(articles.slice(1), first ? [first.url] : []),
        ...originals.map((o): AtomLink => ({ rel: 'via', type: 'text/html', href: o.url, title: o.source })),
      ];
      const outlets = uniqueBy(
        articles.map((x) => x.source),
        (x) => x,
      );
      return {
        id: storyEntryId(s.id),
        title: s.title,
        updated: s.updated,
        published: s.firstSeen,
        authors: outlets.map((name) => ({ name })),
        links,
        contentHtml: storyHtml(articles, byId) + splitHtml(s, a.publicUrl),
        summary: `${outlets.length} outlet${outlets.length === 1 ? '' : 's'}: ${outlets.join(', ')}`,
      };
    }),
  };
}

function storyHtml(articles: FeedStoryArticle[], byId: Map<string, FeedStoryArticle>): string {
  if (!articles.length) return '<p>No articles.</p>';
  // The outlet that joined last is what changed since the entry was last seen.
  const latest = articles.length > 1 ? articles[articles.length - 1] : undefined;
  const items = articles.map((x) => {
    const original = x.duplicateOf ? byId.get(x.duplicateOf) : undefined;
    const copy = original ? ` <small>(copy of ${escapeHtml(original.source)})</small>` : '';
    const li = `<a href="${escapeHtml(normalizeUrl(x.url))}">${escapeHtml(x.title)}</a> (${escapeHtml(x.source)}, joined ${escapeHtml(x.joinedAt)})${copy}`;
    return `<li>${x === latest ? `<ins>${li}</ins>` : li}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/**
 * A hindsight split (dedup.split) changes which reports a story lists; the entry says so, so that a reader who saw
 * the story whole knows where the other incident's reports went, or where these came from.
 */
function splitHtml(s: FeedStory, publicUrl: string): string {
  const link = (id: string) =>
    `<a href="${escapeHtml(absoluteUrl(publicUrl, `/api/stories/${encodeURIComponent(id)}`))}">${escapeHtml(id)}</a>`;
  const out: string[] = [];
  if (s.splitFrom)
    out.push(`<p>These reports were cut from story ${link(s.splitFrom)}: they tell of another incident.</p>`);
  if (s.splitInto?.length)
    out.push(`<p>Reports of another incident were cut from this story into ${s.splitInto.map(link).join(', ')}.</p>`);
  return out.join('');
}
