// The rules the fifth red-team set (redteam5-pages*.ts) led to, each with a case that must go and a case of the
// story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { CREDIT, FILLER, INLINE_TEASER, SECTION_LABEL, TAIL_LABEL } from '../../src/extract/junk-text.js';
import { networkLine } from '../../src/extract/network-lines.js';
import { newsroomLine } from '../../src/extract/newsroom-lines.js';
import { pageLine } from '../../src/extract/page-lines.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import type { Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';
import { shell5, type Shell5 } from './redteam5-shells.js';
import type { Parts4 } from './redteam4-shells.js';
import { DEU, FAIR, FRA, LEVY, NATOBID, POL, UKR, WATERMAIN, ZONING } from './redteam5-stories.js';

function run(kind: Shell5, story: Story, parts: Parts4, lang = 'en') {
  const r = extracted(shell5(kind, story, parts, lang), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}
const line = (t: string) => networkLine(t, t.length);
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

describe('reporter-contact: "Contact <Name> at" with an address or a phone number', () => {
  it('matches the closing line of a chain paper', () => {
    expect(line('Contact Priya Lund at plund@valleynews.example or 555-0199.')).toBe('reporter-contact');
    expect(line('Reach Tom Ashby at (555) 014-2230.')).toBe('reporter-contact');
  });
  it('leaves a story sentence that gives the public a number, and a name with no address', () => {
    expect(line('Residents can contact the utility at 555-0100 to report a leak.')).toBeNull();
    expect(line('Contact Mayor Ferro at city hall if the schedule changes, the notice said.')).toBeNull();
  });
  it('goes from the page, and the story keeps its own number', () => {
    const own = withPara(WATERMAIN, 3, 'Residents who lose water pressure can call the utility’s line at 555-0100.');
    const { text, rules } = run('gannett', own, {
      tail: `<p><em>Contact Desmond Achterberg at desa@ledger.example or 555-0142.</em></p>`,
    });
    expect(text).not.toContain('desa@ledger.example');
    expect(rules).toContain('reporter-contact');
  });
});

describe('origin-note: "This article originally appeared on <Paper>: <headline>", "originally published <date>"', () => {
  it('matches the notes', () => {
    expect(line('This article originally appeared on Valley Courier: Bridge to close for repairs')).toBe('origin-note');
    expect(line('This story was originally published June 2, 2026 at 7:15 AM.')).toBe('origin-note');
    expect(line('This article was first published on 4 May 2025 and has been updated.')).toBe('origin-note');
  });
  it('leaves a story sentence about a first publication, and a republishing credit', () => {
    expect(line('This story was originally planned as a series, the editor said.')).toBeNull();
    expect(line('This article is republished from The Valley Review under a Creative Commons license.')).toBeNull();
  });
});

describe('alerts-plug: "Find out what\'s happening in <town> with free ... updates" (with its box)', () => {
  it('matches the plug', () => {
    expect(line("Find out what's happening in Cedar Falls with free, real-time updates from Neighbors.")).toBe(
      'alerts-plug',
    );
  });
  it('leaves a story sentence that starts the same way', () => {
    expect(line("Find out what's happening in Cedar Falls by going to the council meeting, she said.")).toBeNull();
  });
  it('goes with its button', () => {
    const box = `<div><p>Find out what's happening in Linden Valley with free, real-time updates from Neighbors.</p><a href="/s">Let's go!</a></div>`;
    const { text, rules } = run('patch', FAIR, { at: { [-1]: box } });
    expect(text).not.toContain("Let's go!");
    expect(rules).toContain('alerts-plug');
  });
});

describe('counts-line: counts of a post or profile on a line of their own', () => {
  it('matches likes and restacks, views, and "Over N subscribers"', () => {
    expect(line('18 Likes · 3 Restacks')).toBe('counts-line');
    expect(line('2.4K views')).toBe('counts-line');
    expect(line('Over 12,000 subscribers')).toBe('counts-line');
  });
  it('leaves a lone audience count (a story figure) and a sentence with counts', () => {
    expect(line('2,410 followers')).toBeNull();
    expect(line('The post drew 18 likes and 3 comments in its first hour.')).toBeNull();
  });
  it('goes from a Substack page whose story gives its own subscriber figure', () => {
    const own = withPara(ZONING, 5, 'The newsletter itself now has 2,410 subscribers, most of them in town.');
    const { text } = run('substack', own, { tail: `<div><span>18 Likes · 3 Restacks</span></div>` });
    expect(text).not.toContain('18 Likes');
  });
});

describe('typo-report: "Noticed a mistake? ... Ctrl+Enter" in several languages', () => {
  it('matches the line', () => {
    expect(line('Помітили помилку? Виділіть її та натисніть Ctrl+Enter.')).toBe('typo-report');
    expect(line('Zauważyłeś błąd? Napisz do nas.')).toBe('typo-report');
    expect(line('Vous avez repéré une erreur ? Signalez-la.')).toBe('typo-report');
    expect(line('Spotted a typo? Let us know.')).toBe('typo-report');
  });
  it('leaves a story sentence with the same question', () => {
    expect(line('Found a mistake? The auditors did, in the 2019 accounts, and the council paid for it.')).toBeNull();
    expect(line('Fehler gefunden? Die Prüfer fanden drei in der Bilanz des Vereins.')).toBeNull();
  });
});

describe('messenger-plug: a messenger or news-app channel with "our"/"us"', () => {
  it('matches the plug in Ukrainian, French and English', () => {
    expect(line('Підписуйтесь на наш Telegram-канал, щоб не пропустити головне.')).toBe('messenger-plug');
    expect(line('Abonnez-vous à notre chaîne WhatsApp.')).toBe('messenger-plug');
    expect(line('Follow us on Google News for the latest updates.')).toBe('messenger-plug');
  });
  it('leaves a story sentence about a channel, and a plug for no platform', () => {
    expect(line('Підписуйтесь на розсилку міськради, радять у мерії.')).toBeNull();
    expect(line('Join the 300 residents who signed the petition on Facebook, the group urged.')).toBeNull();
  });
});

describe('vocabulary: teaser and rail labels in Ukrainian, Polish, German and French', () => {
  it('reads the teasers and labels', () => {
    expect(INLINE_TEASER.test('Читайте також: Нова лінія метро відкриється восени')).toBe(true);
    expect(INLINE_TEASER.test('Przeczytaj również: Nowy most w Gdańsku')).toBe(true);
    expect(INLINE_TEASER.test('Lesen Sie dazu auch: Neue Brücke über den Rhein')).toBe(true);
    expect(INLINE_TEASER.test('Lire la suite : Le tramway prolongé')).toBe(true);
    expect(SECTION_LABEL.test('Найпопулярніше')).toBe(true);
    expect(SECTION_LABEL.test('Empfehlungen der Redaktion')).toBe(true);
    expect(SECTION_LABEL.test('Discover more from The Valley Letter')).toBe(true);
  });
  it('leaves sentences that open with the same words', () => {
    expect(INLINE_TEASER.test('Читайте також документ повністю, радить міністерство, бо там є деталі.')).toBe(false);
    expect(SECTION_LABEL.test('Найпопулярніше місто для відпочинку цього літа – Одеса.')).toBe(false);
    expect(SECTION_LABEL.test('Discover more from the archive: the mayor kept every letter.')).toBe(false);
  });
  it('a Ukrainian teaser goes, the story stays', () => {
    const { text, rules } = run(
      'intl',
      UKR,
      {
        at: { 1: `<p><strong>Читайте також:</strong> <a href="/n/1.html">Нова лінія метро відкриється восени</a></p>` },
      },
      'uk',
    );
    expect(text).not.toContain('Нова лінія метро');
    expect(rules).toContain('inline-teaser');
  });
});

describe('filler: ad labels and "continues after the ad" lines in five languages', () => {
  it('matches the lines', () => {
    for (const t of [
      'Weiterlesen nach der Anzeige',
      'La suite après cette publicité',
      'Dalsza część artykułu pod materiałem wideo',
      'Reklama',
      'Реклама',
    ])
      expect(FILLER.test(t), t).toBe(true);
  });
  it('leaves story sentences that open with the same words', () => {
    expect(FILLER.test('Dalsza część rozmów odbędzie się w poniedziałek.')).toBe(false);
    expect(FILLER.test('Reklama wyborcza partii kosztowała dwa miliony złotych.')).toBe(false);
    expect(FILLER.test('La suite après cette réunion dépendra des Américains.')).toBe(false);
  });
  it('goes from a Polish page, whose guard paragraph stays', () => {
    const own = withPara(POL, 4, 'Dalsza część rozmów ma dotyczyć pieniędzy na pomoc wojskową.');
    const { text, rules } = run('intl', own, { at: { 2: `<p>Dalsza część artykułu pod materiałem wideo</p>` } }, 'pl');
    expect(text).not.toContain('pod materiałem wideo');
    expect(rules).toContain('filler');
  });
});

describe('paywall: a subscriber-only flag on its own line', () => {
  const page = (t: string) => pageLine(t, t.length, 0);
  it('matches the flag', () => {
    expect(page('Article réservé aux abonnés')).toBe('paywall');
    expect(page('Nur für Abonnenten')).toBe('paywall');
    expect(page('Subscriber-only story')).toBe('paywall');
  });
  it('leaves a sentence about subscribers', () => {
    expect(page('Article réservé aux abonnés depuis 2019, selon le directeur, ce format a doublé.')).toBeNull();
    expect(page('Nur für Abonnenten der Zeitung gab es am Abend eine Lesung im Rathaus.')).toBeNull();
  });
  it('goes from a French page', () => {
    const { text, rules } = run('intl', FRA, { at: { [-1]: `<p>Article réservé aux abonnés</p>` } }, 'fr');
    expect(text).not.toContain('réservé aux abonnés');
    expect(rules).toContain('paywall');
  });
});

describe("read-time: a player's duration with its unit, German, French and Polish read times", () => {
  const news = (t: string) => newsroomLine(t, t.length);
  it('matches the remnants', () => {
    expect(news('5:12 Min.')).toBe('read-time');
    expect(news('4 Min. Lesezeit')).toBe('read-time');
    expect(news('Lecture : 6 min')).toBe('read-time');
    expect(news('Czas czytania: 3 min')).toBe('read-time');
  });
  it('leaves a time of day and a sentence with minutes', () => {
    expect(news('5:12 Uhr')).toBeNull();
    expect(news('Die Sitzung dauerte 5:12 Min. länger als geplant.')).toBeNull();
  });
  it('goes from a German page', () => {
    const { text, rules } = run('intl', DEU, { at: { [-1]: `<div><span>5:12 Min.</span></div>` } }, 'de');
    expect(text).not.toContain('5:12');
    expect(rules).toContain('read-time');
  });
});

describe('toolbar: a chain paper\'s photo buttons ("Buy Photo", "Show Caption")', () => {
  it('goes from the page; a story sentence about buying photos stays', () => {
    const own = withPara(LEVY, 2, 'Buy photo prints of the old branches at the sale, the Friends of the Library said.');
    const fig = `<figure><img src="/a.jpg" alt=""><button>Show Caption</button><a href="/buy/1">Buy Photo</a></figure>`;
    const { text, rules } = run('gannett', own, { at: { 0: fig } });
    expect(text).not.toMatch(/Buy Photo(?! prints)/);
    expect(text).not.toContain('Show Caption');
    expect(rules).toContain('toolbar');
  });
  it('keeps a wire story that names the portal and opens a paragraph on "Shares"', () => {
    const own = withPara(NATOBID, 2, 'Shares in European arms makers rose after the reports.');
    run('portal', own, {});
  });
});

// The second wave's rules.
describe('intl-app-plug: "download our app" in Ukrainian, Russian, Polish, German and French', () => {
  it('matches the plug, also as the second sentence of the line', () => {
    expect(line('Новини міста у вашому смартфоні. Завантажуйте наш застосунок для Android.')).toBe('intl-app-plug');
    expect(line('Pobierz naszą aplikację i czytaj za darmo.')).toBe('intl-app-plug');
    expect(line('Téléchargez notre application gratuite.')).toBe('intl-app-plug');
  });
  it('leaves a story sentence about an app', () => {
    expect(line('Міністерство радить завантажити застосунок «Дія», щоб подати заявку.')).toBeNull();
    expect(line('Mieszkańcy mogą pobrać aplikację miasta, by zgłaszać dziury w drogach.')).toBeNull();
  });
});

describe('compiled-by and credit: "Oprac. <name>", "Fot. <agency>/<name>"', () => {
  it('matches the credits', () => {
    expect(line('Oprac. Anna Nowicka')).toBe('compiled-by');
    expect(CREDIT.test('Fot. PAP/Adam Kowal')).toBe(true);
  });
  it('leaves sentences that open with the same letters', () => {
    expect(line('Opracowany w ministerstwie plan zakłada trzy etapy.')).toBeNull();
    expect(CREDIT.test('Fotografie z archiwum pokazują most sprzed wojny.')).toBe(false);
  });
});

describe('thanks-line: thanks for reading with a call, or "thank you for reading to the end"', () => {
  it('matches the lines', () => {
    expect(line('Thanks for reading the Valley Letter! Subscribe to get every post.')).toBe('thanks-line');
    expect(line('Dziękujemy, że przeczytałaś nasz artykuł do końca.')).toBe('thanks-line');
  });
  it('leaves a story sentence that opens with thanks', () => {
    expect(line('Thanks for reading the fine print, the chair joked, before the vote.')).toBeNull();
    expect(line('Dziękujemy wszystkim, którzy pomogli, powiedział burmistrz.')).toBeNull();
  });
});

describe('date-line: French, German, Polish and Ukrainian stamps with a numeric date', () => {
  it('matches the stamps', () => {
    expect(stampLine('Publié le 04/06/2026 à 18h20, mis à jour à 19h02', 47)).toBe('date-line');
    expect(stampLine('Veröffentlicht am 04.06.2026, 18:20 Uhr', 38)).toBe('date-line');
    expect(stampLine('Опубліковано 04.06.2026 18:20', 29)).toBe('date-line');
  });
  it('leaves a sentence that opens with the same word and no date', () => {
    const t = 'Publié le mois dernier, le rapport recommandait un calendrier.';
    expect(stampLine(t, t.length)).toBeNull();
  });
  it('goes from the head of a French page whose guard paragraph stays', () => {
    const own = withPara(FRA, 4, 'Publié le mois dernier, le rapport du Parlement recommandait déjà un calendrier.');
    const { text, rules } = run('intl', own, { at: { [-1]: `<p>Publié le 04/06/2026 à 18h20</p>` } }, 'fr');
    expect(text).not.toContain('04/06/2026');
    expect(rules).toContain('date-line');
  });
});

describe('labels: "Latest from <desk>", "Responses (N)", carousel buttons, "What are your thoughts?"', () => {
  it('matches the labels and buttons', () => {
    expect(SECTION_LABEL.test('Latest from the Civic Desk')).toBe(true);
    expect(TAIL_LABEL.test('Responses (12)')).toBe(true);
    expect(FILLER.test('Next item in carousel')).toBe(true);
    expect(newsroomLine('What are your thoughts?', 23)).toBe('comment-call');
  });
  it('leaves a heading "Responses" with no count, and a sentence about the latest', () => {
    expect(TAIL_LABEL.test('Responses')).toBe(false);
    expect(SECTION_LABEL.test('Latest from the council: the vote is delayed to June.')).toBe(false);
    expect(FILLER.test('Next item on the agenda was the library levy.')).toBe(false);
  });
  it('a Newspack latest-posts block goes with its excerpts, the story stays', () => {
    const block = `<div class="wp-block-newspack-blocks-homepage-articles"><h2>Latest from the Civic Desk</h2><article><h3><a href="/n/1">Bakery on Third Street closes after forty-one years</a></h3><p>The owners said rising rents made it impossible to keep going.</p></article><article><h3><a href="/n/2">Storm knocks out power overnight</a></h3><p>Crews worked through the night to restore service.</p></article></div>`;
    const { text } = run('newspack', LEVY, { after: block });
    expect(text).not.toContain('rising rents');
  });
});
