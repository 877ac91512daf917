// The rules the fourth red-team set (redteam4-pages*.ts) led to, each with a case that must go and a case of the
// story's own text, of the same shape, that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { SIGNUP } from '../../src/extract/junk-text.js';
import { kickerLine, newsroomLine } from '../../src/extract/newsroom-lines.js';
import { pageLine } from '../../src/extract/page-lines.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { extracted, squash } from './judge.js';
import { link4, shell4, type Parts4, type Shell4 } from './redteam4-shells.js';
import { BUDGETCOL, COUNT, MONSOON, RATES, TOOLMAKER, TUNNEL } from './redteam4-stories.js';
import type { Story } from './chrome-stories.js';

function run(kind: Shell4, story: Story, parts: Parts4) {
  const r = extracted(shell4(kind, story, parts), story);
  for (const p of story.paras) expect(r.text).toContain(squash(p));
  return r;
}

const line = (t: string) => newsroomLine(t, t.length);

describe('video-promo: a media label run into a running time', () => {
  it('matches the card of a player whose button is gone', () => {
    expect(line('VIDEO02:31Toolmaker chief on the memory recovery')).toBe('video-promo');
    expect(line('Listen · 4:05 The week in markets')).toBe('video-promo');
  });
  it('leaves a sentence that opens with the same word and a time of day', () => {
    expect(line('Watch out for the 10:30 ferry, which leaves from the other pier on Sundays.')).toBeNull();
    expect(line('Video footage from 23:10 shows the count being halted.')).toBeNull();
  });
  it('goes from the page with its words, and the story keeps its own line', () => {
    const promo = `<div><span>VIDEO</span><span>03:12</span><span>Memory makers return to the market</span></div>`;
    const { text, rules } = run('financial', TOOLMAKER, { at: { 1: promo } });
    expect(text).not.toContain('Memory makers return to the market');
    expect(rules).toContain('video-promo');
  });
});

describe('market-data-notice: quotes delayed, a real-time snapshot', () => {
  it('matches the notice under a quote box', () => {
    expect(line('Data is a real-time snapshot *Data is delayed at least 15 minutes.')).toBe('market-data-notice');
    expect(line('Quotes delayed by 20 minutes unless otherwise indicated.')).toBe('market-data-notice');
  });
  it('leaves a story sentence about a delay', () => {
    expect(line('Trains were delayed by at least 15 minutes on the northern line after the signal fault.')).toBeNull();
    expect(line('The release of the trade figures was put back to Friday.')).toBeNull();
  });
});

describe('catch-all-line: "catch all the ... news ... on <Site>"', () => {
  it('matches the footer that names several desks of news', () => {
    expect(
      line(
        'Catch all the Business News, Market News, Breaking News Events and Latest News Updates on The Daily Ledger.',
      ),
    ).toBe('catch-all-line');
    expect(line('Get the latest City news and Sports news only on Harbour Times.')).toBe('catch-all-line');
  });
  it('leaves a sentence that says "news" once', () => {
    expect(line('Get the latest news from the count, the party chief told volunteers on Tuesday.')).toBeNull();
    expect(line('Follow the news of the ballot on the union’s own site, officials said.')).toBeNull();
  });
  it('goes from a national site, and the story stays', () => {
    const foot = `<div>Catch all the Agriculture News, Weather News and Latest News Updates on The Morning Courier.</div>`;
    const { text, rules } = run('national', MONSOON, { tail: foot });
    expect(text).not.toContain('Catch all the');
    expect(rules).toContain('catch-all-line');
  });
});

describe('letters-plug: the reader is asked for a letter for publication', () => {
  it('matches the invitation', () => {
    expect(
      line('Have your say: if you would like to send a letter of up to 250 words for publication, email us.'),
    ).toBe('letters-plug');
  });
  it('leaves a story about a letter published elsewhere', () => {
    expect(line('The union will send a letter to every school for publication on staff notice boards.')).toBeNull();
  });
  it('goes after a column, which keeps its last paragraph', () => {
    const plug = `<p>Do you have an opinion on the issues raised in this column? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.</p>`;
    const { text, rules } = run('opinion', BUDGETCOL, { tail: plug });
    expect(text).not.toContain('Do you have an opinion');
    expect(rules).toContain('letters-plug');
  });
});

describe('comment-call: a comment button on a line of its own', () => {
  it('matches the label and nothing longer', () => {
    expect(line('Start a Conversation')).toBe('comment-call');
    expect(line('Join the discussion.')).toBe('comment-call');
    expect(line('Start a conversation with your neighbours about the night buses before the vote.')).toBeNull();
  });
});

describe('media-label: a hidden "Image source, " label takes its credit', () => {
  it('goes with the credit it names; a figure with no label keeps its neighbour', () => {
    const fig = `<figure><span><span class="visually-hidden">Image source, </span>Estuary Picture Agency</span><img src="/t.jpg" alt=""></figure>`;
    const { text, rules } = run('broadcaster', TUNNEL, { at: { 0: fig } });
    expect(text).not.toContain('Estuary Picture Agency');
    expect(rules).toContain('media-label');
  });
  it('leaves a hidden label that is not a media label, and its neighbour', () => {
    const own = `<div data-component="text-block"><p><span class="visually-hidden">Note, </span>Engineers will publish their findings in the summer.</p></div>`;
    const { text } = run('broadcaster', TUNNEL, { at: { 1: own } });
    expect(text).toContain('Engineers will publish their findings in the summer.');
  });
});

describe('inline-teaser: bare label, now "Read more" and "Related" too', () => {
  it('matches the label and a line that is mostly its link', () => {
    expect(pageLine('Read more Mortgage lenders pull deals ahead of the rate decision', 64, 0.84)).toBe(
      'inline-teaser: bare label',
    );
    expect(pageLine('Related coverage Bond yields rise after the vote', 48, 0.7)).toBe('inline-teaser: bare label');
  });
  it('leaves a sentence that opens with the words and has few links', () => {
    const s = 'Read more closely, the forecasts show inflation staying above target for another year.';
    expect(pageLine(s, s.length, 0.1)).toBeNull();
    const about = 'Read more about how the committee votes.';
    expect(pageLine(about, about.length, 0.8)).toBeNull();
  });
  it('goes between paragraphs of a business paper', () => {
    const teaser = `<p><strong>Read more</strong> ${link4('Pension funds brace for a longer wait on rates', 'content')}</p>`;
    const { text, rules } = run('business', RATES, { at: { 2: teaser } });
    expect(text).not.toContain('Pension funds brace');
    expect(rules).toContain('inline-teaser: bare label');
  });
});

describe('signup: a relative clause about subscribers is not a sign-up', () => {
  it('matches the plug, in parentheses or after "you can"', () => {
    expect(SIGNUP.test('(Subscribe to our free Harbour Week newsletter here.)')).toBe(true);
    expect(SIGNUP.test('Liked this story? You can subscribe to our morning newsletter.')).toBe(true);
  });
  it('leaves prose about people who subscribe', () => {
    expect(SIGNUP.test('Analysts who subscribe to the bank’s research newsletter will read more detail.')).toBe(false);
  });
  it('keeps such a sentence in a live blog', () => {
    const own = `<article class="block"><p>Officials who subscribe to the electoral commission’s newsletter were told of the scanner fault an hour before the public.</p></article>`;
    const { text } = run('liveblog', COUNT, { at: { 2: own } });
    expect(text).toContain('Officials who subscribe to the electoral commission’s newsletter');
  });
});

describe('round 16 lines: promo labels, quote rows, transcript notes, slide counters', () => {
  it('matches the furniture', () => {
    expect(line('WATCH NOWHow export licences shape the chip equipment trade')).toBe('video-promo');
    expect(line("Today's Change(2.14%) $3.87")).toBe('quote-box-line');
    expect(line("Day's Range$179.20 - $186.05")).toBe('quote-box-line');
    expect(line('Accuracy and availability of transcripts may vary.')).toBe('transcript-note');
    expect(line('Photo 3/12')).toBe('slide-counter');
  });
  it('leaves story lines that open with the same words', () => {
    expect(line('Watch now as the committee votes, one analyst told clients.')).toBeNull();
    expect(line('Market cap is not the only measure investors watch, the fund said.')).toBeNull();
    expect(line('The transcripts of the hearing will be published next week.')).toBeNull();
    expect(line('Photo 3 was taken from the stone bridge at dusk.')).toBeNull();
  });
});

describe("survey-line and the appeal label: a survey box and a publisher's message go whole", () => {
  it('matches the question about this article and the thanks, not a question in a story', () => {
    expect(line('How useful did you find this article?')).toBe('survey-line');
    expect(line('✅ Thank you for completing the survey!')).toBe('survey-line');
    expect(line('How useful is the new timetable for commuters on the north bank?')).toBeNull();
    expect(line('A message from the editor of The Harbour Times:')).toBe('appeal');
    expect(line('A message from the minister was read out at the start of the count.')).toBeNull();
  });
  it('takes both boxes after a story, and keeps the story', () => {
    const boxes = `<div class="poll"><p>Survey</p><p>How helpful was this story?</p><button>Yes</button><button>No</button></div><div class="box"><p><strong>A message from our publisher:</strong></p><p>Support our mission to keep local reporting free for every reader in the valley.</p><a href="/give">Give now</a></div>`;
    const { text, rules } = run('national', MONSOON, { tail: boxes });
    expect(text).not.toContain('How helpful was this story');
    expect(text).not.toContain('Support our mission');
    expect(rules).toContain('survey-line');
    expect(rules).toContain('appeal');
  });
});

describe('date-line: a wire\'s "Updated 2 hours ago" run onto its date', () => {
  it('matches the stamp, and leaves a sentence with the same words', () => {
    expect(stampLine('May 4, 2026 7:12 AM UTCUpdated 2 hours ago', 43)).toBe('date-line');
    const s = 'The timetable was updated 2 hours ago, the operator said on May 4.';
    expect(stampLine(s, s.length)).toBeNull();
  });
});

describe('round 17 lines: read times and plugs that close on their call', () => {
  it('matches the remnant and the plug', () => {
    expect(line('· 6 min')).toBe('read-time');
    expect(line('4 min listen')).toBe('read-time');
    expect(line('Get the week’s biggest stories on your phone. Click here to join.')).toBe('join-plug');
  });
  it('leaves a bare duration and a story sentence with the same words', () => {
    expect(line('6 minutes')).toBeNull();
    expect(
      line(
        'Residents were told to click here to join the queue, a message that confused older users, the council admitted.',
      ),
    ).toBeNull();
  });
});

describe('kicker: an opinion label at the head of the story', () => {
  it('matches at the head only, and not a subheading of the same word in the body', () => {
    expect(kickerLine('Opinion', 7, true)).toBe('kicker');
    expect(kickerLine('The Big Read', 12, true)).toBe('kicker');
    expect(kickerLine('Opinion', 7, false)).toBeNull();
    expect(kickerLine('Introduction', 12, true)).toBeNull();
    expect(kickerLine('Markets', 7, true)).toBeNull();
  });
  it('goes from a column, which keeps a linked sentence at its head', () => {
    const { text, rules } = run('opinion', BUDGETCOL, {
      at: { [-1]: `<p>${link4('Last year’s budget', 'opinion')} set the pattern.</p>` },
    });
    expect(text).not.toMatch(/^Opinion/);
    expect(text).toContain('set the pattern.');
    expect(rules).toContain('kicker');
  });
});
