// A fact box set in an <aside> inside the article: a heading over a list, a table or a definition list of the
// story's own facts ("The fire at a glance": area, evacuations, containment), with no link, form or player.
// The page's asides are otherwise chrome (rails, sign-ups, bios) and go before Readability reads the page, and
// Readability drops every <aside> it keeps; such a box is the story's, so it is read as a <div> instead. A box
// with any link in it is left to the chrome rules (a rail of headlines, a "read more" list, a bio), and so is
// a list of bare phrases ("Trending searches": "gas prices", "school closures"): a fact has a figure, a
// date, a "label: value" or a sentence's length.
import { elementsByTags } from './document.js';

const T = {
  /** Fewest characters of text: a heading and a few facts. */
  minText: 60,
  /** Most characters of text: a box, not a second article. */
  maxText: 1500,
} as const;

/** Links, controls and media are a widget's; a list of menu items is the site's navigation. */
const NOT_FACTS = /<(?:a|form|input|button|select|textarea|iframe|video|audio|img|picture|svg)[\s>/]|\brole=["']?menu/i;
const HEADED = /<(?:h[2-6]|strong|b)[\s>]/i;
const ROWS = /<(?:li|tr|dt|dd)[\s>]/i;

/** From the markup between an <aside>'s tags (prestrip reads the page as text): a heading over rows of facts. */
export function factBoxMarkup(inner: string): boolean {
  if (NOT_FACTS.test(inner) || !HEADED.test(inner) || !ROWS.test(inner)) return false;
  const text = inner
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;
  if (text < T.minText || text > T.maxText) return false;
  const rows = Array.from(inner.matchAll(ROW_TEXT), (m) => (m[2] ?? '').replace(/<[^>]*>/g, ' '));
  return factRows(rows);
}

const ROW_TEXT = /<(li|tr|dt|dd)\b[^>]*>([\s\S]*?)(?=<\/\1>|<(?:li|tr|dt|dd)\b|$)/gi;
/** A fact: a figure, a "label: value", or six words at least. */
const FACT = /\d|:/;
const FACT_WORDS = 6;

/** Rows of facts, not bare phrases: at least half of them hold a figure, a colon or a sentence's words. */
export function factRows(rows: readonly string[]): boolean {
  const texts = rows.map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const facts = texts.filter((t) => FACT.test(t) || t.split(' ').length >= FACT_WORDS).length;
  return texts.length > 0 && facts * 2 >= texts.length;
}

const ASIDE = new Set(['aside']);
const ARTICLE = new Set(['article', 'main']);

/** Asides inside the article that are fact boxes become <div>s, children and class kept. */
export function keepFactBoxes(body: Element): void {
  for (const aside of elementsByTags(body, ASIDE)) {
    if (!aside.isConnected || !insideArticle(aside) || !factBoxMarkup(aside.innerHTML)) continue;
    const div = aside.ownerDocument.createElement('div');
    const cls = aside.getAttribute('class');
    if (cls) div.setAttribute('class', cls);
    div.append(...Array.from(aside.childNodes));
    aside.replaceWith(div);
  }
}

function insideArticle(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (ARTICLE.has(p.localName)) return true;
  return false;
}
