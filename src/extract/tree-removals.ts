// A sixth short cut below jsdom's public API (see jsdom-internals.ts for the rules they all follow): node
// removals from an inert document (no window: DOMParser's), which Readability and our rules make by the
// thousand per page, and every move of a node starts with one.
//
// jsdom's removal walks the removed subtree five to seven times (slots and live ranges, connected flags,
// document caches, removing steps, custom elements, radio groups) through generators, and walks the parent's
// ancestors for mutation observers. When the subtree holds no slot, shadow root, custom element, checked
// input or live range, the document has no node iterator and no observer watches the parent, those walks
// find nothing to do; what is left is done here in one walk, in jsdom's order: unlink, connected flags,
// the parent's caches, the document's id and named-element caches, every node's removing steps (an element
// with its own, like <base> or <style>, still runs them), the parent's children-changed steps. (The mirror
// image for insertions was tried: no fewer instructions, see docs/benchmarks.md.)
import { ELEMENT_NODE, HTML_NS, loadOptional as load } from './jsdom-internals.js';

interface Impl {
  readonly nodeType: number;
  readonly firstChild: Impl | null;
  readonly nextSibling: Impl | null;
  readonly parentNode: Impl | null;
  readonly _localName?: string;
  readonly _namespaceURI?: string | null;
  _cachedRoot: unknown;
  _isConnected: boolean;
  _isInDocumentTree: boolean;
  _referencedRanges: unknown;
  _registeredObserverList: unknown;
  _shadowRoot?: unknown;
  _assignedSlot?: unknown;
  _ceState?: string;
  _checkedness?: boolean;
  _ownerDocument: Doc;
  _invalidateCaches(): void;
  _childrenChangedSteps(): void;
  _removingSteps(isSubtreeRoot: boolean, oldAncestor: Impl): void;
  getAttributeNS(namespace: string | null, localName: string): string | null;
  _remove(node: Impl, suppressObservers?: boolean): void;
}

interface Doc {
  _defaultView: unknown;
  _workingNodeIterators: Iterable<unknown>;
  _byIdCache: { delete(id: string, node: Impl): void };
  _clearNamedPropertyCache(): void;
}

const tree = load<{ remove: (node: Impl) => Impl }>('../lib/jsdom/living/helpers/dom-tree.js');
const named = load<{ isNamedPropertyElement: (node: Impl) => boolean }>(
  '../lib/jsdom/living/helpers/document-named-properties.js',
);
const windowProperties = load<{ elementDetached: (node: Impl) => void }>('../lib/jsdom/living/window-properties.js');
const baseNode = load<{ implementation: { prototype: Impl } }>('../lib/jsdom/living/nodes/Node-impl.js');

/** Whether the short cut is installed (the tests assert it). */
export const removals = { installed: false };

/** Installs the fast removal on jsdom's nodes, once per process. */
export function installFastRemovals(): void {
  if (removals.installed || !tree || !named || !windowProperties || !baseNode) return;
  const proto = baseNode.implementation.prototype;
  // Unbound on purpose: the replacement calls it with each parent as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = proto._remove;
  if (typeof original !== 'function' || original.length !== 2 || typeof tree.remove !== 'function') return;
  const { remove: unlink } = tree;
  const { isNamedPropertyElement } = named;
  const { elementDetached } = windowProperties;

  proto._remove = function (this: Impl, node: Impl, suppressObservers?: boolean): void {
    const subtree = plainSubtree(this, node);
    if (!subtree) {
      original.call(this, node, suppressObservers);
      return;
    }
    const wasParentConnected = this._isConnected;
    unlink(node);
    node._cachedRoot = null;
    if (wasParentConnected)
      for (const n of subtree) {
        n._cachedRoot = null;
        n._isConnected = false;
      }
    this._invalidateCaches();
    if (node._isInDocumentTree) {
      const doc = node._ownerDocument;
      let affectsNamed = false;
      for (const n of subtree) {
        n._isInDocumentTree = false;
        if (n.nodeType !== ELEMENT_NODE) continue;
        affectsNamed ||= isNamedPropertyElement(n);
        elementDetached(n);
        const id = n.getAttributeNS(null, 'id');
        if (id) doc._byIdCache.delete(id, n);
      }
      if (affectsNamed) doc._clearNamedPropertyCache();
    }
    node._removingSteps(true, this);
    for (let i = 1; i < subtree.length; i++) subtree[i]!._removingSteps(false, this);
    this._childrenChangedSteps();
  };
  removals.installed = true;
}

/**
 * The node and its descendants in tree order when nothing but the plain steps can apply to their removal
 * from `parent`; null when jsdom's own removal must run.
 */
function plainSubtree(parent: Impl, node: Impl): Impl[] | null {
  const doc = parent._ownerDocument;
  if (doc._defaultView || parent._referencedRanges !== null || node._assignedSlot || isSlot(parent)) return null;
  for (const _ of doc._workingNodeIterators) return null;
  for (let a: Impl | null = parent; a; a = a.parentNode) if (a._registeredObserverList !== null) return null;
  const out: Impl[] = [];
  let n: Impl | null = node;
  while (n) {
    if (n._referencedRanges !== null) return null;
    if (n.nodeType === ELEMENT_NODE) {
      if (n._shadowRoot || n._ceState === 'custom' || isSlot(n)) return null;
      if (n._checkedness && n._localName === 'input' && n._namespaceURI === HTML_NS) return null;
    }
    out.push(n);
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n !== node && !n.nextSibling) n = n.parentNode!;
    n = n === node ? null : n.nextSibling;
  }
  return out;
}

function isSlot(n: Impl): boolean {
  return n._localName === 'slot' && n._namespaceURI === HTML_NS;
}
