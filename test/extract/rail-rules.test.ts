// The rules that catch rails the generic rail verdict lets through, each on a page of our own writing in a
// big platform's markup: a site menu pasted into the body, an invite sentence before a run of one-link
// paragraphs, and labels such as "Discover more" / "More river guides". Every removal is named by its rule.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { leaksRail, linkTexts } from '../../src/extract/leaks.js';
import { BODY, TITLE } from './rail-pages.js';

const URL = 'https://courier.example/news/water-board-filtration-plant';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const paras = (list: string[]): string => list.map((p) => `<p>${esc(p)}</p>`).join('\n');

/** Other pages of the same site, on the story's own topic (so vocabulary alone cannot tell them apart). */
const WATER_LINKS = [
  'Reservoir levels rise after the wettest spring on record',
  'Water board publishes the cost of treatment for every village',
  'Farm runoff blamed for algae blooms on the lakeside beaches',
  'Wetland restoration upstream wins a state environmental grant',
  'Household water bills to rise with the new bond surcharge',
  'River filtration pilot cuts sediment by a third in its first year',
];

function wordpress(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main id="main" class="site-main"><article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header><div class="entry-content">${inner}</div></article></main></body></html>`;
}

function arc(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div id="fusion-app"><main class="b-article-body"><h1 class="c-heading b-headline">${TITLE}</h1><article class="b-article-body__content">${inner}</article></main></div></body></html>`;
}

function drupal(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title">${TITLE}</h1><div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">${inner}</div></div></article></div></body></html>`;
}

function clean(html: string): { text: string; rules: string[] } {
  const rules: string[] = [];
  const r = extractArticle(html, URL, { trace: (rule) => rules.push(rule) });
  expect(r.ok, r.ok ? '' : r.detail).toBe(true);
  return { text: r.ok ? r.article.text : '', rules };
}

describe('rails the generic verdict lets through', () => {
  it('a site menu inside the body (a link list holding the Home link) goes as site-menu', () => {
    const menu = ['Home', 'Newest articles', 'Water quality', 'Flood maps', 'Board meetings', 'Contact us'];
    const list = `<ul class="wp-block-list">${menu.map((m, i) => `<li><a href="${i ? `/${slug(m)}.html` : '/'}">${m}</a></li>`).join('')}</ul>`;
    const html = wordpress(`${list}\n${paras(BODY)}`);
    const { text, rules } = clean(html);
    for (const p of BODY) expect(text).toContain(p);
    for (const m of menu.slice(1)) expect(text, `leaked: ${m}`).not.toContain(m);
    expect(rules).toContain('site-menu');
  });

  it('a list of outside links is not a site menu, even with a front page among them', () => {
    const outside = [
      'Rivers Trust',
      'Clean Lakes Alliance',
      'State Water Agency',
      'Hydrology Society',
      'Wetlands Forum',
    ];
    const list = `<ul class="wp-block-list">${outside.map((m) => `<li><a href="https://${slug(m)}.example/">${m}</a></li>`).join('')}</ul>`;
    const { text, rules } = clean(
      wordpress(`${paras(BODY)}\n<p>Groups that took part in the consultation:</p>${list}`),
    );
    for (const m of outside) expect(text).toContain(m);
    expect(rules).not.toContain('site-menu');
  });

  it('an invite sentence and the one-link paragraphs after it go together (rail: labelled, rail-label)', () => {
    const invite = 'If you want more on the river and its water, check out these articles!';
    const run = WATER_LINKS.map(
      (h) => `<p class="has-text-align-center"><a href="/news/${slug(h)}">${esc(h)}</a></p>`,
    ).join('\n');
    const html = wordpress(`${paras(BODY)}\n<p>${invite}</p>\n${run}`);
    const { text, rules } = clean(html);
    for (const p of BODY) expect(text).toContain(p);
    for (const h of WATER_LINKS) expect(text, `leaked: ${h}`).not.toContain(h);
    expect(text).not.toContain(invite);
    expect(rules).toEqual(expect.arrayContaining(['rail: labelled', 'rail-label']));
    expect(leaksRail(text, html)).toBe(false);
  });

  for (const label of ['Discover more', 'More river guides', 'Our services']) {
    it(`a list under "${label}" goes with its label (Arc XP markup)`, () => {
      const list = `<h2 class="c-heading">${label}</h2><ul class="c-list">${WATER_LINKS.map((h) => `<li><a class="c-link" href="/news/${slug(h)}">${esc(h)}</a></li>`).join('')}</ul>`;
      const html = arc(`${paras(BODY.slice(0, 3))}\n${list}\n${paras(BODY.slice(3))}`);
      const { text } = clean(html);
      for (const p of BODY) expect(text).toContain(p);
      for (const h of WATER_LINKS) expect(text, `leaked: ${h}`).not.toContain(h);
      expect(text).not.toContain(label);
    });
  }

  it('a row of links about the site itself (About us | Write for us) goes as site-menu', () => {
    const about = ['About the Courier', 'Our mission', 'Write for us', 'Contact us'];
    const row = `<p class="has-text-align-center">${about.map((m) => `<a href="/${slug(m)}/">${m}</a>`).join(' | ')}</p>`;
    const { text, rules } = clean(wordpress(`${paras(BODY)}\n${row}`));
    for (const p of BODY) expect(text).toContain(p);
    for (const m of about) expect(text, `leaked: ${m}`).not.toContain(m);
    expect(rules).toContain('site-menu');
  });

  it('bare label text before a run of links in one paragraph goes with it (Drupal markup)', () => {
    const label = 'Related reports include';
    const run = WATER_LINKS.slice(0, 5)
      .map((h) => `<a href="/reports/${slug(h)}">${esc(h)}</a>`)
      .join(' | ');
    const html = drupal(`${paras(BODY.slice(0, 4))}\n<p>${label} ${run}</p>\n${paras(BODY.slice(4))}`);
    const { text, rules } = clean(html);
    for (const p of BODY) expect(text).toContain(p);
    for (const h of WATER_LINKS.slice(0, 5)) expect(text, `leaked: ${h}`).not.toContain(h);
    expect(text).not.toContain(label);
    expect(rules).toEqual(expect.arrayContaining(['rail: labelled', 'rail-label']));
  });
});

describe('the leak detector, given the page address', () => {
  const lines = WATER_LINKS.slice(0, 5);
  const page = (href: (h: string) => string): string =>
    wordpress(`${paras(BODY)}<ul>${lines.map((h) => `<li><a href="${href(h)}">${esc(h)}</a></li>`).join('')}</ul>`);
  const text = [...BODY, ...lines].join('\n\n');
  it('counts a run of links to other pages of the site (relative, same host or a subdomain)', () => {
    for (const href of [(h: string) => `/news/${slug(h)}`, (h: string) => `https://www.courier.example/${slug(h)}/`]) {
      const html = page(href);
      expect(leaksRail(text, html, linkTexts(html, URL))).toBe(true);
    }
  });
  it('does not count a table of contents or a list of outside sources; without the address, any link counts', () => {
    for (const href of [
      (h: string) => `#${slug(h)}`,
      (h: string) => `${URL}#${slug(h)}`,
      (h: string) => `${URL}/#${slug(h)}`,
      (h: string) => `https://${slug(h)}.example/`,
    ]) {
      const html = page(href);
      expect(leaksRail(text, html, linkTexts(html, URL))).toBe(false);
      expect(leaksRail(text, html)).toBe(true);
    }
  });
});
