// The short cuts below jsdom's and Readability's public API (jsdom-internals.ts, reader.ts): each must still
// be installed with the versions in package-lock.json (these tests fail when an update takes one away) and
// must answer exactly what the public path answers.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsByTags, parseHtml } from '../../src/extract/document.js';
import { jsdomShortCuts } from '../../src/extract/jsdom-internals.js';
import { methodTests, replaceable } from '../../src/extract/reader.js';
import { withoutNamedProperties } from '../../src/extract/document.js';

const PAGES = [
  '<p>Three short words, then   more  words\n and a line break.</p><p>a &amp; b &lt; c</p>',
  '<div>Text <b>bold</b> tail text <i>it</i> end</div><pre>\nfirst line\n  second line</pre>',
  '<style>p { color: red }\n .a { display: none }</style><p class="a">styled words here</p>',
  '<textarea>typed text with spaces</textarea><title>A title with words</title>',
  '<table><tr><td>cell one</td></tr> stray text before the table <tr><td>two</td></tr></table>',
  '<template><p>inside the template, words</p></template><ul><li>one item<li>two items</ul>',
  '<svg><text>svg words here</text></svg><math><mi>x y</mi></math>',
  '<p>\u00a0non-breaking\u00a0and\tother\r\nwhite space</p><!-- a comment --><p>after</p>',
];

/** Every node of the document, with its type, name and (for text) data: two equal dumps are equal trees. */
function dump(doc: Document): string[] {
  const out: string[] = [];
  const walk = (n: Node, depth: number): void => {
    out.push(`${depth} ${n.nodeType} ${n.nodeName} ${n.nodeType === 1 ? '' : JSON.stringify(n.nodeValue)}`);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    if (n.nodeName === 'TEMPLATE') walk((n as HTMLTemplateElement).content, depth + 1);
  };
  walk(doc, 0);
  return out;
}

describe('jsdom short cuts', () => {
  it('are all installed with this jsdom', () => {
    parseHtml('<p>x</p>');
    expect(jsdomShortCuts).toEqual({
      elementWalk: true,
      textAppends: true,
      textContent: true,
      baseUrl: true,
      nodeAppends: true,
    });
  });

  it("parse every page into the tree jsdom's own parser builds", () => {
    for (const html of PAGES) {
      const page = `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
      // A window's document is not inert, so jsdom's own text appends build it.
      const plain = new JSDOM(page, { virtualConsole: new VirtualConsole() }).window.document;
      const fast = parseHtml(page);
      expect(dump(fast)).toEqual(dump(plain));
      expect(fast.documentElement.outerHTML).toBe(plain.documentElement.outerHTML);
    }
  });

  it('keep text appended to one text node per run, and innerHTML on a parsed page the same', () => {
    const doc = parseHtml('<p>one two  three</p>');
    const p = doc.querySelector('p')!;
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild!.nodeValue).toBe('one two  three');
    p.innerHTML = 'four five <b>six seven</b> eight';
    expect(p.childNodes).toHaveLength(3);
    expect(p.textContent).toBe('four five six seven eight');
  });

  it("read every element's textContent as jsdom's own getter does", () => {
    for (const html of [...PAGES, '<div><p>a<![CDATA[b]]>c</p><template>t</template><b></b>\u2028d</div>']) {
      const page = `<!DOCTYPE html><html><head><title>T</title></head><body>${html}</body></html>`;
      const plain = new JSDOM(page, { virtualConsole: new VirtualConsole() }).window.document;
      const fast = parseHtml(page);
      const texts = (doc: Document): (string | null)[] => [
        ...[...doc.querySelectorAll('*')].map((el) => el.textContent),
        doc.textContent,
        doc.doctype?.textContent ?? 'no doctype',
      ];
      expect(texts(fast)).toEqual(texts(plain));
    }
    const doc = parseHtml('<p>one <b>two</b></p>');
    const frag = doc.createDocumentFragment();
    frag.append(doc.querySelector('p')!.cloneNode(true), 'three');
    expect(frag.textContent).toBe('one twothree');
    const p = doc.querySelector('p')!;
    p.textContent = 'set';
    expect([p.textContent, p.childNodes.length]).toEqual(['set', 1]);
    (p.firstChild as Text).data = 'changed';
    expect(doc.body.textContent).toBe('changed');
  });

  it('list the same elements, in the same order, as getElementsByTagName', () => {
    const doc = parseHtml(
      '<div id="r"><p>a</p><section><P>b</P><a href="x">c</a><div><p>d</p><img src="i"></div></section><svg><a>e</a></svg><span>f</span></div>',
    );
    const root = doc.getElementById('r')!;
    const frag = doc.createDocumentFragment();
    frag.append(root.cloneNode(true));
    const same = (got: Element[], want: Iterable<Element>): void => expect(got).toEqual([...want]);
    same(elementsByTags(root, null), root.getElementsByTagName('*'));
    same(elementsByTags(root, new Set(['p'])), root.getElementsByTagName('p'));
    same(elementsByTags(root, new Set(['P'])), root.getElementsByTagName('P'));
    same(elementsByTags(root, new Set(['a'])), root.getElementsByTagName('a'));
    same(
      elementsByTags(root, new Set(['p', 'img'])),
      [...root.getElementsByTagName('*')].filter((e) => e.localName === 'p' || e.localName === 'img'),
    );
    same(elementsByTags(doc, new Set(['span'])), doc.getElementsByTagName('span'));
    same(elementsByTags(frag, new Set(['p'])), frag.querySelectorAll('p'));
    expect(elementsByTags(root.querySelector('img')!, null)).toEqual([]);
  });
});

describe("Readability's byline test", () => {
  it('is still a method of Readability, and the cheaper one answers as it does', () => {
    const shipped = methodTests.shipped!;
    expect(typeof shipped).toBe('function');
    const doc = parseHtml(
      `<div class="byline">By Ann Writer</div><a rel="author" href="/a">Ann</a><span itemprop="author">Bo</span>
       <p class="author-note">${'long text '.repeat(20)}</p><div class="byline"></div><p class="intro">Not a byline</p>
       <div id="dateline">Paris</div><span itemprop="name">Cy</span><p rel="author">  </p>`,
    );
    const answers = new Set<boolean>();
    for (const el of doc.body.querySelectorAll('*')) {
      const match = `${el.className} ${el.id}`;
      const answer = methodTests.call(shipped, el, match);
      expect(methodTests.call(methodTests.cheaper, el, match)).toBe(answer);
      answers.add(answer);
    }
    expect([...answers].sort()).toEqual([false, true]);
  });
});

describe("Readability's test for an element without content", () => {
  it('is still a method of Readability, and the cheaper one answers as it does', () => {
    const shipped = methodTests.shippedEmpty!;
    expect(typeof shipped).toBe('function');
    const doc = parseHtml(
      `<div id="a"></div><div id="b">  \n\t </div><div id="c"><!-- only a comment --></div><div id="d"><br><hr></div>
       <div id="e"><span> </span></div><div id="f">\u00a0\u2003</div><div id="g"><p></p><p>x</p></div>
       <div id="h"><br>text</div><div id="i"><div><div> <b> </b> </div></div></div><section id="j"><br><img></section>
       <h2 id="k"> <a href="/x"> \u200b</a></h2><div id="l">\ufeff</div>`,
    );
    const answers = new Set<boolean>();
    for (const el of doc.body.querySelectorAll('*')) {
      const answer = methodTests.call(shipped, el, '');
      expect(methodTests.call(methodTests.cheaperEmpty, el, '')).toBe(answer);
      answers.add(answer);
    }
    expect([...answers].sort()).toEqual([false, true]);
  });
});

describe("Readability's methods replaced in reader.ts", () => {
  // Each runs on two equal copies of a tree, one through Readability's method, one through the replacement.
  const IMAGES = `<img src="/a.jpg"><img src="https://x.example/b.png" class="lazy-img" data-src="/c.jpg">
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/d.jpg"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <img src="data:image/svg+xml;base64,PHN2Zz4=" data-src="/e.png"><img src=" DATA:image/png;base64,iVBORw0KGgo=" alt="x.jpg" data-x="f.webp">
    <img src="da	a:image/png;base64,iVBO" data-src="/g.jpg"><img src="" data-src="/h.jpg"><img data-srcset="/i.jpg 1x, /j.jpg 2x">
    <img srcset="null" data-src="/k.jpg"><img srcset="/l.jpg 1x"><img src="x.jpg" class="LAZY" data-lazy="/m.jpeg">
    <picture data-src="/n.jpg"><img src="/o.jpg"></picture><figure data-src="/p.jpg"><figcaption>c</figcaption></figure>
    <figure data-src="/q.jpg"><img src="/r.jpg"></figure><img src="data:text/plain;base64,${'QUFB'.repeat(60)}" data-src="/s.jpg">
    <img src="data://host/x/../y.gif" data-src="/t.jpg"><img src="Data:image/gif;base64,R0lG" data-src="/u.jpg">
    <img src="data:image/gif;base64,R0lG#frag" data-src="/v.jpg"><img src="data:image/png;base64,iVBO=" class="lazy" data-src="/w.jpg">`;
  const STYLED = `<table align="left" border="1" width="50%" style="color:red" class="t"><tr valign="top"><td width="3"
    height="4" bgcolor="red" id="c">cell</td></tr></table><div style="x" hspace="2" width="9"><hr width="5"><pre width="80">p</pre>
    <svg style="s" width="1"><g style="g"></g></svg><span style="y" data-keep="1">s</span></div>`;
  const LINKS = `<div id="l1">Text with <a href="#top">a hash link</a> and <a href="/page">a page link</a> and more words.</div>
    <div id="l2"><a href="/x">all   link <b>text</b></a></div><div id="l3">   </div><div id="l4">no links at all</div>
    <div id="l5"><a href="#">bare hash</a> <a>no href <a href="#n">nested</a></a> words</div>`;

  function both(html: string, base = ''): { shipped: HTMLElement; cheaper: HTMLElement; doc: Document } {
    const doc = parseHtml(
      `<html><head>${base}</head><body><div id="copy-s">${html}</div><div id="copy-c">${html}</div></body></html>`,
    );
    return { shipped: doc.getElementById('copy-s')!, cheaper: doc.getElementById('copy-c')!, doc };
  }

  it('are still methods of Readability, so the replacements are used', () => {
    expect(replaceable).toBe(true);
  });

  it('fix lazy images as Readability does', () => {
    for (const base of ['', '<base href="https://base.example/dir/">']) {
      const { shipped, cheaper, doc } = both(IMAGES, base);
      const { shipped: r, cheaper: c } = methodTests.readers(withoutNamedProperties(doc));
      r._fixLazyImages(shipped);
      c._fixLazyImages(cheaper);
      expect(cheaper.innerHTML).toBe(shipped.innerHTML);
      // The page's images were changed (lazy sources promoted, a placeholder dropped), not left alone.
      expect(shipped.innerHTML).not.toBe(both(IMAGES, base).shipped.innerHTML);
    }
  });

  it('drop style attributes as Readability does', () => {
    const { shipped, cheaper, doc } = both(STYLED);
    const { shipped: r, cheaper: c } = methodTests.readers(withoutNamedProperties(doc));
    r._cleanStyles(shipped);
    c._cleanStyles(cheaper);
    expect(cheaper.innerHTML).toBe(shipped.innerHTML);
    expect(shipped.innerHTML).toContain('class="t"');
    expect(shipped.innerHTML).not.toContain('bgcolor');
  });

  it('measure link density as Readability does', () => {
    const { shipped, doc } = both(LINKS);
    const { shipped: r, cheaper: c } = methodTests.readers(withoutNamedProperties(doc));
    const densities = [...shipped.querySelectorAll('div'), shipped].map((el) => r._getLinkDensity(el));
    expect([...shipped.querySelectorAll('div'), shipped].map((el) => c._getLinkDensity(el))).toEqual(densities);
    expect(new Set(densities).size).toBeGreaterThan(3);
  });

  it('change a tag as Readability does, score kept', () => {
    const html = '<h1 id="h" class="big" data-x="1">Title <b>bold</b> tail</h1><p>after</p>';
    const { shipped, cheaper, doc } = both(html);
    const { shipped: r, cheaper: c } = methodTests.readers(withoutNamedProperties(doc));
    const score = { contentScore: 3 };
    const h = [shipped, cheaper].map((root) => Object.assign(root.querySelector('h1')!, { readability: score }));
    const [a, b] = [r._setNodeTag(h[0]!, 'H2'), c._setNodeTag(h[1]!, 'H2')];
    expect(cheaper.innerHTML).toBe(shipped.innerHTML);
    expect(shipped.innerHTML).toContain('<h2 id="h" class="big" data-x="1">Title <b>bold</b> tail</h2>');
    expect([a.ownerDocument, (b as Element & { readability?: unknown }).readability]).toEqual([doc, score]);
  });
});
