// Readability drops any element whose class or id holds a chrome word ("header", "extra", "community",
// "social") before it scores the page, headings inside the story included. Three kinds of names on a heading
// say nothing about chrome, and lose the story its section headings when Readability reads them as such:
//   - "header" in a heading's own class ("header-anchor-post", "et_pb_module_header", "recipe__tips-header"):
//     the heading is a header, that is all the name says;
//   - typography utilities ("font-extrabold", "leading-extra-tight"): "extra" is a weight or a spacing;
//   - a slug of the heading's own words as its id or class ("growing-the-coffee-community" on "Growing the
//     coffee community", "h-5-community-building" on "5. Community Building"): the words are the story's.
// Those parts of the name are taken off before Readability runs; a name that still says chrome without them
// ("related-header", "comments-title") keeps it, so a rail's or a comment section's heading still goes.
import { elementsByTags } from './document.js';
import { READABILITY_MAYBE, READABILITY_UNLIKELY } from './prune-page.js';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const HEADER = /header/gi;
/** A class that sets type (weight, leading, tracking, size), in utility-CSS and CSS-module spellings. */
const TYPE_UTILITY = /^(?:[a-z0-9]+:)*(?:font|leading|tracking|text|spacing|typography)[-_]/i;
const EXTRA = /extra/gi;
/** Letters of a slug shorter than this could be anywhere in a long heading ("menu" in "menus"). */
const MIN_SLUG_LETTERS = 6;

/** "h-5-", "s2-": a short prefix some editors put before a heading's slug. */
const SLUG_PREFIX = /^[a-z]{1,2}(?=[-_\d])/i;

/** Readability's words for chrome in a class or id (unlikely candidates and negative weight, 0.6). */
const CHROME_WORD =
  /-ad-|banner|combx|comment|community|contact|extra|footer|header|masthead|media|menu|meta|promo|related|remark|replies|scroll|share|shopping|sidebar|social|sponsor|tags|widget/i;

const WORDS = /[\p{L}\p{N}]+/gu;

const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}]+/gu, '');

const chromeName = (name: string): boolean => READABILITY_UNLIKELY.test(name) && !READABILITY_MAYBE.test(name);

/**
 * A class or id that is a slug of `text`: its letters run inside the text's ("h-5-community-building" on
 * "5. Community Building"), or its words are the text's words in order, some left out ("used-ev-checklist"
 * on "Used full EV checklist").
 */
export function slugOf(token: string, text: string): boolean {
  const bare = token.replace(SLUG_PREFIX, '');
  const l = letters(bare);
  if (l.length < MIN_SLUG_LETTERS) return false;
  if (letters(text).includes(l)) return true;
  const words = text.toLowerCase().match(WORDS) ?? [];
  let i = 0;
  for (const w of bare.toLowerCase().match(WORDS) ?? []) {
    while (i < words.length && words[i] !== w) i++;
    if (i++ >= words.length) return false;
  }
  return true;
}

/** The id of a section named after its own heading ("used-ev-shopping-checklist" over "Used EV shopping checklist"). */
export function isHeadingSlugId(el: Element, id: string): boolean {
  if (!CHROME_WORD.test(id)) return false;
  const h = el.querySelector('h1,h2,h3,h4,h5,h6');
  return !!h && slugOf(id, h.textContent ?? '');
}

export function neutralHeadingNames(body: Element): void {
  for (const h of elementsByTags(body, HEADINGS)) {
    const cls = h.getAttribute('class') ?? '';
    const id = h.getAttribute('id') ?? '';
    if (!chromeName(`${cls} ${id}`)) continue;
    const own = h.textContent ?? '';
    const slugOfText = (token: string): boolean => slugOf(token, own);
    const tokens = cls
      .split(/\s+/)
      .filter((t) => t && !slugOfText(t))
      .map((t) => (TYPE_UTILITY.test(t) ? t.replace(EXTRA, '') : t).replace(HEADER, ''));
    const newId = slugOfText(id) ? '' : id;
    if (chromeName(`${tokens.join(' ')} ${newId}`)) continue;
    h.setAttribute('class', tokens.filter(Boolean).join(' '));
    if (newId !== id) h.removeAttribute('id');
  }
}
