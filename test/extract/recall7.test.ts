// Issue 17, recall steps 7: article text the cleaner used to drop. Texts are of our own writing; every fix
// has negative cases in which the chrome that looks like the article still goes.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { neutralBuilderNames } from '../../src/extract/builder-names.js';
import { neutralHeadingNames, slugOf } from '../../src/extract/heading-names.js';
import { page, slug, type Platform } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { LIBRARY, sectioned } from './recall7-stories.js';

const RAIL = `<h2 class="related-header">More from the newsroom</h2><ul class="story-list"><li><a href="/a">Council delays vote on bus lanes</a></li><li><a href="/b">Harbour festival returns with tall ships</a></li><li><a href="/c">Ferry fares to rise in spring</a></li><li><a href="/d">School term dates set for next year</a></li><li><a href="/e">New cycle path opens by the canal</a></li></ul>`;

function run(platform: Platform, body: string) {
  return extracted(page(platform, LIBRARY, { body }), LIBRARY);
}

function expectWholeStory(text: string): void {
  for (const p of LIBRARY.paras) expect(text).toContain(squash(p));
  for (const s of LIBRARY.sections) expect(text).toContain(s);
}

describe('section headings whose names Readability reads as chrome', () => {
  it.each<[string, Platform, (t: string, i: number) => string]>([
    ['newsletter platform anchors', 'ghost', (t) => `<h2 class="header-anchor-post">${t}</h2>`],
    ['page-builder module headers', 'wordpress', (t) => `<h3 class="et_pb_module_header">${t}</h3>`],
    ['recipe-style BEM headers', 'drupal', (t, i) => `<h2 class="story__section-header" id="s${i}">${t}</h2>`],
    ['utility-CSS type classes', 'handmade', (t) => `<h2 class="mt-8 font-extrabold leading-extra-tight">${t}</h2>`],
    ['ids that are slugs of the heading', 'arc', (t) => `<h2 id="${slug(t)}">${t}</h2>`],
    ['classes that are slugs of the heading', 'brightspot', (t, i) => `<h3 class="h-${i + 1}-${slug(t)}">${t}</h3>`],
  ])('keeps headings named as %s', (_, platform, heading) => {
    const { text } = run(platform, sectioned(LIBRARY, heading));
    expectWholeStory(text);
  });

  it('still drops a rail whose heading is named for what it is', () => {
    const body = sectioned(LIBRARY, (t) => `<h2 class="header-anchor-post">${t}</h2>`) + RAIL;
    const { text } = run('ghost', body);
    expectWholeStory(text);
    expect(text).not.toMatch(/More from the newsroom|bus lanes|tall ships|cycle path/);
  });

  it('takes off only the parts that say nothing about chrome', () => {
    const { document } = new JSDOM(
      `<body>
        <h2 id="a" class="header-anchor-post">Paying for the work</h2>
        <h2 id="b" class="related-header">More from the newsroom</h2>
        <h3 id="c" class="comments-header">12 comments</h3>
        <h2 id="community-notices">Community notices</h2>
        <h2 id="d" class="sidebar-title font-extrabold">Most read</h2>
        <div id="e" class="post-header"><p>Not a heading: left to Readability.</p></div>
      </body>`,
    ).window;
    neutralHeadingNames(document.body);
    const cls = (id: string): string | null => document.getElementById(id)?.getAttribute('class') ?? null;
    expect(cls('a')).toBe('-anchor-post');
    expect(cls('b')).toBe('related-header');
    expect(cls('c')).toBe('comments-header');
    // The id is the heading's own words: dropped.
    expect(document.getElementById('community-notices')).toBeNull();
    expect(document.querySelectorAll('h2')[2]?.textContent).toBe('Community notices');
    expect(cls('d')).toBe('sidebar-title font-extrabold');
    expect(cls('e')).toBe('post-header');
  });
});

describe('labelled section in a container that also holds the end of the story', () => {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const p = (i: number): string => `<p>${esc(LIBRARY.paras[i]!)}</p>`;
  const SEE_ALSO = `<p>See also:</p><ul><li><a href="/x">How the flood closed three branches in one night</a></li><li><a href="/y">Ten picture books our librarians keep recommending</a></li><li><a href="/z">Inside the city archive’s new reading room</a></li></ul>`;
  // The story's last paragraphs in a container of their own, as two-part bodies and editors' blocks have it.
  const body = (tail: string): string =>
    `${[0, 1, 2, 3, 4, 5].map(p).join('')}<div class="article-continued">${p(6)}${p(7)}${tail}</div>`;

  it.each<Platform>(['wordpress', 'drupal', 'handmade'])(
    'keeps the story before the label, drops the rest (%s)',
    (platform) => {
      const { text, rules } = run(
        platform,
        body(`${SEE_ALSO}<div class="visits">(Visited 1,204 times, 58 visits today)</div>`),
      );
      for (const para of LIBRARY.paras) expect(text).toContain(squash(para));
      expect(text).not.toMatch(/See also|picture books|archive’s new reading room|Visited 1,204/);
      expect(rules.some((r) => r.startsWith('labelled-section'))).toBe(true);
    },
  );

  it('still drops a labelled box of its own whole, teaser descriptions and all', () => {
    const rail = `<div class="more-box"><p>See also:</p><ul><li><a href="/x">How the flood closed three branches in one night</a><p>The water rose faster than anyone had planned for, and staff carried what they could up the stairs before the power went out across the district.</p></li><li><a href="/y">Ten picture books our librarians keep recommending</a></li></ul></div>`;
    const { text } = run('ghost', `${LIBRARY.paras.map((_, i) => p(i)).join('')}${rail}`);
    for (const para of LIBRARY.paras) expect(text).toContain(squash(para));
    expect(text).not.toMatch(/See also|closed three branches|carried what they could|picture books/);
  });
});

describe('page-builder and CMS class names Readability weighs as chrome', () => {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const plain = (from: number, to: number): string =>
    LIBRARY.paras
      .slice(from, to)
      .map((t) => `<p>${esc(t)}</p>`)
      .join('');
  // A block of several paragraphs: Readability unwraps a div around a single one, class and all.
  const wrapped = (from: number, to: number, wrap: (p: string) => string): string => wrap(plain(from, to));

  it.each<[string, Platform, (p: string) => string]>([
    [
      'Elementor text blocks',
      'wordpress',
      (p) =>
        `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${p}</div></div>`,
    ],
    [
      'Drupal paragraphs with hidden labels',
      'drupal',
      (p) =>
        `<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden">${p}</div>`,
    ],
    [
      'HubSpot modules',
      'handmade',
      (p) => `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">${p}</div>`,
    ],
    ['clipped utility-CSS boxes', 'ghost', (p) => `<div class="relative overflow-hidden rounded-lg">${p}</div>`],
  ])('keeps the story in %s', (_, platform, wrap) => {
    // Two paragraphs of eight: too few for the prose-coverage fallback to notice them missing.
    const { text } = run(platform, plain(0, 5) + wrapped(5, 7, wrap) + plain(7, 8));
    for (const p of LIBRARY.paras) expect(text).toContain(squash(p));
  });

  it('still drops a builder block that names itself share buttons, a sidebar or a promo', () => {
    const chrome = [
      `<div class="elementor-element elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container"><div class="share-row"><a href="https://x.example/share">Share on X</a> <a href="https://fb.example/share">Share on Facebook</a></div></div></div>`,
      `<div class="field field--name-field-promo field--label-hidden promo-box"><p><a href="/donate">Support local news: give today</a></p></div>`,
    ];
    const { text } = run('wordpress', plain(0, 4) + chrome[0]! + plain(4, 8) + chrome[1]!);
    for (const p of LIBRARY.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/Share on|Support local news/);
  });
});

describe('neutralBuilderNames', () => {
  it('takes out the block words and presentation tokens, and nothing else', () => {
    const { document } = new JSDOM(
      `<body>
        <div id="a" class="elementor-widget elementor-widget-text-editor"></div>
        <div id="b" class="elementor-widget-container"></div>
        <div id="c" class="field field--label-hidden node--promoted md:overflow-hidden overflow-x-hidden"></div>
        <div id="d" class="widget sidebar-widget related-posts overflow-auto"></div>
        <div id="e" class="hidden promo-box"></div>
      </body>`,
    ).window;
    neutralBuilderNames(document.body);
    const cls = (id: string): string | null => document.getElementById(id)?.getAttribute('class') ?? null;
    expect(cls('a')).toBe('elementor- elementor--text-editor');
    expect(cls('b')).toBe('elementor--container');
    expect(cls('c')).toBe('field');
    // Not a builder's or a presentation name: left for Readability to weigh.
    expect(cls('d')).toBe('widget sidebar-widget related-posts overflow-auto');
    expect(cls('e')).toBe('hidden promo-box');
  });
});

describe('sections whose id is a slug of their heading', () => {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const section = (i: number, id: string): string =>
    `<div id="${id}" class="anchor-section"><h2>${esc(LIBRARY.sections[i]!)}</h2><p>${esc(LIBRARY.paras[2 * i]!)}</p><p>${esc(LIBRARY.paras[2 * i + 1]!)}</p></div>`;

  it.each<Platform>(['wordpress', 'arc', 'handmade'])('keeps a section anchored by its own words (%s)', (platform) => {
    // "a-community-room" holds Readability's "community"; "paying-work" leaves words out of its heading.
    const body = [
      section(0, 'what-changed-inside'),
      section(1, 'a-community-room'),
      section(2, 'paying-work'),
      section(3, 'next'),
    ].join('');
    const { text } = run(platform, body);
    expectWholeStory(text);
  });

  it('still drops a related-stories section anchored by its label', () => {
    const body =
      sectioned(LIBRARY, (t) => `<h2>${t}</h2>`) +
      `<div id="related-stories"><h2>Related stories</h2><ul><li><a href="/a">Council delays vote on bus lanes</a></li><li><a href="/b">Harbour festival returns with tall ships</a></li><li><a href="/c">Ferry fares to rise in spring</a></li></ul></div>`;
    const { text } = run('wordpress', body);
    expectWholeStory(text);
    expect(text).not.toMatch(/Related stories|bus lanes|tall ships/);
  });

  it('tells a slug from a name', () => {
    expect(slugOf('h-5-community-building', '5. Community Building')).toBe(true);
    expect(slugOf('used-ev-shopping-checklist', 'Used Full EV Shopping Checklist')).toBe(true);
    expect(slugOf('related-posts', 'Paying for the work')).toBe(false);
    expect(slugOf('social-share', 'Share this story')).toBe(false);
    // Too short to tell: "menu" could be anywhere.
    expect(slugOf('menu', 'The menu')).toBe(false);
  });
});
