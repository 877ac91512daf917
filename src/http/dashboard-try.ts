// The dashboard's "try a query" box: a plain GET form (the page has no script) whose answer is the same
// backtest as GET /api/try, rendered under the form: matches with their sentences, claims, status changes with
// their evidence, and the updates that would have been announced.
import type { ApiDeps } from './api.js';
import { HttpError, escapeHtml as e } from './respond.js';
import { parseTryParams, runTry, wantsTry, MAX_QUERY_LENGTH, type TryResult } from './topics-try.js';

const SHOWN = 20;

function results(r: TryResult): string {
  const status = r.status
    ? `<span class="status">${e(r.status.label)}</span> <span class="muted">since ${e(r.status.since)}</span>`
    : '<span class="muted">no status rule fired</span>';
  const changes = r.statusChanges
    .map(
      (c) =>
        `<li>${e(c.at)}: ${e(c.from ?? 'none')} → <strong>${e(c.to)}</strong> <span class="muted">by “${e(c.rule)}”</span><br>“${e(c.sentence)}” <a href="${e(c.url)}">source</a></li>`,
    )
    .join('');
  const updates = r.updates
    .slice(0, SHOWN)
    .map(
      (u) =>
        `<li>${e(u.at)} · <a href="${e(u.article.url)}">${e(u.article.source)}</a>: ${e(u.article.title)}${u.status ? ` <span class="status">${e(u.status.to)}</span>` : ''}${u.added.length ? `<ul>${u.added.map((c) => `<li><ins>${e(c)}</ins></li>`).join('')}</ul>` : ''}</li>`,
    )
    .join('');
  const claims = r.claims
    .slice(0, SHOWN)
    .map((c) => `<li>${e(c.text)} <span class="muted">(${c.outlets.map(e).join(', ')})</span></li>`)
    .join('');
  const matches = r.matches
    .slice(0, SHOWN)
    .map(
      (m) =>
        `<li class="try-match"><a href="${e(m.url)}">${e(m.title)}</a> <span class="muted">${e(m.source)} · ${e(m.firstSeen)} · terms: ${m.terms.map(e).join(', ')}</span><ul>${m.sentences
          .slice(0, 3)
          .map((s) => `<li><span class="muted">[${e(s.reason)}]</span> ${e(s.text)}</li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const more = (n: number, shown: number, omitted: number) =>
    n + omitted > shown
      ? `<p class="muted">${n + omitted - Math.min(n, shown)} more not shown (GET /api/try for all)</p>`
      : '';
  return `<div id="try-result"><p><strong>${r.articles.matched}</strong> of ${r.articles.scanned} articles since ${e(r.since)} match${r.cut ? ' (only the oldest were read: narrow the window)' : ''}; ${r.articles.duplicates} copies skipped. Status now: ${status}</p>
${changes ? `<h3>Status changes</h3><ul>${changes}</ul>` : ''}
<h3>Updates that would have been announced (${r.updates.length + r.omitted.updates})</h3>${updates ? `<ul>${updates}</ul>` : '<p class="muted">None.</p>'}${more(r.updates.length, SHOWN, r.omitted.updates)}
<h3>Claims (${r.claims.length + r.omitted.claims})</h3>${claims ? `<ul>${claims}</ul>` : '<p class="muted">None.</p>'}${more(r.claims.length, SHOWN, r.omitted.claims)}
<h3>Matching articles (${r.articles.matched})</h3>${matches ? `<ul>${matches}</ul>` : '<p class="muted">None.</p>'}${more(r.matches.length, SHOWN, r.omitted.matches)}</div>`;
}

/** The box, with the result of the request's query when it has one; `status` is 400-class for bad input. */
export async function renderTryBox(d: ApiDeps, params: URLSearchParams): Promise<{ html: string; status: number }> {
  const query = (params.get('query') ?? '').slice(0, MAX_QUERY_LENGTH * 2);
  const topic = params.get('topic') ?? '';
  const since = (params.get('since') ?? '30d').slice(0, 40);
  const options = d.config.topics
    .map((t) => `<option value="${e(t.id)}"${t.id === topic ? ' selected' : ''}>${e(t.title)}</option>`)
    .join('');
  let body = '';
  let status = 200;
  if (wantsTry(params)) {
    try {
      body = results(await runTry(d, parseTryParams(params)));
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      status = err.status;
      body = `<p class="bad" id="try-error">${e(err.message)}</p>`;
    }
  }
  const html = `<section id="try"><h2>Try a query</h2><p class="muted">On the stored articles, without changing anything: what the query matches, the claims it would hold, the status it would reach and the updates it would announce. A topic alone tries its own query; a topic with a query tries the query with the topic's status rules.</p>
<form method="get" action="/" class="try-form"><label>Query <input type="text" name="query" maxlength="${MAX_QUERY_LENGTH}" value="${e(query)}" placeholder="quarry AND (moratorium OR suspension)"></label>
<label>Topic <select name="topic"><option value="">none</option>${options}</select></label>
<label>Since <input type="text" name="since" value="${e(since)}" size="5"></label>
<button type="submit">Try</button></form>${body}</section>`;
  return { html, status };
}
