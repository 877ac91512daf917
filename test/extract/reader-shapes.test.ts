// Readability's three shape questions (reader-shapes.ts) against Readability's own methods, element by element,
// on trees that reach each branch: blocks deep below inline wrappers, foreign content, text children with and
// without content, nested a/del/ins, comments.
import { describe, expect, it } from 'vitest';
import { parseHtml, withoutNamedProperties } from '../../src/extract/document.js';
import { methodTests } from '../../src/extract/reader.js';

const SHAPES = [
  '<div><span><b>inline <i>only</i></b> words</span> tail</div>',
  '<div><span><em>deep <span><img src="a.png"></span></em></span></div>',
  '<div>text <a href="#">link</a><!-- note --> more</div><div><p>one</p></div><div> <p>one</p> </div>',
  '<div>words <p>one</p></div><div><p>one</p><p>two</p></div><div><p>one</p>tail.</div><div><p>x</p>  \n</div>',
  '<section><div>inner</div></section><div><table><tr><td>cell</td></tr></table></div><div><pre>code</pre></div>',
  '<div><svg><g><text>svg words</text></g><foreignObject><div>html again</div></foreignObject></svg></div>',
  '<div><math><mi>x</mi><mtext><p>para</p></mtext></math></div><div><svg><desc>described</desc></svg></div>',
  '<div><a href="#"><span>in</span> link</a><del>gone <ins>back</ins></del><a href="#"><div>block</div></a></div>',
  '<div><ins><p>para in ins</p></ins><del></del><a href="#"></a><label>l</label><br><noscript>n</noscript></div>',
  '<div><ul><li>one<li>two</ul></div><div><dl><dt>t<dd>d</dl></div><div><blockquote>q</blockquote></div>',
];

function shapes(): { doc: Document; elements: Element[]; nodes: Node[] } {
  const doc = parseHtml(`<html><body>${SHAPES.join('')}</body></html>`);
  const elements = [...doc.body.getElementsByTagName('*')];
  const nodes: Node[] = [];
  const walk = (n: Node): void => {
    nodes.push(n);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(doc.body);
  return { doc, elements, nodes };
}

describe("Readability's shape questions, answered by walks", () => {
  it('find a block below an element as Readability does', () => {
    const { doc, elements } = shapes();
    const { shipped, cheaper } = methodTests.readers(withoutNamedProperties(doc));
    const answers = elements.map((el) => shipped._hasChildBlockElement(el));
    expect(elements.map((el) => cheaper._hasChildBlockElement(el))).toEqual(answers);
    // Both answers occur, and the look-alikes (an img deep in inline wrappers, a div inside svg) are among them.
    expect(new Set(answers)).toEqual(new Set([true, false]));
  });

  it('see a single child of a tag as Readability does', () => {
    const { doc, elements } = shapes();
    const { shipped, cheaper } = methodTests.readers(withoutNamedProperties(doc));
    for (const tag of ['P', 'DIV', 'TR', 'p']) {
      const answers = elements.map((el) => shipped._hasSingleTagInsideElement(el, tag));
      expect(elements.map((el) => cheaper._hasSingleTagInsideElement(el, tag))).toEqual(answers);
    }
    // A lone p with white space beside it counts; with a text ending in a word beside it, it does not.
    const divs = elements.filter((el) => el.tagName === 'DIV' && el.children.length === 1);
    expect(divs.map((el) => cheaper._hasSingleTagInsideElement(el, 'P'))).toContain(true);
    expect(divs.some((el) => el.textContent === 'onetail.' && !cheaper._hasSingleTagInsideElement(el, 'P'))).toBe(true);
  });

  it('tell phrasing content as Readability does', () => {
    const { doc, nodes } = shapes();
    const { shipped, cheaper } = methodTests.readers(withoutNamedProperties(doc));
    const answers = nodes.map((n) => shipped._isPhrasingContent(n));
    expect(nodes.map((n) => cheaper._isPhrasingContent(n))).toEqual(answers);
    // A link holding a div is not phrasing; a link holding a span is.
    const links = nodes.filter((n) => n.nodeName === 'A');
    expect(links.map((a) => cheaper._isPhrasingContent(a))).toEqual(
      links.map((a) => !(a as Element).querySelector('div,p')),
    );
  });
});
