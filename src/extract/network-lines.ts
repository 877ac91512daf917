// Short lines of the local-news chains, syndication portals, newsletter platforms and European sites the fifth
// red team found, told by their words and shape alone (each rule only on short blocks, whole lines or openings):
// - a reporter's contact line naming the reporter: "Contact Jane Doe at jdoe@paper.example or 555-0142." (the
//   line must hold an address or a phone number; "Contact the utility at ..." has no name and stays);
// - a chain's origin note that repeats the headline or stamps the time: "This article originally appeared on
//   <Paper>: <headline>", "This story was originally published March 11, 2026 at 10:05 PM." (a republished
//   story's own credit, "This article is republished from ...", is kept: ground truths keep it);
// - a hyperlocal site's alerts plug: "Find out what's happening in <town> with free, real-time updates ...",
//   taking its box (the button beside it);
// - counts of a newsletter post or profile on a line of their own: "42 Likes · 7 Restacks", "693 views", "Over
//   4,000 subscribers" (a lone "1,193 subscribers" is a story's figure as often: kept);
// - a typo-report line: "Noticed a mistake? Select it and press Ctrl+Enter" in Ukrainian, Russian, Polish,
//   German, French, Spanish, Italian and English: the question, then a call to report, or the keys;
// - a messenger or news-app channel plug with "our"/"us" in those languages ("Підписуйтесь на наш
//   Telegram-канал ...", "Abonnez-vous à notre chaîne WhatsApp");
// second wave: "download our app" in those languages, a Polish compiler's credit ("Oprac. ..."), and a closing
// thanks for reading that asks for something or thanks the reader for reading to the end.

/** Longest line each rule judges. */
const MAX_CHARS = 300;
const SHORT_MAX_CHARS = 200;

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}`;
const REPORTER_CONTACT = new RegExp(String.raw`^(?:[Cc]ontact|[Rr]each|[Ee]-?mail) ${NAME} (?:at|via|by)\b`, 'u');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b/;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const ORIGIN_NOTE = new RegExp(
  String.raw`^this (?:article|story|post|piece|report) (?:(?:was|has been) )?(?:originally|first) (?:appeared|published|ran)\b(?: (?:on|in|at|by) [^.:!?]{2,60}:\s*\S| (?:on )?(?:${MONTH} \d{1,2},?|\d{1,2} ${MONTH}) \d{4}\b)`,
  'i',
);
const ALERTS_PLUG =
  /^find out what['’]s happening in [^.!?]{2,60}\bwith free\b[^.!?]{0,60}\b(?:updates|alerts|newsletters?)\b/i;
const COUNT = String.raw`[\d.,]+\s*[km]?\+?\s*(?:likes?|restacks?|comments?|responses?|shares?|claps?|followers?|subscribers?|views?|reads?|reposts?)`;
const COUNTS = new RegExp(String.raw`^${COUNT}(?:\s*[·•|,]\s*${COUNT}){0,4}[.!]?$`, 'i');
/** A lone audience count is a story's figure as often as a widget's ("My newsletter has: 1,193 subscribers"):
 * only with the widget's "Over"/"Join" before it. */
const AUDIENCE = /^(?:over|more than|join)\s+[\d.,]+\s*[km]?\+?\s*(?:followers|subscribers|readers|others)[.!]?$/i;
const LONE_AUDIENCE = /^[\d.,]+\s*[km]?\+?\s*(?:followers?|subscribers?)$/i;
const COUNTS_MAX_CHARS = 80;
const TYPO_QUESTION =
  /^(?:(?:have you )?(?:noticed|spotted|found|seen|see|spot) (?:an? )?(?:mistake|error|typo)|помітили помилку|знайшли помилку|заметили ошибку|нашли ошибку|zauważył(?:eś|aś|eś\/aś)? błąd|znalazł(?:eś|aś)? błąd|fehler (?:gefunden|entdeckt)|(?:vous avez )?(?:repéré|remarqué|trouvé|vu) une (?:erreur|faute)|¿?(?:has )?(?:visto|encontrado|detectado) (?:un )?(?:error|fallo)|hai (?:notato|trovato) un errore)[^?]{0,40}\s?\?/i;
const REPORT_CALL =
  /\b(?:report|let us know|tell us|email us|write to us|contact us|select|highlight)\b|виділіть|повідомте|напишіть|выделите|сообщите|zgłoś|napisz|zaznacz|melden sie|schreiben sie|markieren|signalez|écrivez|contactez|avísanos|escríbenos|segnalalo|scrivici|ctrl\s*\+\s*enter/i;
const KEYS = /\bctrl\s*\+\s*enter\b/i;
const PLATFORM =
  /\b(?:telegram|viber|whatsapp|signal|youtube|google news|instagram|tiktok|facebook)\b|телеграм|вайбер|ютуб/i;
const CHANNEL_PLUG =
  /^(?:підписуйтес[ья]|підпишіться|приєднуйтес[ья]|читайте нас|стежте за нами|подписывайтесь|подпишитесь|subskrybuj|zasubskrybuj|dołącz do nas|abonnez-vous|rejoignez-nous|abonnieren sie|folgen sie|join|subscribe to|follow) (?:на |до |у |в |à |a |in |to |on |us on |nas |uns |nous )?(?:наш\p{L}*|нас|nasz\p{L}*|nas|notre|nos|unser\p{L}*|uns|our|us)(?!\p{L})/iu;

/** "Download our app" in Ukrainian, Russian, Polish, German and French (English: promo-lines' app-plug), as a
 * sentence of its own: "Новини ... у вашому смартфоні. Завантажуйте наш застосунок ...". */
const APP_PLUG =
  /(?:^|[.!]\s+)(?:завантажуйте|завантажте|встановлюйте|встановіть|скачивайте|скачайте|установите|pobierz|pobierzcie|zainstaluj|laden sie|installieren sie|téléchargez|installez) (?:наш\p{L}*|нашу|naszą|nasza|unsere|notre|l['’])\s?(?:\p{L}+ ){0,2}(?:застосунок|додаток|приложение|aplikację|aplikacja|app|application)(?!\p{L})/iu;
/** A Polish compiler's credit: "Oprac. Jan Kowalski", "Opracowanie: PAP". */
const COMPILED_BY = /^[Oo]prac(?:\.|owanie:|:)\s*\p{Lu}[^.!?]{1,60}$/u;
/** A closing thanks that asks for something ("Thanks for reading X! Subscribe ..."), or the Polish, French,
 * German, Ukrainian and Russian "thank you for reading to the end". "Thanks for reading the fine print, she
 * joked, ..." asks for nothing and stays. */
const THANKS =
  /^(?:thanks|thank you) for reading\b[^.!?]{0,60}[.!]?\s*(?:please )?(?:subscribe|share|support|follow|sign up|join)\b|^dziękujemy, że (?:przeczytał|przeczytała|przeczytałeś|przeczytałaś|dotarł)\p{L}*|^merci (?:de|d['’]avoir) (?:nous )?(?:lu|lire)\b|^danke(?:,)? (?:fürs|für das|dass sie) (?:lesen|gelesen)|^дякуємо,? що (?:дочитали|прочитали)|^спасибо,? что (?:дочитали|прочитали)/iu;

/** Rules whose line goes with its small box (line-rules.ts). */
export const BOXED_NETWORK_RULES = ['alerts-plug'];

/** The rule that removes this short block, or null. */
export function networkLine(text: string, len: number): string | null {
  if (len > MAX_CHARS) return null;
  const t = text.trim();
  if (len <= COUNTS_MAX_CHARS && ((COUNTS.test(t) && !LONE_AUDIENCE.test(t)) || AUDIENCE.test(t))) return 'counts-line';
  if (REPORTER_CONTACT.test(t) && (EMAIL.test(t) || PHONE.test(t))) return 'reporter-contact';
  if (ORIGIN_NOTE.test(t)) return 'origin-note';
  if (len > SHORT_MAX_CHARS) return null;
  if (ALERTS_PLUG.test(t)) return 'alerts-plug';
  if (KEYS.test(t) || (TYPO_QUESTION.test(t) && REPORT_CALL.test(t))) return 'typo-report';
  if (CHANNEL_PLUG.test(t) && PLATFORM.test(t)) return 'messenger-plug';
  if (APP_PLUG.test(t)) return 'intl-app-plug';
  if (COMPILED_BY.test(t)) return 'compiled-by';
  if (THANKS.test(t)) return 'thanks-line';
  return null;
}
