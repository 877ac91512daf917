// A fifth short cut below jsdom's public API (see jsdom-internals.ts for the others and their rules): the
// parser's node appends into an inert document (DOMParser's, or innerHTML into it).
//
// parse5 hands every new element, comment and text node to jsdom's adapter, which runs the whole DOM insert
// on it: a validity check walking the ancestors (for text), adoption, a version bump on every ancestor, a
// form lookup up the ancestors (radio groups), the root lookup, the mutation-record walk up the ancestors,
// custom-element upgrades and the element's own insertion steps. For a new node without children appended
// to an element of a document without a window, all but a few of those do nothing: no script can have made
// a MutationObserver, a Range, a custom element or a collection there before the parse returns. What they do
// is done here: the tree links, the connected and in-document flags, the document's id and named-element
// caches, the style-cache reset. Anything else (an element with insertion steps: script, style, link, img,
// iframe...; inputs, slots, shadow hosts; a parent with its own children-changed steps or a live child list)
// takes jsdom's path.
import {
  ELEMENT_NODE,
  HTML_NS,
  jsdomShortCuts,
  loadOptional as load,
  parserAdapter,
  TEXT_NODE,
  type NodeImpl,
  type TreeAdapter,
} from './jsdom-internals.js';

interface TreeNode extends NodeImpl {
  _globalObject: unknown;
  _isConnected: boolean;
  _isInDocumentTree: boolean;
  _shadowRoot?: unknown;
  _childrenList?: unknown;
  _childNodesList?: unknown;
  _insertionSteps?: unknown;
  _postConnectionSteps?: unknown;
  _ceState?: string;
  _ownerDocument: TreeDocument;
  _childrenInsertedSteps(): void;
  getAttributeNS(namespace: string | null, localName: string): string | null;
}

interface TreeDocument {
  _defaultView: unknown;
  _byIdCache: { add(id: string, node: TreeNode): void };
  _clearNamedPropertyCache(): void;
  _clearStyleCache(): void;
}

interface AppendingAdapter extends TreeAdapter {
  _ownerDocument(): TreeDocument;
  _globalObject: unknown;
  appendChild(parent: TreeNode, node: TreeNode): void;
}

const COMMENT_NODE = 8;

const tree = load<{ appendChild: (parent: TreeNode, child: TreeNode) => TreeNode }>(
  '../lib/jsdom/living/helpers/dom-tree.js',
);
const named = load<{ isNamedPropertyElement: (node: TreeNode) => boolean }>(
  '../lib/jsdom/living/helpers/document-named-properties.js',
);
const windowProperties = load<{ elementAttached: (node: TreeNode) => void }>(
  '../lib/jsdom/living/window-properties.js',
);
const baseNode = load<{ implementation: { prototype: TreeNode } }>('../lib/jsdom/living/nodes/Node-impl.js');
const textNode = load<{
  createImpl(global: unknown, args: [], data: { data: string; ownerDocument: unknown }): TreeNode;
}>('../lib/generated/idl/Text.js');

/** Installs the fast appends on jsdom's parser adapter, once per process (`parseOnce`: see parserAdapter). */
export function installFastNodeAppends(parseOnce: () => void): void {
  if (jsdomShortCuts.nodeAppends || !tree || !named || !windowProperties || !baseNode || !textNode) return;
  const proto = parserAdapter(parseOnce) as AppendingAdapter | null;
  if (!proto || typeof proto.appendChild !== 'function' || typeof proto.insertText !== 'function') return;
  if (typeof proto._ownerDocument !== 'function' || typeof tree.appendChild !== 'function') return;
  // Unbound on purpose: the replacements call them with each adapter as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { appendChild, insertText } = proto;
  // Compared, never called unbound.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { _childrenChangedSteps: changed, _childrenInsertedSteps: inserted } = baseNode.implementation.prototype;
  if (typeof changed !== 'function' || typeof inserted !== 'function') return;
  const { appendChild: link } = tree;
  const { isNamedPropertyElement } = named;
  const { elementAttached } = windowProperties;
  const Text = textNode;

  const plainParent = (parent: TreeNode): boolean =>
    parent.nodeType === ELEMENT_NODE &&
    !parent._ownerDocument._defaultView &&
    !parent._shadowRoot &&
    !parent._childrenList &&
    !parent._childNodesList &&
    parent._childrenInsertedSteps === inserted &&
    parent._childrenChangedSteps === changed &&
    !(parent._localName === 'slot' && parent._namespaceURI === HTML_NS);

  const append = (parent: TreeNode, node: TreeNode): void => {
    link(parent, node);
    const doc = parent._ownerDocument;
    if (parent._isConnected) {
      node._isConnected = true;
      doc._clearStyleCache();
    }
    if (!parent._isInDocumentTree) return;
    node._isInDocumentTree = true;
    if (node.nodeType !== ELEMENT_NODE) return;
    if (isNamedPropertyElement(node)) doc._clearNamedPropertyCache();
    elementAttached(node);
    const id = node.getAttributeNS(null, 'id');
    if (id) doc._byIdCache.add(id, node);
  };

  proto.appendChild = function (this: AppendingAdapter, parent: TreeNode, node: TreeNode): void {
    if (
      !this._documentImpl._defaultView &&
      plainParent(parent) &&
      (node.nodeType === ELEMENT_NODE || node.nodeType === COMMENT_NODE) &&
      node.parentNode === null &&
      node.firstChild === null &&
      node._ownerDocument === parent._ownerDocument &&
      !node._insertionSteps &&
      !node._postConnectionSteps &&
      node._ceState !== 'custom' &&
      !(node._localName === 'input' && node._namespaceURI === HTML_NS)
    ) {
      append(parent, node);
      return;
    }
    appendChild.call(this, parent, node);
  };

  proto.insertText = function (this: AppendingAdapter, parent: TreeNode, text: string): void {
    const last = parent.lastChild;
    if ((last && last.nodeType === TEXT_NODE) || this._documentImpl._defaultView || !plainParent(parent)) {
      insertText.call(this, parent, text);
      return;
    }
    const ownerDocument = this._ownerDocument();
    if (ownerDocument !== parent._ownerDocument) {
      insertText.call(this, parent, text);
      return;
    }
    append(parent, Text.createImpl(this._globalObject, [], { data: text, ownerDocument }));
  };
  jsdomShortCuts.nodeAppends = true;
}
