import { describe, expect, it } from 'vitest';
import { prestrip } from '../../src/extract/prestrip.js';

const LIMITS = { maxChars: 1_000_000, maxDepth: 50 };

describe('prestrip', () => {
  it('drops scripts, styles, comments, svg and form controls but keeps JSON-LD for metadata', () => {
    const r = prestrip(
      '<html><head><style>p{color:red}</style><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var a = "<p>not text</p>";</script></head>' +
        '<body><!-- a <p>comment</p> --><svg><path d="M0"/><svg></svg></svg><p>kept</p><button>Share</button><select><option>x</option></select></body></html>',
      LIMITS,
    );
    expect(r.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(r.html).toContain('<p>kept</p>');
    for (const gone of ['color:red', 'not text', 'comment', '<svg', '<path', 'Share', '<option'])
      expect(r.html).not.toContain(gone);
  });

  it('keeps only the attributes the cleaner reads, and turns inline display:none into hidden', () => {
    const r = prestrip(
      '<div class="a" id="b" data-props="{&quot;x&quot;:1}" onclick="evil()" style="display: none"><img data-src="/i.jpg" src="x.gif"></div>',
      LIMITS,
    );
    expect(r.html).toBe('<div class="a" id="b" hidden><img data-src="/i.jpg" src="x.gif"></div>');
  });

  it('keeps a hidden <body> visible (pages hide it until their scripts run)', () => {
    expect(prestrip('<body style="visibility:hidden"><p>x</p></body>', LIMITS).html).toBe('<body><p>x</p>');
  });

  it('flattens nesting deeper than the limit but keeps the text', () => {
    const r = prestrip(`${'<div>'.repeat(500)}deep text${'</div>'.repeat(500)}`, LIMITS);
    expect(r.deepest).toBe(500);
    expect(r.html.match(/<div>/g)).toHaveLength(50);
    expect(r.html.match(/<\/div>/g)).toHaveLength(50);
    expect(r.html).toContain('deep text');
  });

  it('counts implied end tags like the parser, so long flat lists are not "deep"', () => {
    const r = prestrip(`<ul>${'<li>item'.repeat(1000)}</ul>${'<p>para'.repeat(1000)}`, LIMITS);
    expect(r.deepest).toBeLessThanOrEqual(3);
    expect(r.html.match(/<li>/g)).toHaveLength(1000);
  });

  it('cuts the output at the character limit on a tag boundary', () => {
    const r = prestrip(`<p>${'word '.repeat(100)}</p>`.repeat(100), { maxChars: 5000, maxDepth: 50 });
    expect(r.truncated).toBe(true);
    expect(r.html.length).toBeLessThanOrEqual(5000);
  });

  it('stays linear on hostile input: unclosed comments, quotes and raw-text elements', () => {
    const hostile =
      '<a title="'.repeat(20_000) + '<!--'.repeat(20_000) + '<svg>'.repeat(20_000) + '<script>'.repeat(10);
    const r = prestrip(hostile, LIMITS);
    expect(typeof r.html).toBe('string');
  });

  it('collapses whitespace runs outside <pre> and keeps them inside', () => {
    const r = prestrip('<p>a  \n\n   b</p><pre>x  \n  y</pre>', LIMITS);
    expect(r.html).toBe('<p>a\nb</p><pre>x  \n  y</pre>');
  });
});

describe('prestrip attributes with markup inside', () => {
  it('reads a quoted value that contains "<" as one value, not as text', () => {
    const r = prestrip('<img alt="<p>Caption text</p>" src="/a.jpg" height="10"><p>Body</p>', LIMITS);
    expect(r.html).toBe('<img alt="<p>Caption text</p>" src="/a.jpg"><p>Body</p>');
  });
});

describe('prestrip page chrome', () => {
  const prose =
    '<p>' + 'The committee met on Tuesday and agreed the new budget for the harbour works. '.repeat(8) + '</p>';
  it('drops menus, page headers and footers as text, but keeps an article header and a form that wraps the page', () => {
    const html =
      `<header><a href="/">Home</a><a href="/news">News</a></header><nav><a href="/a">A</a><nav><a href="/b">B</a></nav></nav>` +
      `<form action="/page.aspx"><article><header><h1>Budget agreed</h1></header>${prose}</article></form>` +
      `<aside><a href="/x">Other story</a></aside><footer>© Example</footer>`;
    const r = prestrip(html, LIMITS);
    expect(r.html).not.toMatch(/Home|Other story|©|<nav|<aside|<footer/);
    expect(r.html).toContain('<h1>Budget agreed</h1>');
    expect(r.html).toContain('<form');
    expect(r.html).toContain('harbour works');
  });
});
