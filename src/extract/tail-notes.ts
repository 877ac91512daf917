// Short notes a site puts under every story, after its last paragraph: the opinion disclaimer ("The views
// expressed here are the author's own"), a closed comment section's notice, a page counter ("Pages: 1 2 3"),
// an empty rating widget ("0/5 (0 Reviews)") and a request for feedback on the page. Each is read only as a
// whole short line in the closing part of the story: the same words inside a sentence of the article stay.

/** Longest note: one or two sentences. */
const MAX_CHARS = 260;

/** "The views expressed in this article are those of the author and do not necessarily reflect ..." */
const VIEWS =
  /^(?:note:\s*|disclaimer:\s*)?(?:the )?(?:views|opinions)(?: and opinions| and views)? expressed (?:in|on|by|here|within)\b[^.]{0,120}?\b(?:are (?:solely |entirely |strictly )?(?:those of|the author|their own|his own|her own|my own|the writer)|(?:do|does|are) not necessarily)/i;
/** "Comments are closed.", "Comments are closed for this post, but if you have spotted an error ..." */
const COMMENTS_CLOSED = /^comments (?:are|have been) (?:closed|disabled|turned off)\b/i;
/** "Pages: 1 2 3", "Page 1 of 4": a multi-page post's counter, whose links are gone. */
const PAGES = /^(?:pages?\s*:?\s*(?:\d+\s*){2,}(?:next|»|›|→)?|page \d+ of \d+)$/i;
/** "0/5 (0 Reviews)", "4.5/5 (12 votes)": a rating widget's line. */
const RATING = /^\d(?:\.\d)?\s*\/\s*(?:5|10)\s*\(\s*\d+ (?:reviews?|votes?|ratings?)\s*\)$/i;
/** "Help us improve this page", "Got a minute? Your feedback will help us ...": a survey's prompt. */
const SURVEY =
  /^(?:help us improve (?:this (?:page|article|site)|your (?:reading )?experience|our (?:site|content|website))[.!]?|got a (?:minute|moment)\? your feedback (?:will )?helps? us\b.{0,100})$/i;

export function tailNote(text: string, len: number, tail: boolean): string | null {
  if (!tail || len > MAX_CHARS) return null;
  const t = text.trim();
  if (VIEWS.test(t)) return 'views-note';
  if (COMMENTS_CLOSED.test(t)) return 'comments-closed';
  if (PAGES.test(t)) return 'page-counter';
  if (RATING.test(t)) return 'rating-widget';
  if (SURVEY.test(t)) return 'feedback-prompt';
  return null;
}
