// GET /: one server-rendered page (no build step, no script) that a person reads: topics with their status
// and timeline of updates (diffs rendered), stories with their outlets, revisions, and the sources' health.
import type { ApiDeps } from './api.js';
import type { TopicUpdate } from '../model.js';
import { getTopicState, listTopicUpdates } from '../store/topics.js';
import { listStories } from '../store/stories.js';
import { listRevisions } from '../store/revisions.js';
import { sourcesList } from './api.js';
import { escapeHtml as e } from './respond.js';

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f6f3;color:#1d1d1b}
header{background:#1d3557;color:#fff;padding:.8rem 1rem}header h1{margin:0;font-size:1.3rem}header p{margin:.2rem 0 0;opacity:.85;font-size:.9rem}
main{max-width:980px;margin:0 auto;padding:1rem}section{background:#fff;border-radius:8px;padding:1rem;margin:0 0 1rem;box-shadow:0 1px 2px #0002}
h2{margin:.2rem 0 .6rem;font-size:1.15rem}h3{margin:.8rem 0 .3rem;font-size:1rem}
.status{display:inline-block;padding:.1rem .5rem;border-radius:1rem;background:#e9c46a;font-weight:600;font-size:.85rem}
.muted{color:#666;font-size:.85rem}ins{background:#d8f3dc;text-decoration:none}del{background:#ffd6d6}
.update{border-left:3px solid #457b9d;padding:.2rem .8rem;margin:.6rem 0}.diff{font-size:.95rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{text-align:left;padding:.3rem;border-bottom:1px solid #eee;vertical-align:top}
.bad{color:#b00020}.ok{color:#2a7a2a}a{color:#1d4e89}ul{padding-left:1.2rem}
@media (max-width:600px){main{padding:.5rem}section{padding:.7rem}table{font-size:.8rem}}
`;

function when(iso: string | null): string {
  return iso ? `<time datetime="${e(iso)}">${e(iso.replace('T', ' ').slice(0, 16))} UTC</time>` : '—';
}

function renderUpdate(u: TopicUpdate): string {
  const status = u.status ? `<p>Status: <del>${e(u.status.from ?? 'none')}</del> → <ins>${e(u.status.to)}</ins></p>` : '';
  const added = u.added.length
    ? `<ul>${u.added.map((c) => `<li><ins>${e(c.text)}</ins> <span class="muted">(${c.sources.map((s) => e(s.source)).join(', ')})</span></li>`).join('')}</ul>`
    : '';
  return `<div class="update" data-update="${e(u.id)}"><div class="muted">${when(u.at)} · ${u.story ? e(u.story.title) : e(u.article.title)} · <a href="${e(u.article.url)}">${e(u.article.source)}</a></div>${status}${added}<details><summary>Brief before → after</summary><div class="diff">${u.diffHtml}</div></details></div>`;
}

export async function renderDashboard(d: ApiDeps): Promise<string> {
  const topics = await Promise.all(
    d.config.topics.map(async (t) => ({ t, state: await getTopicState(d.ctx, t.id), updates: await listTopicUpdates(d.ctx, t.id, 0, 10) })),
  );
  const [stories, revisions, sources] = await Promise.all([listStories(d.ctx, 0, 20), listRevisions(d.ctx, 0, 10), sourcesList(d)]);
  const pub = d.config.http.publicUrl;

  const topicHtml = topics
    .map(({ t, state, updates }) => {
      const status = state?.status ? `<span class="status" data-status="${e(state.status.id)}">${e(state.status.label)}</span> <span class="muted">since ${when(state.status.since)}${state.status.evidence ? ` — “${e(state.status.evidence.sentence)}” (${e(state.status.evidence.source)})` : ''}</span>` : '<span class="muted">no status yet</span>';
      const claims = [...(state?.claims ?? [])].sort((a, b) => b.sources.length - a.sources.length).slice(0, 5);
      return `<section class="topic" id="topic-${e(t.id)}"><h2>${e(t.title)}</h2><p>${status}</p>
<p class="muted">Feed: <a href="${e(pub)}/feeds/topics/${e(t.id)}.atom">/feeds/topics/${e(t.id)}.atom</a> · ${state?.claims.length ?? 0} claims · ${updates.total} updates</p>
${claims.length ? `<h3>Leading claims</h3><ul>${claims.map((c) => `<li>${e(c.text)} <span class="muted">(${[...new Set(c.sources.map((s) => s.source))].map(e).join(', ')})</span></li>`).join('')}</ul>` : ''}
<h3>Timeline</h3><div class="timeline">${updates.items.map(renderUpdate).join('') || '<p class="muted">No updates yet.</p>'}</div></section>`;
    })
    .join('');

  const storyHtml = stories.items.length
    ? `<ul>${stories.items.map((s) => `<li><strong>${e(s.title)}</strong> <span class="muted">${when(s.updated)}</span><br>${s.articles.map((a) => `<a href="${e(a.url)}">${e(a.source)}</a>`).join(' · ')}</li>`).join('')}</ul>`
    : '<p class="muted">No stories yet.</p>';

  const revisionHtml = revisions.items.length
    ? revisions.items.map((r) => `<div class="update revision"><div class="muted">${when(r.at)} · <a href="${e(r.url)}">${e(r.title)}</a> (${e(r.source)}) · revision ${r.n} · ${r.labels.map(e).join(', ')}</div><div class="diff">${r.diffHtml}</div></div>`).join('')
    : '<p class="muted">No revisions yet.</p>';

  const sourceRows = sources
    .map((s) => `<tr><td>${e(s.id)}</td><td class="${s.lastError ? 'bad' : 'ok'}">${s.lastError ? e(s.lastError) : e(String(s.lastStatus ?? 'not polled yet'))}</td><td>${s.items}</td><td>${when(s.lastPollAt)}</td></tr>`)
    .join('');

  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="10"><title>deltafeed</title><style>${STYLE}</style></head><body>
<header><h1>deltafeed</h1><p>How the news on your topics changes. Feeds: <a style="color:#fff" href="${e(pub)}/feeds/stories.atom">stories</a> · <a style="color:#fff" href="${e(pub)}/feeds/revisions.atom">revisions</a></p></header>
<main>${topicHtml || '<section><p>No topics configured.</p></section>'}
<section id="stories"><h2>Stories</h2>${storyHtml}</section>
<section id="revisions"><h2>Revisions</h2>${revisionHtml}</section>
<section id="sources"><h2>Sources</h2><table><thead><tr><th>Source</th><th>Last result</th><th>Items</th><th>Last poll</th></tr></thead><tbody>${sourceRows}</tbody></table></section>
</main></body></html>`;
}
