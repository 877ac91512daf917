// A topic update's change as HTML: the status change (if any) above the brief's list diff. The topic engine
// decides what changed and returns it as data; the markup lives here with the rest of the diff rendering.
import type { TopicChange, TopicUpdate } from '../model.js';
import { escapeHtml } from './html.js';
import { renderListDiff } from './list.js';

/** The stored and published update: the change with its HTML rendered. */
export function renderTopicUpdate(change: TopicChange): TopicUpdate {
  const { statusLabels, why, ...rest } = change;
  return { ...rest, diffHtml: statusHtml(statusLabels) + renderListDiff(change.briefBefore, change.briefAfter), why };
}

function statusHtml(labels: TopicChange['statusLabels']): string {
  if (!labels) return '';
  const was = labels.from !== null ? `<del>${escapeHtml(labels.from)}</del> ` : '';
  return `<p class="status">Status: ${was}<ins>${escapeHtml(labels.to)}</ins></p>`;
}
