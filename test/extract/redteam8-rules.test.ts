// The rules the eighth red-team set (redteam8-pages26.ts, -pages27.ts, redteam8-wave2.ts) led to, each with a case
// that must go and a look-alike of the story's own text that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { eraLine } from '../../src/extract/era-lines.js';
import { extractArticle } from '../../src/extract/index.js';
import { FILLER, SECTION_LABEL } from '../../src/extract/junk-text.js';
import type { Story } from './chrome-stories.js';
import { squash } from './judge.js';
import { H8, withPara8 } from './redteam8-pages26.js';
import { link8, shell8, type Parts8, type Shell8 } from './redteam8-shells.js';
import { BUSES, CANYON, LEVY, MERCADO } from './redteam8-stories.js';

/** The page's text and every (rule, text) the cleaner traced. */
function run(kind: Shell8, story: Story, parts: Parts8 = {}, html = shell8(kind, story, parts)) {
  const traced: [string, string][] = [];
  const r = extractArticle(html, `https://news.example/local/${story.slug}`, {
    trace: (rule, t) => traced.push([rule, t]),
  });
  if (!r.ok) throw new Error(`no article: ${r.detail ?? ''}`);
  return { text: squash(r.article.text), traced, rules: traced.map(([rule]) => rule) };
}
const line = (t: string, last = false): string | null => eraLine(t, t.length, last);

describe('posted-stamp: Blogger’s "Posted by <Name> at <time>" and Drupal’s "Submitted by <Name> on <date>"', () => {
  it('matches the whole stamp', () => {
    expect(line('Posted by Dana W. at 6:45 PM')).toBe('posted-stamp');
    expect(line('Submitted by Tamsin Okafor on Tue, 06/12/2018 - 09:14')).toBe('posted-stamp');
    expect(line('Submitted by Reyna Castillo on June 12, 2018')).toBe('posted-stamp');
  });
  it('leaves sentences that open the same way', () => {
    expect(line('Posted by the mayor at 6:45 PM, the message asked residents to stay indoors.')).toBeNull();
    expect(line('Submitted by the county on Tue, 06/12/2018, the plan was rejected a week later.')).toBeNull();
  });
});

describe('comment-system: a comment widget’s own line', () => {
  it('matches "blog comments powered by Disqus" and the JavaScript note', () => {
    expect(line('blog comments powered by Disqus')).toBe('comment-system');
    expect(line('blog comments powered by')).toBe('comment-system');
    expect(line('Please enable JavaScript to view the comments powered by Disqus.')).toBe('comment-system');
  });
  it('leaves prose about comments', () => {
    expect(line('Comments powered by outrage filled the council’s page for a week.')).toBeNull();
    expect(line('Please enable JavaScript in the county’s form before you file a claim.')).toBeNull();
  });
});

describe('comment-policy: a moderator’s note about comments', () => {
  it('matches the note', () => {
    expect(
      line('Please keep comments civil and on topic. Comments are moderated and may take a few minutes to appear.'),
    ).toBe('comment-policy');
    expect(line('Comments are reviewed before they appear.')).toBe('comment-policy');
  });
  it('leaves a sentence that opens like it but names no policy, counts or reports', () => {
    expect(line('Please keep comments coming, the mayor told residents at the end of the meeting.')).toBeNull();
    expect(line('Comments are moderated by volunteers at the county, who said 412 had been received.')).toBeNull();
  });
});

describe('action-row: "Print this article | Email this article"', () => {
  it('matches a row of page actions', () => {
    expect(line('Print this article | Email this article')).toBe('action-row');
    expect(line('E-mail this story')).toBe('action-row');
    expect(line('Printer-friendly version • Send by email')).toBe('action-row');
  });
  it('leaves a sentence that opens on an action', () => {
    expect(line('Print this article and bring it to the meeting, the clerk said.')).toBeNull();
    expect(line('Email this story to the board | and the mayor')).toBeNull();
  });
});

describe('field-label: a field label left alone as the last block', () => {
  it('goes at the very end', () => {
    expect(line('Section:', true)).toBe('field-label');
    expect(line('Tags:', true)).toBe('field-label');
  });
  it('stays anywhere else, and a "Sources:" label (its list is the story’s) stays at the end too', () => {
    expect(line('Section:', false)).toBeNull();
    expect(line('Sources:', true)).toBeNull();
    expect(line('Their demands:', true)).toBeNull();
  });
});

describe('filler: decorated ad labels and "return to top" links', () => {
  it('matches the whole line', () => {
    for (const t of [
      '- Advertisement -',
      '— ADVERTISEMENT —',
      '- Sponsored -',
      'Return to top',
      'Top of page',
      'Back to top of page',
    ])
      expect(FILLER.test(t), t).toBe(true);
  });
  it('leaves sentences that start the same way', () => {
    expect(FILLER.test('Back to top of the canyon, where the fire started, went the investigators.')).toBe(false);
    expect(FILLER.test('Top of the page was a photo of the mayor.')).toBe(false);
    expect(FILLER.test('- Advertisement revenue fell by a third -')).toBe(false);
  });
});

describe('tag-line: a bare "Tags" label before a row of tag links, no colon or separators', () => {
  const facts = (text: string, density: number) => ({ text, len: text.length, density, tail: true });
  it('goes when the words after the label are links', () => {
    expect(chromeLine(facts('Tags buses Maple Valley schools', 0.8))).toBe('tag-line');
    expect(chromeLine(facts('Tags school transport drivers wanted bus routes Maple Valley west side', 0.85))).toBe(
      'tag-line',
    );
  });
  it('stays when they are the story’s words', () => {
    expect(chromeLine(facts('Tags on the new buses show the route', 0))).toBeNull();
    expect(chromeLine(facts('Tags on the new buses show the route', 0.2))).toBeNull();
  });
});

describe('bio-card: a bio whose role comes first as a sentence of its own', () => {
  // No "About <Name>" line over it (the theme's heading was dropped): the bio alone has to be read.
  const box = (bio: string) => `<section class="post-box"><div class="author-description">${bio}</div></section>`;
  it('goes: "Education reporter. Tamsin joined the Times in 2015 ..."', () => {
    const bio = 'Education reporter. Tamsin joined the Times in 2015 after five years at a weekly paper upstate.';
    const { text, traced } = run('sahifa', BUSES, { after: box(bio) });
    for (const p of BUSES.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('Tamsin joined');
    expect(traced).toContainEqual(['bio-card', bio]);
  });
  it('leaves a closing paragraph whose first sentence is not a role, or whose name is not the author’s', () => {
    for (const own of [
      'It worked. Tamsin joined the volunteer drivers’ rota the next week and has driven the route every morning since.',
      'Transport director. Maria Lopez joined the district in 2016 and said she had never seen a shortage like it.',
    ]) {
      const story = withPara8(BUSES, BUSES.paras.length, own);
      const { text, rules } = run('sahifa', story);
      expect(text).toContain(own);
      expect(rules).not.toContain('bio-card');
    }
  });
});

describe('page-widget: a breadcrumb container named "crumbs"', () => {
  it('goes with its trail "Home / <headline>"', () => {
    const { text, traced } = run('sahifa', LEVY);
    expect(text).not.toContain('Home /');
    expect(traced.some(([rule, t]) => rule === 'page-widget' && t.startsWith('Home /'))).toBe(true);
  });
  it('leaves a container with such a name that holds the story', () => {
    const html = shell8('sahifa', LEVY).replace('<div class="entry">', '<div class="entry crumbs-layout">');
    const { text } = run('sahifa', LEVY, {}, html);
    for (const p of LEVY.paras) expect(text).toContain(squash(p));
  });
});

describe('teaser-list: one or two linked headlines in a bulleted list between two paragraphs', () => {
  it('goes, in any language', () => {
    const heads = [
      'Un incendio obliga a desalojar un bloque de viviendas',
      'La biblioteca amplía su horario en época de exámenes',
    ];
    const { text, traced } = run('portal', MERCADO, {
      lang: 'es',
      at: { 1: `<ul>${heads.map((t) => `<li>${link8(t, 'local')}</li>`).join('')}</ul>` },
    });
    for (const p of MERCADO.paras) expect(text).toContain(squash(p));
    for (const h of heads) expect(text).not.toContain(h);
    expect(traced.map(([r]) => r)).toContain('teaser-list');
    const one = run('generatepress', CANYON, { at: { 2: `<ul><li>${link8(H8(3))}</li></ul>` } });
    expect(one.text).not.toContain(H8(3));
  });
  it('leaves a list of the story’s own points, of linked documents, and a list the next paragraph tells', () => {
    const lists = [
      '<ul><li>Six branches, five days a week</li><li>About 38 dollars a year on a typical home</li></ul>',
      '<ul><li><a href="/files/levy-ballot-language.pdf">The ballot language of the library levy</a></li><li><a href="/files/recount-order.pdf">The recount order of the elections board</a></li></ul>',
      '<ul><li><a href="/2018/06/what-the-auditor-found-in-the-levy-sums/">What the auditor found in the levy sums</a></li></ul>',
    ];
    for (const list of lists) {
      const story = withPara8(
        LEVY,
        2,
        'What the auditor found in the levy sums was a smaller surplus than the library had counted on, and the board has asked for a second opinion.',
      );
      const { text, rules } = run('generatepress', story, { at: { 1: list } });
      for (const p of story.paras) expect(text).toContain(squash(p));
      expect(rules).not.toContain('teaser-list');
    }
  });
});

describe('section-label: "Check Also" over a teaser', () => {
  it('is a label as a whole line', () => {
    expect(SECTION_LABEL.test('Check Also')).toBe(true);
  });
  it('is not a sentence that opens with it', () => {
    expect(SECTION_LABEL.test('Check also the county’s list of closed roads before you drive.')).toBe(false);
  });
});
