// A line that is only a date, maybe with a time, an "(Updated ...)" note or a section name before it:
// "March 2, 2024 6:00 am (Updated 6:01 am)", "Politics / February 28, 2024", "Jan 13, 2025 |", "| March 2, 2026" (a
// kicker whose link did not come along), "on March 2, 2026", "March 2, 2026 • 6 minutes", a blog's
// "Posted by Dana at March 2, 2024 11:15 AM". At the head or
// the tail of the story it is the page's metadata (the date goes to `published`), left in the body by the
// template; prune-article.ts asks only there, because in the middle of a text dates on lines of their own are
// an events list's or a timeline's. A sentence with a date in it has words around the date and never matches.
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// The year may be left out: sites print this year's dates as "3 Dec" or "Dec 3" (a <time> element's text).
const DATE = `(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH}(?:,? \\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const TIME = '(?:,? (?:at )?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?';
/** A wire's "Updated 2 hours ago" run onto its date (red team 4). */
const AGO = '(?:\\s*[|•·]?\\s*updated \\d{1,2} (?:min(?:ute)?s?|hours?|days?) ago)?';
/** A reading time after the date ("March 2, 2026 • 6 minutes"). */
const READ = '(?:\\s*[|•·]\\s*\\d{1,2} min(?:ute)?s?(?: read)?)?';
const DATE_LINE = new RegExp(
  `^(?:\\d+ min(?:ute)?s? read\\s*[·|•]?\\s*)?(?:[\\p{L} &]{0,30}\\s*[/|•·]\\s*|(?:posted|written|published) by [\\p{L}'’. -]{1,40} (?:at|on) )?(?:on )?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,? )?${DATE}${TIME}\\s*(?:\\(updated[^)]{0,40}\\))?${AGO}${READ}\\s*[|•·]?$`,
  'iu',
);
/**
 * Published and updated stamps with the clock time first, as news sites print them: "Published 6:00 a.m. ET
 * March 4, 2026 | Updated 7:12 a.m. ET March 4, 2026". "Originally published ..." is left: ground truths keep it.
 */
const CLOCK = '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?';
const STAMP = `(?:published|updated|posted|issued)(?: on| at)?:?\\s*(?:${CLOCK},?\\s*(?:on\\s*)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\\w*,? )?${DATE}${TIME}`;
const STAMP_LINE = new RegExp(`^${STAMP}(?:\\s*[|•·,]?\\s*${STAMP})*\\.?$`, 'iu');
/** A broadcaster's or regional chain's stamp in English with a numeric date or the clock first (red team 6):
 * "Issued on: 10/06/2026 - 17:52", "Published on 10/06/2026 - 16:01 GMT+2", "08:14, 10 JUN 2026". */
const ZONE = '(?:\\s*(?:gmt|utc|cet|cest|bst|ist|sgt|hkt|aest|aedt|et|edt|est)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?)?';
const NUMERIC_STAMP = new RegExp(
  `^(?:(?:published|updated|posted|issued|last updated)(?: on)?:?\\s*)?\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}(?:\\s*[-–,|]?\\s*(?:at\\s*)?${CLOCK}${ZONE})?$|^${CLOCK},?\\s*${DATE}$`,
  'iu',
);
const STAMP_MAX_CHARS = 120;
/** The same stamps in French, German, Polish, Ukrainian, Russian, Italian and Spanish, with a numeric date
 * ("Publié le 04/06/2026 à 18h20, mis à jour à 19h02"): "Publié le mois dernier, ..." has no date and stays. */
const INTL_STAMP =
  /^(?:publié|mis à jour|veröffentlicht|aktualisiert|zuletzt aktualisiert|opublikowano|aktualizacja|zaktualizowano|опубліковано|оновлено|опубликовано|обновлено|pubblicato|aggiornato|publicado|actualizado)(?: (?:le|am|on|el|il|dnia))?:?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\d])[^.!?]{0,60}$/i;
/** Longest date line: a section name, a date, a time and an update note. */
const MAX_CHARS = 80;

/**
 * A byline's or date's label left without its value ("Edited by", "Posted On"): the name or date was a widget
 * (a card, a script-filled element) that did not come along. Only "by" and "on" labels: "Updated" alone may be a
 * live blog's heading.
 */
const META_LABEL =
  /^(?:(?:medically |expertly )?(?:edited|reviewed|fact[- ]checked|written|posted|published|updated|curated|reported) (?:by|on)|reviewed & edited by|(?:date )?last reviewed)\s*:?$/i;

/**
 * An author card's job title on a line of its own ("Senior Reporter", "Editor-in-Chief", "Writer, Hardware",
 * "Founder and Dean"): the name and photo beside it are the card, the story never writes a bare title as a line.
 * Only singular titles, so a section heading "Freelancers" stays; a title with a verb or a stop is a sentence.
 */
const RANK =
  '(?:(?:senior|chief|executive|managing|deputy|associate|assistant|contributing|staff|lead|principal|freelance|former|head|features?|news|digital|technology|tech|business|science|sports?|political|politics|health|travel|food|culture|opinion|investigative|data|audience|content|commerce|shopping|deals|reviews?|transport(?:ation)?|education|courts?|crime|environment(?:al)?|climate|arts?|entertainment|lifestyle|local|national|foreign|world|city|metro|weather|photo|video|language(?: learning)?)\\s+)*';
const ROLE =
  '(?:writer|editor|editor-in-chief|reporter|journalist|correspondent|author|contributor|columnist|blogger|photographer|photojournalist|critic|founder|co-founder|producer|dean|analyst|publisher)';
const ROLE_LINE = new RegExp(
  `^${RANK}${ROLE}(?:\\s*(?:,|and|&)\\s*(?:${RANK}${ROLE}|ceo|\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?))?$`,
  'iu',
);
const ROLE_MAX_CHARS = 60;

/** 'date-line' when the block is a date stamp and nothing else, 'meta-label' when it is a bare label, 'role-line' when a job title, or null. */
export function stampLine(text: string, len: number): string | null {
  if (len <= STAMP_MAX_CHARS && (STAMP_LINE.test(text) || INTL_STAMP.test(text) || NUMERIC_STAMP.test(text)))
    return 'date-line';
  if (len > MAX_CHARS) return null;
  if (DATE_LINE.test(text)) return 'date-line';
  if (META_LABEL.test(text)) return 'meta-label';
  return len <= ROLE_MAX_CHARS && ROLE_LINE.test(text) ? 'role-line' : null;
}
