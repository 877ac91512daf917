// Issue 17, precision steps 6: button-styled links alone on their line, media players told by their class and
// size, AI notes, tail notes (opinion disclaimer, closed comments, page counter, rating widget, survey prompt)
// and four rail label forms. Texts are of our own writing; every rule has negative cases in which the story's
// own text that looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { aiNote } from '../../src/extract/media-boxes.js';
import { tailNote } from '../../src/extract/tail-notes.js';
import { SECTION_LABEL } from '../../src/extract/junk-text.js';
import { esc, page, type Platform } from './chrome-shells.js';
import { BRIDGE, GRID, type Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';

const storyParas = (s: Story): string[] => s.paras.map((p) => `<p>${esc(p)}</p>`);

function run(platform: Platform, story: Story, body: string) {
  return extracted(page(platform, story, { body }), story);
}

function withSlots(story: Story, slots: Record<number, string>): string {
  const out: string[] = [slots[-1] ?? ''];
  story.paras.forEach((p, i) => out.push(`<p>${esc(p)}</p>`, slots[i] ?? ''));
  return out.join('\n');
}

describe('button-link: a button-styled link alone on its line', () => {
  it.each<Platform>(['wordpress', 'drupal', 'handmade'])('removes lone buttons in any wording (%s)', (platform) => {
    const body = withSlots(BRIDGE, {
      0: '<p class="has-text-align-center"><a class="wp-block-button__link" href="/detour">View the detour map</a></p>',
      2: '<p><a class="btn btn-primary btn-sm" href="https://shop.example/x">$19.99 from Shop</a></p>',
      4: '<p><strong><a class="cta" href="/alerts">Get road alerts</a></strong></p>',
    });
    const { text, rules } = run(platform, BRIDGE, body);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/detour map|\$19\.99|road alerts/);
    expect(rules.filter((r) => r === 'button-link')).toHaveLength(3);
  });

  it('keeps a button-styled link inside a sentence, long labels, questions and plain links', () => {
    const body = withSlots(BRIDGE, {
      0: '<p>Drivers can <a class="btn-link" href="/detour">view the detour map</a> before they set out on Monday.</p>',
      1: '<p><a class="button" href="/story">Read why the county chose to close the bridge all at once</a></p>',
      2: '<div class="faq"><a class="accordion-button" href="#q1">Will buses still cross?</a><p>No. Buses will follow the same signed detour as cars, the department said.</p></div>',
      3: '<p><a href="/timeline">Bridge timeline</a></p>',
    });
    const { text, rules } = run('wordpress', BRIDGE, body);
    expect(text).toContain('Drivers can view the detour map before they set out on Monday.');
    expect(text).toContain('Read why the county chose to close the bridge all at once');
    expect(text).toContain('Will buses still cross?');
    expect(rules).not.toContain('button-link');
  });
});

describe('media-box: players told by class and size', () => {
  it('removes a text-to-speech player and a video player box', () => {
    const body = withSlots(GRID, {
      [-1]: '<div class="tts-player"><button>Play</button><span>3:41</span><p>Listen to this story. Audio by Speechbox.</p></div>',
      1: '<div class="video-player"><span>Up next</span><h4>Watch: the control room at dusk</h4><span>01:52</span></div>',
    });
    const { text, rules } = run('arc', GRID, body);
    for (const p of GRID.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/3:41|Speechbox|Up next|control room at dusk|01:52/);
    expect(rules.filter((r) => r === 'media-box')).toHaveLength(2);
  });

  it('keeps a player-classed box that holds a paragraph of the story, and boxes of other classes', () => {
    const long =
      'Engineers at the control centre said the video feeds from the substations showed no faults overnight, and that crews would stay on call until the heat breaks.';
    const body = withSlots(GRID, {
      1: `<div class="video-player-wrapper"><p>${long}</p></div>`,
      2: '<div class="player-stats"><p>Three substations ran at full load.</p></div>',
    });
    const { text, rules } = run('arc', GRID, body);
    expect(text).toContain(long);
    expect(text).toContain('Three substations ran at full load.');
    expect(rules).not.toContain('media-box');
  });
});

describe('ai-note', () => {
  it('takes whole short notes on AI summaries and voices', () => {
    for (const t of [
      'This summary was generated with the help of AI and reviewed by an editor.',
      'Voiced by artificial intelligence.',
      'AI-generated summary',
      'The audio version of this article was produced using AI.',
    ])
      expect(aiNote(t, t.length)).toBe('ai-note');
  });
  it('leaves sentences of a story about AI', () => {
    for (const t of [
      'The company said its summary of the report was generated by AI, which critics called careless.',
      'Critics said the voice in the advert was generated by a machine learning model trained on an actor.',
      'AI-generated images flooded the contest, the organisers said.',
    ])
      expect(aiNote(t, t.length)).toBeNull();
  });
});

describe('tail notes', () => {
  it('takes the notes at the close', () => {
    const cases: [string, string][] = [
      ['The views expressed in this column are those of the author and do not necessarily reflect ours.', 'views-note'],
      ['Note: The views expressed on this site are not necessarily those of the institute.', 'views-note'],
      ['Comments are closed for this post, but you can still write to the editor.', 'comments-closed'],
      ['Pages: 1 2 3', 'page-counter'],
      ['Page 2 of 4', 'page-counter'],
      ['0/5 (0 Reviews)', 'rating-widget'],
      ['Help us improve your reading experience', 'feedback-prompt'],
      ['Got a minute? Your feedback will help us build a better page for you.', 'feedback-prompt'],
    ];
    for (const [t, rule] of cases) expect(tailNote(t, t.length, true), t).toBe(rule);
  });
  it('leaves them outside the close, and the story’s own sentences', () => {
    expect(tailNote('Comments are closed.', 20, false)).toBeNull();
    for (const t of [
      'The views expressed at the meeting were mixed, and the council delayed its vote.',
      'Comments from residents will be read into the record on Tuesday.',
      'The judge said the pages 1 2 and 3 of the contract were missing.',
      'The app scored 4/5 in the review, ahead of its rivals.',
      'Residents can help us improve the survey by answering ten questions, the council said.',
    ])
      expect(tailNote(t, t.length, true), t).toBeNull();
  });
});

describe('rail labels', () => {
  it('reads the new label forms', () => {
    for (const t of [
      'If you liked this post you might also like:',
      'More helpful articles by Harbor Mattress:',
      'Related articles and links:',
      'This might be interesting to you:',
    ])
      expect(SECTION_LABEL.test(t), t).toBe(true);
  });
  it('leaves sentences that start alike', () => {
    for (const t of [
      'If you liked this post, share it with a friend who rides the bus.',
      'More helpful tips from the fire service follow below, after the video.',
      'This might interest you if you drive to work.',
    ])
      expect(SECTION_LABEL.test(t), t).toBe(false);
  });
});

describe('paywall: a members-only note', () => {
  const line = (t: string) => chromeLine({ text: t, len: t.length, density: 0, tail: false });
  it('takes the wall’s own sentence', () => {
    for (const t of [
      'Become a paid subscriber to The Harbor Letter to unlock this piece and learn about:',
      'Upgrade to a paid member to read the rest of this post.',
      'This post is for paid subscribers only',
    ])
      expect(line(t), t).toBe('paywall');
  });
  it('leaves the story’s sentences about members', () => {
    for (const t of [
      'Become a member of the library to borrow the restored signal box manuals, the museum said.',
      'This story is for everyone who grew up near the old junction.',
    ])
      expect(line(t), t).not.toBe('paywall');
  });
});

describe('tail notes in a page', () => {
  it('removes the notes after the story and keeps the same words inside it', () => {
    const body = [
      ...storyParas(BRIDGE),
      '<p>The views expressed in this column are those of the author and do not necessarily reflect ours.</p>',
      // Longer than the filler rule's short lines, which already take a bare "Comments are closed."
      '<p>Comments are closed for this story, but if you have spotted an error or know more, please write to the desk.</p>',
    ].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/views expressed|Comments are closed/);
    expect(rules).toEqual(expect.arrayContaining(['views-note', 'comments-closed']));
  });
});
