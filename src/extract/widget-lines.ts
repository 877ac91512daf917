// Short lines a widget leaves in the body when its class says nothing (CSS-in-JS hashes, utility classes), told
// by their words and shape alone:
// - a player's label and length: "Listen • 3:45", "Play 0:00 / 4:12", "Listen to this article · 6 min". A
//   story's sentence about a recording has more words than a label and its time.
const PLAYER =
  /^(?:listen(?: now| to (?:this|the) (?:article|story|episode))?|play(?: (?:audio|video|episode))?|watch(?: now| video)?)\s*[•·|:–—-]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,3}\s?(?:min(?:ute)?s?|sec(?:ond)?s?))$/i;
/** A widget line is a label: never longer than this. */
const MAX_CHARS = 60;

/** The rule that removes this short block, or null. */
export function widgetLine(text: string, len: number): string | null {
  if (len > MAX_CHARS) return null;
  if (PLAYER.test(text.trim())) return 'player-label';
  return null;
}
