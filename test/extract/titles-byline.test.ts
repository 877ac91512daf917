// Bylines cut to their names, and the day a byline or a dateline shows (src/extract/byline.ts): each rule fires
// where it should and leaves its look-alike alone. Names and pages are invented for these tests.
import { describe, expect, it } from 'vitest';
import { splitByline } from '../../src/extract/byline.js';
import { extractArticle } from '../../src/extract/index.js';

const name = (s: string) => splitByline(s).name;

describe('what leads into the name', () => {
  it('drops "By", "Written by", "Posted by:", "Authors:" and a "By" glued to the name', () => {
    expect(name('By Nora Quill')).toBe('Nora Quill');
    expect(name('Written by Nora Quill')).toBe('Nora Quill');
    expect(name('Posted by: Nora Quill')).toBe('Nora Quill');
    expect(name('Authors: Nora Quill and Theo Marsh')).toBe('Nora Quill and Theo Marsh');
    expect(name('ByNora Quill')).toBe('Nora Quill');
    expect(name('Author Nora Quill')).toBe('Nora Quill');
    expect(name('Written ByNora Quill')).toBe('Nora Quill');
  });

  it('keeps names that start with "By"', () => {
    expect(name('Byron Quill')).toBe('Byron Quill');
    expect(name('BYRON QUILL')).toBe('BYRON QUILL');
    expect(name('By Byron Quill')).toBe('Byron Quill');
  });
});

describe('a date run on with the name', () => {
  it('cuts a date after the name, spaced, glued or behind a separator, and keeps its day', () => {
    expect(splitByline('Nora Quill March 3, 2025')).toEqual({ name: 'Nora Quill', date: '2025-03-03T00:00:00.000Z' });
    expect(splitByline('Nora QuillMarch 3, 2025')).toEqual({ name: 'Nora Quill', date: '2025-03-03T00:00:00.000Z' });
    expect(splitByline('Nora Quill - 3 Mar 2025, 9:15am')).toEqual({
      name: 'Nora Quill',
      date: '2025-03-03T00:00:00.000Z',
    });
    expect(splitByline('Nora Quill | 2025/3/3')).toEqual({ name: 'Nora Quill', date: '2025-03-03T00:00:00.000Z' });
    expect(splitByline('Posted by Nora Quill on Monday March 3, 2025 @10:00AM in the harbour section')).toEqual({
      name: 'Nora Quill',
      date: '2025-03-03T00:00:00.000Z',
    });
  });

  it('cuts a date before the name', () => {
    expect(splitByline('Mar 3, 2025Nora Quill')).toEqual({ name: 'Nora Quill', date: '2025-03-03T00:00:00.000Z' });
  });

  it('keeps a name holding a month word with no date', () => {
    expect(splitByline('April May')).toEqual({ name: 'April May', date: null });
    expect(splitByline('June Marsh, Harbour Desk')).toEqual({ name: 'June Marsh, Harbour Desk', date: null });
  });

  it('keeps no day from an update stamp ("Updated on"): that is not the day of publication', () => {
    expect(splitByline('Nora Quill Updated on March 3, 2025')).toEqual({ name: 'Nora Quill', date: null });
    expect(splitByline('Nora Quill Published on March 3, 2025')).toEqual({
      name: 'Nora Quill',
      date: '2025-03-03T00:00:00.000Z',
    });
  });

  it('reads no day that does not exist', () => {
    expect(splitByline('Nora Quill February 30, 2025')).toEqual({ name: 'Nora Quill', date: null });
  });
});

describe('what follows the name', () => {
  it('drops a reviewer, an update stamp, a profile link and a lone "Author"', () => {
    expect(name('Nora Quill. Reviewed by Theo Marsh')).toBe('Nora Quill');
    expect(name('Nora QuillLast Updated: March 3, 2025')).toBe('Nora Quill');
    expect(name('Nora Quill Author’s Profile')).toBe('Nora Quill');
    expect(name('Nora Quill Author')).toBe('Nora Quill');
  });

  it('keeps a role that is not one of them', () => {
    expect(name('Nora Quill, Senior Reviewer')).toBe('Nora Quill, Senior Reviewer');
    expect(name('Nora Quill, Author Relations')).toBe('Nora Quill, Author Relations');
  });
});

describe('no name at all', () => {
  it('is no byline: a date alone, a reading time, an address, a number, a placeholder', () => {
    expect(splitByline('MARCH 3, 2025')).toEqual({ name: null, date: '2025-03-03T00:00:00.000Z' });
    expect(name('Mar 3, 2025 · 4 min read')).toBeNull();
    expect(name('Jun 2 Written By')).toBeNull();
    expect(name('desk@harbour.example')).toBeNull();
    expect(name('418822093311')).toBeNull();
    expect(name('page.meta.author')).toBeNull();
    expect(name('Written By')).toBeNull();
    expect(name('Author:')).toBeNull();
    expect(name('nquill-editor')).toBeNull();
    expect(name('nquill7x2k')).toBeNull();
  });

  it('keeps initials and apostrophes', () => {
    expect(name('J.R. Quill')).toBe('J.R. Quill');
    expect(name("Nora O'Quill")).toBe("Nora O'Quill");
    expect(name('Nora Quill-Marsh')).toBe('Nora Quill-Marsh');
    expect(name('harbourdesk')).toBe('harbourdesk');
    expect(name('Authority Desk')).toBe('Authority Desk');
    expect(name('Nora Quill, DVM.')).toBe('Nora Quill, DVM.');
  });
});

const prose = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>The harbour board met for the ${i + 1}th time this winter to weigh moving the first sailing forty minutes ` +
    'earlier, adding a late Friday crossing for hospital and port workers, and raising the fare for cars.</p>',
).join('\n');

describe('the author a page declares in JSON-LD', () => {
  const ld = (graph: unknown[]) =>
    `<html><head><title>Ferry timetable to change</title><script type="application/ld+json">${JSON.stringify({
      '@graph': graph,
    })}</script></head><body><article><h1>Ferry timetable to change</h1>${prose}</article></body></html>`;

  it('is read from a later posting when the first article node (a WebPage) names none', () => {
    const html = ld([
      { '@type': 'WebPage', name: 'Ferry timetable to change', datePublished: '2025-03-03T10:00:00Z' },
      {
        '@type': 'BlogPosting',
        headline: 'Ferry timetable to change',
        author: { '@type': 'Person', name: 'Nora Quill' },
      },
    ]);
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.byline).toBe('Nora Quill');
  });

  it('is not taken from a node that is no article (the site organisation)', () => {
    const html = ld([
      { '@type': 'Organization', name: 'Harbour Gazette', author: { '@type': 'Person', name: 'Theo Marsh' } },
      { '@type': 'WebPage', name: 'Ferry timetable to change', datePublished: '2025-03-03T10:00:00Z' },
    ]);
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.byline).toBeNull();
  });
});

describe('the author a page shows in its markup', () => {
  const page = (byline: string) =>
    `<html><head><title>Ferry timetable to change</title></head><body><article><h1>Ferry timetable to change</h1>
      ${byline}${prose}</article><div class="comments"><span class="author-name">Theo Marsh</span><p>Great piece on
      the ferry timetable and the fares, thank you for writing it up so clearly.</p></div></body></html>`;

  it('is read from an element whose class names the author, when nothing else gives one', () => {
    const r = extractArticle(
      page('<div class="post-meta"><span class="PostAuthor-authorName">Nora Quill</span></div>'),
      'https://harbour.example/a',
    );
    expect(r.ok && r.article.byline).toBe('Nora Quill');
  });

  it("is not a commenter's name or an author box's bio", () => {
    const bio =
      '<div class="author-bio">Nora Quill has covered the harbour for the paper since 2012 and writes about transport.</div>';
    const r = extractArticle(page(bio), 'https://harbour.example/a');
    expect(r.ok && r.article.byline).toBeNull();
  });
});

describe('the published day of a page that declares none', () => {
  it('is read from a byline that shows it', () => {
    const html = `<html><head><title>Ferry timetable to change</title></head><body><article>
      <h1>Ferry timetable to change</h1><p class="byline">By Nora Quill - March 3, 2025</p>${prose}</article></body></html>`;
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.byline).toBe('Nora Quill');
    expect(r.ok && r.article.published).toBe('2025-03-03T00:00:00.000Z');
    // A day without a time: the pipeline prefers its feed's date (articleDate, test/util/dates.test.ts).
    expect(r.ok && r.article.publishedShown).toBe(true);
  });

  it('is not marked as shown when the page declares its date', () => {
    const html = `<html><head><title>Ferry timetable to change</title>
      <meta property="article:published_time" content="2025-03-03T08:15:00Z"></head><body><article>
      <h1>Ferry timetable to change</h1><p class="byline">By Nora Quill - March 3, 2025</p>${prose}</article></body></html>`;
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.published).toBe('2025-03-03T08:15:00.000Z');
    expect(r.ok && r.article.publishedShown).toBeUndefined();
  });

  it('is read from a bare dateline under the headline', () => {
    const html = `<html><head><title>Ferry timetable to change</title></head><body><div class="post">
      <h2>Ferry timetable to change</h2><div>March 3, 2025</div>${prose}</div></body></html>`;
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.published).toBe('2025-03-03T00:00:00.000Z');
    expect(r.ok && r.article.text.startsWith('March 3')).toBe(false);
  });

  it('is not taken from a short date block after the prose has begun (an event listed in the story)', () => {
    const html = `<html><head><title>Ferry timetable to change</title></head><body><div class="post">
      <h2>Ferry timetable to change</h2><p>The harbour board has published the dates on which the public may comment on
      the new timetable for the ferries, which would move the first sailing forty minutes earlier.</p>
      <div>March 16, 2026</div>${prose}</div></body></html>`;
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.published).toBeNull();
  });

  it('is not taken from a date in the prose', () => {
    const html = `<html><head><title>Ferry timetable to change</title></head><body><article>
      <h1>Ferry timetable to change</h1><p>On March 3, 2025 the harbour board met to weigh the new timetable for the
      ferries, which would move the first sailing forty minutes earlier for hospital and port workers.</p>${prose}
      </article></body></html>`;
    const r = extractArticle(html, 'https://harbour.example/news/ferry');
    expect(r.ok && r.article.published).toBeNull();
  });
});
