// The one Readability call, with one method of Readability 0.6 made cheaper without changing its answers.
//
// `_isValidByline(node, matchString)` is asked of every element Readability walks until it finds a byline
// (on most pages it finds none, so of all of them), and it reads the element's whole textContent before its
// cheap tests: `rel="author"`, an `itemprop` with "author", or the byline pattern on class and id. Text of the
// html, body and every wrapper is gathered again and again. The override runs the cheap tests first and
// reads the text only for an element that passes them; the answer is the same boolean. Readability keeps
// the method on its prototype and calls it through `this`, so a subclass replaces it;
// test/extract/jsdom-internals.test.ts fails if Readability drops or renames it, and compares both versions.
import { Readability } from '@mozilla/readability';

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
}

const prototypeInternals = Readability.prototype as unknown as ReadabilityInternals & { _isValidByline?: BylineTest };

/** Readability's own byline test and the cheaper one, called as Readability calls them (for the tests). */
export const bylineTests = {
  shipped: prototypeInternals._isValidByline,
  // Called with a `this` below, as Readability calls it.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  cheaper: CleanerReadability.prototype._isValidByline,
  call(test: BylineTest, node: Element, matchString: string): boolean {
    return test.call({ REGEXPS: prototypeInternals.REGEXPS }, node, matchString);
  },
};

export type ReaderResult = ReturnType<Readability<Element>['parse']>;

/**
 * Readability over `doc` (read through `view`, see document.ts), its content handed back as the element
 * itself, classes kept, JSON-LD left to our own metadata.
 */
export function readArticle(view: Document): ReaderResult {
  const Reader = bylineTests.shipped ? CleanerReadability : Readability<Element>;
  return new Reader(view, {
    serializer: (node) => node as Element,
    keepClasses: true,
    disableJSONLD: true,
  }).parse();
}
