// Guards for the red-team set: pages whose own content looks like chrome and must be kept (a short list of
// linked sources, a "Key points" list, a timeline of dated lines, quotes in short paragraphs, prose that
// mentions following and comments), and a section front, which must stay "no article found".
import { esc } from './chrome-shells.js';
import { link, shell } from './redteam-shells.js';
import { BAKERY, DERBY, FERRY, HAIL, LIBRARIES, RETRIAL } from './redteam-stories.js';
import type { RedteamCase } from './redteam-pages.js';
import type { Story } from './chrome-stories.js';

export const GUARDS: RedteamCase[] = [];
const keep = (name: string, story: Story, html: string, lines: string[]): void => {
  GUARDS.push({ name, story, html, chrome: [], article: [...story.paras, ...lines] });
};

const SOURCES = [
  'Court of Appeals opinion in the warehouse invoice case (PDF)',
  'Trial transcript, day nine: the auditor’s evidence',
  'District attorney’s statement on the ruling',
];
keep(
  'a short bulleted list of linked sources, announced in the story',
  RETRIAL,
  shell('olivero', RETRIAL, {
    tail: `<p>The documents behind this story can be read in full:</p><ul>${SOURCES.map((s) => `<li>${link(s, 'documents')}</li>`).join('')}</ul>`,
  }),
  SOURCES,
);

const POINTS = [
  'Hail up to four centimetres across fell on Tuesday evening',
  'Dozens of commercial greenhouses lost their glass roofs',
  'Insurers have opened a claims hotline for growers',
];
keep(
  'a "Key points" list above the story',
  HAIL,
  shell('newspaper', HAIL, {
    at: { [-1]: `<h2>Key points</h2><ul>${POINTS.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` },
  }),
  ['Key points', ...POINTS],
);

const TIMELINE = [
  '12 January: the ship misses two sailings with a warning light on the bridge',
  '3 February: engineers find a crack during a routine inspection',
  '9 February: the operator announces the reduced timetable',
];
keep(
  'a timeline of dated lines after the story',
  FERRY,
  shell('jetpack', FERRY, {
    tail: `<h3>How the breakdown unfolded</h3><p>${TIMELINE.map(esc).join('<br>')}</p>`,
  }),
  TIMELINE,
);

const QUOTES = [
  '“We kept it simple,” she said.',
  '“Put it in the box and see what happens.”',
  'Achterberg was less expansive.',
  '“I just jumped,” he said.',
];
keep(
  'quotes in short paragraphs inside the story',
  DERBY,
  shell('squarespace', DERBY, { at: { 3: QUOTES.map((q) => `<p>${esc(q)}</p>`).join('') } }),
  QUOTES,
);

const PROSE = [
  'Residents who want to follow the consultation can sign up for updates on the council website, and comments can be left at any branch until the end of June.',
];
keep(
  'prose that mentions following, signing up and comments',
  LIBRARIES,
  shell('blogger', LIBRARIES, { at: { 4: `<p>${esc(PROSE[0] ?? '')}</p>` } }),
  PROSE,
);

const BAKERY_LINKS = [
  'FreshWay annual report 2025',
  'Competition regulator: how mergers are reviewed',
  'Halloran’s company history',
];
keep(
  'three linked documents the story announces in a sentence ending in a colon',
  BAKERY,
  shell('substack', BAKERY, {
    tail: `<p>FreshWay has put three documents about the deal on its investor site:</p><ul>${BAKERY_LINKS.map((s) => `<li>${link(s, 'docs')}</li>`).join('')}</ul>`,
  }),
  BAKERY_LINKS,
);

/** A section front: only headline links with short standfirsts. The cleaner must refuse it. */
export const SECTION_FRONT = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Courts – Riverside Daily</title></head><body><div class="td-main-content"><h1 class="td-page-title">Courts</h1>${[
  'Judge rejects bail for harbour arson suspect',
  'Former mayor fined for breaking lobbying rules',
  'Stolen tractors found in a barn across the border',
  'Jury retires in the canal boat manslaughter trial',
  'Court fees to rise for small claims next year',
  'Landlord banned from renting after mould case',
  'Appeal judges hear challenge to parking fines',
  'Tribunal backs nurse sacked over a social media post',
  'Driver who hit cyclist jailed for two years',
  'Council wins costs in planning dispute',
]
  .map(
    (h, i) =>
      `<div class="td_module_flex td_module_wrap"><h3 class="entry-title td-module-title">${link(h, 'courts')}</h3><div class="td-excerpt">${esc(['A hearing heard', 'The case turned on', 'Lawyers argued'][i % 3] ?? '')} the details of the matter this week.</div><span class="td-post-date">April ${i + 1}, 2026</span></div>`,
  )
  .join('')}</div></body></html>`;
