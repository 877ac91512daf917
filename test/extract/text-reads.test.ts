// The cheaper reads of the rules (branch speed7): each must answer exactly what the plain read answers.
import { describe, expect, it } from 'vitest';
import { elementsByTags, parseHtml } from '../../src/extract/document.js';
import { textParents, textPrefix } from '../../src/extract/jsdom-internals.js';
import { collapsedTextUpTo, collapseSpace } from '../../src/extract/text.js';

const plainCollapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const PAGE = `<div id="r">
  <p>One   short line,
     indented</p><section><h2>A\u00a0heading</h2><p>a<b>b</b>c <i> d </i></p><div>
        <span>\t</span></div><template><p>not text</p></template><p><![CDATA[x]]>cookie words</p>
  <ul><li>first</li><li>  second  </li></ul></section><p>${'long words here '.repeat(40)}</p>
  <div>${' \n '.repeat(300)}end</div><!-- a comment about cookies --></div>`;

describe('collapseSpace', () => {
  it('gives what the plain replace gives, already collapsed or not', () => {
    const samples = [
      '',
      ' ',
      'a',
      'a b',
      ' a',
      'a ',
      'a  b',
      'a\tb',
      'a\nb',
      'a\u00a0b',
      '\ufeffa',
      'a\u2028b',
      'a\u3000',
    ];
    for (const s of [...samples, 'one two three', 'one  two', ' one two', 'one two\u2009three', 'x\r\n'])
      expect(collapseSpace(s)).toBe(plainCollapse(s));
  });
});

describe('reads of part of a text', () => {
  const doc = parseHtml(`<!DOCTYPE html><html><body>${PAGE}</body></html>`);
  const all = [doc.body, ...elementsByTags(doc.body, null)];

  it('textPrefix gives the whole text, or a prefix of it longer than asked', () => {
    for (const el of all)
      for (const n of [0, 3, 40, 500, 5000]) {
        const whole = el.textContent ?? '';
        const part = textPrefix(el, n);
        expect(whole.startsWith(part)).toBe(true);
        expect(part === whole || part.length > n).toBe(true);
      }
  });

  it('collapsedTextUpTo gives the collapsed text when it is short enough, null when it is longer', () => {
    for (const el of all)
      for (const max of [0, 5, 12, 30, 400, 5000]) {
        const text = plainCollapse(el.textContent ?? '');
        expect(collapsedTextUpTo(el, max)).toBe(text.length > max ? null : text);
      }
  });

  it("textParents finds the parents a TreeWalker's text nodes have", () => {
    const test = (t: string): boolean => /cookie|words/i.test(t);
    const walker = doc.createTreeWalker(doc.body, 4);
    const want: Element[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (test(n.nodeValue ?? '') && n.parentElement) want.push(n.parentElement);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(textParents(doc.body, test)).toEqual(want);
    expect(textParents(doc.body, () => false)).toEqual([]);
  });
});

describe('the list of all elements under a node', () => {
  it('is handed out again while the tree stands, and listed again after every change below it', () => {
    const doc = parseHtml(`<!DOCTYPE html><html><body>${PAGE}</body></html>`);
    const root = doc.getElementById('r')!;
    const check = (): void => {
      const got = elementsByTags(root, null);
      expect(got).toEqual([...root.getElementsByTagName('*')]);
      // A copy: changing it changes no later answer.
      got.reverse().push(doc.body);
    };
    check();
    check();
    const changes: (() => void)[] = [
      () => root.querySelector('section')!.append(doc.createElement('em')),
      () => root.querySelector('h2')!.remove(),
      () => (root.querySelector('ul')!.innerHTML = '<li>new</li><li><b>two</b></li>'),
      () => root.querySelector('li')!.replaceWith(doc.createElement('li'), doc.createElement('li')),
      () => root.querySelector('b')!.setAttribute('class', 'x'),
      () => ((root.querySelector('p')!.firstChild as Text).data = 'changed text'),
      () => root.querySelector('ul')!.prepend(root.querySelector('section > p')!),
      () => (root.querySelector('div')!.textContent = 'flat'),
    ];
    for (const change of changes) {
      change();
      check();
      check();
    }
    // A node inside the cached subtree has lists of its own.
    const section = root.querySelector('section')!;
    expect(elementsByTags(section, null)).toEqual([...section.getElementsByTagName('*')]);
    section.append(doc.createElement('hr'));
    check();
    expect(elementsByTags(section, null)).toEqual([...section.getElementsByTagName('*')]);
  });
});
