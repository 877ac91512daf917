// The one Readability call, with nine methods of Readability 0.6 made cheaper without changing their answers
// (the two below, and seven more explained where they are replaced).
//
// `_isValidByline(node, matchString)` is asked of every element Readability walks until it finds a byline
// (on most pages it finds none, so of all of them), and it reads the element's whole textContent before its
// cheap tests: `rel="author"`, an `itemprop` with "author", or the byline pattern on class and id. Text of the
// html, body and every wrapper is gathered again and again. The override runs the cheap tests first and
// reads the text only for an element that passes them; the answer is the same boolean.
// `_isElementWithoutContent(node)`, asked of every div, section and heading Readability walks, also gathers
// the whole textContent to see whether it is blank; the override stops at the first text that is not.
// Readability keeps these methods on its prototype and calls them through `this`, so a subclass replaces them;
// test/extract/jsdom-internals.test.ts fails if Readability drops or renames one, and compares both versions.
import { Readability } from '@mozilla/readability';
import { elementsByTags } from './document.js';
import { hasNonSpaceText } from './jsdom-internals.js';
import { hasBlockBelow, isPhrasing, localNames, singleTagInside, type ShapeTables } from './reader-shapes.js';

type BylineTest = (node: Element, matchString: string) => boolean;

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp; b64DataUrl: RegExp; hashUrl: RegExp };
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
  _doc: Document;
  _getAllNodesWithTag(node: Element, tags: string[]): ArrayLike<Element>;
  _getInnerText(node: Element, normalizeSpaces?: boolean): string;
}

/** Readability's score, kept on the node by Readability itself. */
type Scored = Element & { readability?: unknown };

const LINKS = new Set(['a']);
const LAZY_TAGS = ['img', 'picture', 'figure'];
const IMAGE_FILE = /\.(jpg|jpeg|png|webp)/i;
const SRCSET_VALUE = /\.(jpg|jpeg|png|webp)\s+\d/;
const SRC_VALUE = /^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/;

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

  private get internals(): ReadabilityInternals {
    return this as unknown as ReadabilityInternals;
  }

  // Readability asks `node.ownerDocument.createElement`: the page's document, whose every property read
  // searches its named elements (document.ts). The view Readability was given is the same document.
  _setNodeTag(node: Scored, tag: string): Element {
    const replacement: Scored = this.internals._doc.createElement(tag);
    while (node.firstChild) replacement.appendChild(node.firstChild);
    node.parentNode!.replaceChild(replacement, node);
    if (node.readability) replacement.readability = node.readability;
    for (let i = 0; i < node.attributes.length; i++)
      replacement.setAttributeNode(node.attributes[i]!.cloneNode() as Attr);
    return replacement;
  }

  // Readability removes a dozen presentational attributes by name from every element; only the attributes an
  // element has are looked at here (most have one or two, and the pre-strip keeps none of those names).
  _cleanStyles(e: Element | null): void {
    if (!e || e.tagName.toLowerCase() === 'svg') return;
    if (e.hasAttributes()) {
      const { PRESENTATIONAL_ATTRIBUTES: named, DEPRECATED_SIZE_ATTRIBUTE_ELEMS: sized } = this.internals;
      const size = sized.includes(e.tagName);
      for (const name of e.getAttributeNames())
        if (named.includes(name) || (size && (name === 'width' || name === 'height'))) e.removeAttribute(name);
    }
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) this._cleanStyles(c);
  }

  // Asked of every div the walk meets, and of every node below it until one is a block (reader-shapes.ts).
  _hasChildBlockElement(element: Element): boolean {
    return (
      (SHAPES && hasBlockBelow(element, SHAPES.blockNames)) ??
      prototypeInternals._hasChildBlockElement!.call(this, element)
    );
  }

  _hasSingleTagInsideElement(element: Element, tag: string): boolean {
    return SHAPES
      ? singleTagInside(element, tag, SHAPES.hasContent)
      : prototypeInternals._hasSingleTagInsideElement!.call(this, element, tag);
  }

  _isPhrasingContent(node: Node): boolean {
    return SHAPES ? isPhrasing(node, SHAPES.phrasing) : prototypeInternals._isPhrasingContent!.call(this, node);
  }

  // The links as a static list (getElementsByTagName builds a live collection per call).
  _getLinkDensity(element: Element): number {
    const r = this.internals;
    const textLength = r._getInnerText(element).length;
    if (textLength === 0) return 0;
    let linkLength = 0;
    for (const a of elementsByTags(element, LINKS)) {
      const href = a.getAttribute('href');
      linkLength += r._getInnerText(a).length * (href && r.REGEXPS.hashUrl.test(href) ? 0.3 : 1);
    }
    return linkLength / textLength;
  }

  // Readability reads `elem.src` up to three times per image, and each read parses the URL again (a twentieth
  // of its time). Here it is read at most once, and not at all when the attribute alone answers what Readability
  // asks of it (`plainSource`); the decisions are Readability's.
  _fixLazyImages(root: Element): void {
    const r = this.internals;
    for (const elem of Array.from(r._getAllNodesWithTag(root, LAZY_TAGS))) {
      const img = elem as Element & { src?: string; srcset?: string };
      const plain = plainSource(elem);
      let src = plain ? undefined : (literalDataSource(elem) ?? img.src);
      const parts = src ? r.REGEXPS.b64DataUrl.exec(src) : null;
      if (src && parts) {
        if (parts[1] === 'image/svg+xml') continue;
        const other = Array.from(elem.attributes).some((a) => a.name !== 'src' && IMAGE_FILE.test(a.value));
        if (other && src.length - parts[0].length < 133) {
          elem.removeAttribute('src');
          src = img.src;
        }
      }
      if ((plain || src || (img.srcset && img.srcset != 'null')) && !elem.className.toLowerCase().includes('lazy'))
        continue;
      for (let j = 0; j < elem.attributes.length; j++) {
        const attr = elem.attributes[j]!;
        if (attr.name === 'src' || attr.name === 'srcset' || attr.name === 'alt') continue;
        const copyTo = SRCSET_VALUE.test(attr.value) ? 'srcset' : SRC_VALUE.test(attr.value) ? 'src' : null;
        if (!copyTo) continue;
        if (elem.tagName === 'IMG' || elem.tagName === 'PICTURE') elem.setAttribute(copyTo, attr.value);
        else if (elem.tagName === 'FIGURE' && !r._getAllNodesWithTag(elem, ['img', 'picture']).length) {
          const image = r._doc.createElement('img');
          image.setAttribute(copyTo, attr.value);
          elem.appendChild(image);
        }
      }
    }
  }
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const MAYBE_DATA_URL = /data|[\t\n\r]/i;

/**
 * Whether an element's `src` is surely a URL that is not empty and not a data: URL, from its attribute alone:
 * an img's src is the attribute resolved against the document's base, or the attribute itself when it does not
 * resolve, so a non-empty attribute gives a non-empty src, and the URL parser makes "data:" of an attribute only
 * if "data" is in it (after dropping tabs and line breaks, which it removes). An empty attribute resolves to
 * the base URL or stays empty, so it is left to the getter.
 */
function plainSource(el: Element): boolean {
  if (el.localName !== 'img' || el.namespaceURI !== HTML_NS) return false;
  const raw = el.getAttribute('src');
  return !!raw && !MAYBE_DATA_URL.test(raw);
}

// A data: URL the URL parser leaves as written: lower-case scheme, then only characters its opaque-path state
// copies unchanged (no query, fragment, white space, controls or non-ASCII to drop or percent-encode), and no
// "/" first, which would make it a path with an authority or dot segments.
const LITERAL_DATA_URL = /^data:[A-Za-z0-9][A-Za-z0-9+/=;,:._-]*$/;

/**
 * An img's `src` without the URL parser, for the lazy-loading placeholders (`data:image/gif;base64,...`) on
 * many pages: such an attribute parses (a scheme makes it absolute, whatever the base) and serializes back to
 * itself, so it is the getter's answer. Undefined for anything else, which is left to the getter.
 */
function literalDataSource(el: Element): string | undefined {
  if (el.localName !== 'img' || el.namespaceURI !== HTML_NS) return undefined;
  const raw = el.getAttribute('src');
  return raw && LITERAL_DATA_URL.test(raw) ? raw : undefined;
}

const prototypeInternals = Readability.prototype as unknown as ReadabilityInternals &
  Partial<ShapeTables> & {
    _isValidByline?: BylineTest;
    _isElementWithoutContent?: (node: Element) => boolean;
    _hasChildBlockElement?: (element: Element) => boolean;
    _hasSingleTagInsideElement?: (element: Element, tag: string) => boolean;
    _isPhrasingContent?: (node: Node) => boolean;
  };

/** Readability's tag tables as the shape questions read them, or null when they are not as in 0.6. */
const SHAPES = ((): { blockNames: ReadonlySet<string>; phrasing: ReadonlySet<string>; hasContent: RegExp } | null => {
  const { DIV_TO_P_ELEMS: blocks, PHRASING_ELEMS: phrasing, REGEXPS } = prototypeInternals;
  const hasContent = REGEXPS?.hasContent;
  if (!(blocks instanceof Set) || !Array.isArray(phrasing) || !(hasContent instanceof RegExp)) return null;
  // A global or sticky pattern keeps state between tests; Readability's has none, and the answers rely on it.
  if (hasContent.global || hasContent.sticky) return null;
  const blockNames = localNames(blocks as ReadonlySet<string>);
  return blockNames ? { blockNames, phrasing: new Set(phrasing), hasContent } : null;
})();

/** The methods replaced above, as the tests call them on Readability's and on the cheaper reader. */
export interface ReplacedMethods {
  _hasChildBlockElement(element: Element): boolean;
  _hasSingleTagInsideElement(element: Element, tag: string): boolean;
  _isPhrasingContent(node: Node): boolean;
  _setNodeTag(node: Element, tag: string): Element;
  _cleanStyles(e: Element): void;
  _getLinkDensity(e: Element): number;
  _fixLazyImages(root: Element): void;
}

const RELIED_ON = [
  '_isValidByline',
  '_isElementWithoutContent',
  '_setNodeTag',
  '_cleanStyles',
  '_getLinkDensity',
  '_fixLazyImages',
  '_getAllNodesWithTag',
  '_getInnerText',
  '_hasChildBlockElement',
  '_hasSingleTagInsideElement',
  '_isPhrasingContent',
];
/** Everything the replacements rely on is still where Readability 0.6 keeps it (else it runs unchanged). */
export const replaceable =
  RELIED_ON.every((name) => typeof (prototypeInternals as unknown as Record<string, unknown>)[name] === 'function') &&
  prototypeInternals.REGEXPS?.b64DataUrl instanceof RegExp &&
  prototypeInternals.REGEXPS.hashUrl instanceof RegExp &&
  Array.isArray(prototypeInternals.PRESENTATIONAL_ATTRIBUTES) &&
  Array.isArray(prototypeInternals.DEPRECATED_SIZE_ATTRIBUTE_ELEMS);

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
  /** Readability's reader and the cheaper one over the same document (a view, see document.ts). */
  readers(view: Document): { shipped: ReplacedMethods; cheaper: ReplacedMethods } {
    return {
      shipped: new Readability(view) as unknown as ReplacedMethods,
      cheaper: new CleanerReadability(view),
    };
  },
};

export type ReaderResult = ReturnType<Readability<Element>['parse']>;

/**
 * Readability over `doc` (read through `view`, see document.ts), its content handed back as the element
 * itself, classes kept, JSON-LD left to our own metadata.
 */
export function readArticle(view: Document): ReaderResult {
  const Reader = replaceable ? CleanerReadability : Readability<Element>;
  return new Reader(view, {
    serializer: (node) => node as Element,
    keepClasses: true,
    disableJSONLD: true,
  }).parse();
}
