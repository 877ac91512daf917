// React 18+ streaming server rendering (Next.js App Router and others) sends a page in two parts: where a
// Suspense boundary sits, a placeholder and a fallback ("Loading paragraph..."); at the end of the body,
// the finished content in `<div hidden id="S:x">`, which a script moves into place. Read without scripts,
// the article is a column of "Loading..." lines and a pile of hidden divs that the page pruning drops as
// hidden. This does what the script would: each segment replaces its boundary's fallback
// (`<template id="B:x">` up to the boundary's closing `<!--/$-->`) or its placeholder (`<template id="P:x">`).
// Prestrip keeps those anchors and markers only on pages that have them (Prestripped.streamed).

const SEGMENT = /^S:([0-9a-z]{1,8})$/i;
const COMMENT = 8;

export function resolveStreamedSegments(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let placed = 0;
  for (const seg of Array.from(body.querySelectorAll('div[hidden][id^="S:"]'))) {
    const key = SEGMENT.exec(seg.id)?.[1];
    if (!key) continue;
    const boundary = doc.getElementById(`B:${key}`);
    const placeholder = boundary ? null : doc.getElementById(`P:${key}`);
    const anchor = boundary ?? placeholder;
    if (!anchor || anchor.localName !== 'template' || seg.contains(anchor)) continue;
    if (boundary) dropFallback(boundary);
    anchor.replaceWith(...Array.from(seg.childNodes));
    seg.remove();
    placed++;
  }
  // Anchors of segments the page never sent stay empty; the markers have done their job.
  for (const t of Array.from(body.querySelectorAll('template'))) t.remove();
  return placed;
}

/**
 * The fallback after a boundary's template, up to the boundary's own closing marker (nesting counted).
 * Without that marker nothing is removed: a stray fallback line costs less than a lost paragraph.
 */
function dropFallback(template: Element): void {
  let depth = 0;
  const range: ChildNode[] = [];
  for (let n = template.nextSibling; n; n = n.nextSibling) {
    range.push(n);
    if (n.nodeType !== COMMENT) continue;
    const mark = n.nodeValue ?? '';
    if (mark === '/$' && depth-- === 0) {
      for (const r of range) r.remove();
      return;
    }
    if (mark.startsWith('$')) depth++;
  }
}
