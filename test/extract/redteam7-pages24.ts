// The seventh red-team set, round 24 (the first of branch `redteam7`), written before the cleaner was run on it:
// the SHAPES of chrome rather than new outlets, in a classic CMS page. Rails and teaser lists placed between
// paragraphs, lone linked headlines mid-article ("Related <headline>" without a colon, a linked headline alone),
// a bold "ALSO READ" with bullets, headline rails with category chips and "3h ago" stamps, image-only teaser cards,
// rails of long items (a two-line dek under each headline), numbered "Most read" lists, a table of contents at the
// head of a long read, a gallery with captions and counters, and a pull quote's attribution. Guards: footnotes and
// corrections (article text), a numbered list of steps in the body, prose that opens on "Related".
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link7, RIVER_HEADS, shell7 } from './redteam7-shells.js';
import { CLINIC, FERRY, GRIDFIX, RIVER } from './redteam7-stories.js';

export const CASES24: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES24.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Ten headlines of our own, none of them words of the stories. */
export const HEADS7 = [
  'School board names a new superintendent after a year of interim leaders',
  'Storm drains on Fifth Street to be replaced this autumn',
  'Library extends weekend opening hours at two branches',
  'Harbour patrol rescues two kayakers off Gull Point',
  'Farmers market moves to the old rail depot for the summer',
  'City council delays a vote on short-term rentals',
  'High school robotics team heads to the national final',
  'Bridge inspection finds rust on three support beams',
  'Animal shelter waives adoption fees for the holiday weekend',
  'Police seek witnesses after a crash on the coast road',
];
const H = (i: number): string => HEADS7[i % HEADS7.length] ?? '';

add(
  'in-body rail: a "More on this story" list of three links between paragraphs 2 and 3',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      1: `<div class="inline-related"><h4 class="inline-related__title">More on this story</h4><ul>${[0, 1, 2].map((i) => `<li>${link7(H(i))}</li>`).join('')}</ul></div>`,
    },
  }),
  ['More on this story', H(0), H(1), H(2)],
);

add(
  'lone teasers: "Related" in bold with a linked headline (no colon), and a linked headline alone in a paragraph',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      1: `<p><strong>Related</strong> ${link7(H(3))}</p>`,
      3: `<p>${link7(H(4))}</p>`,
      4: `<p><strong>${link7(H(5))}</strong></p>`,
    },
  }),
  [H(3), H(4), H(5)],
);

add(
  'bold "ALSO READ" paragraph followed by a bulleted list of three links mid-article',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: {
      2: `<p><strong>ALSO READ</strong></p><ul>${[6, 7, 8].map((i) => `<li>${link7(H(i))}</li>`).join('')}</ul>`,
    },
  }),
  ['ALSO READ', H(6), H(7), H(8)],
);

add(
  'headline rail with category chips and relative stamps ("Politics | 3h ago") between paragraphs and in a sidebar',
  CLINIC,
  shell7('classic', CLINIC, {
    at: {
      2: `<div class="rail rail--inline"><div class="rail__item"><span class="chip">Politics</span> | <span class="ago">3h ago</span>${link7(H(5))}</div><div class="rail__item"><span class="chip">Schools</span> | <span class="ago">5h ago</span>${link7(H(0))}</div></div>`,
    },
    side: `<div class="latest"><h3>Latest</h3>${[1, 2, 3].map((i) => `<div class="latest__item">${link7(H(i))}<span class="latest__meta">Local | ${(i * 2).toString()} hours ago</span></div>`).join('')}</div>`,
  }),
  ['3h ago', '5h ago', H(5), H(0), H(1), H(2), H(3), 'hours ago', 'Latest'],
);

add(
  'image-only teaser cards in the body: an image link with alt text and a short overlay headline',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: {
      3: `<div class="promo-cards">${[4, 9].map((i) => `<a class="promo-card" href="/news/${i.toString()}"><img src="/i/${i.toString()}.jpg" alt="${H(i)}"><span class="promo-card__hed">${H(i)}</span></a>`).join('')}</div>`,
    },
  }),
  [H(4), H(9)],
);

add(
  'rail of long items after the body: a headline with a two-line dek under each',
  CLINIC,
  shell7('classic', CLINIC, {
    after: `<section class="more-news"><h2>More from Local</h2>${[
      [
        6,
        'The team of eleven students built a robot that sorts recycling, and they will compete against forty schools in the final next month.',
      ],
      [
        7,
        'Engineers say the bridge is safe for traffic but want the beams repaired before winter, which could close one lane for six weeks.',
      ],
      [
        8,
        'The shelter has more than sixty dogs waiting for homes and says the fee waiver helped find homes for nineteen animals last year.',
      ],
    ]
      .map(
        ([i, dek]) =>
          `<article class="card"><h3>${link7(H(Number(i)))}</h3><p class="card__dek">${String(dek)}</p></article>`,
      )
      .join('')}</section>`,
  }),
  ['More from Local', H(6), H(7), H(8), 'sorts recycling', 'safe for traffic', 'fee waiver helped'],
);

add(
  'rail of long items between paragraphs: two teasers with deks inside the body',
  FERRY,
  shell7('classic', FERRY, {
    at: {
      2: `<div class="related-stories">${[
        [7, 'Inspectors found rust on beams that carry the northbound lanes and asked for repairs within a year.'],
        [3, 'The two paddlers were pulled from the water after an hour and taken to hospital as a precaution.'],
      ]
        .map(([i, dek]) => `<div class="related-story"><h4>${link7(H(Number(i)))}</h4><p>${String(dek)}</p></div>`)
        .join('')}</div>`,
    },
  }),
  [H(7), H(3), 'carry the northbound lanes', 'pulled from the water after an hour'],
);

add(
  'numbered "Most read" list, 1 to 10, with the numbers as spans, in the sidebar and a top-5 in the body',
  GRIDFIX,
  shell7('classic', GRIDFIX, {
    at: {
      4: `<div class="most-read-inline"><p class="label">Most read</p><ol>${[0, 1, 2, 3, 4].map((i) => `<li><span class="num">${(i + 1).toString()}</span>${link7(H(i))}</li>`).join('')}</ol></div>`,
    },
    side: `<div class="popular"><h3>Most read</h3>${HEADS7.map((t, i) => `<p>${(i + 1).toString()}. ${link7(t)}</p>`).join('')}</div>`,
  }),
  ['Most read', ...HEADS7],
);

add(
  'long read: a table of contents at the head of the body ("In this article", "Jump to") linking to the sections',
  RIVER,
  shell7('longread', RIVER, {
    at: {
      [-1]: `<nav class="toc" aria-label="Table of contents"><p class="toc__title">In this article</p><ol>${Object.entries(
        RIVER_HEADS,
      )
        .map(([k, t]) => `<li><a href="#s${k}">Jump to: ${t}</a></li>`)
        .join('')}</ol></nav>`,
    },
  }),
  ['In this article', 'Jump to'],
  Object.values(RIVER_HEADS),
);

add(
  'long read: a photo gallery between sections, captions with credits and "1 of 4" counters',
  RIVER,
  shell7('longread', RIVER, {
    at: {
      5: `<div class="gallery">${[
        'Reeds planted along the stepped banks in the first spring',
        'The concrete pipe as it was found under the market square',
      ]
        .map(
          (c, i) =>
            `<figure class="gallery__item"><img src="/g/${i.toString()}.jpg" alt=""><figcaption><span class="gallery__count">${(i + 1).toString()} of 4</span> ${c} <span class="credit">Photo: Tomas Reyes / The Alder Courier</span></figcaption></figure>`,
        )
        .join('')}</div>`,
    },
  }),
  ['Reeds planted along the stepped banks', 'as it was found under the market square', '1 of 4', 'Photo: Tomas Reyes'],
  Object.values(RIVER_HEADS),
);

add(
  'pull quote repeated from the body, with an attribution line in the aside',
  withPara(
    FERRY,
    3,
    '“If the boat stops, the island stops,” said Rosa Lindqvist, who runs the island’s only shop and has crossed on the morning ferry for thirty years.',
  ),
  shell7('classic', FERRY, {
    at: {
      2: `<aside class="pullquote"><blockquote><p>“If the boat stops, the island stops.”</p></blockquote><cite>— Rosa Lindqvist, shop owner</cite></aside>`,
    },
  }).replace(
    `<p>${FERRY.paras[3] ?? ''}</p>`,
    `<p>“If the boat stops, the island stops,” said Rosa Lindqvist, who runs the island’s only shop and has crossed on the morning ferry for thirty years.</p><p>${FERRY.paras[3] ?? ''}</p>`,
  ),
  ['— Rosa Lindqvist, shop owner'],
);

add(
  'guard: a correction at the foot and numbered footnotes are article text',
  CLINIC,
  shell7('classic', CLINIC, {
    at: {
      5: `<p><em>Correction: An earlier version of this article gave the wrong figure for the district’s spending on agency staff. It was 4.1 million, not 4.7 million.</em></p><div class="footnotes"><ol><li id="fn1">[1] Figures for the last financial year, from the district’s annual report.</li><li id="fn2">[2] The district counts a shift as filled by an agency nurse when the nurse works more than half of it.</li></ol></div>`,
    },
  }),
  [],
  [
    'Correction: An earlier version of this article gave the wrong figure',
    'It was 4.1 million, not 4.7 million.',
    'Figures for the last financial year, from the district’s annual report.',
    'when the nurse works more than half of it',
  ],
);

add(
  'guard: a numbered list of steps in the body, and a paragraph that opens on "Related"',
  withPara(
    GRIDFIX,
    4,
    'Related repairs at two hydroelectric plants on the Dnipro are expected to take until next spring, the operator said.',
  ),
  shell7('classic', GRIDFIX, {
    at: {
      5: `<p>The operator asked households to do three things before the first cold week:</p><ol><li>Check that a battery or generator can run a fridge and a router for six hours.</li><li>Register with the local outage alert service by text message.</li><li>Keep a charged power bank for each phone in the home.</li></ol>`,
    },
  }).replace(
    `<p>${GRIDFIX.paras[4] ?? ''}</p>`,
    `<p>Related repairs at two hydroelectric plants on the Dnipro are expected to take until next spring, the operator said.</p><p>${GRIDFIX.paras[4] ?? ''}</p>`,
  ),
  [],
  [
    'The operator asked households to do three things before the first cold week:',
    'Check that a battery or generator can run a fridge and a router for six hours.',
    'Register with the local outage alert service by text message.',
    'Keep a charged power bank for each phone in the home.',
  ],
);
