// Tag-name sets for the prestrip pass: which elements are void, dropped, kept as chrome candidates, or bound
// an implied end tag (the HTML parser's scope rules, abridged).

export const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
]);
/** Raw-text and RCDATA elements: their content is not markup, so they are removed with it in one step. */
export const DROP_RAW = new Set(['script', 'style', 'textarea', 'xmp', 'noembed', 'noframes', 'iframe', 'noscript']);
/** Elements whose subtree never carries article text in a page read without scripts. */
export const DROP_SUBTREE = new Set([
  'svg',
  'math',
  'template',
  'object',
  'video',
  'audio',
  'canvas',
  'select',
  'datalist',
  'button',
  'map',
]);
/**
 * Page chrome with its own element: dropped as text when it is small or made of links, which is nearly
 * always (menus, page footers, rails). A large prose-like one is kept for the DOM stage to judge.
 */
export const DROP_CHROME = new Set(['nav', 'footer', 'aside', 'header', 'form']);
/** A <header> inside the article holds its headline and byline; only page headers go as text. */
export const ARTICLE_OPEN = new Set(['article', 'main']);
/** Void elements worth nothing to the cleaner. */
export const DROP_VOID = new Set(['input', 'embed', 'param', 'track', 'keygen', 'wbr', 'area', 'frame']);
/** Attributes the cleaner, Readability and the display HTML read; everything else is dropped. */
export const KEEP_ATTR = new Set([
  'id',
  'class',
  'href',
  'src',
  'srcset',
  'alt',
  'hidden',
  'role',
  'aria-hidden',
  'aria-modal',
  'aria-label',
  // Disclosure panels (collapsed-prose.ts): the panel's label and the opener's state.
  'aria-labelledby',
  'aria-expanded',
  'aria-controls',
  // An AMP embed's stand-ins (embed-fallbacks.ts).
  'placeholder',
  'fallback',
  'itemprop',
  'itemtype',
  'itemscope',
  'rel',
  'name',
  'content',
  'property',
  'http-equiv',
  'charset',
  'lang',
  'dir',
  'datetime',
  'colspan',
  'rowspan',
  'type',
  'start',
  'cite',
]);
/** Images keep their lazy-loading attributes (data-src and friends), which Readability promotes to src. */
export const MEDIA = new Set(['img', 'source', 'picture', 'figure']);

/** Elements that close an open <p> (the HTML parser's "close a p element" list, abridged). */
export const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'dd',
  'dt',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'listing',
  'search',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Scope boundaries: an implied end tag never reaches past these. */
export const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'object', 'template', 'marquee', 'applet']);
export const EMPTY = new Set<string>();
export const SCOPE_BUTTON = new Set([...SCOPE, 'button']);
export const LIST_SCOPE = new Set([...SCOPE, 'ul', 'ol', 'menu']);
export const DL_SCOPE = new Set([...SCOPE, 'dl']);
export const TABLE_SCOPE = new Set(['html', 'table']);
export const ROW_SCOPE = new Set(['html', 'table', 'tr']);
