// Cues in an article's headline and lead that it reports a new incident of a kind already seen ("another",
// "the second such arrest", "again", "the latest quake") or that it names an earlier one as past ("last year",
// "was arrested in 2008"), and the cues of a follow-up of one incident ("charged", "identified", "update").
// English only: text in other languages has no cue, and no cue is no evidence either way.

/** The head of an article read for cues: the headline and about two sentences of the lead. */
export const CUE_CHARS = 400;

export const CUE_GROUPS = {
  /** Another incident of a kind: "another", "again", "the latest", "once more", "yet another". */
  repeat: /\b(?:another|again|anew|once more|latest|renewed|repeat(?:ed)?)\b/g,
  /** An ordinal count of a kind: "the second such arrest", "his fourth title", "for the third time". */
  ordinal:
    /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|[4-9]th|1\dth)\s+(?:such|time|straight|consecutive|in\s+(?:a|as\s+many|less|more|the\s+past)|\w+\s+in\s+(?:a|as\s+many|less|more|the\s+past))\b/g,
  /** An earlier incident named as past: "last year", "earlier this year", "years after", "previous". */
  past: /\b(?:last\s+(?:year|month|season|summer|winter|spring|fall|autumn)|earlier\s+this\s+(?:year|month)|(?:years?|months?)\s+(?:after|ago|earlier|before)|previous(?:ly)?|prior|since\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)\b/g,
  /** A follow-up of one incident: charges, a name released, an update. */
  followUp:
    /\b(?:charged|identified|update[ds]?|arraigned|pleaded|indicted|sentenced|named\s+as|after\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)|following|aftermath)\b/g,
} as const;

export type CueGroup = keyof typeof CUE_GROUPS;

/** The head of a text for cues: the headline, then the lead up to CUE_CHARS, lowercased. */
export function cueHead(title: string, text: string): string {
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  return `${title}\n${body.slice(0, CUE_CHARS)}`.toLowerCase();
}

/** How many cues of each group the head holds. */
export function cueCounts(head: string): Record<CueGroup, number> {
  const out = {} as Record<CueGroup, number>;
  for (const [g, re] of Object.entries(CUE_GROUPS) as [CueGroup, RegExp][]) {
    re.lastIndex = 0;
    out[g] = head.match(re)?.length ?? 0;
  }
  return out;
}
