// A cheap, linear pass over the raw HTML before the real parser sees it. jsdom builds an object per element,
// attribute and text node and runs the CSS parser on every <style>: most of a news page is scripts, styles,
// SVG icons and framework attributes that can never be article text, so dropping them as text is the
// single biggest saving. The pass also bounds what the parser and Readability get: nesting deeper than
// `maxDepth` is flattened (jsdom and Readability go quadratic, then overflow the stack, on deep trees) and
// the output is cut at `maxChars`.
//
// It is a scanner, not a parser: it finds tags with small sticky regexes and tracks an approximate stack of
// open elements (with the implied end tags that matter for depth: p, li, dt/dd, table rows and cells,
// headings). Every search is bounded, so hostile input (unclosed quotes, comments, a million open tags)
// stays linear.
import { OFFSCREEN_MARK } from './offscreen-text.js';
import { EMAIL_FIELD } from './email-signup.js';
import { factBoxMarkup } from './fact-boxes.js';
import { PRESTRIP } from './thresholds.js';
import {
  VOID,
  DROP_RAW,
  DROP_SUBTREE,
  DROP_CHROME,
  ARTICLE_OPEN,
  DROP_VOID,
  KEEP_ATTR,
  MEDIA,
  CLOSES_P,
  HEADINGS,
  SCOPE,
  EMPTY,
  SCOPE_BUTTON,
  LIST_SCOPE,
  DL_SCOPE,
  TABLE_SCOPE,
  ROW_SCOPE,
} from './html-tags.js';

const T = PRESTRIP;

export interface PrestripLimits {
  /** Output is cut at a tag boundary once it reaches this many characters. */
  maxChars: number;
  /** Elements opened deeper than this are dropped (their text is kept). */
  maxDepth: number;
}

export interface Prestripped {
  html: string;
  /** Bodies of <script type="application/ld+json">, for metadata. */
  jsonLd: string[];
  truncated: boolean;
  /** Deepest nesting seen in the input (approximate), to tell pathological pages apart. */
  deepest: number;
  /** The page streams React Suspense segments (see streamed-segments.ts): their anchors were kept. */
  streamed: boolean;
  /** Some element was marked as placed off the page (offscreen-text.ts). */
  offscreen: boolean;
}

const OPENERS = new Set([...HEADINGS, 'summary']);
const STREAM_MARK = /^(?:\$|\$\?|\$!|\/\$)$/;
const STREAM_ANCHOR = /^[BP]:[0-9a-z]{1,8}$/i;

/** The id of a React streaming anchor (<template id="B:0"> boundary, <template id="P:1f"> placeholder). */
function streamAnchor(attrs: [string, string | null][]): string | null {
  for (const [k, v] of attrs) if (k === 'id' && v && STREAM_ANCHOR.test(v)) return v;
  return null;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Pushed a thousand pixels or more off the page's left or top edge: no reader sees it (offscreen-text.ts). */
const OFFSCREEN_STYLE = /(?:^|;)\s*(?:left|top|text-indent|margin-left)\s*:\s*-\d{4,}(?:\.\d+)?px/i;

const TAG_NAME = /([a-zA-Z][a-zA-Z0-9:-]*)/y;
// One attribute; values do not run across "<" so an unclosed quote cannot make the scan quadratic.
const ATTR = /[\s/]*([^\s"'<>/=]+)(?![^\s"'<>/=])(?:\s*=\s*(?:"([^"<]*)"|'([^'<]*)'|([^\s"'=<>`]+))|(?!\s*=))/y;
// The fallback for the rare value with "<" in it (JSON in data attributes): bounded, and only tried a
// limited number of times per page.
const ATTR_LOOSE =
  /[\s/]*([^\s"'<>/=]+)(?![^\s"'<>/=])(?:\s*=\s*(?:"([^"]{0,65536})"|'([^']{0,65536})'|([^\s"'=<>`]+))|(?!\s*=))/y;
const TAG_END = /[\s/]*(\/?)>/y;
const WS_RUN = /[ \t\n\r\f]{2,}/g;

export function prestrip(input: string, limits: PrestripLimits): Prestripped {
  const out: string[] = [];
  let outLen = 0;
  const jsonLd: string[] = [];
  const stack: string[] = [];
  let deepest = 0;
  let truncated = false;
  // Memo of "no closer after this point" per tag name: keeps repeated unclosed elements linear.
  const noCloserAfter = new Map<string, number>();
  const closerRe = new Map<string, RegExp>();
  const unclosed = new Map<string, number>();
  let looseBudget = T.looseAttrBudget;
  let sawPre = false;
  let streamed = false;
  let offscreen = false;
  let pos = 0;
  const n = input.length;

  const emit = (s: string): boolean => {
    if (outLen + s.length > limits.maxChars) {
      truncated = true;
      return false;
    }
    out.push(s);
    outLen += s.length;
    return true;
  };
  const findCloser = (name: string, from: number): number => {
    const memo = noCloserAfter.get(name);
    if (memo !== undefined && memo <= from) return -1;
    let re = closerRe.get(name);
    if (!re) closerRe.set(name, (re = new RegExp(`</${name}[\\s/>]`, 'gi')));
    re.lastIndex = from;
    const m = re.exec(input);
    if (!m) {
      noCloserAfter.set(name, from);
      return -1;
    }
    return m.index;
  };
  /** Index of the topmost open `name` reachable without crossing `stopAt`, or -1. */
  const findOpen = (names: Set<string> | string, stopAt: Set<string>): number => {
    const lowest = Math.max(0, stack.length - T.stackSearch);
    for (let i = stack.length - 1; i >= lowest; i--) {
      const s = stack[i]!;
      if (typeof names === 'string' ? s === names : names.has(s)) return i;
      if (stopAt.has(s)) return -1;
    }
    return -1;
  };
  const popTo = (i: number): void => {
    // Only the part of the stack that was written out gets end tags; the parser closes the rest itself.
    stack.length = i;
  };

  while (pos < n && !truncated) {
    const lt = input.indexOf('<', pos);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > pos) {
      let text = input.slice(pos, textEnd);
      // Runs of whitespace become one character outside <pre>: the parser appends text one token at a
      // time, and indentation between tags is a large share of the characters jsdom stores.
      if (!(sawPre && findOpen('pre', EMPTY) !== -1))
        text = text.replace(WS_RUN, (m) => (m.includes('\n') ? '\n' : ' '));
      if (!emit(text)) {
        // Keep what fits of a long text run, cut at a space so no word is split.
        const room = limits.maxChars - outLen;
        const cut = text.lastIndexOf(' ', room);
        if (cut > 0) out.push(text.slice(0, cut));
        break;
      }
    }
    if (lt === -1) break;
    pos = lt;
    const next = input.charCodeAt(pos + 1);

    // <!-- comment -->, <!DOCTYPE>, <![CDATA[ ]]>, <? ?>
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      if (input.startsWith('<!--', pos)) {
        const end = input.indexOf('-->', pos + 4);
        // React's Suspense boundary markers ($, $?, $!, /$) delimit a fallback a streamed segment replaces.
        if (streamed && end !== -1 && end - pos <= 6 && STREAM_MARK.test(input.slice(pos + 4, end)))
          emit(input.slice(pos, end + 3));
        pos = end === -1 ? n : end + 3;
      } else {
        const end = input.indexOf('>', pos);
        const decl = input.slice(pos, end === -1 ? n : end + 1);
        if (/^<!doctype/i.test(decl)) emit(decl);
        pos = end === -1 ? n : end + 1;
      }
      continue;
    }

    // End tag
    if (next === 47 /* / */) {
      TAG_NAME.lastIndex = pos + 2;
      const m = TAG_NAME.exec(input);
      const end = input.indexOf('>', pos);
      if (!m || end === -1) {
        // Not a tag: the parser reads "</" followed by junk as a bogus comment or text; drop it.
        pos = end === -1 ? n : end + 1;
        continue;
      }
      const name = m[1]!.toLowerCase();
      pos = end + 1;
      if (name === 'html' || name === 'head' || name === 'body') {
        continue;
      }
      if (DROP_SUBTREE.has(name) || DROP_RAW.has(name)) continue;
      const i = findOpen(name, EMPTY);
      if (i === -1) continue;
      const written = i < limits.maxDepth;
      popTo(i);
      if (written) emit(`</${name}>`);
      continue;
    }

    // Start tag
    TAG_NAME.lastIndex = pos + 1;
    const m = TAG_NAME.exec(input);
    if (!m) {
      // A lone "<" is text.
      emit('&lt;');
      pos += 1;
      continue;
    }
    const name = m[1]!.toLowerCase();
    let p = TAG_NAME.lastIndex;
    const attrs: [string, string | null][] = [];
    for (;;) {
      TAG_END.lastIndex = p;
      const e = TAG_END.exec(input);
      if (e) {
        p = TAG_END.lastIndex;
        break;
      }
      ATTR.lastIndex = p;
      let a = ATTR.exec(input);
      let next = ATTR.lastIndex;
      if ((!a || next === p) && looseBudget > 0) {
        looseBudget--;
        ATTR_LOOSE.lastIndex = p;
        a = ATTR_LOOSE.exec(input);
        next = ATTR_LOOSE.lastIndex;
      }
      if (!a || next === p) {
        p = -1;
        break;
      }
      p = next;
      if (attrs.length < T.maxAttrs) attrs.push([a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? null]);
    }
    if (p === -1) {
      // Malformed tag (an attribute value with "<" in it, or no ">"): skip to the next ">" and lose the tag.
      const end = input.indexOf('>', pos + 1);
      pos = end === -1 ? n : end + 1;
      continue;
    }
    const tagEnd = p;

    if (DROP_RAW.has(name)) {
      const closer = findCloser(name, tagEnd);
      if (name === 'script' && closer !== -1 && attrs.some(([k, v]) => k === 'type' && /ld\+json/i.test(v ?? ''))) {
        if (jsonLd.length < T.maxJsonLd && closer - tagEnd < T.maxJsonLdChars) jsonLd.push(input.slice(tagEnd, closer));
      }
      // An unclosed raw-text element swallows the rest of the page in a browser too.
      if (closer === -1) break;
      pos = input.indexOf('>', closer) + 1 || n;
      continue;
    }
    if (name === 'template' && streamAnchor(attrs)) {
      // A streamed segment's anchor: kept empty, for streamed-segments.ts to put the segment in its place.
      streamed = true;
      emit(`<template id="${streamAnchor(attrs)}"></template>`);
    }
    if (name === 'button' && findOpen(OPENERS, EMPTY) !== -1) {
      // A heading that is an accordion's opener holds its title in a button: the title is text, the button goes.
      pos = tagEnd;
      continue;
    }
    if (DROP_SUBTREE.has(name)) {
      const misses = unclosed.get(name) ?? 0;
      const closer = misses < T.unclosedBudget ? findMatchingCloser(input, name, tagEnd, findCloser) : -1;
      if (closer === -1) unclosed.set(name, misses + 1);
      // Unclosed: drop the start tag alone, the parser makes the rest of it ordinary content.
      pos = closer === -1 ? tagEnd : input.indexOf('>', closer) + 1 || n;
      continue;
    }
    if (DROP_CHROME.has(name) && !(name === 'header' && findOpen(ARTICLE_OPEN, EMPTY) !== -1)) {
      const misses = unclosed.get(name) ?? 0;
      const closer = misses < T.unclosedBudget ? findMatchingCloser(input, name, tagEnd, findCloser) : -1;
      if (closer === -1) unclosed.set(name, misses + 1);
      else if (
        isChrome(input.slice(tagEnd, closer), name === 'form' ? T.formMaxText : T.chromeMaxText) &&
        !(name === 'aside' && findOpen(ARTICLE_OPEN, EMPTY) !== -1 && factBoxMarkup(input.slice(tagEnd, closer)))
      ) {
        pos = input.indexOf('>', closer) + 1 || n;
        continue;
      }
    }
    pos = tagEnd;
    if (DROP_VOID.has(name)) {
      // An e-mail field is kept, bare: it tells a sign-up box that never says "newsletter" (email-signup.ts).
      if (name === 'input' && attrs.some(([k, v]) => k === 'type' && v?.toLowerCase() === 'email')) emit(EMAIL_FIELD);
      continue;
    }
    if (name === 'link' && !attrs.some(([k, v]) => k === 'rel' && /\b(canonical|amphtml|alternate)\b/i.test(v ?? '')))
      continue;
    if (name === 'title') {
      // RCDATA: copy up to its end tag verbatim, nothing inside is markup.
      const closer = findCloser('title', tagEnd);
      const end = closer === -1 ? n : input.indexOf('>', closer) + 1 || n;
      if (
        !emit(`<title>${input.slice(tagEnd, Math.min(closer === -1 ? n : closer, tagEnd + T.maxTitleChars))}</title>`)
      )
        break;
      pos = end;
      continue;
    }

    const tag = rewriteTag(name, attrs);
    if (!offscreen && tag.includes(OFFSCREEN_MARK)) offscreen = true;
    if (name === 'html' || name === 'head' || name === 'body' || VOID.has(name)) {
      if (!emit(tag)) break;
      continue;
    }
    // Implied end tags that keep the stack close to the parser's.
    if (CLOSES_P.has(name)) {
      const i = findOpen('p', SCOPE_BUTTON);
      if (i !== -1) popTo(i);
    }
    if (name === 'li') closeSame(['li'], LIST_SCOPE);
    else if (name === 'dd' || name === 'dt') closeSame(['dd', 'dt'], DL_SCOPE);
    else if (name === 'tr') closeSame(['tr'], TABLE_SCOPE);
    else if (name === 'td' || name === 'th') closeSame(['td', 'th'], ROW_SCOPE);
    else if (name === 'thead' || name === 'tbody' || name === 'tfoot')
      closeSame(['thead', 'tbody', 'tfoot'], TABLE_SCOPE);
    else if (name === 'a' || name === 'nobr' || name === 'option') closeSame([name], SCOPE);
    else if (HEADINGS.has(name) && stack.length && HEADINGS.has(stack[stack.length - 1]!)) stack.pop();

    if (name === 'pre' || name === 'listing') sawPre = true;
    const depth = stack.length;
    stack.push(name);
    if (depth + 1 > deepest) deepest = depth + 1;
    if (depth < limits.maxDepth && !emit(tag)) break;
  }

  function closeSame(names: string[], stopAt: Set<string>): void {
    const i = findOpen(new Set(names), stopAt);
    if (i !== -1) popTo(i);
  }

  return { html: out.join(''), jsonLd, truncated, deepest, streamed, offscreen };
}

/**
 * Chrome, judged from its markup: little text, or text that is mostly link labels. Forms get a lower
 * bar: some frameworks wrap the whole page, article included, in one <form>.
 */
function isChrome(inner: string, maxText: number): boolean {
  const text = inner
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, 'x')
    .replace(/\s+/g, ' ');
  if (text.length < T.chromeAlwaysText) return true;
  const links = inner.match(/<a\s/gi)?.length ?? 0;
  return text.length < maxText || links * T.chromeCharsPerLink > text.length;
}

const openRe = new Map<string, RegExp>();

/** End of a dropped subtree, counting nested elements of the same name (an <svg> inside an <svg>). */
function findMatchingCloser(
  input: string,
  name: string,
  from: number,
  findCloser: (name: string, from: number) => number,
): number {
  let open = openRe.get(name);
  if (!open) openRe.set(name, (open = new RegExp(`<${name}[\\s/>]`, 'gi')));
  let depth = 1;
  let at = from;
  for (let guard = 0; guard < T.nestedCloserSearch; guard++) {
    const closer = findCloser(name, at);
    if (closer === -1) return -1;
    open.lastIndex = at;
    let m: RegExpExecArray | null;
    while ((m = open.exec(input)) && m.index < closer) depth++;
    depth--;
    if (depth <= 0) return closer;
    at = closer + name.length + 2;
  }
  return -1;
}

function rewriteTag(name: string, attrs: [string, string | null][]): string {
  let s = `<${name}`;
  const media = MEDIA.has(name);
  for (const [k, v] of attrs) {
    if (k === 'style') {
      // Pages hide <body> until their scripts run; that is not content hidden from the reader.
      if (v && HIDDEN_STYLE.test(v) && name !== 'body' && name !== 'html') s += ' hidden';
      else if (v && OFFSCREEN_STYLE.test(v) && name !== 'body' && name !== 'html') s += ` ${OFFSCREEN_MARK}`;
      continue;
    }
    if (!(KEEP_ATTR.has(k) || (media && k.startsWith('data-')))) continue;
    if (v === null) s += ` ${k}`;
    else s += ` ${k}="${v.length > T.maxAttrValue ? '' : v.replace(/"/g, '&quot;')}"`;
  }
  return `${s}>`;
}
