// HTML pieces for rendered diffs. Every piece of article or claim text passes through escapeHtml.
import { diffWordsWithSpace } from 'diff';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export const ins = (text: string): string => `<ins>${escapeHtml(text)}</ins>`;
export const del = (text: string): string => `<del>${escapeHtml(text)}</del>`;

/**
 * One changed sentence (or headline) with the changed words marked. jsdiff keeps a lone space between two
 * changed words as common text, which would read "<del>a</del><ins>b</ins> <ins>c</ins>"; such runs are
 * joined so each edit shows as one deletion followed by one insertion.
 */
export function wordDiffHtml(before: string, after: string): string {
  const parts = diffWordsWithSpace(before, after);
  const out: string[] = [];
  let gone = '';
  let come = '';
  const flush = () => {
    // Space shared at the end of both sides belongs to the text that follows, not to the edit.
    const tail = gone && come ? (/\s+$/u.exec(gone)?.[0] ?? '') : '';
    const shared = tail && come.endsWith(tail) ? tail : '';
    if (gone) out.push(del(gone.slice(0, gone.length - shared.length)));
    if (come) out.push(ins(come.slice(0, come.length - shared.length)));
    if (shared) out.push(shared);
    gone = come = '';
  };
  parts.forEach((part, i) => {
    if (part.removed) gone += part.value;
    else if (part.added) come += part.value;
    else if (
      (gone || come) &&
      /^\s+$/u.test(part.value) &&
      parts[i + 1] &&
      (parts[i + 1]!.added || parts[i + 1]!.removed)
    ) {
      gone += part.value;
      come += part.value;
    } else {
      flush();
      out.push(escapeHtml(part.value));
    }
  });
  flush();
  return out.join('');
}
