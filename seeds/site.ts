// Everything the sample publisher serves at one phase, as a map from path to bytes. Pure: the same phase and
// origin always give the same bytes, which is what makes ETags and Last-Modified meaningful.
import { createHash } from 'node:crypto';
import {
  articles,
  feeds,
  firstPhase,
  modifiedAt,
  outlets,
  versionAt,
  type CorpusArticle,
  type FeedDef,
  type OutletId,
} from './corpus/index.js';
import { phaseAt } from './timeline.js';
import { esc, rotate, slugify, type PageInput } from './templates/common.js';
import { pageTemplates } from './templates/index.js';
import { balticAtom, harborAtom } from './feeds/atom.js';
import { eastgateRss, meridianRss, wireRss } from './feeds/rss.js';
import type { FeedEntry, FeedInput } from './feeds/types.js';

export interface Resource {
  body: Buffer;
  contentType: string;
  etag: string;
}

const feedWriters: Record<OutletId, (f: FeedInput) => string> = {
  'meridian-post': meridianRss,
  'continental-wire': wireRss,
  'eastgate-observer': eastgateRss,
  'baltic-ledger': balticAtom,
  'harbor-herald': harborAtom,
};

export function imagePath(a: CorpusArticle): string {
  return `${outlets[a.outlet].base}/img/${a.photo.file}`;
}

export function feedLink(origin: string, f: FeedDef, a: CorpusArticle): string {
  return `${origin}${a.path}${f.linkQuery ? `?${f.linkQuery}` : ''}`;
}

function visible(phase: number): CorpusArticle[] {
  return articles.filter((a) => firstPhase(a) <= phase);
}

function resource(body: string, contentType: string): Resource {
  const buf = Buffer.from(body, 'utf8');
  return { body: buf, contentType, etag: `"${createHash('sha1').update(buf).digest('base64url').slice(0, 22)}"` };
}

function pageInput(a: CorpusArticle, phase: number, origin: string): PageInput {
  const outlet = outlets[a.outlet];
  const version = versionAt(a, phase);
  const modified = modifiedAt(a, phase);
  if (!version || !modified) throw new Error(`article ${a.id} is not published at phase ${phase}`);
  const others = visible(phase).filter((x) => x.outlet === a.outlet && x.id !== a.id);
  const link = (x: CorpusArticle) => ({
    title: versionAt(x, phase)?.headline ?? '',
    href: `${origin}${x.path}`,
    summary: x.summary,
  });
  // The rail mixes the outlet's other stories with its evergreen pages, in an order that changes every phase.
  const pool = [
    ...others.map(link),
    ...outlet.mostRead.map((title) => ({ title, href: `${origin}${outlet.base}/${slugify(title)}` })),
  ];
  const original = a.republishes ? articles.find((x) => x.id === a.republishes) : undefined;
  return {
    article: a,
    version,
    outlet,
    phase,
    now: phaseAt(phase).at,
    modified,
    origin,
    url: `${origin}${a.path}`,
    imageUrl: `${origin}${imagePath(a)}`,
    comments: a.comments.base + a.comments.perPhase * (phase - firstPhase(a)),
    mostRead: rotate(pool, phase * 3 + a.id.length).slice(0, 5),
    siblings: others.map(link),
    original: original ? { outlet: outlets[original.outlet].name, url: `${origin}${original.path}` } : undefined,
  };
}

function feedInput(f: FeedDef, phase: number, origin: string): FeedInput {
  const entries: FeedEntry[] = [];
  for (const id of f.articles) {
    const a = articles.find((x) => x.id === id);
    const version = a && versionAt(a, phase);
    const modified = a && modifiedAt(a, phase);
    if (!a || !version || !modified) continue;
    entries.push({
      article: a,
      version,
      modified,
      link: feedLink(origin, f, a),
      canonical: `${origin}${a.path}`,
      imageUrl: `${origin}${imagePath(a)}`,
    });
  }
  entries.sort((x, y) => y.article.published.localeCompare(x.article.published));
  return { feed: f, outlet: outlets[f.outlet], entries, origin, now: phaseAt(phase).at, selfUrl: `${origin}${f.path}` };
}

/** A placeholder picture, so pages and the dashboard show something where the photo goes. */
function placeholderSvg(a: CorpusArticle): string {
  const hue = parseInt(createHash('sha1').update(a.id).digest('hex').slice(0, 2), 16) * 1.4;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="720" viewBox="0 0 1200 720">
<rect width="1200" height="720" fill="hsl(${hue.toFixed(0)},35%,42%)"/>
<text x="60" y="660" font-family="sans-serif" font-size="34" fill="#fff">${esc(a.photo.alt)}</text>
</svg>
`;
}

function indexPage(phase: number, origin: string): string {
  const list = feeds
    .map((f) => `<li><a href="${origin}${f.path}">${esc(f.title)}</a> <code>${esc(f.id)}</code> (${f.format})</li>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deltafeed sample publisher</title></head>
<body><h1>deltafeed sample publisher</h1><p>Phase ${phase}: ${esc(phaseAt(phase).summary)}</p><ul>
${list}
</ul></body></html>
`;
}

/** Every resource served at a phase. */
export function buildSite(phase: number, origin: string): Map<string, Resource> {
  const site = new Map<string, Resource>();
  site.set('/', resource(indexPage(phase, origin), 'text/html; charset=utf-8'));
  for (const a of visible(phase)) {
    site.set(a.path, resource(pageTemplates[a.outlet](pageInput(a, phase, origin)), 'text/html; charset=utf-8'));
    site.set(imagePath(a), resource(placeholderSvg(a), 'image/svg+xml'));
  }
  for (const f of feeds) {
    const type = f.format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8';
    site.set(f.path, resource(feedWriters[f.outlet](feedInput(f, phase, origin)), type));
  }
  return site;
}
