import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/document.js';
import { isoDate, readMetadata } from '../../src/extract/metadata.js';
import { prestrip } from '../../src/extract/prestrip.js';

function meta(html: string, url = 'https://site.example/a/b.html') {
  const s = prestrip(html, { maxChars: 1e6, maxDepth: 100 });
  return readMetadata(parseHtml(s.html), s.jsonLd, url);
}

describe('page metadata', () => {
  it('prefers JSON-LD (inside @graph, several authors) over meta tags', () => {
    const m = meta(`<html lang="fr"><head>
      <meta property="og:title" content="OG title"><meta name="author" content="Meta Author">
      <meta property="article:published_time" content="2020-01-01T00:00:00Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"LD &amp; title",
        "author":[{"@type":"Person","name":"Ann One"},{"name":"Bo Two"}],"datePublished":"2024-06-01T10:00:00+02:00",
        "dateModified":"2024-06-01T12:00:00+02:00","image":[{"url":"/img/lead.jpg"}]}]}</script></head><body></body></html>`);
    expect(m).toMatchObject({
      title: 'LD & title',
      byline: 'Ann One, Bo Two',
      published: '2024-06-01T08:00:00.000Z',
      modified: '2024-06-01T10:00:00.000Z',
      image: 'https://site.example/img/lead.jpg',
      lang: 'fr',
    });
  });

  it('falls back to meta tags, <time>, rel=canonical and og:locale', () => {
    const m = meta(`<html><head><link rel="canonical" href="/a/b"><meta property="og:locale" content="pt_BR">
      <meta name="author" content="By Carla Dias"><meta property="og:image" content="//cdn.example/x.png"></head>
      <body><article><time datetime="2023-12-24">24 Dec</time></article></body></html>`);
    expect(m).toMatchObject({
      byline: 'Carla Dias',
      published: '2023-12-24T00:00:00.000Z',
      canonicalUrl: 'https://site.example/a/b',
      lang: 'pt-BR',
      image: 'https://cdn.example/x.png',
      title: null,
    });
  });

  it('ignores author URLs, broken JSON-LD and impossible dates', () => {
    const m = meta(`<html><head><meta property="article:author" content="https://facebook.com/someone">
      <script type="application/ld+json">{ not json</script><meta name="date" content="0000-00-00"></head><body></body></html>`);
    expect(m.byline).toBeNull();
    expect(m.published).toBeNull();
    expect(isoDate('Tue, 05 Mar 2024 14:00:00 GMT')).toBe('2024-03-05T14:00:00.000Z');
    expect(isoDate('Tue, 05 Mar 2024 14:00:00 CET')).toBe('2024-03-05T13:00:00.000Z');
    expect(isoDate('Tue, 05 Mar 2024 14:00:00 IST')).toBeNull();
    expect(isoDate('yesterday')).toBeNull();
  });
});
