// Entry links to other outlets (rel="related") and to a wire original (rel="via", RFC 4287 §4.2.7.2:
// "the source of the information provided in the containing element").
import { normalizeUrl, type AtomLink } from './build.js';
import { uniqueBy } from './paging.js';

/** The original an article copies (a wire story), when the dedup stage knows it. */
export interface FeedVia {
  url: string;
  source: string;
}

/** One rel="related" link per distinct URL, titled by its outlet, leaving out the given URLs. */
export function sourceLinks(sources: { url: string; source: string }[], exclude: string[]): AtomLink[] {
  const skip = new Set(exclude.map(normalizeUrl));
  return uniqueBy(sources, (s) => normalizeUrl(s.url))
    .filter((s) => !skip.has(normalizeUrl(s.url)))
    .map((s) => ({ rel: 'related', type: 'text/html', href: s.url, title: s.source }));
}

export function viaLink(via: FeedVia | null | undefined): AtomLink[] {
  return via ? [{ rel: 'via', type: 'text/html', href: via.url, title: via.source }] : [];
}
