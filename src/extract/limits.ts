// Bounds on what one page may cost. A page beyond them still gets an answer: truncated, or "no article found".

/** Characters of HTML handed to the parser after the pre-strip; the rest of the page is cut off. */
export const MAX_PARSE_CHARS = 5_000_000;
/** Element nesting handed to the parser; deeper tags are dropped (their text is kept). */
export const MAX_DEPTH = 160;
/** Elements Readability may score; a page with more is not an article page we can clean in bounded time. */
export const MAX_ELEMENTS = 60_000;
/** Characters of article text kept; the rest is cut at a paragraph boundary. */
export const MAX_TEXT_CHARS = 500_000;
/** An article has at least this much text after cleaning. */
export const MIN_TEXT_CHARS = 200;
export const MIN_WORDS = 30;
