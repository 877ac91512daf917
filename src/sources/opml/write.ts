// OPML 2.0 documents of our own: the configured sources (GET /feeds/sources.opml) and the topic feeds
// (GET /feeds/topics.opml, for a reader to subscribe to all of them at once). Pure: same input, same bytes
// (no dateCreated from the clock), so the HTTP layer's ETag holds.
import { xmlAttr, xmlSafe } from '../../publish/atom/build.js';
import { DELTAFEED_OPML_NS } from './read.js';

export interface OpmlOutline {
  text: string;
  xmlUrl: string;
  htmlUrl?: string;
  /** deltafeed's own attributes, in the DELTAFEED_OPML_NS namespace. */
  ours?: Record<string, string>;
}

/** Attribute values keep tabs and line breaks (a bare one would be read back as a space). */
const attrValue = (s: string): string =>
  xmlAttr(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

function outline(o: OpmlOutline, indent: string): string {
  const attrs = [
    `type="rss"`,
    `text="${attrValue(o.text)}"`,
    `title="${attrValue(o.text)}"`,
    `xmlUrl="${attrValue(o.xmlUrl)}"`,
  ];
  if (o.htmlUrl) attrs.push(`htmlUrl="${attrValue(o.htmlUrl)}"`);
  for (const [k, v] of Object.entries(o.ours ?? {})) attrs.push(`deltafeed:${k}="${attrValue(v)}"`);
  return `${indent}<outline ${attrs.join(' ')}/>`;
}

/** One document; with `folder`, the outlines sit in one folder outline of that name (readers make it a category). */
export function renderOpml(doc: { title: string; folder?: string; outlines: OpmlOutline[] }): string {
  const uses = doc.outlines.some((o) => o.ours && Object.keys(o.ours).length);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<opml version="2.0"${uses ? ` xmlns:deltafeed="${DELTAFEED_OPML_NS}"` : ''}>`,
    '  <head>',
    `    <title>${xmlSafe(doc.title).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`,
    '  </head>',
    '  <body>',
  ];
  if (doc.folder !== undefined) {
    lines.push(`    <outline text="${attrValue(doc.folder)}" title="${attrValue(doc.folder)}">`);
    lines.push(...doc.outlines.map((o) => outline(o, '      ')));
    lines.push('    </outline>');
  } else lines.push(...doc.outlines.map((o) => outline(o, '    ')));
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
