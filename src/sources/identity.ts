// Item identity within a source and the fingerprint of what the feed says about it. The key follows
// miniflux's fallback chain (guid/id, then link, then title+date) and is hashed, so keys have a fixed,
// Redis-friendly length whatever the feed puts in a guid. Reordering a feed or rewriting an entry keeps
// its key; a rewrite changes entryHash, which is how a changed entry is noticed.
import { createHash } from 'node:crypto';

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

export function itemKey(fields: { guid: string; link: string; title: string; date: string | null }): string {
  if (fields.guid) return `g:${digest(fields.guid)}`;
  if (fields.link) return `l:${digest(fields.link)}`;
  return `t:${digest(`${fields.title}\n${fields.date ?? ''}`)}`;
}

export function entryHash(fields: {
  title: string;
  link: string;
  published: string | null;
  updated: string | null;
  summary: string | null;
}): string {
  return digest(JSON.stringify([fields.title, fields.link, fields.published, fields.updated, fields.summary]));
}
