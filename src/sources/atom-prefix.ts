// An Atom document may bind the Atom namespace to a prefix (<a:feed xmlns:a="http://www.w3.org/2005/Atom">);
// rss-parser knows elements by their literal names only, so such a feed was "not a feed". Rewriting the prefix
// away is exact for XML that binds it once, on the root, as these feeds do. Pure: no IO.
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const PREFIXED_ROOT = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.-]*):feed\b([^>]*)>/;

/** The document with the Atom prefix dropped from element names, or the text as it was. */
export function unprefixAtom(xml: string): string {
  const root = PREFIXED_ROOT.exec(xml);
  if (!root) return xml;
  const prefix = root[1] as string;
  const binding = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*(["'])${ATOM_NS.replace(/[./]/g, '\\$&')}\\1`);
  if (!binding.test(root[2] as string)) return xml;
  const parts = xml.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  const tag = new RegExp(`<(/?)${prefix}:`, 'g');
  for (let i = 0; i < parts.length; i += 2) parts[i] = (parts[i] as string).replace(tag, '<$1');
  return parts.join('').replace(binding, ` xmlns="${ATOM_NS}"`);
}
