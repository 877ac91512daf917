// The widget rules of stack-chrome.ts: what they remove, and article text of our own that looks like it and
// must stay (a sentence is never a button, a count in prose is not a counter, a survey the story reports on
// is not a poll box).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { stackLine } from '../../src/extract/stack-chrome.js';
import { esc } from './chrome-shells.js';
import { stackPage } from './stack-shells.js';
import { FERRY, LIBRARY } from './stack-stories.js';

const line = (text: string, tail = true): string | null => stackLine({ text, len: text.length, tail });

describe('stack widget lines', () => {
  it('removes lone buttons, counters and relative stamps', () => {
    expect(line('Subscribe now')).toBe('widget: button');
    expect(line('Learn More')).toBe('widget: button');
    expect(line('Book now ›')).toBe('widget: button');
    expect(line('Get a quote')).toBe('widget: button');
    expect(line('Load more updates')).toBe('widget: button');
    expect(line('Pinned')).toBe('widget: button');
    expect(line('View Results')).toBe('widget: button');
    expect(line('2.4K Followers')).toBe('widget: counter');
    expect(line('10:4028 min ago')).toBe('widget: entry-stamp');
    expect(line('Updated 2h ago')).toBe('widget: entry-stamp');
    expect(line('Member-only story')).toBe('widget: button');
    expect(line('4 min1x')).toBe('widget: player');
    expect(line('Want more stories like this? Sign up for our weekly business digest.')).toBe('widget: more-like-this');
    expect(line('Comment on this storyComment0Gift ArticleShare')).toBe('widget: button');
    expect(line('Comments 12Share')).toBe('widget: button');
    expect(line('CLICK HERE TO GET THE DAILY CURRENT APP')).toBe('widget: click-here');
    expect(line('As a subscriber, you have 10 gift articles to give each month.')).toBe('widget: gift-note');
    expect(line('A version of this article appears in print on Oct. 15, 2026, Section B, Page 3.')).toBe(
      'widget: print-note',
    );
    expect(line('Click to view slideshow.')).toBe('widget: button');
    expect(line('Reading Time: 3minutes')).toBe('widget: meter');
    expect(line('Post Views: 1,284')).toBe('widget: meter');
    expect(line('VIDEO ABOVE: Nurses at the clinic talk about the shortage.')).toBe('widget: media-pointer');
    expect(line('Watch the full report in the video player above.')).toBe('widget: media-pointer');
    expect(stackLine({ text: 'Sign up to read stories like this', len: 34, tail: true, heading: true })).toBe(
      'widget: join-box',
    );
  });

  it('keeps sentences that use the same words', () => {
    for (const s of [
      'Residents can subscribe now to text alerts about cancelled sailings.',
      'Follow the river path to the old mill.',
      'Twenty minutes ago the first ferry left the pier.',
      'Written by hand, the letters were found in an attic.',
      'Learn more about the ferry timetable at the harbour office.',
      'Book now if you want a seat on the first sailing.',
      '2,400 followers of the club signed the petition.',
      'Vote on Thursday',
      '10:40',
      'Reading time for pupils rose to 40 minutes a day.',
      'Views: mixed',
      'The video above was filmed by a passenger on the morning crossing.',
      'Residents can watch the council meeting in the video player on its website.',
      'Click to see which roads are closed.',
      '2026',
      'Share prices fell.',
      '10 min',
      'Jane Doe 2 March 2026',
      'The vote closes 2 March 2026 at 22:00',
      'Want to check coverage before you choose? Get a quote from two insurers first.',
      'Like this idea? Join the consultation before Friday.',
      'Want to get involved? Join the Friends of the Library, which meets monthly.',
      'Click here for the full council report.',
      'Comments from residents were mostly favourable.',
      'The museum will save the old ferry bell.',
    ])
      expect(line(s), s).toBeNull();
  });

  it('takes a sign-up heading as a box only at the close, and never a sign-up sentence', () => {
    expect(stackLine({ text: 'Join the queue early', len: 20, tail: false, heading: true })).toBeNull();
    expect(stackLine({ text: 'Join the queue early', len: 20, tail: true, heading: false })).toBeNull();
    // A tutorial's own heading at the close.
    expect(stackLine({ text: 'Join types', len: 10, tail: true, heading: true })).toBeNull();
    expect(line('1,193 subscribers')).toBeNull();
  });
});

describe('unlabelled poll boxes', () => {
  const wrap = (slot: string) => stackPage('tdnews', LIBRARY, { slots: { 1: slot } });
  const url = 'https://news.example/city/library';

  it('removes a question, its options and the results control', () => {
    const html = wrap(
      `<div><strong>Should libraries charge late fines?</strong><ul><li>Yes</li><li>No</li></ul><a href="#r">View results</a></div>`,
    );
    const r = extractArticle(html, url);
    expect(r.ok && r.article.text).not.toContain('Should libraries charge late fines?');
    for (const p of LIBRARY.paras) expect(r.ok && r.article.text).toContain(p);
  });

  it('keeps a survey the story reports on, and a question heading over a list of the story', () => {
    const survey = `<h3>Should libraries charge late fines?</h3><p>${esc('The council asked residents the same question last year. Most of the 2,100 who answered said no, and readers can still view results on its website.')}</p><ul><li>No: 61 per cent</li><li>Yes: 27 per cent</li></ul><p>View results</p>`;
    const r = extractArticle(wrap(survey), url);
    expect(r.ok && r.article.text).toContain('Should libraries charge late fines?');
    expect(r.ok && r.article.text).toContain('Most of the 2,100 who answered said no');
    expect(r.ok && r.article.text).toContain('No: 61 per cent');
  });

  it('keeps a bare score that is not beside the slides', () => {
    const html = stackPage('next', FERRY, {
      slots: { 2: `<p>${esc('Passengers rated the new timetable in a council survey:')}</p><p>2/5</p>` },
    });
    const r = extractArticle(html, 'https://news.example/transport/ferry');
    expect(r.ok && r.article.text).toContain('2/5');
  });

  it('keeps a date in a time element and a ten-digit number in prose', () => {
    const html = stackPage('next', FERRY, {
      slots: {
        2: `<p><time datetime="2026-10-14">14 October 2026</time></p><p>${esc('Bookings are taken by text message on 5550142233 until the winter timetable starts.')}</p>`,
      },
    });
    const r = extractArticle(html, 'https://news.example/transport/ferry');
    expect(r.ok && r.article.text).toContain('5550142233');
    expect(r.ok && r.article.text).toContain('14 October 2026');
  });

  it('keeps clock times of a timeline the story tells', () => {
    const html = stackPage('next', FERRY, {
      slots: {
        2: `<p>10:40</p><p>${esc('The ferry reached the pier with the first of the morning commuters on board.')}</p>`,
      },
    });
    const r = extractArticle(html, 'https://news.example/transport/ferry');
    expect(r.ok && r.article.text).toContain('10:40');
  });
});
