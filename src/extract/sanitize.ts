// Display HTML for the article, written from the DOM through an allow-list rather than cleaned as a string:
// we already hold the parsed tree, and a serializer that only ever writes allowed tags, escaped text and
// checked URLs has nothing left to get wrong (no re-parse, no mutation-XSS through the parser). Unknown
// elements are unwrapped (their text stays), links and images are made absolute, and only http(s) and
// mailto survive as URLs.
import { absoluteHttpUrl } from './metadata.js';

const ALLOWED = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'a',
  'img',
  'figure',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'hr',
  'q',
  'cite',
  'abbr',
  'mark',
  'small',
  'time',
  'div',
]);
const VOID = new Set(['br', 'img', 'hr']);
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'select',
  'textarea',
]);
// Structural elements keep a block boundary as a plain <div>; the headline's <h1> is reserved for the page.
const RENAME: Record<string, string> = {
  h1: 'h2',
  article: 'div',
  section: 'div',
  header: 'div',
  main: 'div',
  figcaption: 'div',
  aside: 'div',
  footer: 'div',
  details: 'div',
  summary: 'div',
  center: 'div',
  address: 'div',
  hgroup: 'div',
};

export function sanitizedHtml(root: Element, base: string): string {
  let out = '';
  const stack: { node: Node; close: string | null }[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, close: null });
  while (stack.length) {
    const { node, close } = stack.pop()!;
    if (close !== null) {
      out += close;
      continue;
    }
    if (node.nodeType === 3) {
      out += escapeText(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name0 = el.localName;
    if (DROP.has(name0)) continue;
    const name = RENAME[name0] ?? name0;
    let open = '';
    if (ALLOWED.has(name)) {
      const attrs = allowedAttributes(el, name, base);
      if (attrs === null) continue;
      open = `<${name}${attrs}>`;
    }
    out += open;
    if (VOID.has(name)) continue;
    stack.push({ node, close: open ? `</${name}>` : '' });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, close: null });
  }
  return out.replace(/\n{3,}/g, '\n\n').trim();
}

/** The attribute string for an allowed element, or null to drop the element. */
function allowedAttributes(el: Element, name: string, base: string): string | null {
  if (name === 'a') {
    const href = el.getAttribute('href');
    const abs = href && /^mailto:/i.test(href.trim()) ? href.trim() : absoluteHttpUrl(href, base);
    return abs ? ` href="${escapeAttr(abs)}" rel="nofollow noopener"` : '';
  }
  if (name === 'img') {
    const src = absoluteHttpUrl(el.getAttribute('src'), base);
    if (!src) return null;
    const alt = el.getAttribute('alt');
    return ` src="${escapeAttr(src)}"${alt ? ` alt="${escapeAttr(alt)}"` : ''}`;
  }
  if (name === 'td' || name === 'th') {
    let s = '';
    for (const a of ['colspan', 'rowspan']) {
      const v = el.getAttribute(a);
      if (v && /^\d{1,3}$/.test(v)) s += ` ${a}="${v}"`;
    }
    return s;
  }
  if (name === 'time') {
    const dt = el.getAttribute('datetime');
    return dt ? ` datetime="${escapeAttr(dt)}"` : '';
  }
  return '';
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
