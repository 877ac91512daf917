// HTML text -> DOM Document, on jsdom. A jsdom window costs tens of milliseconds to build and holds the whole
// Web platform; a page needs only a Document. So each thread keeps one window and parses pages with its
// DOMParser (scripting disabled, no sub-resources, no stylesheet processing), and the window is closed and
// replaced every few hundred pages so nothing it caches can grow without bound.
import { JSDOM, VirtualConsole } from 'jsdom';

const RECYCLE_AFTER = 500;

let dom: JSDOM | null = null;
let parser: { parseFromString(html: string, type: 'text/html'): Document } | null = null;
let uses = 0;

function currentParser(): NonNullable<typeof parser> {
  if (!dom || !parser || uses >= RECYCLE_AFTER) {
    closeDocumentParser();
    // A silent console: jsdom otherwise reports CSS and markup complaints on stderr.
    dom = new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>', { virtualConsole: new VirtualConsole() });
    fastTagQueries(dom.window);
    noStyleWithoutAttribute(dom.window);
    parser = new dom.window.DOMParser();
    uses = 0;
  }
  uses++;
  return parser;
}

/** Parse a whole HTML page. The document lives until it is no longer referenced. */
export function parseHtml(html: string): Document {
  return currentParser().parseFromString(html, 'text/html');
}

/** Close the shared jsdom window (threads call this before they exit). */
export function closeDocumentParser(): void {
  if (dom) dom.window.close();
  dom = null;
  parser = null;
}

const TAG_LIST = /^\s*[a-zA-Z][a-zA-Z0-9]*(\s*,\s*[a-zA-Z][a-zA-Z0-9]*)*\s*$/;

/**
 * Readability asks for elements by tag lists ("p,img,embed") thousands of times per page. jsdom answers
 * every querySelectorAll through its general CSS selector engine, which costs several times a plain walk
 * of the subtree for that case (and its live HTMLCollections are slower still to iterate). Only this
 * window's prototypes are patched, only plain tag lists take the short path, and the result keeps
 * document order as a static list; everything else goes to jsdom.
 */
function fastTagQueries(window: JSDOM['window']): void {
  for (const proto of [window.Element.prototype, window.Document.prototype, window.DocumentFragment.prototype]) {
    // Unbound on purpose: the replacement calls it with each element as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = proto.querySelectorAll;
    Object.defineProperty(proto, 'querySelectorAll', {
      configurable: true,
      writable: true,
      value: function querySelectorAll(this: ParentNode, selectors: string) {
        if (typeof selectors !== 'string' || !TAG_LIST.test(selectors)) return original.call(this, selectors);
        return elementsByTags(
          this,
          new Set(
            selectors
              .toLowerCase()
              .split(',')
              .map((s) => s.trim()),
          ),
        );
      },
    });
  }
}

/**
 * Readability asks every element for `style.display` and `style.visibility` (its only use of `style`) to
 * skip hidden ones. jsdom builds a CSS declaration object for each element on the first ask, which cost
 * about a twentieth of a page's time. An element without a style attribute has no inline display or
 * visibility, and Readability treats a missing `style` as visible, so such elements answer null; the
 * others get jsdom's object. Nothing in the cleaner writes to `style`.
 */
function noStyleWithoutAttribute(window: JSDOM['window']): void {
  const proto = window.HTMLElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, 'style');
  // Unbound on purpose: the replacement calls it with each element as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const get = original?.get as ((this: HTMLElement) => CSSStyleDeclaration) | undefined;
  if (!original || !get) return;
  Object.defineProperty(proto, 'style', {
    ...original,
    get(this: HTMLElement) {
      return this.hasAttribute('style') ? get.call(this) : null;
    },
  });
}

/**
 * Descendants of `root` whose local name is in `names` (or all with null), in document order.
 * getElementsByTagName gathers them inside jsdom, on its own tree, and hands each over once; walking the
 * children from here costs two wrapped property reads per element, which made this walk the hottest of
 * our own code. The collection is live, so it is copied at once. A fragment has no getElementsByTagName.
 */
export function elementsByTags(root: ParentNode, names: ReadonlySet<string> | null): Element[] {
  const out: Element[] = [];
  if ('getElementsByTagName' in root) {
    const one = names?.size === 1 ? names.values().next().value! : null;
    const all = (root as Element).getElementsByTagName(one ?? '*');
    for (let i = 0, n = all.length; i < n; i++) {
      const el = all.item(i)!;
      if (one || !names || names.has(el.localName)) out.push(el);
    }
    return out;
  }
  const stack: Element[] = [];
  for (let c = root.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const el = stack.pop()!;
    if (!names || names.has(el.localName)) out.push(el);
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}
