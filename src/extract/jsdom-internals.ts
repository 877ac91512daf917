// Short cuts through jsdom's own objects, for the hottest paths of a page's cleaning. All reach below
// jsdom's public API (no exports map forbids it, but nothing promises it either), so each checks what it
// relies on and falls back to the public path when that is missing; test/extract/jsdom-internals.test.ts
// fails when a jsdom update takes one away, and checks that the results are the ones of the public path.
//
// 1. Element walks (`elementsByTags` in document.ts, tens of calls per page from Readability and our rules):
//    getElementsByTagName builds a live HTMLCollection (a Proxy) and every `item(i)` goes through its traps
//    and an interface check. jsdom's node objects ("impls") can list their descendants themselves; the
//    elements are handed over as the same DOM objects the collection would give.
// 2. Text appends while parsing: parse5 hands jsdom the text between tags in runs of words and of spaces, and
//    jsdom appends each run with `text.data += run`, a full CharacterData replace (a mutation record walk up
//    the ancestors, live-range updates, two string slices). While an inert document (no window of its own:
//    DOMParser's, a template's, or innerHTML into them) is parsed, no script can have made a MutationObserver
//    or a Range, so appending to the node's data and running its parent's change steps is the same operation.
// 3. textContent of elements (`installFastTextContent`): read from the nodes without jsdom's generator walk.
// 4. The document's base URL (`installFastBaseUrl`), computed once per page (Readability reads `baseURI`): jsdom
//    finds the first <base href> with its general CSS selector engine over the whole page; a walk finds it.
// Two more live in files of their own, under the same rules: the parser's node appends (parser-appends.ts) and
// node removals and inserts in inert documents (tree-removals.ts).
import { createRequire } from 'node:module';

export interface DocumentImpl {
  _defaultView: unknown;
}

export interface NodeImpl {
  readonly nodeType: number;
  readonly lastChild: NodeImpl | null;
  readonly firstChild: NodeImpl | null;
  readonly nextSibling: NodeImpl | null;
  readonly parentNode: NodeImpl | null;
  readonly _qualifiedName?: string;
  readonly _localName?: string;
  readonly _namespaceURI?: string | null;
  readonly _ownerDocument: DocumentImpl;
  /** Bumped on the node and all its ancestors by every insert or removal below it (and attribute change). */
  readonly _version?: number;
  _data?: string;
  _childrenChangedSteps(): void;
  _descendantsToArray?(filter: (node: NodeImpl) => boolean): NodeImpl[];
  getAttributeNS?(namespace: string | null, localName: string): string | null;
}

interface BaseUrlDocument extends NodeImpl {
  _baseURLCache: unknown;
  baseURL(): unknown;
  _fallbackBaseURL(): unknown;
  _frozenBaseURL(base: NodeImpl, fallback: unknown): unknown;
}

interface IdlUtils {
  implForWrapper(wrapper: unknown): NodeImpl | null;
  wrapperForImpl(impl: NodeImpl): Element | null;
}

export interface TreeAdapter {
  _documentImpl: DocumentImpl;
  insertText(parent: NodeImpl, text: string): void;
}

interface Parse5 {
  Parser: { parse(html: string, options?: { treeAdapter?: TreeAdapter }): unknown };
}

export const ELEMENT_NODE = 1;
export const HTML_NS = 'http://www.w3.org/1999/xhtml';
export const TEXT_NODE = 3;
const CDATA_NODE = 4;
const FRAGMENT_NODE = 11;
// What String.prototype.trim removes is exactly what \s matches (ECMAScript WhiteSpace and LineTerminator).
const NON_SPACE = /\S/;

// jsdom's own copies, resolved from jsdom's folder (parse5 is jsdom's dependency, not ours).
const fromJsdom = createRequire(createRequire(import.meta.url).resolve('jsdom'));
const idl = loadOptional<IdlUtils>('../lib/generated/idl/utils.js');
const baseNode = loadOptional<{ implementation: { prototype: NodeImpl } }>('../lib/jsdom/living/nodes/Node-impl.js');
const parse5 = loadOptional<Parse5>('parse5');
const baseDocument = loadOptional<{ implementation: { prototype: BaseUrlDocument } }>(
  '../lib/jsdom/living/nodes/Document-impl.js',
);

/** A module of jsdom's own (or of its dependencies), or null when this jsdom has none by that path. */
export function loadOptional<T>(id: string): T | null {
  try {
    return fromJsdom(id) as T;
  } catch {
    return null;
  }
}

/** What the short cuts found in this jsdom (the tests assert all three). */
export const jsdomShortCuts = {
  elementWalk: false,
  textAppends: false,
  textContent: false,
  baseUrl: false,
  nodeAppends: false,
};
jsdomShortCuts.elementWalk =
  typeof idl?.implForWrapper === 'function' &&
  typeof idl.wrapperForImpl === 'function' &&
  typeof baseNode?.implementation.prototype._descendantsToArray === 'function';

/**
 * The last list of all elements under a node, with the node's tree version when it was made. The rules walk the
 * whole article for every element a dozen times over, mostly with nothing removed in between; while the version
 * stands (jsdom bumps it on the node and its ancestors at every insert, removal or attribute change below it, as
 * its own live collections rely on), the same elements stand in the same order. The lists are handed out as
 * copies, so a caller may change its own.
 */
const allElements = new WeakMap<NodeImpl, { version: number; list: Element[] }>();

/**
 * The elements under `root` (not itself) whose local name is in `names` (all with null), in document order,
 * as getElementsByTagName would list them; null when the short cut is not available for this root.
 * `one` is the single name when `names` has one, compared as getElementsByTagName compares it (lower-cased
 * for HTML elements, as written for others).
 */
export function descendantElements(
  root: ParentNode,
  names: ReadonlySet<string> | null,
  one: string | null,
): Element[] | null {
  if (!jsdomShortCuts.elementWalk || !idl) return null;
  const impl = idl.implForWrapper(root);
  if (!impl?._descendantsToArray) return null;
  const cached = names ? undefined : allElements.get(impl);
  if (cached && cached.version === impl._version) return cached.list.slice();
  const lower = one?.toLowerCase();
  const list = impl._descendantsToArray(
    one
      ? (n) => n.nodeType === ELEMENT_NODE && n._qualifiedName === (n._namespaceURI === HTML_NS ? lower : one)
      : names
        ? (n) => n.nodeType === ELEMENT_NODE && names.has(n._localName!)
        : (n) => n.nodeType === ELEMENT_NODE,
  );
  const out: Element[] = new Array<Element>(list.length);
  for (let i = 0; i < list.length; i++) {
    const el = idl.wrapperForImpl(list[i]!);
    if (!el) return null;
    out[i] = el;
  }
  if (!names && typeof impl._version === 'number') allElements.set(impl, { version: impl._version, list: out.slice() });
  return out;
}

/**
 * The first element under `root` (not itself) in document order whose local name is in `names`, as
 * `elementsByTags(root, names)[0]` would give it, found without listing the others; null when there is none,
 * undefined when the short cut is not available for this root.
 */
export function firstDescendantElement(root: ParentNode, names: ReadonlySet<string>): Element | null | undefined {
  if (!jsdomShortCuts.elementWalk || !idl) return undefined;
  const impl = idl.implForWrapper(root);
  if (!impl) return undefined;
  let node = impl.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && names.has(node._localName!)) return idl.wrapperForImpl(node) ?? undefined;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextSkippingChildren(node, impl);
  }
  return null;
}

/**
 * Whether any text under `el` is more than white space (`textContent.trim() !== ''`, decided at the first
 * text that is, without gathering the rest); null when the short cut is not available.
 */
export function hasNonSpaceText(el: Node): boolean | null {
  if (!jsdomShortCuts.elementWalk || !idl) return null;
  const root = idl.implForWrapper(el);
  if (!root) return null;
  let node = root.firstChild;
  while (node) {
    // Text and CDATA sections (a kind of Text) make up textContent; comments do not.
    if ((node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) && NON_SPACE.test(node._data ?? '')) return true;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextSkippingChildren(node, root);
  }
  return false;
}

/**
 * Makes `textContent` of elements and fragments read jsdom's nodes directly, on the prototype given (the
 * window's Node.prototype; other nodes keep jsdom's getter). Readability and the rules read it tens of thousands
 * of times per page; jsdom's getter walks the descendants with a generator. The same text, in the same order:
 * the data of every Text and CDATA node under the node, in tree order (no template contents, no comments).
 */
export function installFastTextContent(nodePrototype: object): void {
  if (!jsdomShortCuts.elementWalk || !idl) return;
  const utils = idl;
  const desc = Object.getOwnPropertyDescriptor(nodePrototype, 'textContent');
  // Unbound on purpose: the replacement calls it with each node as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const get = desc?.get;
  if (!desc || !get || !desc.set) return;
  Object.defineProperty(nodePrototype, 'textContent', {
    ...desc,
    get(this: Node): string | null {
      const impl = utils.implForWrapper(this);
      return impl && (impl.nodeType === ELEMENT_NODE || impl.nodeType === FRAGMENT_NODE)
        ? textUnder(impl)
        : (get.call(this) as string | null);
    },
  });
  jsdomShortCuts.textContent = true;
}

/** The node after `node` in document order below `root`, past `node`'s own subtree; null at the end. */
function nextSkippingChildren(node: NodeImpl, root: NodeImpl): NodeImpl | null {
  let n: NodeImpl | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

function textUnder(root: NodeImpl): string {
  let text = '';
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) text += node._data ?? '';
    else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextSkippingChildren(node, root);
  }
  return text;
}

/**
 * `node.textContent`, or, when that is longer than `atLeast` characters, a prefix of it at least that long
 * (the text nodes up to the one that passes the mark): what a rule needs to see that a box is too long,
 * without gathering all the text of a wrapper around the whole story.
 */
export function textPrefix(node: Node, atLeast: number): string {
  const impl = jsdomShortCuts.textContent && idl ? idl.implForWrapper(node) : null;
  if (!impl || (impl.nodeType !== ELEMENT_NODE && impl.nodeType !== FRAGMENT_NODE)) return node.textContent ?? '';
  let text = '';
  let n = impl.firstChild;
  while (n) {
    if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) {
      text += n._data ?? '';
      if (text.length > atLeast) return text;
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    n = nextSkippingChildren(n, impl);
  }
  return text;
}

/**
 * The parent elements of the Text nodes under `root` whose data `test` accepts, in tree order, as a TreeWalker
 * showing text (SHOW_TEXT: no CDATA sections, no comments) would find them; null when the short cut is not
 * available. The walker wraps every node it passes; this reads the nodes and wraps only the parents found.
 */
export function textParents(root: Node, test: (data: string) => boolean): Element[] | null {
  if (!jsdomShortCuts.elementWalk || !idl) return null;
  const impl = idl.implForWrapper(root);
  if (!impl) return null;
  const out: Element[] = [];
  let n = impl.firstChild;
  while (n) {
    if (n.nodeType === TEXT_NODE) {
      const parent = n.parentNode;
      if (parent?.nodeType === ELEMENT_NODE && test(n._data ?? '')) {
        const el = idl.wrapperForImpl(parent);
        if (!el) return null;
        out.push(el);
      }
    } else if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    n = nextSkippingChildren(n, impl);
  }
  return out;
}

let adapterPrototype: TreeAdapter | null | undefined;

/**
 * The prototype of jsdom's parser adapter (the object parse5 builds the tree through), once per process. Its
 * class is not exported; it is found by watching one parse of a tiny page (`parseOnce`), as parse5 receives it.
 */
export function parserAdapter(parseOnce: () => void): TreeAdapter | null {
  if (adapterPrototype !== undefined) return adapterPrototype;
  adapterPrototype = null;
  if (!parse5) return null;
  const Parser = parse5.Parser;
  const original = Object.getOwnPropertyDescriptor(Parser, 'parse');
  if (!original || typeof original.value !== 'function') return null;
  const parse = original.value as Parse5['Parser']['parse'];
  let adapter: TreeAdapter | undefined;
  Object.defineProperty(Parser, 'parse', {
    ...original,
    value(this: unknown, html: string, options?: { treeAdapter?: TreeAdapter }) {
      adapter ??= options?.treeAdapter;
      return parse.call(this, html, options);
    },
  });
  try {
    parseOnce();
  } finally {
    Object.defineProperty(Parser, 'parse', original);
  }
  adapterPrototype = adapter ? (Object.getPrototypeOf(adapter) as TreeAdapter) : null;
  return adapterPrototype;
}

/** Installs the fast text append on jsdom's parser adapter, once per process (`parseOnce`: see parserAdapter). */
export function installFastTextAppends(parseOnce: () => void): void {
  if (jsdomShortCuts.textAppends || !baseNode) return;
  const proto = parserAdapter(parseOnce);
  if (!proto || typeof proto.insertText !== 'function' || proto.insertText.length !== 2) return;
  // Unbound on purpose: the replacement calls it with each adapter as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const insertText = proto.insertText;
  // Compared, never called unbound.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const plainSteps = baseNode.implementation.prototype._childrenChangedSteps;
  proto.insertText = function (this: TreeAdapter, parent: NodeImpl, text: string): void {
    const last = parent.lastChild;
    if (
      last &&
      last.nodeType === TEXT_NODE &&
      typeof last._data === 'string' &&
      // Elements that react to their text (style, textarea) keep jsdom's path.
      parent._childrenChangedSteps === plainSteps &&
      !this._documentImpl._defaultView
    ) {
      last._data += text;
      parent._childrenChangedSteps();
      return;
    }
    insertText.call(this, parent, text);
  };
  jsdomShortCuts.textAppends = true;
}

// What jsdom's Document#baseURL does, which the replacement repeats with a walk in place of the selector.
const BASE_QUERY = 'this.querySelector("base[href]")';

/**
 * Makes jsdom's document base URL find its <base href> by a walk, once per process. `base[href]` matches,
 * in tree order, the first element named "base" (an HTML element's name is lower case; other namespaces'
 * must be written so) with an `href` attribute in no namespace. The rest of jsdom's method (its cache, the
 * frozen and fallback base URLs) is called as it is; if the method no longer reads as expected, it stays.
 */
export function installFastBaseUrl(): void {
  const proto = baseDocument?.implementation.prototype;
  if (jsdomShortCuts.baseUrl || !proto || !baseNode) return;
  // Unbound on purpose: compared and called with each document as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { baseURL, _fallbackBaseURL, _frozenBaseURL } = proto;
  if (
    typeof baseURL !== 'function' ||
    typeof _fallbackBaseURL !== 'function' ||
    typeof _frozenBaseURL !== 'function' ||
    !String(baseURL).includes(BASE_QUERY)
  )
    return;
  proto.baseURL = function (this: BaseUrlDocument): unknown {
    if (this._baseURLCache) return this._baseURLCache;
    const base = firstBaseWithHref(this);
    this._baseURLCache = base ? this._frozenBaseURL(base, this._fallbackBaseURL()) : this._fallbackBaseURL();
    return this._baseURLCache;
  };
  jsdomShortCuts.baseUrl = true;
}

function firstBaseWithHref(root: NodeImpl): NodeImpl | null {
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && node._localName === 'base' && node.getAttributeNS?.(null, 'href') != null)
      return node;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    node = nextSkippingChildren(node, root);
  }
  return null;
}
