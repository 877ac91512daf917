// The one Readability call, with two methods of Readability 0.6 made cheaper without changing their answers.
//
// `_isValidByline(node, matchString)` is asked of every element Readability walks until it finds a byline
// (on most pages it finds none, so of all of them), and it reads the element's whole textContent before its
// cheap tests: `rel="author"`, an `itemprop` with "author", or the byline pattern on class and id. Text of the
// html, body and every wrapper is gathered again and again. The override runs the cheap tests first and
// reads the text only for an element that passes them; the answer is the same boolean.
// `_isElementWithoutContent(node)`, asked of every div, section and heading Readability walks, also gathers
// the whole textContent to see whether it is blank; the override stops at the first text that is not.
// Readability keeps both methods on its prototype and calls them through `this`, so a subclass replaces them;
// test/extract/jsdom-internals.test.ts fails if Readability drops or renames one, and compares both versions.
import { Readability } from '@mozilla/readability';
import { hasNonSpaceText } from './jsdom-internals.js';

type BylineTest = (node: Element, matchString: string) => boolean;

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
}

class CleanerReadability extends Readability<Element> {
  _isValidByline(node: Element, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    const regexps = (this as unknown as ReadabilityInternals).REGEXPS;
    if (!(rel === 'author' || itemprop?.includes('author') || regexps.byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  _isElementWithoutContent(node: Element): boolean {
    if (node.nodeType !== 1) return false;
    if (hasNonSpaceText(node) ?? (node.textContent ?? '').trim().length > 0) return false;
    const children = node.children.length;
    return !children || children === node.getElementsByTagName('br').length + node.getElementsByTagName('hr').length;
  }
}

const prototypeInternals = Readability.prototype as unknown as ReadabilityInternals & {
  _isValidByline?: BylineTest;
  _isElementWithoutContent?: (node: Element) => boolean;
};

/** Readability's own methods and the cheaper ones, called as Readability calls them (for the tests). */
export const methodTests = {
  shipped: prototypeInternals._isValidByline,
  shippedEmpty: prototypeInternals._isElementWithoutContent,
  // Called with a `this` below, as Readability calls it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  cheaperEmpty: CleanerReadability.prototype._isElementWithoutContent,
  // Called with a `this` below, as Readability calls it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  cheaper: CleanerReadability.prototype._isValidByline,
  call(test: BylineTest, node: Element, matchString: string): boolean {
    return test.call({ REGEXPS: prototypeInternals.REGEXPS, ELEMENT_NODE: 1 }, node, matchString);
  },
};

export type ReaderResult = ReturnType<Readability<Element>['parse']>;

/**
 * Readability over `doc` (read through `view`, see document.ts), its content handed back as the element
 * itself, classes kept, JSON-LD left to our own metadata.
 */
export function readArticle(view: Document): ReaderResult {
  const Reader = methodTests.shipped && methodTests.shippedEmpty ? CleanerReadability : Readability<Element>;
  return new Reader(view, {
    serializer: (node) => node as Element,
    keepClasses: true,
    disableJSONLD: true,
  }).parse();
}
