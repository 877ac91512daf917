// The short cuts below jsdom's and Readability's public API (jsdom-internals.ts, reader.ts): each must still
// be installed with the versions in package-lock.json (these tests fail when an update takes one away) and
// must answer exactly what the public path answers.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsByTags, parseHtml } from '../../src/extract/document.js';
import { jsdomShortCuts } from '../../src/extract/jsdom-internals.js';
import { methodTests } from '../../src/extract/reader.js';

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
  it('are both installed with this jsdom', () => {
    parseHtml('<p>x</p>');
    expect(jsdomShortCuts).toEqual({ elementWalk: true, textAppends: true });
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
