// The tenth guard set, pages in seven other languages, written before the cleaner was run on them: a French
// briefing of linked headings over summaries, a German press review of "Outlet: <a>" lines, a Spanish listicle of
// linked subheadings, an Italian story closing on one linked sentence, a Portuguese timeline of linked events, a
// Polish list of linked help services announced by a colon, a Ukrainian briefing as a list. Beside each, a rail
// of the site's other headlines under its own language's label, which must still go.
import { esc } from './chrome-shells.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { shell2 } from './redteam2-shells.js';
import { shell8 } from './redteam8-shells.js';
import { DE, ES, FR, IT, PL, PT, UK, type IntlStory } from './guards10-stories.js';

export const CASES_INTL10: Redteam2Case[] = [];
const add = (s: IntlStory, name: string, html: string, keep: string[], known?: string): void => {
  CASES_INTL10.push({
    name: `${s.lang}: ${name}`,
    story: s,
    html,
    chrome: [s.rail[0] ?? '', s.rail[4] ?? ''],
    article: [...s.paras, ...keep],
    ...(known ? { known } : {}),
  });
};
const last = (s: IntlStory): number => s.paras.length - 1;
/** A link to another page of the same site; the slug is made of the item's index (non-Latin text has none). */
const lk = (s: IntlStory, text: string, i: number, folder = 'actu'): string =>
  `<a href="/${folder}/2026/06/${s.slug}-${String(i + 1)}">${esc(text)}</a>`;
const rail = (s: IntlStory): string =>
  `<section class="popular"><h3>${esc(s.railLabel)}</h3><ul>${s.rail
    .map((h, i) => `<li>${lk(s, h, i + 40, 'people')}</li>`)
    .join('')}</ul></section>`;
/** shell2 pages are English: their lang is set to the story's. */
const lang = (s: IntlStory, html: string): string => html.replace('<html lang="en"', `<html lang="${s.lang}"`);

add(
  FR,
  'a briefing handed over with a colon, linked <h3> headlines over a summary each',
  lang(
    FR,
    shell2('arc', FR, {
      at: { [last(FR)]: FR.items.map(([h, t], i) => `<h3>${lk(FR, h, i)}</h3><p>${esc(t)}</p>`).join('') },
      side: rail(FR),
    }),
  ),
  FR.items.flat(),
);

add(
  DE,
  'a press review of "<strong>Outlet:</strong> <a>lead</a>" lines with a sentence each',
  shell8('tdb', DE, {
    lang: 'de',
    at: {
      [last(DE)]: DE.items
        .map(
          ([o, t], i) =>
            `<p><strong>${esc(o)}:</strong> <a href="https://${o.toLowerCase().replace(/[^a-z]+/g, '')}.example/kommentar-${String(i)}">Kommentar zum Haushalt</a>. ${esc(t)}</p>`,
        )
        .join(''),
    },
    side: rail(DE),
  }),
  DE.items.map(([o, t]) => `${o}: Kommentar zum Haushalt. ${t}`),
);

add(
  ES,
  'a listicle of five numbered linked <h2> routes, each over a paragraph',
  shell8('portal', ES, {
    lang: 'es',
    at: {
      [last(ES)]: ES.items
        .map(([h, t], i) => `<h2>${String(i + 1)}. ${lk(ES, h, i, 'rutas')}</h2><p>${esc(t)}</p>`)
        .join(''),
    },
    side: rail(ES),
  }),
  ES.items.flatMap(([h, t], i) => [`${String(i + 1)}. ${h}`, t]),
);

const ORD = IT.items[0]?.[0] ?? '';
add(
  IT,
  'the last paragraph one linked sentence pointing to the ordinance',
  shell8('portal', IT, {
    lang: 'it',
    at: { [last(IT)]: `<p><a href="https://valcastello.example/albo/ordinanza-42-2026">${esc(ORD)}</a></p>` },
    side: rail(IT),
  }),
  [ORD],
);

add(
  PT,
  'a "Cronologia" list of month-year dates and linked events',
  shell8('portal', PT, {
    lang: 'pt',
    at: {
      [last(PT)]:
        `<h3>Cronologia</h3><ul>${PT.items.map(([d, e], i) => `<li>${esc(d)}: ${lk(PT, e, i, 'regiao')}</li>`).join('')}</ul>`,
    },
    side: rail(PT),
  }),
  ['Cronologia', ...PT.items.map(([d, e]) => `${d}: ${e}`)],
);

add(
  PL,
  'help services announced with a colon, each a linked name and what it offers',
  lang(
    PL,
    shell2('blox', PL, {
      at: {
        [last(PL)]: `<ul>${PL.items.map(([n, d], i) => `<li>${lk(PL, n, i, 'pomoc')} – ${esc(d)}</li>`).join('')}</ul>`,
      },
      side: rail(PL),
    }),
  ),
  PL.items.map(([n, d]) => `${n} – ${d}`),
);

add(
  UK,
  'a briefing handed over with a colon, a <ul> of linked headlines and a summary each',
  lang(
    UK,
    shell2('newspack', UK, {
      at: {
        [last(UK)]: `<ul>${UK.items.map(([h, t], i) => `<li>${lk(UK, h, i, 'novyny')}. ${esc(t)}</li>`).join('')}</ul>`,
      },
      side: rail(UK),
    }),
  ),
  UK.items.map(([h, t]) => `${h}. ${t}`),
);
