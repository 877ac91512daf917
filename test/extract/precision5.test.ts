// Issue 17, precision steps 5: template filler (dummy Latin left in an unfilled widget), an author card's bare job
// title, a sponsor box opened by "Brought to you by", tip-line labels closing the story and a bare "Last reviewed:"
// label. Pages and texts are of our own writing; every rule has negative cases in which the story's own text that
// looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/extract/placeholders.js';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { esc, page, type Platform } from './chrome-shells.js';
import { BRIDGE, type Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';

const DUMMY =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';

const storyParas = (s: Story): string[] => s.paras.map((p) => `<p>${esc(p)}</p>`);

function run(platform: Platform, story: Story, body: string) {
  return extracted(page(platform, story, { body }), story);
}

describe('placeholder: template filler', () => {
  it('tells dummy Latin from a text that quotes it', () => {
    for (const t of [DUMMY, 'Lorem Ipsum', 'Lorem ipsum 2', 'Dolor sit amet, consectetur adipiscing elit.'])
      expect(isPlaceholder(t)).toBe(true);
    for (const t of [
      'Designers fill an empty layout with lorem ipsum until the real story is written.',
      'The printer’s sample page began with the words “Lorem ipsum dolor sit amet”, a scrambled line of Cicero.',
      'Ipsum is not a word the council uses.',
    ])
      expect(isPlaceholder(t)).toBe(false);
  });

  it.each<Platform>(['wordpress', 'ghost', 'handmade'])(
    'removes an unfilled template with its stand-in headings (%s)',
    (platform) => {
      const template =
        '<div class="grid"><h3>Lorem Ipsum</h3>' +
        [1, 2, 3]
          .map(
            (n) => `<div class="cell"><h4>Head Line ${n}</h4><p>${DUMMY}</p><ul><li>Lorem ipsum ${n}</li></ul></div>`,
          )
          .join('') +
        '</div>';
      const body = [...storyParas(BRIDGE).slice(0, 3), template, ...storyParas(BRIDGE).slice(3)].join('\n');
      const { text, rules } = run(platform, BRIDGE, body);
      for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
      expect(text).not.toMatch(/lorem|ipsum|Head Line/i);
      expect(rules).toContain('placeholder');
    },
  );

  it('keeps a story about the filler, and a card holding real text beside a dummy line', () => {
    const about =
      '<p>Typesetters have used the same dummy text since the sixteenth century. It opens “Lorem ipsum dolor sit amet”, and designers still paste it into every empty layout.</p>';
    const card = `<div class="card"><p>The bridge reopens in November, the county engineer said on Tuesday.</p><p>${DUMMY}</p></div>`;
    const body = [...storyParas(BRIDGE), about, card].join('\n');
    const { text } = run('wordpress', BRIDGE, body);
    expect(text).toContain('Typesetters have used the same dummy text');
    expect(text).toContain('The bridge reopens in November, the county engineer said on Tuesday.');
    expect(text).not.toContain('consectetur adipiscing elit, sed do');
  });
});

describe('role-line: an author card’s job title', () => {
  it('takes bare titles at the head or tail, not headings or sentences', () => {
    for (const t of [
      'Senior Reporter',
      'Editor-in-Chief',
      'Chief Business Editor',
      'Writer, Hardware',
      'Founder and Dean',
      'Staff Photographer & Columnist',
    ])
      expect(stampLine(t, t.length)).toBe('role-line');
    for (const t of [
      'Freelancers',
      'Editor’s note',
      'The editor replied.',
      'Reporters at the scene',
      'A writer remembers the flood',
      'Senior citizens',
    ])
      expect(stampLine(t, t.length)).toBeNull();
  });

  it('removes the closing author card with its name line', () => {
    const cardHtml = '<div class="box"><p>Priya Castellano</p><p>Senior Transport Reporter</p></div>';
    const body = [...storyParas(BRIDGE), cardHtml].join('\n');
    const { text, rules } = run('handmade', BRIDGE, body);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('Senior Transport Reporter');
    expect(rules).toContain('role-line');
  });
});

describe('sponsor box, tip lines, review labels', () => {
  it('removes a box opened by "Brought to you by", keeps the phrase in a sentence', () => {
    const box =
      '<div class="box"><p>Brought to you by</p><p>Harbour Mutual: insurance for small boats and the people who sail them.</p></div>';
    const told =
      '<p>The repairs were brought to you by the same crew that rebuilt the quay, the council joked at the meeting.</p>';
    const body = [...storyParas(BRIDGE), told, box].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    expect(text).toContain('brought to you by the same crew');
    expect(text).not.toContain('Harbour Mutual');
    expect(rules).toContain('sponsored-box');
  });

  it('drops a tip-line section closing the story, keeps a tip the story tells of', () => {
    const tip =
      '<h3>Got a tip?</h3><p>Email the newsroom at tips@news.example or call our hotline, we read every message.</p>';
    const story: Story = {
      ...BRIDGE,
      paras: [
        ...BRIDGE.paras,
        'Drivers who got a tip from neighbours about the back lanes said the detour was shorter than the signs suggested.',
      ],
    };
    const { text } = run('wordpress', story, [...storyParas(story), tip].join('\n'));
    for (const p of story.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('tips@news.example');
  });

  it('takes a bare "Last reviewed:" label, not a sentence about reviews', () => {
    for (const t of ['Date Last Reviewed:', 'Last reviewed', 'Last Reviewed:'])
      expect(stampLine(t, t.length)).toBe('meta-label');
    for (const t of ['Last reviewed by the board in May', 'Date last reviewed was not recorded.'])
      expect(stampLine(t, t.length)).toBeNull();
  });
});

describe('news furniture: feedback controls, clock-first stamps, curly apostrophes in labels', () => {
  const facts = (text: string) => ({ text, len: text.length, density: 0, tail: true });

  it('takes feedback and error-report controls at the close, keeps corrections', () => {
    for (const t of [
      'Was this article helpful?',
      'Report an error',
      'Suggest a correction',
      'Have feedback on this story? Let us know.',
      'Spotted a typo in this story? Tell us.',
    ])
      expect(chromeLine(facts(t))).toBe('feedback-prompt');
    for (const t of [
      'Correction: An earlier version of this story gave the wrong date for the closure.',
      'Was this bridge ever safe? Engineers say the answer is no.',
      'Residents can report an error in the detour signs to the highways department by phone.',
    ])
      expect(chromeLine(facts(t))).toBeNull();
  });

  it('takes published and updated stamps with the clock first, keeps "originally published" and sentences', () => {
    for (const t of [
      'Published 6:00 a.m. ET March 4, 2026 | Updated 7:12 a.m. ET March 4, 2026',
      'Updated 9:15 PM EST, Wed March 4, 2026',
      'Published on May 02, 2026 07:44 PM IST',
    ])
      expect(stampLine(t, t.length)).toBe('date-line');
    for (const t of [
      'Originally published in March 2022. Last updated on December 20, 2024.',
      'Published by Harbour Press',
      'Updated figures for March 4, 2026 show the detour adds ten minutes.',
    ])
      expect(stampLine(t, t.length)).toBeNull();
  });

  it('reads section labels written with a curly apostrophe (labels left without their lists)', () => {
    const labels = '<p>Editor’s picks</p><p>Don’t miss</p>';
    const { text } = run('wordpress', BRIDGE, [...storyParas(BRIDGE), labels].join('\n'));
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('Editor’s picks');
    expect(text).not.toContain('Don’t miss');
  });
});

describe('news furniture: preferred-source buttons, support asks', () => {
  const facts = (text: string) => ({ text, len: text.length, density: 0, tail: true });

  it('takes "add us as a preferred source on Google" and journalism-needs-support asks, keeps the story’s sentences', () => {
    expect(chromeLine(facts('Add The Valley Courier as a preferred source on Google'))).toBe('contact-line');
    expect(chromeLine(facts('Make us your preferred source on Google'))).toBe('contact-line');
    expect(chromeLine(facts('Our journalism needs your support. Please subscribe today.'))).toBe('appeal');
    for (const t of [
      'Add the detour to your route planner before Monday, the county said.',
      'The council said the bridge fund needs your support at the next budget vote.',
      'Google was the preferred source of directions for most drivers, the survey found.',
    ])
      expect(chromeLine(facts(t))).toBeNull();
  });
});
