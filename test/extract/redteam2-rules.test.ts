// The rules the second red-team set (redteam2-pages*.ts) led to, each with a case that must go and a case of
// the story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { factBoxMarkup } from '../../src/extract/fact-boxes.js';
import { widgetLine } from '../../src/extract/widget-lines.js';
import { esc } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { link2, shell2, type Parts2, type Shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, DREDGE, LIGHTRAIL, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';

function run(kind: Shell2, story: Story, parts: Parts2) {
  const r = extracted(shell2(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}

describe('lone-teaser: a bracketed linked headline between paragraphs', () => {
  it('goes, in italics or not', () => {
    const at = { 1: `<p><i>[${link2('Ferry fares to rise for a second time this year', 'local')}]</i></p>` };
    const { text, rules } = run('arc', DREDGE, { at });
    expect(text).not.toContain('Ferry fares to rise');
    expect(rules).toContain('lone-teaser');
  });
  it('stays when it is a bracketed editor’s aside or a document', () => {
    const note = '[The port declined to release the survey before the vote.]';
    const doc = `[<a href="/files/dredging-survey-2026.pdf">Read the channel survey commissioned by the board</a>]`;
    const { text } = run('arc', DREDGE, { at: { 1: `<p>${esc(note)}</p>`, 2: `<p>${doc}</p>` } });
    expect(text).toContain(note);
    expect(text).toContain('Read the channel survey commissioned by the board');
  });
});

describe('player-label: a player’s label and length on a line of their own', () => {
  it('matches the label with a time or a length', () => {
    for (const l of ['Listen • 3:45', 'Play 0:00 / 4:12', 'Listen to this article · 6 min', 'Watch 1:02:10'])
      expect(widgetLine(l, l.length, false), l).toBe('player-label');
  });
  it('leaves sentences about a recording', () => {
    for (const l of ['Listen closely at 3:45 and a second shot can be heard.', 'Play resumed at 3:45.', 'Listen'])
      expect(widgetLine(l, l.length, false), l).toBeNull();
  });
  it('goes from a box with hashed classes', () => {
    const at = {
      [-1]: `<div class="css-x1"><span class="css-x2">Listen</span> <span class="css-x3">• 3:45</span></div>`,
    };
    const { text, rules } = run('emotion', STRIKE, { at });
    expect(text).not.toContain('3:45');
    expect(rules).toContain('player-label');
  });
});

describe('embed-fallback: an AMP embed’s placeholder and fallback', () => {
  it('goes from an amp-iframe and an amp-video', () => {
    const at = {
      1: `<amp-iframe width="600" height="340" src="https://v.example/e/1"><div placeholder>Video is loading, please wait</div><div fallback>Your device cannot play this clip</div></amp-iframe>`,
      3: `<amp-video width="600" height="340" src="/v.mp4"><p fallback>This browser does not support the video element</p></amp-video>`,
    };
    const { text, rules } = run('amp', STRIKE, { at });
    expect(text).not.toMatch(/please wait|cannot play|does not support/);
    expect(rules).toContain('embed-fallback');
  });
  it('keeps the story’s own text inside other AMP components', () => {
    const facts = 'The union’s ballot: 91 per cent voted for the strike on a turnout of 78 per cent.';
    const at = { 2: `<amp-fit-text width="600" height="80" layout="responsive"><p>${esc(facts)}</p></amp-fit-text>` };
    expect(run('amp', STRIKE, { at }).text).toContain(facts);
  });
});

describe('fact box: an <aside> of the story’s facts inside the article', () => {
  const FACTS = ['Area burned: about 140 hectares', 'Homes lost: none', 'Crews on the line: 85'];
  const box = (items: string) => `<aside class="css-q1"><h3>The fire in numbers</h3><ul>${items}</ul></aside>`;
  it('is read as part of the story', () => {
    const { text } = run('emotion', BRUSHFIRE, { at: { 1: box(FACTS.map((f) => `<li>${esc(f)}</li>`).join('')) } });
    for (const f of ['The fire in numbers', ...FACTS]) expect(text).toContain(f);
  });
  it('is not a box of links, a menu or a form', () => {
    expect(
      factBoxMarkup(`<h3>More on the fire</h3><ul>${FACTS.map((f) => `<li>${link2(f)}</li>`).join('')}</ul>`),
    ).toBe(false);
    expect(
      factBoxMarkup(
        `<h2>Page updated:</h2><ul role="menu"><li role="menuitem">April 18, 2026, and the rest of it</li></ul>`,
      ),
    ).toBe(false);
    expect(
      factBoxMarkup(`<h3>Get alerts</h3><ul><li>Fire warnings near you, every morning</li></ul><form><input></form>`),
    ).toBe(false);
    const rail = [
      'Ferry terminal reopens after a month',
      'Water main break floods two blocks',
      'Council approves crosswalks',
    ];
    const { text } = run('emotion', LIGHTRAIL, { at: { 2: box(rail.map((h) => `<li>${link2(h)}</li>`).join('')) } });
    expect(text).not.toContain('Ferry terminal reopens');
  });
});

describe('widget lines: player state, share rows, registration walls, sign-up buttons', () => {
  const rule = (l: string, tail = false) => widgetLine(l, l.length, tail);
  it('matches each widget’s lines', () => {
    for (const l of ['Now playing', 'Autoplay', 'Playing in 5', 'Video: Crews cut a line on the ridge (1:12)'])
      expect(rule(l), l).toBe('player-label');
    expect(rule('1.4K sharesTweetShare on WhatsAppPin it')).toBe('share');
    expect(rule('Share | Tweet | Email')).toBe('share');
    expect(rule('This article is free to read, but you need to register.')).toBe('paywall');
    expect(rule('Already registered? Log in')).toBe('paywall');
    expect(rule('Sign me up', true)).toBe('signup');
  });
  it('leaves the story’s lines of the same shape', () => {
    for (const l of [
      'Now playing at the Odeon: a restored print of the 1962 original.',
      'Video: the council’s own recording of the meeting shows the vote.',
      'Share prices fell six per cent.',
      'Voters need to register by Friday to take part in the recount.',
      'Sign me up, she told the recruiter, and she was gone within a week.',
    ])
      expect(rule(l, true), l).toBeNull();
    expect(rule('Sign me up', false)).toBeNull();
  });
});

describe('card-grid: other posts’ cards set mid-body', () => {
  const POSTS = [
    [
      'Mussel farmers count the cost of a cold spring',
      'Growers say the late frost slowed the spat and pushed back the first harvest.',
    ],
    [
      'New pilot boat arrives after a long wait',
      'The boat replaces one that had been in service for more than thirty years.',
    ],
    [
      'Sailing club takes pupils out on the water',
      'Children from four schools will learn to sail on Wednesday afternoons.',
    ],
  ];
  const slug = (h: string) => h.toLowerCase().replace(/ /g, '-');
  // Classes Readability scores up (entry, excerpt), as WordPress's post blocks have: it keeps such a grid.
  const grid = (href: (h: string) => string) =>
    `<div class="wp-block-posts is-grid">${POSTS.map(([h, d]) => `<article><div class="entry-wrapper"><h3 class="entry-title"><a href="${href(h ?? '')}">${esc(h ?? '')}</a></h3><div class="excerpt"><p>${esc(d ?? '')}</p></div></div></article>`).join('')}</div>`;
  it('goes between two paragraphs of the story', () => {
    const { text, rules } = run('newspack', DREDGE, { at: { 2: grid((h) => `/coast/2026/04/${slug(h)}`) } });
    expect(text).not.toContain('Mussel farmers');
    expect(rules).toContain('card-grid');
  });
  it('is not judged when its links go to other sites, or when no prose follows it', () => {
    const shops = run('newspack', DREDGE, { at: { 2: grid((h) => `https://shop.example/p/${slug(h)}`) } });
    expect(shops.rules).not.toContain('card-grid');
    const last = run('newspack', DREDGE, { at: { 4: grid((h) => `/coast/2026/04/${slug(h)}`) } });
    expect(last.rules).not.toContain('card-grid');
  });
});

describe('image-caption: a caption closing on a credit, beside a picture, no <figure>', () => {
  it('takes a slide counter beside a picture, not a figure beside a paragraph', () => {
    const g = `<div class="css-g1"><img src="/g.jpg" alt=""><div class="css-g2"><span>1 / 12</span></div></div>`;
    const { text, rules } = run('emotion', BENCHES, { at: { 1: g } });
    expect(text).not.toContain('1 / 12');
    expect(rules).toContain('slide-counter');
    const score = `<div class="css-s1"><p>Share of benches with arms</p><div class="css-s2">3 / 10</div></div>`;
    expect(run('emotion', BENCHES, { at: { 1: score } }).text).toContain('3 / 10');
  });
  const pic = (caption: string) =>
    `<div class="css-i1"><img src="/p.jpg" alt=""><div class="css-i2">${caption}</div></div>`;
  it('goes', () => {
    const { text, rules } = run('emotion', BRUSHFIRE, {
      at: { 0: pic('Crews on the ridge at dawn. <span>Jonah Pike / Metro Ledger</span>') },
    });
    expect(text).not.toContain('Crews on the ridge at dawn');
    expect(rules).toContain('image-caption');
  });
  it('stays when the block beside the picture is the story’s, with no credit', () => {
    const own =
      'The ridge where the crews held the line is visible from most of the town, and residents watched the helicopters all morning.';
    expect(run('emotion', BRUSHFIRE, { at: { 0: pic(esc(own)) } }).text).toContain(own);
  });
});

describe('trailing lists: the story’s list just after its body container', () => {
  it('keeps a headed timeline and an announced list of links', () => {
    const tail = `<h3>What happens next</h3><ul><li>Friday: talks resume with a mediator</li><li>Monday: the union’s members vote</li></ul><p>The union has published its offer here:</p><ul><li>${link2('The union’s staffing proposal in full', 'documents')}</li></ul>`;
    const { text } = run('emotion', STRIKE, { tail });
    for (const l of [
      'Friday: talks resume with a mediator',
      'Monday: the union’s members vote',
      'The union’s staffing proposal in full',
    ])
      expect(text).toContain(l);
  });
  it('does not keep a rail of links under a heading there', () => {
    const tail = `<h3>Latest news</h3><ul>${['Flu season peaks early in the north', 'Ambulance waits fall for a second month', 'Clinic opening hours change in May'].map((h) => `<li>${link2(h, 'health')}</li>`).join('')}</ul>`;
    expect(run('emotion', STRIKE, { tail }).text).not.toContain('Flu season');
  });
});

describe('email-signup: a box told by its e-mail field', () => {
  it('goes with its name and pitch, with no word "newsletter"', () => {
    const tail = `<div class="css-n1"><div class="css-n2"><b>Harbour Lights</b><span>Tides, sailings and the week on the quay, each Friday.</span></div><div class="css-n3"><input type="email" placeholder="you@example.com"><button>Go</button></div></div>`;
    const { text, rules } = run('emotion', DREDGE, { tail });
    expect(text).not.toMatch(/Harbour Lights|Tides, sailings/);
    expect(rules).toContain('email-signup');
  });
  it('takes nothing of the story when the field sits in the story’s container', () => {
    const at = { 4: `<input type="email">` };
    const { rules } = run('emotion', DREDGE, { at });
    expect(rules).not.toContain('email-signup');
  });
});

describe('round 9 lines: a plug paragraph, topic links, a gallery counter, an event button', () => {
  const rule = (l: string, tail = false) => widgetLine(l, l.length, tail);
  it('matches each', () => {
    expect(rule('Like this story? Get more like it every morning in our free transport briefing. Sign up here.')).toBe(
      'signup',
    );
    expect(rule('Read more about: Health care, Labour, St Brendan’s Hospital')).toBe('tag-line');
    expect(rule('Get tickets', true)).toBe('promo-button');
  });
  it('leaves the story’s lines of the same shape', () => {
    expect(rule('Parents can sign up now at any of the two schools, the district said.')).toBeNull();
    expect(rule('Places are free for families on reduced-price meals, who can sign up today.')).toBeNull();
    expect(rule('Read more about: the board’s reasons, in its own words, on page four.')).toBeNull();
    expect(rule('Get tickets', false)).toBeNull();
    expect(rule('Fans queued overnight to get tickets for the final.', true)).toBeNull();
  });
});

describe('search-terms, and the fact test of fact boxes and trailing lists', () => {
  const TERMS = ['gas prices this week', 'school closures today', 'county fair tickets'];
  it('a "trending searches" list goes, in the tail or in an aside', () => {
    const list = `<ul>${TERMS.map((t) => `<li role="button">${esc(t)}</li>`).join('')}</ul>`;
    const a = run('emotion', BRUSHFIRE, { tail: `<h3>Trending searches</h3>${list}` });
    expect(a.text).not.toContain('gas prices');
    expect(a.rules).toContain('search-terms');
    expect(factBoxMarkup(`<h3>People also search for</h3>${list}`)).toBe(false);
  });
  it('a list of the story’s facts under its own heading stays', () => {
    const facts = ['Friday: talks resume with a mediator', 'Monday: members vote on the offer'];
    const { text } = run('emotion', STRIKE, {
      tail: `<h3>What happens next</h3><ul>${facts.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`,
    });
    for (const f of facts) expect(text).toContain(f);
    const gear = ['a tape measure', 'a clipboard and a pencil', 'a folding stool'];
    const r = run('emotion', BRUSHFIRE, {
      tail: `<h3>Popular searches</h3><ul>${gear.map((g) => `<li>${esc(g)} for the survey, as we used it.</li>`).join('')}</ul>`,
    });
    expect(r.rules).not.toContain('search-terms');
  });
});

describe('round 10 lines: a text-to-speech player, stock chips, a gallery button', () => {
  const rule = (l: string) => widgetLine(l, l.length, false);
  it('matches each, spans run together or not', () => {
    expect(rule('0:00 / 5:121xVoice by SpeakWell Audio')).toBe('player-label');
    expect(rule('Voice by SpeakWell Audio')).toBe('player-label');
    expect(rule('In this article: HSC -6.21% SOXX -1.04%')).toBe('stock-chips');
    expect(rule('View 12 photos')).toBe('gallery-button');
    expect(rule('Key events')).toBe('live-nav');
  });
  it('leaves the story’s lines of the same shape', () => {
    expect(rule('Powered by volunteers, the survey took a whole summer.')).toBeNull();
    expect(rule('Shares in HSC fell 6.21% in early trading.')).toBeNull();
    expect(rule('YES 52% NO 48%')).toBeNull();
    expect(rule('Key events of the night, hour by hour, as crews saw them.')).toBeNull();
    expect(rule('View 12 photos of the fire on our partner’s site, where they were first published.')).toBeNull();
  });
  it('takes a caption with a parenthesised credit from a box that also holds a gallery button', () => {
    const box = `<div class="css-v1"><img src="/f.jpg" alt=""><p class="css-v2">Crews rest at the roadside after a night on the ridge above the reservoir. (Jonah Pike/Metro Ledger)</p><a href="/gallery/x">View 12 photos</a></div>`;
    const { text, rules } = run('emotion', BRUSHFIRE, { at: { 1: box } });
    expect(text).not.toMatch(/Crews rest at the roadside|View 12 photos/);
    expect(rules).toContain('image-caption');
  });
});
