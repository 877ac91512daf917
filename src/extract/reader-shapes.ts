// Three questions Readability asks of nearly every element it walks, answered with the same booleans without
// its per-call NodeLists and HTMLCollections (each a Proxy read element by element) and without recursion
// through every text node (see reader.ts, which calls these from its subclass).
import { firstDescendantElement, HTML_NS, TEXT_NODE } from './jsdom-internals.js';

/** The part of Readability these read: its tag tables and its content pattern, as on its prototype. */
export interface ShapeTables {
  DIV_TO_P_ELEMS: ReadonlySet<string>;
  PHRASING_ELEMS: readonly string[];
  REGEXPS: { hasContent: RegExp };
}

/** The tag names as lower-case local names, or null when one is not an upper-case HTML tag name. */
export function localNames(tags: Iterable<string>): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const tag of tags) {
    if (!/^[A-Z][A-Z0-9]*$/.test(tag)) return null;
    out.add(tag.toLowerCase());
  }
  return out;
}

/**
 * Readability's `_hasChildBlockElement`: whether any element below `element` has a tag name in `DIV_TO_P_ELEMS`.
 * It recurses through every child node (text included) with a NodeList per node; here one walk of jsdom's nodes
 * stops at the first element with such a local name. An HTML element's tag name is its local name upper-cased
 * (the parser and createElement give lower-case local names); an element of another namespace keeps its name
 * as written, so one found there is left to Readability's own method (`undefined`).
 */
export function hasBlockBelow(element: Element, blockNames: ReadonlySet<string>): boolean | undefined {
  const found = firstDescendantElement(element, blockNames);
  if (found === undefined) return undefined;
  if (found === null) return false;
  return found.namespaceURI === HTML_NS ? true : undefined;
}

/**
 * Readability's `_hasSingleTagInsideElement`: exactly one element child, with tag name `tag`, and no text child
 * that ends in non-space (its `hasContent` pattern). Read from the sibling links instead of `children` (a live
 * collection per call) and `childNodes`.
 */
export function singleTagInside(element: Element, tag: string, hasContent: RegExp): boolean {
  const only = element.firstElementChild;
  if (!only || only.nextElementSibling || only.tagName !== tag) return false;
  for (let c = element.firstChild; c; c = c.nextSibling)
    if (c.nodeType === TEXT_NODE && hasContent.test(c.textContent ?? '')) return false;
  return true;
}

/**
 * Readability's `_isPhrasingContent`: a text node, an element whose tag name is phrasing content, or an a, del
 * or ins holding only phrasing content. The tag list is a Set here (Readability searches its array), and the
 * children are followed by their sibling links.
 */
export function isPhrasing(node: Node, phrasing: ReadonlySet<string>): boolean {
  if (node.nodeType === TEXT_NODE) return true;
  const tag = (node as Element).tagName;
  if (phrasing.has(tag)) return true;
  if (tag !== 'A' && tag !== 'DEL' && tag !== 'INS') return false;
  for (let c = node.firstChild; c; c = c.nextSibling) if (!isPhrasing(c, phrasing)) return false;
  return true;
}
