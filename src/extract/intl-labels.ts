// The rail, teaser and credit labels of junk-text.ts in the other languages news sites most often publish in
// (German, Spanish, French, Italian, Portuguese, Dutch, Polish). Only whole labels: each alternative is matched against a
// full line (SECTION_LABEL) or a line's opening before a colon or dash (INLINE_TEASER), never inside a sentence.

/** Headings over a rail of other articles: "Mehr zum Thema", "Lo más leído", "À lire aussi". */
export const INTL_SECTION_LABELS = [
  // German
  'mehr zu(?:m thema| diesem thema)',
  'das (?:könnte|dürfte) sie (?:auch |ebenfalls )?interessieren',
  'auch interessant',
  'meistgelesen(?:e artikel)?',
  'am meisten gelesen',
  'weitere (?:artikel|nachrichten|meldungen|themen)',
  'verwandte (?:artikel|themen)',
  'lesen sie (?:auch|mehr)',
  'neueste (?:artikel|meldungen|nachrichten)',
  // Spanish
  'noticias relacionadas',
  '(?:también )?te (?:puede|podría) interesar',
  'lo más (?:leído|visto|compartido)',
  'más (?:noticias|leídas|vistas)',
  'lee también',
  'últimas noticias',
  // French
  '(?:à )?lire aussi',
  'sur le même sujet',
  'les plus lus',
  'articles similaires',
  'les plus (?:partagés|commentés)',
  'dernières (?:actualités|infos|nouvelles)',
  // Italian and Portuguese
  'leggi anche',
  'articoli correlati',
  'i più letti',
  'leia (?:também|mais)',
  'mais lidas',
  'notícias relacionadas',
  'ti potrebbe (?:anche )?interessare',
  'potrebbe interessarti',
  '(?:i )?più (?:letti|visti|condivisi)',
  'ultime notizie',
  'veja (?:também|mais)',
  'mais (?:vistas|recentes)',
  'últimas notícias',
  // Dutch
  'meest (?:gelezen|bekeken)',
  'gerelateerde (?:artikelen|berichten|nieuwsberichten)',
  'lees (?:ook|meer)',
  'ook interessant',
  'meer nieuws(?: uit \\S+(?: \\S+)?)?',
  'laatste nieuws',
  // Polish
  'najczęściej (?:czytane|komentowane|oglądane)',
  'polecamy',
  'zobacz (?:także|też|również)',
  'czytaj (?:także|też|również)',
  'najnowsze(?: wiadomości| artykuły)?',
  'powiązane artykuły',
  // German and Italian ticker labels
  'im trend',
  "ultim[’']ora",
  // Swedish, Danish, Norwegian, Czech
  'mest (?:lästa?|læste|leste|lest|delade|delte)',
  'läs (?:också|mer)',
  'læs (?:også|mere)',
  'les (?:også|mer)',
  'nejčtenější(?: články)?',
  'čtěte (?:také|též|dále)',
  'související články',
  // a player's list of other videos
  '(?:nächstes|weitere) videos?',
  '(?:vidéo suivante|autres vidéos|plus de vidéos)',
  '(?:video siguiente|más vídeos|más videos|próximo vídeo)',
  '(?:video successivo|altri video)',
  "(?:volgende video|meer video[']?s)",
];

/** Openings of a one-line teaser: "Lesen Sie auch: <headline>", "Te puede interesar: <headline>". */
export const INTL_TEASER_OPENINGS = [
  'lesen sie (?:auch|mehr)',
  'mehr zum thema',
  'auch interessant',
  'das könnte sie (?:auch )?interessieren',
  '(?:también )?te (?:puede|podría) interesar',
  'lee (?:también|más)',
  'leer más',
  'ver también',
  'noticia relacionada',
  '(?:à )?lire aussi',
  'voir aussi',
  'leggi anche',
  'leia também',
  'veja também',
  'ti potrebbe interessare',
  'lees (?:ook|meer)',
  'bekijk ook',
  'czytaj (?:także|też|również|więcej)',
  'zobacz (?:także|też|również)',
  'polecamy',
  'läs (?:också|mer)',
  'læs (?:også|mere)',
  'les (?:også|mer)',
  'čtěte (?:také|též)',
];
