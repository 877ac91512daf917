// Short lines of page furniture the third red team found, told by their words and shape alone:
// - a teaser whose label has no colon or dash before its link ("Leggi anche <headline>", "Lee también
//   <headline>"): the label is one of the teaser openings and the rest of the line is mostly link text;
// - a market ticker of index chips with arrows and figures in either decimal style ("IBEX 35 11.204,3 ▲ 0,42%",
//   "FTSE 100 7,412.3 ▼ 0.4%"), two or more run together: one chip alone may be a story's line;
// - a CMS's counter line ("Hits: 1482", "Aufrufe: 312"), a blog's feed link ("Subscribe to: Post Comments
//   (Atom)") and reaction counters ("Reactions: funny (0) cool (1)"), print and e-mail links on their own line;
// - a paywall's lines in German, French, Spanish, Portuguese, Italian, Dutch and Polish ("Bereits Abonnent?",
//   "Cet article est réservé aux abonnés"): the rule name is widget-lines' 'paywall', which takes its small box;
// - follow lines ("Suivez-nous sur ..."), a quiz's plug and button (taking its box) and an agency's source line
//   ("Źródło: PAP") in other languages.
import { INTL_TEASER_OPENINGS } from './intl-labels.js';

const BARE_TEASER = new RegExp(
  `^(?:read (?:also|next)|see also|also read|must read|${INTL_TEASER_OPENINGS.join('|')})\\s+\\S`,
  'i',
);
/** "Read more <Headline>", "Related coverage <Headline>": only before a capital, as "Read more about ..." is a
 * story's own linked sentence (the devset's ground truths keep those). */
const BARE_MORE = /^(?:read more|related(?: stories| articles| coverage)?)\s+/i;
const CAPITAL = /^\p{Lu}/u;
/** A bare teaser's line is mostly its link: a sentence that opens with "Lees ook" is not. */
const BARE_TEASER_MIN_DENSITY = 0.6;
const BARE_TEASER_MAX_CHARS = 200;
const CHIP = String.raw`\p{Lu}[\p{Lu}\d &./-]{1,15}?\s*[$€£¥]?[\d.,]+\s*[▲▼△▽↑↓+\-−]\s*[\d.,]+\s?%`;
const TICKER = new RegExp(`^(?:${CHIP}\\s*){2,10}$`, 'u');
const COUNTER =
  /^(?:hits|views|reads|visits|aufrufe|gelesen|visite|visualizações|visualizaciones|lecturas|wyświetlenia|weergaven|vues)\s*:\s*\d[\d.,]*$/i;
/** A paywall's lines in other languages (English ones: widget-lines.ts), each taking its small box. */
const PAYWALL =
  /^(?:bereits (?:abonnent(?:in)?|registriert)\?|lesen sie (?:jetzt )?weiter mit\b|jetzt (?:testen|abonnieren|weiterlesen)\b|jederzeit kündbar\.?$|cet article est réservé aux abonnés|déjà abonné\s?\?|il vous reste \d+\s?% (?:de l['’]article )?à (?:lire|découvrir)|¿ya eres suscriptor|este contenido es exclusivo para (?:suscriptores|socios)|já é assinante\?|conteúdo exclusivo para assinantes|sei già abbonato\?|questo articolo è riservato agli abbonati|al abonnee\?|dit artikel is alleen voor abonnees|masz już (?:subskrypcję|prenumeratę)\?|(?:(?:cet )?article )?réservé aux abonnés$|(?:nur|exklusiv) für (?:abonnenten|abonnentinnen und abonnenten|abonnent:innen)$|(?:artykuł |treść )?(?:tylko )?dla (?:subskrybentów|prenumeratorów)$|(?:матеріал |стаття )?(?:лише |тільки )?для (?:передплатників|підписників)$|(?:subscriber|member)s?[- ]only (?:story|article|content)$)/i;
/** A CMS's print and e-mail links on lines of their own. */
const PRINT_LINE =
  /^(?:printer[- ]friendly(?: version| page)?|print (?:this )?(?:article|story|page)|send (?:by|via) e-?mail|e-?mail (?:this (?:article|story)|to a friend)|send to a friend|druckversion|artikel (?:drucken|versenden)|version imprimable|imprimir(?: (?:artículo|noticia))?|enviar por (?:correo|e-?mail)|stampa (?:articolo|pagina))$/i;
/** A blog's reaction counters: "Reactions: funny (0) interesting (2)". */
const REACTIONS = /^reactions?:?\s*(?:[\p{L} ]{2,20}\s*\(\d+\)\s*){2,}$/iu;
/** "Suivez-nous sur Facebook", "Síguenos en X", "Folgen Sie uns auf WhatsApp" (English: junk-text's SHARE). */
const FOLLOW =
  /^(?:suivez-nous|retrouvez-nous|síguenos|folgen sie uns|seguici|siga-nos|sigam-nos|volg ons|obserwuj nas|śledź nas|följ oss|følg os)\b.{0,80}$/i;
/** A quiz's plug: its call and its button ("Testen Sie Ihr Wissen: ...?", "Zum Quiz", "Take our quiz"). */
const QUIZ_PLUG =
  /^(?:(?:test your knowledge|testen sie ihr wissen|testez vos connaissances|pon a prueba tus conocimientos|metti alla prova le tue conoscenze|teste seus conhecimentos|test je kennis|sprawdź swoją wiedzę)\b.{0,120}\?|(?:zum|ins) quiz|(?:take|start|play) (?:the|our|this) quiz|(?:jouer|répondre) au quiz|ir al (?:quiz|test)|vai al quiz|naar de quiz|rozwiąż quiz)$/i;
/** An agency's source line at the foot of a story in other languages: "Źródło: PAP", "Quelle: dpa, AFP". */
const AGENCY_LINE = /^(?:źródło|quelle|fonte|fuente|bron|kilde|källa|lähde)\s*:\s*[\p{L}\p{N}/ .,&-]{2,40}$/iu;
/** Rules whose line goes with its small box (line-rules.ts). */
export const BOXED_PAGE_RULES = ['quiz-plug'];
const FEED_LINK = /^subscribe to:?\s*(?:posts?|comments?|post comments)(?:\s*\((?:atom|rss)\))?$/i;
const MAX_CHARS = 400;

/** The rule that removes this short block, or null (`density`: the share of its text inside links). */
export function pageLine(text: string, len: number, density: number): string | null {
  if (len > MAX_CHARS) return null;
  const t = text.trim();
  if (len <= BARE_TEASER_MAX_CHARS && density >= BARE_TEASER_MIN_DENSITY && bareTeaser(t))
    return 'inline-teaser: bare label';
  if (TICKER.test(t)) return 'stock-chips';
  if (COUNTER.test(t)) return 'counter-line';
  if (FEED_LINK.test(t)) return 'feed-link';
  if (PAYWALL.test(t)) return 'paywall';
  if (PRINT_LINE.test(t)) return 'print-line';
  if (REACTIONS.test(t)) return 'reactions-line';
  if (FOLLOW.test(t)) return 'follow-line';
  if (QUIZ_PLUG.test(t)) return 'quiz-plug';
  if (AGENCY_LINE.test(t)) return 'agency-line';
  return null;
}

function bareTeaser(t: string): boolean {
  if (BARE_TEASER.test(t)) return true;
  const more = BARE_MORE.exec(t);
  return more !== null && CAPITAL.test(t.slice(more[0].length));
}
