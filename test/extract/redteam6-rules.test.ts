// The rules the sixth red-team set (redteam6-pages*.ts) led to, each with a case that must go and a case of the
// story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { FILLER, SECTION_LABEL, TAIL_LABEL } from '../../src/extract/junk-text.js';
import { kickerLine, newsroomLine } from '../../src/extract/newsroom-lines.js';
import { outletLine } from '../../src/extract/outlet-lines.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import type { Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';
import type { Parts4 } from './redteam4-shells.js';
import { shell6, type Shell6 } from './redteam6-shells.js';
import { ARENA, ASIAPARTNERS, BROADCASTBID, COMMENTARY, KYIVBID, PIER, SPEECH } from './redteam6-stories.js';

function run(kind: Shell6, story: Story, parts: Parts4) {
  const r = extracted(shell6(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}
const line = (t: string) => outletLine(t, t.length);
const chrome = (t: string, tail = false) => chromeLine({ text: t, len: t.length, density: 0, tail });
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

describe('war-day: a counter of the war’s days on a line of its own', () => {
  it('matches the counters', () => {
    expect(line('Day 1,568 of Russia’s full-scale invasion')).toBe('war-day');
    expect(line('Day 912 of the war')).toBe('war-day');
  });
  it('leaves sentences that count days', () => {
    expect(line('Day after day of air raid alerts has not stopped the drafting.')).toBeNull();
    expect(line('Day 3 of the war crimes trial opened with testimony from two medics.')).toBeNull();
  });
  it('goes from the page', () => {
    const { text, rules } = run('kyiv', KYIVBID, { at: { [-1]: '<p class="counter">Day 1,402 of the war</p>' } });
    expect(text).not.toContain('Day 1,402');
    expect(rules).toContain('war-day');
  });
});

describe('series-note: "This article is part of <Outlet>’s <series>"', () => {
  it('matches the notes', () => {
    expect(line('This article is part of Rondpoint’s Global Policy Lab: Europe’s Defense.')).toBe('series-note');
    expect(line('This story is part of our special report on the energy transition.')).toBe('series-note');
  });
  it('leaves prose about what an article or a story is part of', () => {
    expect(line('This article of the letter is part of a wider argument about dates.')).toBeNull();
    expect(line('This story is part of a pattern that officials have seen for years.')).toBeNull();
  });
});

describe('bookmark-note and follow-plug: a bookmark toast, a follow-topic box', () => {
  it('matches them', () => {
    expect(line('Story Saved')).toBe('bookmark-note');
    expect(line('You can find this story in My Bookmarks. Or by navigating to the user icon.')).toBe('bookmark-note');
    expect(line('Don’t miss out on the headlines from Sport. Followed categories will be added to My News.')).toBe(
      'follow-plug',
    );
  });
  it('leaves sentences about saving a story and the headlines', () => {
    expect(line('The story saved the campaign, one adviser said, because it changed the subject.')).toBeNull();
    expect(line('Don’t miss out on the fireworks, the mayor told residents on Friday.')).toBeNull();
  });
  it('goes from the page with its button', () => {
    const { text, rules } = run('newscorp', PIER, {
      tail: `<div class="follow-topic"><p>Don’t miss out on the headlines from Local. Followed categories will be added to My News.</p><button>Follow</button></div>`,
    });
    expect(text).not.toContain('Followed categories');
    expect(rules).toContain('follow-plug');
  });
});

describe('release-number and delivery-note: a press office’s stamps on a speech', () => {
  it('matches them', () => {
    expect(line('Press Release (2026) 071 · Issued on 10 Jun. 2026')).toBe('release-number');
    expect(line('Statement (2025) 12')).toBe('release-number');
    expect(line('(As delivered)')).toBe('delivery-note');
    expect(line('Check against delivery')).toBe('delivery-note');
  });
  it('leaves sentences about a release and a delivery', () => {
    expect(line('Press releases from 2026 show the same wording, one diplomat said.')).toBeNull();
    expect(line('As delivered, the shells will be split between three brigades.')).toBeNull();
  });
  it('go from the page', () => {
    const { text, rules } = run('alliance', SPEECH, {
      at: { [-1]: '<p>Press Release (2026) 044</p><p><em>(As prepared for delivery)</em></p>' },
    });
    expect(text).not.toContain('(2026) 044');
    expect(text).not.toContain('prepared for delivery');
    expect(rules).toEqual(expect.arrayContaining(['release-number', 'delivery-note']));
  });
});

describe('syndicated-as and a named outlet’s messenger plug', () => {
  it('match them', () => {
    expect(line('Originally published as Train drivers vote for rolling stoppages')).toBe('syndicated-as');
    expect(line('Join the Lion City Times’ Telegram channel and get the latest breaking news delivered to you.')).toBe(
      'messenger-plug',
    );
  });
  it('leave prose of the same openings', () => {
    expect(line('Originally published as a pamphlet, the plan was later adopted by the council.')).toBeNull();
    expect(line('Join the protesters’ Telegram channel, the police said, and you will see the plans.')).toBeNull();
  });
});

describe('filler: Postmedia markers, numbered ad labels and a gallery link', () => {
  it('matches them', () => {
    for (const t of [
      'Article content',
      'Advertisement 2',
      'This advertisement has not loaded yet, but your article continues below.',
      'View the full photo album',
    ])
      expect(FILLER.test(t), t).toBe(true);
  });
  it('leaves prose that opens the same way', () => {
    expect(FILLER.test('Article content matters less than the headline, the study found.')).toBe(false);
    expect(FILLER.test('Advertisement 2 of the campaign ran on buses across the city.')).toBe(false);
  });
  it('goes from the page', () => {
    const { text } = run('postmedia', ARENA, {
      at: { 0: '<p>Article content</p>', 2: '<p>Advertisement 4</p><p>Article content</p>' },
    });
    expect(text).not.toContain('Article content');
    expect(text).not.toContain('Advertisement 4');
  });
});

describe('labels: "Topics", "Explore other topics", "Photos" and "Cite this"', () => {
  it('match them', () => {
    for (const t of ['Topics', 'Explore other topics', 'Photos', 'Photo gallery'])
      expect(SECTION_LABEL.test(t), t).toBe(true);
    for (const t of ['Cite this', 'Suggested citation', 'Cite this article']) expect(TAIL_LABEL.test(t), t).toBe(true);
  });
  it('leave sentences with those openings', () => {
    expect(SECTION_LABEL.test('Topics that leaders would rather avoid will not go away.')).toBe(false);
    expect(SECTION_LABEL.test('Photos of the meeting were released by the office.')).toBe(false);
    expect(TAIL_LABEL.test('Cite this as a reason to wait, one official said.')).toBe(false);
  });
  it('take their lists, and a paragraph opening "Topics" stays', () => {
    const own = withPara(COMMENTARY, 4, 'Topics that leaders would rather avoid will not go away, the author argues.');
    const { text } = run('thinktank', own, {
      tail: '<section><h2>Explore other topics</h2><ul><li><a href="/t/a">Energy</a></li><li><a href="/t/b">Trade</a></li></ul></section>',
    });
    expect(text).not.toContain('Explore other topics');
    expect(text).not.toContain('Energy');
  });
});

describe('appeal and wire-footer: "Support our work", "Copyright (c) <year> ..."', () => {
  it('match them', () => {
    expect(chrome('Support our work')).toBe('appeal');
    expect(chrome('Our independent research depends on the generosity of people like you.')).toBe('appeal');
    expect(chrome('Copyright (c) 2026. Free Europe Radio, Inc. All rights reserved.', true)).toBe('wire-footer');
  });
  it('leave prose about support and copyright', () => {
    expect(chrome('Allies say they will support our work on air defence, the minister said.')).toBeNull();
    expect(chrome('The shelter depends on the generosity of local families, its director said.')).toBeNull();
    expect(chrome('Copyright (c) notices were added to the leaked file, the court heard.', true)).toBeNull();
  });
});

describe('kicker "Expert comment" and English numeric stamps (date-line)', () => {
  it('match them at the head', () => {
    expect(kickerLine('Expert comment', 14, true)).toBe('kicker');
    for (const t of ['Issued on: 10/06/2026 - 17:52', 'Published on 10/06/2026 - 16:01 GMT+2', '08:14, 10 JUN 2026'])
      expect(stampLine(t, t.length), t).toBe('date-line');
  });
  it('leave a subheading in the body and a sentence with a date', () => {
    expect(kickerLine('Expert comment', 14, false)).toBeNull();
    const s = 'Issued on 10/06/2026, the order took effect at once.';
    expect(stampLine(s, s.length)).toBeNull();
  });
});

describe('media-box: a video embed with its play button, length and title', () => {
  it('goes from the page', () => {
    const { text, rules } = run('dw', BROADCASTBID, {
      at: {
        1: '<div class="video-embed"><button>Play video</button><span>03:05</span><p>What the summit can deliver</p></div>',
      },
    });
    expect(text).not.toContain('What the summit can deliver');
    expect(rules).toContain('media-box');
  });
  it('leaves a long paragraph in a box of that class', () => {
    const para =
      'The video, filmed by a resident on the morning of the strike, shows the roof of the school collapsing and was later verified by two separate teams of investigators working for the prosecutor general in Kyiv.';
    const { text } = run('dw', BROADCASTBID, { at: { 1: `<div class="video-embed"><p>${para}</p></div>` } });
    expect(text).toContain(para);
  });
});

describe('verdict: a story that names "partners" many times is not a consent notice', () => {
  it('keeps the story', () => {
    const { text } = run('scmp', ASIAPARTNERS, {});
    expect(text).toContain('partners');
  });
});

describe('second wave: subscriber-note, save-prompt, share-title, print-note, author-link, a channel line', () => {
  it('match the lines', () => {
    expect(line('Russia’s war against Ukraine: day 1,570')).toBe('war-day');
    expect(line('Pro subscribers can read the full version of this story here.')).toBe('subscriber-note');
    expect(line('You can save this article by registering for free here. Or sign-in if you have an account.')).toBe(
      'save-prompt',
    );
    expect(line('Share this Story: Council approves the arena deal')).toBe('share-title');
    expect(line('This article appeared in the Harbour Post print edition as: Region eyes summit')).toBe('print-note');
    expect(line('Read more by Halvard Einarsen')).toBe('author-link');
    expect(line('Follow the news of the President on the official Telegram channel.')).toBe('messenger-plug');
  });
  it('leave sentences of the same openings', () => {
    expect(line('Russia’s war against Ukraine: day by day, the front moved east.')).toBeNull();
    expect(line('Subscribers can read about the plan in Tuesday’s paper, the editor wrote.')).toBeNull();
    expect(line('You can save this much by switching tariffs, the regulator said.')).toBeNull();
    expect(line('Share this story with your neighbours, the fire chief urged.')).toBeNull();
    expect(line('This article appeared in the journal before the vote was held.')).toBeNull();
    expect(line('Read more by the end of the week, the teacher told the class.')).toBeNull();
    expect(line('Follow the money on the official accounts, the auditor said.')).toBeNull();
  });
  it('"Stay updated ... news ... headlines" is a catch-all line; a sentence with "news" once is not', () => {
    const cat = 'Stay updated with the latest World News on Deccan Times along with the latest headlines.';
    expect(newsroomLine(cat, cat.length)).toBe('catch-all-line');
    const own = 'Get the latest figures from the council on Friday, when the news is expected.';
    expect(newsroomLine(own, own.length)).toBeNull();
  });
  it('a lone "Video" label is filler, a paragraph opening "Video footage" is not', () => {
    expect(FILLER.test('Video')).toBe(true);
    expect(FILLER.test('Video footage shared by a neighbour showed the storm.')).toBe(false);
  });
});

describe('bio-card: an author with a title in the byline ("Dr"), and the box’s bare link', () => {
  it('takes the box', () => {
    const { text, rules } = run('thinktank', COMMENTARY, {
      after: `<section class="author-box"><h3>Dr Halvard Einarsen</h3><p>Senior Fellow, Security Programme</p><p>Halvard Einarsen leads the institute’s work on the Arctic and has written two books on deterrence.</p><a href="/people/he">Read more by Halvard Einarsen</a></section>`,
    });
    expect(text).not.toContain('leads the institute’s work');
    expect(text).not.toContain('Read more by');
    expect(rules).toContain('bio-card');
  });
  it('leaves a closing paragraph that quotes another person with a title', () => {
    const own = withPara(
      COMMENTARY,
      5,
      'Dr Renske Aalders, who leads a rival study, said the argument was sound but that the timing was wrong.',
    );
    const { text } = run('thinktank', own, {});
    expect(text).toContain('Dr Renske Aalders, who leads a rival study');
  });
});
