// A sign-up box told by its e-mail field alone: a table or a box of hashed classes with the list's name, a
// line of pitch and an e-mail field, which never says "newsletter" or "inbox" (the words the sign-up rules
// read). prestrip keeps such a field, bare, as EMAIL_FIELD; before Readability reads the page, the largest
// box around it that holds no more than a pitch goes, with the field. A field set inside the story's own
// container (whose text is the story's) takes nothing with it.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

/** What prestrip writes for an <input type="email">: no other attribute survives. */
export const EMAIL_FIELD = '<input type="email">';

/** A sign-up box's text: a name and a line or two of pitch, never a story's paragraph. */
const MAX_CHARS = 300;
const INPUT = new Set(['input']);

export function removeEmailSignups(body: Element, trace?: Trace): void {
  for (const field of elementsByTags(body, INPUT)) {
    if (!field.isConnected || field.getAttribute('type') !== 'email') continue;
    let box: Element = field;
    for (let p = field.parentElement; p && p !== body; p = p.parentElement) {
      if (collapseSpace(p.textContent ?? '').length > MAX_CHARS) break;
      box = p;
    }
    const text = collapseSpace(box.textContent ?? '');
    if (text) trace?.('email-signup', text);
    box.remove();
  }
}
