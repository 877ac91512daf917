// The ninth red-team set, round 28 (the first of branch `redteam9`), written before the cleaner was run on it:
// one or two linked headlines at the very END of the body, after the last paragraph, in the body's own container
// (not between paragraphs, where `lone-teaser` and `teaser-list` look): with a label ("More:", "Read next",
// "READ NEXT", "Related:") and without, as <p><a>, as a <ul>, as <h3><a>, as loose divs, two links in one line
// split by a pipe or a <br>. Guards: a last paragraph that is one sentence with one link, a "Correction:" line
// after the last paragraph, and a short list of the linked documents the story is built on.
import { esc, page } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link2, shell2 } from './redteam2-shells.js';
import { link7, shell7 } from './redteam7-shells.js';
import { link8, shell8 } from './redteam8-shells.js';
import { AQUIFER, AUDIT, FERRY, H9, MAYORS } from './redteam9-stories.js';

export const CASES28: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES28.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
/** The index of a story's last paragraph: `at[last]` / `slots[last]` is after it, in the same container. */
const last = (s: Story): number => s.paras.length - 1;
export const withLast9 = (s: Story, para: string): Story => ({ ...s, paras: [...s.paras, para] });

add(
  'WordPress: "More:" and one linked headline as the last <p> of entry-content',
  AQUIFER,
  page('wordpress', AQUIFER, { slots: { [last(AQUIFER)]: `<p>More: ${link2(H9(0), 'local')}</p>` } }),
  ['More:', H9(0)],
);

add(
  'Ghost: two linked headlines, each a bare <p><a>, after the last paragraph, no label',
  MAYORS,
  shell2('ghost', MAYORS, {
    at: { [last(MAYORS)]: `<p>${link2(H9(1))}</p><p>${link2(H9(2))}</p>` },
  }),
  [H9(1), H9(2)],
);

add(
  'GeneratePress: "Read next" heading and a <ul> of two linked headlines closing the entry content',
  AUDIT,
  shell8('generatepress', AUDIT, {
    at: { [last(AUDIT)]: `<h3>Read next</h3><ul><li>${link8(H9(3))}</li><li>${link8(H9(4))}</li></ul>` },
  }),
  ['Read next', H9(3), H9(4)],
);

add(
  'classic CMS: two <h3><a> headlines after the last paragraph, no label',
  FERRY,
  shell7('classic', FERRY, {
    at: { [last(FERRY)]: `<h3>${link7(H9(5))}</h3><h3>${link7(H9(6))}</h3>` },
  }),
  [H9(5), H9(6)],
);

add(
  'framework page: "Read next:" and one link in sibling divs after the last paragraph div',
  AQUIFER,
  shell7('soup', AQUIFER, {
    at: {
      [last(AQUIFER)]:
        `<div class="sc-q1w2e3 r4t"><div class="sc-y6u7i8 o9p">Read next:</div><div class="sc-a1s2d3 f4g">${link7(H9(7))}</div></div>`,
    },
  }),
  ['Read next:', H9(7)],
);

add(
  'Arc XP: a <ul> of one linked headline after the last paragraph, no label',
  MAYORS,
  shell2('arc', MAYORS, { at: { [last(MAYORS)]: `<ul><li>${link2(H9(8))}</li></ul>` } }),
  [H9(8)],
);

add(
  'Brightspot: bold "READ NEXT" paragraph, then two links in one paragraph split by <br>',
  AUDIT,
  shell2('brightspot', AUDIT, {
    at: { [last(AUDIT)]: `<p><b>READ NEXT</b></p><p>${link2(H9(9))}<br>${link2(H9(10))}</p>` },
  }),
  ['READ NEXT', H9(9), H9(10)],
);

add(
  'Drupal: "More:" with two linked headlines split by a pipe, in one paragraph',
  FERRY,
  page('drupal', FERRY, {
    slots: { [last(FERRY)]: `<p><strong>More:</strong> ${link2(H9(11))} | ${link2(H9(0))}</p>` },
  }),
  ['More:', H9(11), H9(0)],
);

add(
  'tagDiv block: one <h3><a> headline alone after the last paragraph',
  AQUIFER,
  shell8('tdb', AQUIFER, {
    at: { [last(AQUIFER)]: `<h3 class="entry-title td-module-title">${link8(H9(1))}</h3>` },
  }),
  [H9(1)],
);

add(
  'Elementor post content: an italic "Related:" and one link, after a <hr>, closing the widget',
  MAYORS,
  shell8('elementor', MAYORS, {
    at: { [last(MAYORS)]: `<hr><p><em>Related:</em> ${link8(H9(2))}</p>` },
  }),
  ['Related:', H9(2)],
);

add(
  'hand-made site: two <p><a> headlines in <strong>, after the last paragraph, with a "-" line between',
  AUDIT,
  page('handmade', AUDIT, {
    slots: { [last(AUDIT)]: `<p><strong>${link2(H9(3))}</strong></p><p>-</p><p><strong>${link2(H9(4))}</strong></p>` },
  }),
  [H9(3), H9(4)],
);

add(
  'AMP: "Read next" in a div and two linked headlines as bare divs closing the article body',
  FERRY,
  shell2('amp', FERRY, {
    at: { [last(FERRY)]: `<div class="rn-label">Read next</div><div>${link2(H9(5))}</div><div>${link2(H9(6))}</div>` },
  }),
  ['Read next', H9(5), H9(6)],
);

const DOC_LINE =
  'The board’s full ruling and the county’s well records are posted on the water board’s site, along with the hearing video.';
add(
  'guard: the last paragraph is one sentence with one link (to the ruling), after the story',
  withLast9(AQUIFER, DOC_LINE),
  page('wordpress', withLast9(AQUIFER, DOC_LINE)).replace(
    `<p>${esc(DOC_LINE)}</p>`,
    `<p>The board’s full ruling and the county’s well records are posted on <a href="https://waterboard.state.example/arroyo/decision">the water board’s site</a>, along with the hearing video.</p>`,
  ),
  [],
);

const CORRECTION =
  'Correction: An earlier version of this story gave the wrong date for the runoff. It is in June, not July.';
add(
  'guard: an italic "Correction:" line after the last paragraph, in the same container',
  MAYORS,
  shell8('generatepress', MAYORS, { at: { [last(MAYORS)]: `<p><em>${esc(CORRECTION)}</em></p>` } }),
  [],
  [CORRECTION],
);

const DOCS = [
  'State auditor’s report on the Kestrel Valley School District, 2019-2023',
  'Kestrel Valley board minutes approving the middle school contract',
  'District response to the audit findings, signed by the superintendent',
];
add(
  'guard: "Documents" and a short <ul> of the linked documents the story is built on, after the last paragraph',
  AUDIT,
  shell2('ghost', AUDIT, {
    at: {
      [last(AUDIT)]:
        `<h3>Documents</h3><ul>${DOCS.map((d, i) => `<li><a href="https://auditor.state.example/reports/kestrel-valley/${i.toString()}">${esc(d)}</a></li>`).join('')}</ul>`,
    },
  }),
  [],
  DOCS,
);
