// The XML parser is strict, and real feeds are not: bare "&" (AT&T) and HTML-only entities (&rsquo;,
// &nbsp;) are the usual reasons a readable feed fails to parse. Repair exactly those, outside CDATA
// sections, and leave structural errors (unclosed or mismatched tags) for the parser to report.
import { decodeHTMLStrict } from 'entities';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const AMPERSAND = /&(?:([A-Za-z][A-Za-z0-9]{0,31});|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)?/g;

function repairSegment(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(AMPERSAND, (match, name: string | undefined) => {
    if (match === '&') return '&amp;';
    if (!name || XML_ENTITIES.has(name)) return match;
    const decoded = decodeHTMLStrict(match);
    if (decoded === match) return `&amp;${name};`;
    return [...decoded].map((ch) => `&#x${(ch.codePointAt(0) as number).toString(16)};`).join('');
  });
}

export function repairXml(xml: string): string {
  const parts = xml.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = repairSegment(parts[i] as string);
  return parts.join('');
}
