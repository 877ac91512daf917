// Issue 17, precision steps 3: what follows a story in its own container once the story is over. Cards of other
// posts with their blurbs and runs of cut excerpts (excerpt-cards.ts), and the author's card in any wording
// (bio.ts removeBioCard). Pages and texts are of our own writing; each rule has negative cases in which the
// story's text that looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { SECTION_LABEL } from '../../src/extract/junk-text.js';
import { stackLine } from '../../src/extract/stack-chrome.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { page, type Platform } from './chrome-shells.js';
import { BREAKFAST, BRIDGE, COD, type Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';

/** Other posts of the same site, each with a blurb of sentences: vocabulary alone cannot tell them from the story. */
const POSTS = [
  [
    'Ferry timetable changes for the spring season',
    'The harbour ferry will run every twenty minutes from April. Commuters asked for an earlier first crossing, and the operator has agreed to try one for the summer. Fares stay the same until the autumn review, when the council will look at the numbers again.',
  ],
  [
    'Five walks along the old canal towpath',
    'The towpath is flat, shaded and rarely busy on weekday mornings. We walked all of it over a week and picked the stretches with the best views of the locks, the quietest benches and the two pubs that still open their gardens to walkers.',
  ],
  [
    'What the new parking zones mean for residents',
    'Permits will cost a little more from next year, but residents of the inner streets will get two visitor passes a month. Here is how to apply before the deadline, and what to do if your street is split between two of the new zones.',
  ],
  [
    'Library extends opening hours on Thursdays',
    'The central library will stay open until nine on Thursday evenings. Staff said the late hours were the most requested change in last year’s survey of members, ahead of more computers and a quiet room for students.',
  ],
];

const href = (title: string, host = 'news.example'): string =>
  `https://${host}/local/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function cards(n: number, host?: (i: number) => string): string {
  return POSTS.slice(0, n)
    .map(
      ([title, blurb], i) =>
        `<div class="sc-k3f9a"><figure><a href="${href(title!, host?.(i))}"><img src="/img/${i}.jpg" alt=""></a></figure><h3 class="sc-b81d2"><a href="${href(title!, host?.(i))}">${title}</a></h3><p class="sc-77e0c">${blurb}</p></div>`,
    )
    .join('');
}

function run(platform: Platform, story: Story, slots: Record<number, string>) {
  return extracted(page(platform, story, { slots }), story);
}

const last = (s: Story): number => s.paras.length - 1;

describe('excerpt cards after the story', () => {
  it.each<Platform>(['wordpress', 'ghost', 'arc', 'drupal', 'handmade'])(
    'removes a grid of cards with blurbs (%s)',
    (platform) => {
      const { text, rules } = run(platform, BRIDGE, { [last(BRIDGE)]: `<div class="x-4f1">${cards(4)}</div>` });
      for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
      for (const [title, blurb] of POSTS) {
        expect(text).not.toContain(title);
        expect(text).not.toContain(blurb);
      }
      expect(rules).toContain('excerpt-card');
    },
  );

  it('removes cards laid out in rows of two', () => {
    const rows = `<div class="x-r2">${cards(2)}</div><div class="x-r2">${cards(4).split('</div><div class="sc-k3f9a">').slice(2).join('</div><div class="sc-k3f9a">')}</div>`;
    const { text } = run('wordpress', BREAKFAST, { [last(BREAKFAST)]: `<section>${rows}</section>` });
    for (const p of BREAKFAST.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain(POSTS[0]![1]);
    expect(text).not.toContain(POSTS[3]![1]);
  });

  it('keeps two cards: one linked heading with a paragraph may be the story pointing on', () => {
    const { text } = run('wordpress', BRIDGE, { [last(BRIDGE)]: cards(2) });
    expect(text).toContain(POSTS[0]![1]);
  });

  it('keeps linked headings followed by more of the story: the sections are the story', () => {
    const { text } = run('wordpress', COD, { 1: cards(3) });
    expect(text).toContain(POSTS[1]![1]);
    for (const p of COD.paras) expect(text).toContain(squash(p));
  });

  it('keeps headings that link out to other sites (a guide to shops)', () => {
    const { text } = run('wordpress', BRIDGE, { [last(BRIDGE)]: cards(4, (i) => `shop${i}.example`) });
    expect(text).toContain(POSTS[2]![1]);
  });
});

const CUT = [
  'COUNCILLORS voted on Tuesday to keep the swimming pool open through the winter after a petition signed by more than two thousand resi...',
  'A MAN has been charged after a van was driven through the front window of a bakery on Mill Lane in the early hours of Sunday morning, po...',
  'THE annual lantern parade will follow a new route this year because of the roadworks on the High Street, organisers told a meeting on ...',
];

describe('cut excerpts after the story', () => {
  const teaser = (t: string): string =>
    `<div class="x-p"><div class="x-c"><p>Front Page</p></div><p>Staff Reporter</p><p>${t}</p></div>`;

  it('removes a run of excerpts cut at one length, with their section and author lines', () => {
    const { text, rules } = run('handmade', BRIDGE, {
      [last(BRIDGE)]: `<div class="x-m">${CUT.map(teaser).join('')}</div>`,
    });
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    for (const t of CUT) expect(text).not.toContain(t.slice(0, 40));
    expect(text).not.toContain('Staff Reporter');
    expect(rules).toContain('cut-excerpt');
  });

  it('keeps a story whose last paragraphs trail off: one quote, or lines of unlike lengths', () => {
    const trailing = [
      'Asked whether the bridge would reopen on time, the engineer paused and said only: we will see...',
      'The shopkeepers on Bridge Street are less patient. They have seen works overrun before, and several said they would believe the date when the first lorry drives across the new deck and the detour signs come down...',
    ];
    const { text } = run('wordpress', BRIDGE, { [last(BRIDGE)]: trailing.map((t) => `<p>${t}</p>`).join('') });
    for (const t of trailing) expect(text).toContain(t);
  });

  it('keeps cut excerpts that the story continues after', () => {
    const { text } = run('wordpress', BREAKFAST, { 2: CUT.map((t) => `<p>${t}</p>`).join('') });
    for (const t of CUT) expect(text).toContain(t);
  });
});

describe("the author's card at the end", () => {
  const name = BRIDGE.byline;
  const first = name.split(' ')[0]!;

  it('removes the name over a bio that names the author without a role word', () => {
    const card = `<div class="x-ab"><p><strong>${name}</strong></p><p>With twelve years on the county beat, ${first} has followed every road scheme from the ring road to the new bus lanes.</p></div>`;
    const { text, rules } = run('wordpress', BRIDGE, { [last(BRIDGE)]: card });
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('twelve years on the county beat');
    expect(rules).toContain('bio-card');
  });

  it('removes a bio that opens with the first name and a verb, with the paragraph after it', () => {
    const card = `<p>${first} joined the paper in 2019 after a decade in radio news.</p><p>When she is not in the council chamber, ${first} coaches an under-twelves netball team.</p>`;
    const { text } = run('arc', BRIDGE, { [last(BRIDGE)]: card });
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('joined the paper');
    expect(text).not.toContain('netball');
  });

  it('removes a blog author box greeting the reader', () => {
    const card = `<div class="x-ab"><p>Hi there! I’m Priya, and I have been writing about the valley’s roads and rivers since the floods of 2015.</p></div>`;
    const { text, rules } = run('ghost', BRIDGE, { [last(BRIDGE)]: card });
    expect(rules).toContain('bio-card');
    expect(text).not.toContain('Hi there!');
  });

  it('keeps a last paragraph about someone who shares the first name, and a sign-off', () => {
    const closing = `<p>${first} Patel, who runs the bakery on Bridge Street, is hoping the walkway keeps her morning customers coming.</p><p>— ${first}</p>`;
    const { text } = run('wordpress', BRIDGE, { [last(BRIDGE)]: closing });
    expect(text).toContain(`${first} Patel, who runs the bakery`);
    expect(text).toContain(`— ${first}`);
  });

  it("keeps the author's name inside the story and a team byline's closing paragraph", () => {
    const story: Story = { ...BREAKFAST, byline: 'Courier News Team' };
    const closing = `<p>Courier News Team has followed the breakfast scheme since the pilot and will publish the numbers in June.</p>`;
    const { text, rules } = run('wordpress', story, { [last(story)]: closing });
    expect(rules).not.toContain('bio-card');
    expect(text).toContain('will publish the numbers in June');
  });
});

describe('tag lines at the close', () => {
  const tail = (text: string): string | null => chromeLine({ text, len: text.length, density: 0.5, tail: true });
  it.each([
    'Tags: Courts, Housing, City Council',
    'Filed under: Local politics',
    'Posted in Transport, Roads, EastfieldTagged bridges, detours',
    'Tags',
    'Topic: Household budgets',
  ])('removes %j', (text) => {
    expect(tail(text)).toBe('tag-line');
  });
  it.each([
    'Topics include river ecology, flood planning, and the history of the weir',
    'Posted in Transport',
    'Category',
    'Tags: the council wants every new bridge to carry a plaque naming its builders, inspectors and the year it opened.',
    'Keywords: bridge decks, corrosion, reinforcement',
  ])('keeps %j', (text) => {
    expect(tail(text)).toBeNull();
  });
  it('keeps a tag line that is not at the close', () => {
    const text = 'Tags: Courts, Housing';
    expect(chromeLine({ text, len: text.length, density: 0.5, tail: false })).toBeNull();
  });
});

describe('closing furniture: comment stubs, share prompts, post stamps, rail labels', () => {
  const widget = (text: string) => stackLine({ text, len: text.length, tail: true });
  it.each([
    'Share this article',
    'Be the first to comment',
    'View all posts by Dana Reyes',
    'Rate this article',
    'Read More Reviews',
    'No comments yet',
    'Hide All',
  ])('removes the control %j', (text) => {
    expect(widget(text)).toBe('widget: button');
  });
  it.each([
    'Share this article with anyone who rode the old ferry.',
    'Be the first to comment on the plans at Thursday’s hearing, the clerk said.',
    'No comments were received before the deadline.',
    'Rate this article out of ten',
  ])('keeps the sentence %j', (text) => {
    expect(widget(text)).toBeNull();
  });
  it('takes a blog post stamp as a date line, and keeps a sentence about who posted', () => {
    expect(stampLine('Posted by Dana at March 2, 2024 11:15 AM', 40)).toBe('date-line');
    expect(stampLine('Posted by Dana on 2 March 2024', 30)).toBe('date-line');
    const s = 'Posted by Dana at March 2, 2024, the notice was taken down within the hour.';
    expect(stampLine(s, s.length)).toBeNull();
  });
  it.each([
    'Related articles that may interest you',
    'Related articles on Example.org',
    'You may be interested in the following topics as well:',
    'ALSO IN THE NEWS',
    'Related publications',
  ])('takes %j as a rail label', (text) => {
    expect(SECTION_LABEL.test(text)).toBe(true);
  });
  it.each([
    'Related articles that may interest you were left out of the report.',
    'Also in the news that week was the flood warning.',
  ])('keeps %j', (text) => {
    expect(SECTION_LABEL.test(text)).toBe(false);
  });
});
