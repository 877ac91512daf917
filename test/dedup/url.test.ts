import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, chooseCanonical } from '../../src/dedup/url.js';

describe('canonicalizeUrl', () => {
  it.each([
    ['HTTPS://News.Example.COM:443/World/Story/', 'https://news.example.com/World/Story'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com/'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/a?utm_source=rss&utm_medium=feed&id=7', 'https://example.com/a?id=7'],
    ['https://example.com/a?fbclid=XYZ&gclid=1&mc_cid=2&mc_eid=3', 'https://example.com/a'],
    ['https://example.com/a?b=2&a=1&c=3', 'https://example.com/a?a=1&b=2&c=3'],
    ['https://example.com/a?UTM_Campaign=x&z=1', 'https://example.com/a?z=1'],
    ['https://example.com/a?', 'https://example.com/a'],
    ['https://example.com//a//b', 'https://example.com/a/b'],
    ['https://example.com/%7euser/%c3%a9', 'https://example.com/~user/%C3%A9'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['https://example.com/news/story-1/amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1/amp/', 'https://example.com/news/story-1'],
    ['https://example.com/amp/news/story-1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1.amp', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1.amp.html', 'https://example.com/news/story-1.html'],
    ['https://example.com/news/story-1?amp=1', 'https://example.com/news/story-1'],
    ['https://example.com/news/story-1?outputType=amp', 'https://example.com/news/story-1'],
    ['https://amp.example.com/news/story-1', 'https://example.com/news/story-1'],
    ['https://example-com.cdn.ampproject.org/c/s/example.com/news/story-1/amp', 'https://example.com/news/story-1'],
  ])('folds the AMP variant %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('keeps parameters that name the page, and a non-AMP outputType', () => {
    expect(canonicalizeUrl('https://example.com/article.php?id=42&page=2')).toBe(
      'https://example.com/article.php?id=42&page=2',
    );
    expect(canonicalizeUrl('https://example.com/a?outputType=json')).toBe('https://example.com/a?outputType=json');
  });

  it('drops configured parameters, exact or by prefix', () => {
    const opts = { stripParams: ['_r', 'hp', 'sess_*'] };
    expect(canonicalizeUrl('https://example.com/a?hp&_r=0&sess_id=9&q=1', opts)).toBe('https://example.com/a?q=1');
  });

  it('gives every tracking variant of one URL the same canonical form', () => {
    const forms = [
      'https://www.example.com/2024/05/story?utm_source=twitter',
      'https://www.example.com/2024/05/story/',
      'https://WWW.example.com/2024/05/story#top',
      'https://www.example.com/2024/05/story/amp?fbclid=abc',
    ];
    expect(new Set(forms.map((f) => canonicalizeUrl(f))).size).toBe(1);
  });

  it('returns unparseable and non-http input unchanged', () => {
    expect(canonicalizeUrl('  not a url ')).toBe('not a url');
    expect(canonicalizeUrl('mailto:a@example.com')).toBe('mailto:a@example.com');
  });
});

describe('chooseCanonical', () => {
  const page = 'https://news.example.com/world/story-1?utm_source=rss';

  it('follows a declaration on the same registrable site', () => {
    expect(chooseCanonical(page, 'https://www.example.com/world/story-1')).toBe(
      'https://www.example.com/world/story-1',
    );
    expect(chooseCanonical(page, '/world/story-1-full')).toBe('https://news.example.com/world/story-1-full');
    expect(chooseCanonical('https://www.bbc.co.uk/news/x', 'https://bbc.co.uk/news/x')).toBe(
      'https://bbc.co.uk/news/x',
    );
  });

  it('ignores a declaration on another site, including a sibling under a public suffix', () => {
    expect(chooseCanonical(page, 'https://evil.example.org/world/story-1')).toBe(
      'https://news.example.com/world/story-1',
    );
    expect(chooseCanonical('https://alice.github.io/post', 'https://bob.github.io/post')).toBe(
      'https://alice.github.io/post',
    );
    expect(chooseCanonical('https://a.bbc.co.uk/x', 'https://b.co.uk/x')).toBe('https://a.bbc.co.uk/x');
  });

  it('ignores a declaration pointing at the home page, a bad URL or another scheme', () => {
    expect(chooseCanonical(page, 'https://news.example.com/')).toBe('https://news.example.com/world/story-1');
    expect(chooseCanonical(page, 'http://[bad')).toBe('https://news.example.com/world/story-1');
    expect(chooseCanonical(page, 'javascript:alert(1)')).toBe('https://news.example.com/world/story-1');
    expect(chooseCanonical(page, null)).toBe('https://news.example.com/world/story-1');
    expect(chooseCanonical(page, '')).toBe('https://news.example.com/world/story-1');
  });

  it('canonicalizes what it follows, and treats an AMP page as its site', () => {
    expect(chooseCanonical('https://example.com/a/amp', 'https://example.com/a/?utm_medium=x#h')).toBe(
      'https://example.com/a',
    );
    expect(chooseCanonical('https://example-com.cdn.ampproject.org/c/s/example.com/a', 'https://example.com/a')).toBe(
      'https://example.com/a',
    );
  });

  it('treats hosts without a registrable domain (IPs, localhost) as their own site', () => {
    expect(chooseCanonical('http://127.0.0.1:8080/p/1', 'http://127.0.0.1:8080/p/one')).toBe(
      'http://127.0.0.1:8080/p/one',
    );
    expect(chooseCanonical('http://127.0.0.1:8080/p/1', 'http://127.0.0.2/p/one')).toBe('http://127.0.0.1:8080/p/1');
  });
});
