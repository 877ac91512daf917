// GET /: one server-rendered page (no build step, no script, no inline style) that a person reads: topics with their status
// and timeline of updates (diffs rendered), a "try a query" box, stories with their outlets, revisions, and the
// sources' health.
import type { ApiDeps } from './api.js';
import type { TopicUpdate } from '../model.js';
import { getTopicState, listTopicUpdates } from '../store/topics.js';
import { listStories } from '../store/stories.js';
import { listRevisions } from '../store/revisions.js';
import { sourcesList, type SourceHealth } from './api.js';
import { escapeHtml as e } from './respond.js';
import { renderTryBox } from './dashboard-try.js';
import { wantsTry } from './topics-try.js';

function when(iso: string | null): string {
  return iso ? `<time datetime="${e(iso)}">${e(iso.replace('T', ' ').slice(0, 16))} UTC</time>` : '—';
}

function renderUpdate(u: TopicUpdate): string {
  const status = u.status
    ? `<p>Status: <del>${e(u.status.from ?? 'none')}</del> → <ins>${e(u.status.to)}</ins></p>`
    : '';
  const added = u.added.length
    ? `<ul>${u.added.map((c) => `<li><ins>${e(c.text)}</ins> <span class="muted">(${c.sources.map((s) => e(s.source)).join(', ')})</span></li>`).join('')}</ul>`
    : '';
  return `<div class="update" data-update="${e(u.id)}"><div class="muted">${when(u.at)} · ${u.story ? e(u.story.title) : e(u.article.title)} · <a href="${e(u.article.url)}">${e(u.article.source)}</a></div>${status}${added}<details><summary>Brief before → after</summary><div class="diff">${u.diffHtml}</div></details></div>`;
}

/** A source's item failures: the count by reason, and the recent ones with their reason in words. */
function renderFailures(s: SourceHealth): string {
  const c = s.failureCounts;
  if (!c.total) return '<span class="muted">none</span>';
  const byReason = Object.entries(c.byReason)
    .map(([code, n]) => `${e(code)} ${n}`)
    .join(', ');
  const recent = s.failures
    .map(
      (f) =>
        `<li><a href="${e(f.url)}">${e(f.url)}</a> <span class="muted">${e(f.stage)} · ${when(f.at)} · ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}</span><br>${e(f.reason)}</li>`,
    )
    .join('');
  return `<details class="failures"><summary class="bad">${c.total} <span class="muted">(${byReason})</span></summary><ul class="failure-list">${recent}</ul></details>`;
}

export async function renderDashboard(
  d: ApiDeps,
  params: URLSearchParams = new URLSearchParams(),
): Promise<{ html: string; status: number }> {
  const tryBox = await renderTryBox(d, params);
  const topics = await Promise.all(
    d.config.topics.map(async (t) => ({
      t,
      state: await getTopicState(d.ctx, t.id),
      updates: await listTopicUpdates(d.ctx, t.id, 0, 10),
    })),
  );
  const [stories, revisions, sources] = await Promise.all([
    listStories(d.ctx, 0, 20),
    listRevisions(d.ctx, 0, 10),
    sourcesList(d),
  ]);
  const pub = d.config.http.publicUrl;
  // The dashboard is behind http.token; its feed links carry the feed key so that they can be subscribed to.
  const key = d.config.http.feedToken ? `?key=${encodeURIComponent(d.config.http.feedToken)}` : '';

  const topicHtml = topics
    .map(({ t, state, updates }) => {
      const status = state?.status
        ? `<span class="status" data-status="${e(state.status.id)}">${e(state.status.label)}</span> <span class="muted">since ${when(state.status.since)}${state.status.evidence ? ` — “${e(state.status.evidence.sentence)}” (${e(state.status.evidence.source)})` : ''}</span>`
        : '<span class="muted">no status yet</span>';
      const claims = [...(state?.claims ?? [])].sort((a, b) => b.sources.length - a.sources.length).slice(0, 5);
      return `<section class="topic" id="topic-${e(t.id)}"><h2>${e(t.title)}</h2><p>${status}</p>
<p class="muted">Feed: <a href="${e(pub)}/feeds/topics/${e(encodeURIComponent(t.id))}.atom${e(key)}">/feeds/topics/${e(t.id)}.atom</a> · ${state?.claims.length ?? 0} claims · ${updates.total} updates</p>
${claims.length ? `<h3>Leading claims</h3><ul>${claims.map((c) => `<li>${e(c.text)} <span class="muted">(${[...new Set(c.sources.map((s) => s.source))].map(e).join(', ')})</span></li>`).join('')}</ul>` : ''}
<h3>Timeline</h3><div class="timeline">${updates.items.map(renderUpdate).join('') || '<p class="muted">No updates yet.</p>'}</div></section>`;
    })
    .join('');

  const storyHtml = stories.items.length
    ? `<ul>${stories.items.map((s) => `<li><strong>${e(s.title)}</strong> <span class="muted">${when(s.updated)}</span><br>${s.articles.map((a) => `<a href="${e(a.url)}">${e(a.source)}</a>`).join(' · ')}</li>`).join('')}</ul>`
    : '<p class="muted">No stories yet.</p>';

  const revisionHtml = revisions.items.length
    ? revisions.items
        .map(
          (r) =>
            `<div class="update revision"><div class="muted">${when(r.at)} · <a href="${e(r.url)}">${e(r.title)}</a> (${e(r.source)}) · revision ${r.n} · ${r.labels.map(e).join(', ')}</div><div class="diff">${r.diffHtml}</div></div>`,
        )
        .join('')
    : '<p class="muted">No revisions yet.</p>';

  const sourceRows = sources
    .map(
      (s) =>
        `<tr><td>${e(s.id)}${s.websub ? ` <span class="muted" title="${e(String(s.websub.hub))}">WebSub: ${e(String(s.websub.state))}</span>` : ''}</td><td class="${s.lastError ? 'bad' : 'ok'}">${s.lastError ? e(s.lastError) : e(String(s.lastStatus ?? 'not polled yet'))}</td><td>${s.items}${s.catchingUp ? ` <span class="catching-up">catching up: ${s.backlog} more to come</span>` : ''}</td><td>${renderFailures(s)}</td><td>${when(s.lastPollAt)}</td></tr>`,
    )
    .join('');

  // A page showing a backtest is being read: it does not refresh itself (which would also run it again).
  const refresh = wantsTry(params) ? '' : '<meta http-equiv="refresh" content="10">';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${refresh}<title>deltafeed</title><link rel="stylesheet" href="dashboard.css"></head><body>
<header><h1>deltafeed</h1><p>How the news on your topics changes. Feeds: <a href="${e(pub)}/feeds/stories.atom${e(key)}">stories</a> · <a href="${e(pub)}/feeds/revisions.atom${e(key)}">revisions</a></p></header>
<main>${topicHtml || '<section><p>No topics configured.</p></section>'}
${tryBox.html}
<section id="stories"><h2>Stories</h2>${storyHtml}</section>
<section id="revisions"><h2>Revisions</h2>${revisionHtml}</section>
<section id="sources"><h2>Sources</h2><table><thead><tr><th>Source</th><th>Last result</th><th>Items</th><th>Failed items</th><th>Last poll</th></tr></thead><tbody>${sourceRows}</tbody></table></section>
</main></body></html>`;
  return { html, status: tryBox.status };
}
