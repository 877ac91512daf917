// The change of a short list (a topic's brief) as a <ul> with inserted and deleted items marked.
import { diffArrays } from 'diff';
import { del, escapeHtml, ins } from './html.js';

export function renderListDiff(before: string[], after: string[]): string {
  const items = diffArrays(before, after).flatMap((part) =>
    part.value.map((text) => `<li>${part.added ? ins(text) : part.removed ? del(text) : escapeHtml(text)}</li>`),
  );
  return `<ul>${items.join('')}</ul>`;
}
