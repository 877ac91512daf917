// The topical test in other languages: function words of the story's language ("dans", "pour", "nicht", "przez")
// are no shared vocabulary, so an unrelated rail in that language falls under the off-topic bar, while a block
// about the story still shares its words. Texts are ours.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { STOP_WORDS } from '../../src/extract/stop-words.js';
import { Vocabulary, contentWords } from '../../src/extract/topical.js';

const FR_STORY = [
  'Le conseil municipal de Villebrune a voté mardi soir la rénovation complète du pont de la Sarre, fermé aux camions depuis le mois de mars après des fissures dans ses piles.',
  'Les travaux dureront quatorze mois et coûteront près de neuf millions, dont une moitié sera payée par le département et une autre partie par la région.',
  'Pendant le chantier, une passerelle provisoire sera posée pour les piétons, avec une piste pour les cyclistes, tandis que les bus passeront par le pont de la gare.',
  'Selon le maire, les commerçants du quartier seront aidés pour compenser la baisse de leur clientèle pendant cette fermeture du pont aux voitures.',
  'Les premiers engins doivent arriver au début de septembre, une fois que les plongeurs auront inspecté les fondations sous la rivière.',
];
// Celebrity headlines that share only function words with the story ("seront", "avec", "leur", "dans", "pour",
// "sera", "cette", ...): with English stop words alone their overlap was 0.36, over the closing run's bar.
const FR_RAIL = [
  'Ces deux chanteuses seront en tournée avec leur groupe dans toute l’Europe',
  'Mariage secret : elle dévoile pour qui elle sera avec son fiancé dans les Alpes',
  'Pourquoi cette chanteuse a quitté la scène pendant deux ans',
  'Selon ses proches, cet acteur vit sous le même toit depuis toujours',
  'Une autre princesse doit renoncer au trône pour son fiancé',
];
const FR_OWN = [
  'Le pont de la Sarre fermé aux camions après des fissures dans les piles',
  'Villebrune : la passerelle provisoire pour les piétons pendant le chantier',
  'Rénovation du pont : le département paiera la moitié des travaux',
  'Fermeture du pont : les commerçants du quartier seront aidés',
];

const DE_STORY = [
  'Der Stadtrat von Hollenbach hat am Dienstag beschlossen, das alte Hallenbad nicht abzureißen, sondern für zwölf Millionen zu sanieren.',
  'Die Schwimmhalle war im Winter geschlossen worden, weil die Lüftung ausgefallen war und das Dach an mehreren Stellen undicht ist.',
  'Während der Sanierung sollen die Schulen ihren Schwimmunterricht im Nachbarort abhalten, wofür die Stadt zwei zusätzliche Busse mietet.',
  'Der Förderverein des Bades hatte über dreitausend Unterschriften gegen den Abriss gesammelt und die Pläne einer neuen Halle abgelehnt.',
];
// Shares "nicht", "über", "ihren", "während", "weil", "sollen", "gegen" with the story: 0.27 on English stop words.
const DE_RAIL = [
  'Warum diese Sängerin nicht mehr über ihren früheren Partner spricht',
  'Während der Tournee hatte der Rapper zwei Unfälle, weil er zu schnell fuhr',
  'Diese Moderatorin ist wieder verliebt, aber nicht in einen Schauspieler',
  'Hochzeit im Schloss: Die Fans sollen gegen die Absage protestiert haben',
];

const PL_STORY = [
  'Rada miasta Borowiec zdecydowała we wtorek, że stary dworzec kolejowy zostanie odnowiony, a nie zburzony, jak przez lata planowano.',
  'Remont budynku dworca potrwa dwa lata i będzie kosztował prawie osiem milionów, które przez połowę pokryje województwo.',
  'W czasie prac pasażerowie będą kupować bilety w tymczasowym pawilonie przy peronie, który stanie obok parkingu dla rowerów.',
  'Mieszkańcy, którzy przez wiele lat zbierali podpisy w obronie dworca, cieszą się z decyzji, ale chcą, żeby w budynku była też kawiarnia.',
];
// Shares "przez", "była", "który", "będzie", "wiele" (and "lata") with the story: 0.30 on English stop words.
const PL_RAIL = [
  'Znana aktorka przez lata ukrywała, że była żoną prezentera',
  'Piosenkarz, który zbierał nagrody, będzie teraz w telewizji',
  'Ta gwiazda zdradziła, jak przez wiele lat była na diecie',
  'Słynny prezenter był zaskoczony, że żona też chce być w programie',
];

/** The bar an unlabelled closing run must fall under (closing-teasers.ts), the lowest of the topical bars. */
const CLOSING_BAR = 0.25;

function vocabularyOf(paras: readonly string[]): Vocabulary {
  const v = new Vocabulary();
  for (const p of paras) v.add(p);
  return v;
}

describe('stop words of the other languages', () => {
  it('are folded as contentWords folds words, and only words of 4+ letters are kept', () => {
    for (const w of ['dans', 'pour', 'nicht', 'para', 'della', 'przez', 'który', 'sont', 'який', 'uber', 'said']) {
      expect(STOP_WORDS.has(w.normalize('NFKD').replace(/\p{M}/gu, ''))).toBe(true);
    }
    expect(STOP_WORDS.has('während')).toBe(false);
    expect(STOP_WORDS.has('wahrend')).toBe(true);
    for (const w of STOP_WORDS) expect(w).toMatch(/^\p{L}{4,}$/u);
    expect(contentWords('Elle est fière de ce pont, dans la ville, pour toujours')).toEqual([
      'fiere',
      'pont',
      'ville',
      'toujo',
    ]);
  });
  it('English content words of news stay content words', () => {
    for (const w of ['state', 'local', 'press', 'area', 'general', 'premier', 'member', 'world', 'council']) {
      expect(STOP_WORDS.has(w)).toBe(false);
    }
  });
});

describe('topical overlap in other languages', () => {
  const cases: [string, readonly string[], readonly string[]][] = [
    ['French', FR_STORY, FR_RAIL],
    ['German', DE_STORY, DE_RAIL],
    ['Polish', PL_STORY, PL_RAIL],
  ];
  for (const [lang, story, rail] of cases) {
    it(`an unrelated ${lang} rail falls under the off-topic bar of the closing run`, () => {
      const o = vocabularyOf(story).overlap(rail.join(' '));
      expect(o).not.toBeNull();
      expect(o ?? 1).toBeLessThan(CLOSING_BAR);
    });
  }
  it('a French list about the story itself still shares its vocabulary', () => {
    const o = vocabularyOf(FR_STORY).overlap(FR_OWN.join(' '));
    expect(o ?? 0).toBeGreaterThanOrEqual(0.5);
  });
});

function frenchPage(after: string): string {
  const paras = FR_STORY.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head><title>Le pont de la Sarre sera rénové</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/region">Région</a> <a href="/sport">Sport</a></nav></header>
<main><article class="post"><h1>Le pont de la Sarre sera rénové</h1><div class="entry-content">
${paras}
${after}
</div></article></main><footer><p>© Journal de Villebrune</p></footer></body></html>`;
}
const items = (heads: readonly string[], path: string): string =>
  heads.map((h, i) => `<p><a href="/${path}/${String(i)}-article">${h}</a></p>`).join('\n');

describe('a French story closing on linked headlines', () => {
  // Each line shared 40 % of its words with the story ("seront", "avec", "leur", "dans"; "pour", "sera") with
  // English stop words alone, and stayed; `link-line` judges it by its content words now.
  it('two unrelated linked headlines in French go', () => {
    const rules: string[] = [];
    const r = extractArticle(frenchPage(items(FR_RAIL.slice(0, 2), 'people')), 'https://journal.example/region/pont', {
      trace: (rule) => rules.push(rule),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const p of FR_STORY) expect(r.article.text).toContain(p);
    for (const h of FR_RAIL.slice(0, 2)) expect(r.article.text).not.toContain(h);
  });
  it('two linked headlines about the story itself stay', () => {
    const r = extractArticle(frenchPage(items(FR_OWN.slice(0, 2), 'region')), 'https://journal.example/region/pont');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const p of FR_STORY) expect(r.article.text).toContain(p);
    for (const h of FR_OWN.slice(0, 2)) expect(r.article.text).toContain(h);
  });
});
