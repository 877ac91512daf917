// Word lists for the synthetic publisher, written for it: plain vocabulary, no borrowed text. One module per
// kind of list; none of their words is a topic term of the scale tests (see TOPIC in ../article-text.ts),
// so only the articles meant to match a topic do.
export { ADJECTIVES, ADVERBS, NOUNS, VERBS } from './parts-of-speech.js';
export { DAYS, MONTHS } from './calendar.js';
export { ORG_KINDS, ROLES, SYLLABLES } from './names.js';
export { CHROME_PHRASES, SECTIONS } from './site-chrome.js';
