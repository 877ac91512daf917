// HTML text -> DOM Document, on jsdom. A jsdom window costs tens of milliseconds to build and holds the whole
// Web platform; a page needs only a Document. So each thread keeps one window and parses pages with its
// DOMParser (scripting disabled, no sub-resources, no stylesheet processing), and the window is closed and
// replaced every few hundred pages so nothing it caches can grow without bound.
import { JSDOM, VirtualConsole } from 'jsdom';
import {
  descendantElements,
  firstDescendantElement,
  installFastBaseUrl,
  installFastTextAppends,
  installFastTextContent,
} from './jsdom-internals.js';
import { installFastNodeAppends } from './parser-appends.js';
import { installFastRemovals } from './tree-removals.js';

/** Told about every block a rule removes, with the rule's name (`extract --explain`, tests, tuning). */
export type Trace = ((rule: string, text: string) => void) | undefined;

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
    installFastTextContent(dom.window.Node.prototype);
    installFastBaseUrl();
    installFastRemovals();
    parser = new dom.window.DOMParser();
    const parseOnce = parser;
    installFastTextAppends(() => parseOnce.parseFromString('<p>a</p>', 'text/html'));
    installFastNodeAppends(() => parseOnce.parseFromString('<p>a</p>', 'text/html'));
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
 * Readability asks for elements by tag lists ("p,img,embed") thousands of times per page, and our rules ask
 * for the first one (`querySelector('p,li')`). jsdom answers every query through its general CSS selector
 * engine, which costs several times a plain walk of the subtree for that case (and its live HTMLCollections
 * are slower still to iterate). Only this window's prototypes are patched, only plain tag lists take the
 * short path (a static list in document order, or the first element of it, found without listing the rest);
 * everything else goes to jsdom.
 */
function fastTagQueries(window: JSDOM['window']): void {
  for (const proto of [window.Element.prototype, window.Document.prototype, window.DocumentFragment.prototype]) {
    // Unbound on purpose: the replacements call them with each element as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const all = proto.querySelectorAll;
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const first = proto.querySelector;
    Object.defineProperty(proto, 'querySelectorAll', {
      configurable: true,
      writable: true,
      value: function querySelectorAll(this: ParentNode, selectors: string) {
        const names = tagList(selectors);
        return names ? elementsByTags(this, names) : all.call(this, selectors);
      },
    });
    Object.defineProperty(proto, 'querySelector', {
      configurable: true,
      writable: true,
      value: function querySelector(this: ParentNode, selectors: string) {
        const names = tagList(selectors);
        if (!names) return first.call(this, selectors);
        const found = firstDescendantElement(this, names);
        return found === undefined ? (elementsByTags(this, names)[0] ?? null) : found;
      },
    });
  }
}

/** Selectors already read: Readability asks the same few thousands of times per page. */
const tagLists = new Map<string, Set<string> | null>();
const MAX_TAG_LISTS = 256;

/** The tag names of a selector that is a plain list of them ("p, li"), lower-cased; null for any other. */
function tagList(selectors: unknown): ReadonlySet<string> | null {
  if (typeof selectors !== 'string') return null;
  let names = tagLists.get(selectors);
  if (names !== undefined) return names;
  names = TAG_LIST.test(selectors)
    ? new Set(
        selectors
          .toLowerCase()
          .split(',')
          .map((s) => s.trim()),
      )
    : null;
  if (tagLists.size < MAX_TAG_LISTS) tagLists.set(selectors, names);
  return names;
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
 * jsdom's nodes list them themselves (jsdom-internals.ts); without that, getElementsByTagName gathers them
 * inside jsdom and hands each over once (walking the children from here costs two wrapped property reads
 * per element). The collection is live, so it is copied at once. A fragment has no getElementsByTagName.
 */
export function elementsByTags(root: ParentNode, names: ReadonlySet<string> | null): Element[] {
  const one = names?.size === 1 ? names.values().next().value! : null;
  const listed = descendantElements(root, names, one);
  if (listed) return listed;
  const out: Element[] = [];
  // Looked up on the prototypes: asked of a Document itself, `in` would go through its named-property lookup.
  const byTagName = prototypeMember(root, 'getElementsByTagName') as Element['getElementsByTagName'] | undefined;
  if (byTagName) {
    const all = byTagName.call(root, one ?? '*');
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

/** `el` and every element after it inside `root`, at every level up to `root`: a story's tail from `el` on. */
export function elementAndAfter(el: Element, root: Element): Element[] {
  const out: Element[] = [el];
  for (let n: Element | null = el; n && n !== root; n = n.parentElement)
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  return out;
}

/**
 * The document as Readability should see it. jsdom's Document is a Proxy that answers every property read by
 * first looking the name up among the page's named elements (`document.<name>` of a form, img, iframe, embed or
 * object). That map is dropped whenever such an element is inserted or removed, and the next read rebuilds it
 * by walking the whole document. Readability moves nodes that hold images while it reads doc.createElement and
 * doc.documentElement in its loops, so the rebuilds cost about a twentieth of a page. The view reads every
 * property from the document's prototypes, with the document as `this` (methods bound to it); every DOM
 * operation still runs on the document itself. Its own target is an empty object because V8 checks each
 * answer of a Proxy against its target's own property, which would ask jsdom's lookup again. So the view is
 * only for reading: Readability never hands the document itself to a DOM method (jsdom would refuse it).
 */
export function withoutNamedProperties(doc: Document): Document {
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(Object.create(null) as Document, {
    get(_, key) {
      const desc = prototypeDescriptor(doc, key);
      if (!desc) return Reflect.get(doc, key) as unknown;
      if (desc.get) return desc.get.call(doc) as unknown;
      if (typeof desc.value !== 'function') return desc.value as unknown;
      let bound = methods.get(key);
      if (!bound) methods.set(key, (bound = (desc.value as (...args: unknown[]) => unknown).bind(doc)));
      return bound;
    },
  });
}

/** The property's descriptor on the object's prototypes (not the object itself), found without reading it. */
function prototypeDescriptor(obj: object, key: PropertyKey): PropertyDescriptor | undefined {
  for (
    let proto = Object.getPrototypeOf(obj) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc) return desc;
  }
  return undefined;
}

function prototypeMember(obj: object, key: PropertyKey): unknown {
  const desc = prototypeDescriptor(obj, key);
  return desc && !desc.get ? (desc.value as unknown) : undefined;
}
