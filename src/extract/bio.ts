// Author bios at the end of a story: "Jane Doe is a senior reporter who ...", "Courts correspondent Jane Doe
// has reported ...", "About the writer: ...". The wording is judged here; where (the last few blocks) is
// decided by prune-article.ts.
import { BIO_LABEL } from './chrome-lines.js';
import { BIO_ROLE, BIO_START } from './junk-text.js';
import { PRUNE_ARTICLE as T } from './thresholds.js';

/** Bios that do not name the author: "The author is a lecturer in ...". */
const AUTHOR_IS = /^(?:the )?(?:authors?|writers?) (?:is|are|was|were) (?:a|an|the)\b/i;

/**
 * `bylineName` is the first author of the byline, `nameHead` their first name. At the end of the story (`tail`)
 * any bio-shaped block counts; at its head (a byline box under the standfirst) only one that opens with the
 * author's name: "Jane is Courts Editor at the Courier. She ...".
 */
export function isBio(text: string, bylineName: string, nameHead: string, tail = true): boolean {
  const t = text.replace(BIO_LABEL, '');
  // The role has to be said in the opening: "Jane Doe is a senior reporter who ...".
  const opening = t.slice(0, T.bioOpeningChars);
  if (tail && (BIO_START.test(t) || AUTHOR_IS.test(t)) && BIO_ROLE.test(opening)) return true;
  if (!nameHead || nameHead.length < T.bioMinNameChars) return false;
  const startsWithAuthor = t.startsWith(bylineName) || t.startsWith(`${nameHead} `);
  if (!tail) return startsWithAuthor && authorVerb(t, bylineName, nameHead) && BIO_ROLE.test(opening);
  return (startsWithAuthor || rolePrefixed(t, bylineName)) && BIO_ROLE.test(opening);
}

/** At the head, the author's name is followed by a bio's verb: "Jane is", "Jane Doe has covered". A list of the
 * authors of a paper ("Jane Doe, PhD; ...") is not a bio. */
function authorVerb(t: string, name: string, head: string): boolean {
  const rest = t.startsWith(name) ? t.slice(name.length) : t.slice(head.length);
  return /^,?\s+(?:is|was|has|covers|writes|reports|joined)\b/.test(rest);
}

/** "Courts correspondent Jane Doe has reported ...": a role of a few words, the author's full name, a verb. */
function rolePrefixed(t: string, name: string): boolean {
  const at = name.includes(' ') ? t.indexOf(name) : -1;
  if (at <= 0 || at > T.bioNameChars) return false;
  const before = t.slice(0, at).trim();
  return (
    before.split(/\s+/).length <= T.bioRoleWords &&
    BIO_ROLE.test(before) &&
    /^,?\s+(?:has|is|was|covers|writes|reports|joined)\b/.test(t.slice(at + name.length))
  );
}
