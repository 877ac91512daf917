// The fast removal from inert documents (tree-removals.ts): installed with this jsdom, and leaving the tree,
// its flags and the document's caches as jsdom's own removal leaves them. A window's document is not inert,
// so jsdom's own removal runs there: the reference. Subtrees with a live range, a node iterator, an observer
// or a checked input take jsdom's path in the inert document too, and must still behave.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/document.js';
import { removals } from '../../src/extract/tree-removals.js';

const PAGE = `<!DOCTYPE html><html><head><base href="https://base.example/dir/"><style>p{color:red}</style></head><body>
  <div id="a"><p id="p1" class="x">one <b id="b1">two</b> three</p><!-- note --><img name="pic" id="i1" src="x.jpg"></div>
  <form name="f" id="f"><input type="radio" name="r" id="r1" checked><input type="radio" name="r" id="r2"></form>
  <section id="s"><h2 id="h">Head</h2><ul><li id="l1">one</li><li id="l2">two</li></ul><template id="t"><p id="tp">in</p></template></section>
  <div id="tail">tail <a id="link" href="q">link</a></div></body></html>`;

function windowDoc(): Document {
  return new JSDOM(PAGE, { virtualConsole: new VirtualConsole() }).window.document;
}

/** Tree, flags and caches, as seen through the public API. */
function state(doc: Document): unknown[] {
  const nodes: string[] = [];
  const walk = (n: Node, depth: number): void => {
    nodes.push(`${depth} ${n.nodeName} ${n.isConnected} ${n.getRootNode().nodeName}`);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
  };
  walk(doc, 0);
  const ids = [
    'a',
    'p1',
    'b1',
    'i1',
    'i2',
    'fresh',
    'n',
    'f',
    'r1',
    'r2',
    's',
    'h',
    'l1',
    'l2',
    't',
    'tp',
    'tail',
    'link',
  ];
  const named = doc as unknown as Record<string, unknown>;
  return [
    nodes,
    ids.map((id) => doc.getElementById(id)?.localName ?? null),
    ['pic', 'pic2', 'f'].map((name) => String(named[name])),
    doc.baseURI,
    doc.querySelector('a')!.href,
    [...doc.querySelectorAll('input')].map((i) => i.checked),
    doc.getElementsByTagName('*').length,
    doc.body.innerHTML,
  ];
}

/** The same removals, through every public way to remove, on either document. */
function removeSome(doc: Document): unknown[] {
  const seen: unknown[] = [];
  const collection = doc.getElementsByTagName('li');
  seen.push(collection.length);
  doc.getElementById('p1')!.remove();
  doc.getElementById('l1')!.parentNode!.removeChild(doc.getElementById('l1')!);
  seen.push(collection.length, doc.getElementById('l1'));
  doc.querySelector('base')!.remove();
  doc.getElementById('tail')!.append(doc.getElementById('h')!);
  doc.getElementById('s')!.replaceChildren(doc.createTextNode('replaced'));
  // Moves and inserts: before a reference, a subtree with ids, named elements and a <style>, a new element.
  const tail = doc.getElementById('tail')!;
  tail.insertBefore(doc.getElementById('a')!, tail.firstChild);
  doc.body.insertBefore(doc.querySelector('style')!, doc.getElementById('f'));
  const fresh = doc.createElement('p');
  fresh.id = 'fresh';
  fresh.innerHTML = '<img name="pic2" id="i2" src="y.png"><b>new</b>';
  tail.append(fresh);
  seen.push(doc.getElementById('fresh')?.isConnected, doc.getElementById('i2')?.localName, collection.length);
  doc.getElementById('a')!.innerHTML = '<span id="n">new</span>';
  doc.getElementById('i1')?.remove();
  seen.push(...state(doc));
  return seen;
}

describe('fast removals (tree-removals.ts)', () => {
  it('are installed with this jsdom', () => {
    parseHtml('<p>x</p>');
    expect(removals.installed).toBe(true);
  });

  it('leave tree, flags and caches as jsdom does', () => {
    expect(state(parseHtml(PAGE))).toEqual(state(windowDoc()));
    expect(removeSome(parseHtml(PAGE))).toEqual(removeSome(windowDoc()));
  });

  it('fall back to jsdom for a checked radio, a range, a node iterator and an observer', async () => {
    const run = async (doc: Document): Promise<unknown[]> => {
      doc.getElementById('f')!.remove();
      const range = doc.createRange();
      range.setStart(doc.getElementById('b1')!.firstChild!, 1);
      range.setEnd(doc.getElementById('tail')!, 1);
      doc.getElementById('b1')!.remove();
      const iterator = doc.createNodeIterator(doc.body, 1);
      iterator.nextNode();
      iterator.nextNode();
      doc.getElementById('a')!.remove();
      const records: string[] = [];
      const Observer = (doc.defaultView ?? new JSDOM('').window).MutationObserver;
      new Observer((list) => records.push(...list.map((r) => `${r.type} ${r.removedNodes.length}`))).observe(doc.body, {
        childList: true,
        subtree: true,
      });
      doc.getElementById('l2')!.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return [String(range), range.startOffset, range.endOffset, iterator.nextNode()?.nodeName, records, ...state(doc)];
    };
    expect(await run(parseHtml(PAGE))).toEqual(await run(windowDoc()));
  });
});
