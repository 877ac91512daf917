// The publisher's own boxes that close a story inside its container: "About <Publisher>" over a company
// description ("<Publisher> is a recognised leader in ..."), and a founder's or editor's appeal ("A message from
// <name>, co-founder of <Publisher>:") with the audience figures under it. Both speak of the site that prints the
// story, which is how they are told from the story's own "About the study" or a quoted message: the name must be
// one the page declares for itself (og:site_name, the JSON-LD publisher) or its host's. A story about the
// publisher's past ("<Publisher> was founded in 1871 ...") is no company description and stays.
import { leafBlocks } from './blocks.js';
import { elementAndAfter, type Trace } from './document.js';
import { hostLabels } from './host-labels.js';
import { collapseSpace } from './text.js';

export interface Site {
  names: readonly string[];
  url: string;
}

const T = {
  /** The box is in the story's last blocks: at most this many after its first line. */
  maxBlocksAfter: 8,
  /** ... holding at most this share of the article's text. */
  maxShare: 0.4,
  /** A heading "About <Name>": at most this long. */
  headingMaxChars: 70,
  /** A name shorter than this (compacted) is too common to be the publisher's. */
  minNameChars: 4,
} as const;

const ABOUT = /^about\s+(.{2,60})$/i;
const APPEAL =
  /^an? (?:message|note|letter|word) from [^,:]{3,60},\s*(?:[\p{L} -]{0,40}\s)?(?:co-?founder|founder|ceo|chief executive|publisher|editor(?:-in-chief)?|president|owner)\s+(?:of|at)\s+([^:]{2,60}):$/iu;
const HEADING = /^H[2-6]$/;
const COMMON_LABELS = new Set(['www', 'com', 'org', 'net', 'blog', 'news', 'amp', 'example']);

export function removePublisherBoxes(root: Element, site: Site, trace: Trace): void {
  const blocks = leafBlocks(root);
  const texts = blocks.map((b) => collapseSpace(b.textContent ?? ''));
  const total = texts.reduce((a, t) => a + t.length, 0);
  const keys = siteKeys(site);
  if (!total || !keys.length) return;
  for (let i = Math.max(0, blocks.length - 1 - T.maxBlocksAfter); i < blocks.length; i++) {
    const rule = boxRule(blocks[i]!, texts[i]!, texts[i + 1] ?? '', keys);
    if (!rule) continue;
    const after = texts.slice(i).reduce((a, t) => a + t.length, 0);
    if (after > total * T.maxShare) continue;
    const victims = elementAndAfter(blocks[i]!, root);
    trace?.(rule, victims.map((v) => collapseSpace(v.textContent ?? '')).join(' | '));
    for (const v of victims) v.remove();
    return;
  }
}

function boxRule(el: Element, text: string, next: string, keys: string[]): string | null {
  const appeal = APPEAL.exec(text);
  if (appeal && isPublisher(appeal[1]!, keys)) return 'publisher-appeal';
  const about = text.length <= T.headingMaxChars && headingLike(el, text) ? ABOUT.exec(text) : null;
  if (!about || !isPublisher(about[1]!, keys)) return null;
  // Left last, when an earlier rule took its description as a bio.
  if (!next) return 'publisher-about';
  // A company description in the present tense: "<Name> is ...", "<Name> by Parent is ...".
  const name = about[1]!.replace(/^the\s+/i, '');
  const start = next.replace(/^the\s+/i, '');
  if (!start.toLowerCase().startsWith(name.toLowerCase())) return null;
  return /^[^.]{0,40}?\s(?:is|are)\s/.test(start.slice(name.length)) ? 'publisher-about' : null;
}

function headingLike(el: Element, text: string): boolean {
  if (HEADING.test(el.tagName)) return true;
  const only = el.children.length === 1 ? el.firstElementChild : null;
  if (only && /^(?:STRONG|B)$/.test(only.tagName) && collapseSpace(only.textContent ?? '') === text) return true;
  return !/[.!?:;,]$/.test(text);
}

/** The site's declared names and its host's labels, compacted ("siliconangle", "valleycourier"). */
function siteKeys(site: Site): string[] {
  const out = site.names.map(compact).filter((k) => k.length >= T.minNameChars);
  for (const label of hostLabels(site.url))
    if (label.length >= T.minNameChars && !COMMON_LABELS.has(label)) out.push(label.replace(/[^a-z0-9]/g, ''));
  return out;
}

/** "SiliconANGLE Media" is the site "SiliconANGLE"; "The Valley Courier Group" the site "The Valley Courier". */
function isPublisher(name: string, keys: readonly string[]): boolean {
  const c = compact(name);
  return c.length >= T.minNameChars && keys.some((k) => c.startsWith(k) || k.startsWith(c));
}

function compact(s: string): string {
  return s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
