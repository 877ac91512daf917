// Site directories and cards of other posts inside the article container, each on a page of our own
// writing in a big platform's markup: a location index, a list of conditions treated as one-link
// paragraphs, a templated series of pages, the same as one line, cards repeating their heading as a link,
// and a list under "Important resources". Every removal is named by its rule; a story's own list of names
// into one folder stays.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { leaksRail } from '../../src/extract/leaks.js';
import { BODY, TITLE } from './rail-pages.js';

const URL = 'https://courier.example/news/water-board-filtration-plant';
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const paras = (list: string[]): string => list.map((p) => `<p>${p}</p>`).join('\n');

const TOWNS = ['Riverton, OR', 'Oakdale, WA', 'Millbrook, ID', 'Cedar Falls, OR', 'Lakeview, WA', 'Pine Hollow, ID'];

function wordpress(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main id="main" class="site-main"><article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header><div class="entry-content">${inner}</div></article></main></body></html>`;
}

function drupal(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title">${TITLE}</h1><div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">${inner}</div></div></article></div></body></html>`;
}

function brightspot(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main class="Page-main"><div class="ArticlePage-mainContent"><h1 class="ArticlePage-headline">${TITLE}</h1><div class="RichTextArticleBody RichTextBody">${inner}</div></div></main></body></html>`;
}

function ghost(inner: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><main class="site-main"><article class="article post"><header class="article-header"><h1 class="article-title">${TITLE}</h1></header><section class="gh-content gh-canvas">${inner}</section></article></main></body></html>`;
}

function clean(html: string): { text: string; rules: string[] } {
  const rules: string[] = [];
  const r = extractArticle(html, URL, { trace: (rule) => rules.push(rule) });
  expect(r.ok, r.ok ? '' : r.detail).toBe(true);
  return { text: r.ok ? r.article.text : '', rules };
}

function expectBody(text: string): void {
  for (const p of BODY) expect(text).toContain(p);
}

describe('site directories in the article container', () => {
  it("an index of the site's location pages goes as directory-list (WordPress)", () => {
    const list = `<ul class="wp-block-list">${TOWNS.map((t) => `<li><a href="https://courier.example/locations/${slug(t)}/">${t}</a></li>`).join('')}</ul>`;
    const html = wordpress(`${paras(BODY)}\n<h2 class="wp-block-heading">Our offices</h2>\n${list}`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const t of TOWNS) expect(text, `leaked: ${t}`).not.toContain(t);
    expect(rules).toContain('directory-list');
    expect(leaksRail(text, html)).toBe(false);
  });

  it('one-link paragraphs into the conditions folder go with their heading (Drupal)', () => {
    const conditions = ['Asthma', 'Seasonal Allergies', 'Chronic Bronchitis', 'Sleep Apnea', 'Migraine', 'Eczema'];
    const run = conditions.map((c) => `<p><a href="/conditions/${slug(c)}">${c}</a></p>`).join('');
    const html = drupal(`${paras(BODY)}\n<h2>Conditions we treat</h2>${run}`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const c of conditions) expect(text, `leaked: ${c}`).not.toContain(c);
    expect(text).not.toContain('Conditions we treat');
    expect(rules).toContain('directory-list');
  });

  it('a templated series of pages ("Flood maps for X") goes as directory-series (Drupal)', () => {
    const places = ['Riverton', 'Oakdale', 'Millbrook', 'Cedar Falls', 'Lakeview'];
    const list = `<ul>${places.map((p) => `<li><a href="/maps/flood/${slug(p)}/">Flood maps for ${p}</a></li>`).join('')}</ul>`;
    const html = drupal(`${paras(BODY.slice(0, 4))}\n${list}\n${paras(BODY.slice(4))}`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const p of places) expect(text, `leaked: ${p}`).not.toContain(`Flood maps for ${p}`);
    expect(rules).toContain('directory-series');
  });

  it('a directory written as one line of links goes as directory-line (Brightspot)', () => {
    const row = TOWNS.map((t) => `<em><a class="Link" href="/plumbers/${slug(t)}/">Plumbers in ${t}</a></em>`).join(
      ' / ',
    );
    const html = brightspot(`${paras(BODY)}\n<p>Find us: ${row}</p>`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const t of TOWNS) expect(text, `leaked: ${t}`).not.toContain(`Plumbers in ${t}`);
    expect(rules).toContain('directory-line');
  });

  it("a story's own list of names into one folder stays (no index folder, no shared template)", () => {
    const members = ['Maria Okafor', 'Daniel Reyes', 'Hannah Lindqvist', 'Tomas Brandt', 'Aisha Karimi', 'Lee Park'];
    const list = `<ul class="wp-block-list">${members.map((m) => `<li><a href="/people/${slug(m)}/">${m}</a></li>`).join('')}</ul>`;
    const html = wordpress(
      `${paras(BODY.slice(0, 3))}\n<p>The board members who voted for the plant:</p>${list}\n${paras(BODY.slice(3))}`,
    );
    const { text, rules } = clean(html);
    expectBody(text);
    for (const m of members) expect(text).toContain(m);
    expect(rules.filter((r) => r.startsWith('directory'))).toEqual([]);
  });
});

describe('cards of other posts and labelled resources', () => {
  const POSTS = [
    'Ten ways to cut your household water bill this summer',
    'How the reservoir survived the driest winter in decades',
  ];

  it('headings that each stand over a lone link repeating them go as echo-card (Ghost)', () => {
    const cards = POSTS.map(
      (p) =>
        `<h2 id="${slug(p)}">${p}</h2><figure class="kg-card kg-image-card"><img src="/content/images/${slug(p)}.jpg" alt=""></figure><p><a href="https://courier.example/${slug(p)}/">${p}</a></p>`,
    ).join('\n');
    const html = ghost(`${paras(BODY)}\n${cards}`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const p of POSTS) expect(text, `leaked: ${p}`).not.toContain(p);
    expect(rules).toContain('echo-card');
  });

  it("a section whose link repeats its heading once is the article's own pointer and stays", () => {
    const p = POSTS[0]!;
    const html = ghost(`${paras(BODY)}\n<h2>${p}</h2><p><a href="https://courier.example/${slug(p)}/">${p}</a></p>`);
    const { rules } = clean(html);
    expect(rules).not.toContain('echo-card');
  });

  it('a list of the site\'s guides under "Important resources" goes with its label (WordPress)', () => {
    const guides = [
      'Water bill deadlines for every district',
      'Guide to the bond surcharge for renters',
      'The best filters for well water at home',
      'Board meeting minutes by the year',
    ];
    const list = `<h3 class="wp-block-heading">Important Resources</h3><ul class="wp-block-list">${guides.map((g) => `<li><a href="https://courier.example/guides/${slug(g)}/">${g}</a></li>`).join('')}</ul>`;
    const html = wordpress(`${paras(BODY)}\n${list}`);
    const { text, rules } = clean(html);
    expectBody(text);
    for (const g of guides) expect(text, `leaked: ${g}`).not.toContain(g);
    expect(rules).toContain('section-label');
  });
});
