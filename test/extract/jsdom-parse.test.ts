// The short cuts of speed5 (parser-appends.ts, jsdom-internals.ts installFastBaseUrl, document.ts
// querySelector, sniff.ts): installed with the versions in package-lock.json, and answering what jsdom's own
// path answers. A window's document is not inert, so jsdom's own insert builds it: the reference tree.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/document.js';
import { jsdomShortCuts } from '../../src/extract/jsdom-internals.js';
import { notAPage } from '../../src/extract/sniff.js';

// Plain elements (the short cut) next to elements with insertion steps, inputs, forms, named and id'd
// elements, tables that foster-parent, misnested formatting the parser re-parents, templates, foreign content.
const PAGES = [
  '<div id="a"><p class="x">one <b>two</b> three</p><!-- c --><span id="s">four</span></div>',
  '<form name="f" id="f"><input type="radio" name="r" checked><input type="radio" name="r" checked><p>t</p></form>',
  '<img name="pic" src="/a.jpg" id="i"><iframe name="fr"></iframe><embed name="e"><object name="o"></object>',
  '<style>p { color: red }</style><script>var x = 1;</script><link rel="canonical" href="/c"><p>after</p>',
  '<table><tr><td>cell</td></tr> stray text <p>fostered</p><tr><td id="t2">two</td></tr></table>',
  '<p><b>bold <i>both</p>after</i> tail</b><a href="/1">one<a href="/2">two</a>',
  '<template id="tp"><p id="in">inside</p><b>x</b></template><ul><li>one<li id="li2">two</ul>',
  '<svg><a id="sa"><text>svg words</text></a><base href="https://svg.example/"></svg><math><mi>x</mi></math>',
  '<select><option>a<option id="o2">b</select><textarea>typed</textarea><slot name="s1"><b>in slot</b></slot>',
  '<my-element id="ce"><p>custom</p></my-element><h1>Title</h1><h2 id="dup">x</h2><h3 id="dup">y</h3>',
];

/** Every node with its type, name, data, and the flags the short cut sets itself. */
function dump(doc: Document): string[] {
  const out: string[] = [];
  const walk = (n: Node, depth: number): void => {
    const value = n.nodeType === 1 ? (n as Element).outerHTML.length : JSON.stringify(n.nodeValue);
    out.push(`${depth} ${n.nodeType} ${n.nodeName} ${value} ${n.isConnected} ${n.getRootNode().nodeName}`);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    if (n.nodeName === 'TEMPLATE') walk((n as HTMLTemplateElement).content, depth + 1);
  };
  walk(doc, 0);
  return out;
}

/** What the document's caches answer: ids, named elements, radio state, collections. */
function caches(doc: Document): unknown[] {
  const ids = ['a', 's', 'f', 'i', 't2', 'tp', 'in', 'li2', 'sa', 'o2', 'ce', 'dup', 'none'];
  const named = doc as unknown as Record<string, unknown>;
  return [
    ids.map((id) => doc.getElementById(id)?.outerHTML.slice(0, 40) ?? null),
    // (No iframe: a window's document names its content window, an inert one the element.)
    ['f', 'pic', 'e', 'o'].map((name) => String(named[name])),
    [...doc.querySelectorAll('input')].map((i) => i.checked),
    doc.getElementsByTagName('*').length,
    doc.forms.length,
    doc.images.length,
    doc.links.length,
  ];
}

describe('parser node appends (parser-appends.ts)', () => {
  it('are installed with this jsdom', () => {
    parseHtml('<p>x</p>');
    expect(jsdomShortCuts.nodeAppends).toBe(true);
  });

  it("build the tree, flags and caches jsdom's own insert builds", () => {
    for (const html of PAGES) {
      const page = `<!DOCTYPE html><html><head><title>T</title></head><body>${html}</body></html>`;
      const plain = new JSDOM(page, { virtualConsole: new VirtualConsole() }).window.document;
      const fast = parseHtml(page);
      expect(dump(fast), html).toEqual(dump(plain));
      expect(fast.documentElement.outerHTML, html).toBe(plain.documentElement.outerHTML);
      expect(caches(fast), html).toEqual(caches(plain));
    }
  });

  it('leave the tree as jsdom leaves it after later changes (innerHTML, moves, removals)', () => {
    const change = (doc: Document): string[] => {
      const a = doc.getElementById('a')!;
      a.innerHTML = '<p id="n">new <i>words</i></p><input type="radio" checked>';
      doc.body.append(a.firstChild!);
      doc.getElementById('s')?.remove();
      const seen = [String(doc.getElementById('n')?.isConnected), String(a.childNodes.length)];
      a.querySelector('input')?.remove();
      return [...seen, ...dump(doc), ...caches(doc).map((c) => JSON.stringify(c))];
    };
    const page = `<html><body>${PAGES[0]!}${PAGES[1]!}</body></html>`;
    const plain = new JSDOM(page, { virtualConsole: new VirtualConsole() }).window.document;
    expect(change(parseHtml(page))).toEqual(change(plain));
  });

  it('keep collections made after the parse live', () => {
    const doc = parseHtml('<div id="d"><p>a</p></div>');
    const ps = doc.getElementsByTagName('p');
    const d = doc.getElementById('d')!;
    expect(ps.length).toBe(1);
    d.innerHTML = '<p>b</p><p>c</p>';
    expect([ps.length, d.children.length, d.childNodes.length]).toEqual([2, 2, 2]);
  });
});

describe('base URL by a walk (installFastBaseUrl)', () => {
  // DOMParser's documents have the URL about:blank, so only an absolute, usable href changes the base.
  // The page's head, the href of the element the selector picks, and the base URL.
  const CASES: [string, string | null, string][] = [
    ['<p>no base</p>', null, 'about:blank'],
    ['<base target="_top"><base href="https://one.example/a/">', 'https://one.example/a/', 'https://one.example/a/'],
    ['<base href="/relative/"><base href="https://two.example/">', '/relative/', 'about:blank'],
    ['<base href="data:text/html,x"><base href="https://3.example/">', 'data:text/html,x', 'about:blank'],
    [
      '<svg><base href="https://svg.example/"></svg><base href="https://b.example/">',
      'https://svg.example/',
      'https://svg.example/',
    ],
    [
      '<svg><base xlink:href="https://x.example/"></base></svg><BASE href="HTTPS://Four.Example">',
      'HTTPS://Four.Example',
      'https://four.example/',
    ],
  ];

  it('is installed with this jsdom', () => {
    parseHtml('<p>x</p>');
    expect(jsdomShortCuts.baseUrl).toBe(true);
  });

  it('finds the first base with an href, as the selector base[href] does', () => {
    for (const [head, href, want] of CASES) {
      const doc = parseHtml(`<html><head>${head}</head><body><img src="p.jpg"><a href="q">q</a></body></html>`);
      // The element jsdom's selector engine picks (":is" keeps the query off the tag-list short cut).
      expect(doc.querySelector(':is(base)[href]')?.getAttribute('href') ?? null, head).toBe(href);
      expect(doc.baseURI, head).toBe(want);
      const img = doc.querySelector('img')!;
      expect(img.src, head).toBe(want === 'about:blank' ? 'p.jpg' : new URL('p.jpg', want).href);
    }
  });

  it('follows a base added after the first read', () => {
    const doc = parseHtml('<html><head></head><body><p>x</p></body></html>');
    expect(doc.baseURI).toBe('about:blank');
    const base = doc.createElement('base');
    base.setAttribute('href', 'https://added.example/');
    doc.head.append(base);
    expect(doc.baseURI).toBe('https://added.example/');
  });
});

describe('querySelector with a tag list (document.ts)', () => {
  it("finds the element jsdom's selector engine finds, or none", () => {
    const doc = parseHtml(
      '<div id="r"><span>a</span><section><P>b</P><li>c</li></section><svg><a>d</a></svg><ul><li>e</li></ul></div>',
    );
    const root = doc.getElementById('r')!;
    const frag = doc.createDocumentFragment();
    frag.append(root.cloneNode(true));
    for (const list of ['p', 'li, p', 'a', 'ul,ol', 'h1,h2', 'LI', 'table']) {
      const viaEngine = `:is(${list})`;
      for (const scope of [root, doc, frag, root.querySelector('section')!])
        expect(scope.querySelector(list), list).toBe(scope.querySelector(viaEngine));
    }
    expect(root.querySelector('h1,h2')).toBeNull();
    expect(root.querySelector('li,p')!.textContent).toBe('b');
  });
});

describe('notAPage (sniff.ts)', () => {
  /** The character loop the regex pre-check skips, as a reference. */
  function reference(html: string): string | null {
    if (!html || !/\S/.test(html)) return 'empty input';
    const sample = html.slice(0, 65_536);
    let bad = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c === 0) return 'binary data';
      if (((c < 9 || (c > 13 && c < 32)) && c !== 27) || c === 0xfffd) bad++;
    }
    if (bad / sample.length > 0.02) return 'binary data';
    return ['%PDF-', '\x89PNG', 'GIF8', '\xFF\xD8\xFF', 'PK\x03\x04'].some((m) => sample.startsWith(m))
      ? 'binary data'
      : null;
  }

  it('answers as the character loop does, with and without counted characters', () => {
    const page = '<html><body><p>Ordinary text, tabs\tand\r\nline breaks, an escape \x1b, accents é.</p></body></html>';
    const inputs = [
      page,
      '%PDF-1.7 but only text',
      'GIF89a',
      `${page}\x01`,
      `\x01\x02\x03${page}`,
      `${'\x07'.repeat(40)}${page}`,
      `${page}\ufffd`,
      `${'\ufffd'.repeat(20)}x`,
      `${page}\x00`,
      `${page.repeat(2000)}\x00`,
      `\x89PNG\r\n${'\x01'.repeat(5)}${page.repeat(10)}`,
    ];
    const answers = inputs.map(notAPage);
    expect(answers).toEqual(inputs.map(reference));
    expect(new Set(answers)).toEqual(new Set([null, 'binary data']));
  });
});
