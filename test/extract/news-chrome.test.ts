// Issue 17, precision on news pages: live-blog stamps (live-blog.ts), ad-slot labels, account prompts, handles
// and shortcodes left as lines, newsletter plugs, "Contact staff writer" lines, appeals that open a box, head
// bios and breadcrumb trails (chrome-lines.ts, bio.ts). Every page and line is of our own writing; each rule
// has a negative case in which the story's own text that looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { isBio } from '../../src/extract/bio.js';
import { chromeLine, removeChromeBoxes } from '../../src/extract/chrome-lines.js';
import { parseHtml } from '../../src/extract/document.js';
import { CREDIT, SECTION_LABEL } from '../../src/extract/junk-text.js';
import { entryStamp, removeLiveStamps } from '../../src/extract/live-blog.js';
import { promoLine } from '../../src/extract/promo-lines.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { page } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { BRIDGE, COD } from './chrome-stories.js';

const line = (text: string, tail = false): string | null => chromeLine({ text, len: text.length, density: 0, tail });

describe('live-blog stamps', () => {
  it.each([
    'Mara Quill2 March 2026 21:44',
    'By Tom Ashby | March 2, 2026, 9:05 pm',
    'Ines Varga – 3 April 2026 at 10:17 a.m. ET',
  ])('removes the entry stamp %j', (text) => {
    expect(entryStamp(text, text.length)).toBe('entry-stamp');
  });
  it.each([
    'Town Hall 2 March 2026 19:00',
    'Meeting with the mayor 2 March 2026 19:00',
    'The ferry left on 2 March 2026 at 21:44 with forty passengers.',
    'Mara Quill2 March 2026',
  ])('keeps %j', (text) => {
    expect(entryStamp(text, text.length)).toBeNull();
  });

  it('removes a time element showing a Unix time, and keeps a number in the text and a readable time', () => {
    const doc = parseHtml(
      `<body><div id="a"><div><a href="#p1"><amp-timeago datetime="2026-03-02T20:42:39Z">1772484159</amp-timeago></a><h3>Ferry resumes</h3></div><p>Call 1772484159 for the harbour office.</p><p><time datetime="2026-03-02">2 March</time> was the first day.</p><p><span datetime="x">1772484160</span></p></div></body>`,
    );
    const seen: string[] = [];
    removeLiveStamps(doc.getElementById('a')!, (rule, text) => seen.push(`${rule}: ${text}`));
    expect(seen).toEqual(['live-stamp: 1772484159', 'live-stamp: 1772484160']);
    const text = squash(doc.getElementById('a')!.textContent ?? '');
    expect(text).toContain('Call 1772484159 for the harbour office.');
    expect(text).toContain('2 March was the first day.');
  });

  it('cleans a live page: the entries stay, their stamps go', () => {
    const entry = (ts: number, clock: string, para: string): string =>
      `<div class="post"><a href="#e${ts}"><time datetime="2026-03-02T${clock}:00Z">${ts}</time></a><p>${para}</p><div class="meta"><span>Kit Morrow</span><span>2 March 2026 ${clock}</span></div></div>`;
    const body = [
      ...BRIDGE.paras.slice(0, 3).map((p) => `<p>${p}</p>`),
      entry(1772481600, '20:00', BRIDGE.paras[3]!),
      entry(1772485200, '21:00', BRIDGE.paras[4]!),
      entry(1772488800, '22:00', BRIDGE.paras[5]!),
    ].join('');
    const { text, rules } = extracted(page('wordpress', BRIDGE, { body }), BRIDGE);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/17724|Kit Morrow/);
    expect(rules).toEqual(expect.arrayContaining(['live-stamp', 'entry-stamp']));
  });
});

describe('news chrome lines', () => {
  it.each([
    ['Advertisement - Page continues below', 'ad-label'],
    ['Article continues after this ad', 'ad-label'],
    ['Sign in to your Courier account', 'account-prompt'],
    ['[/promo', 'shortcode'],
    ['[signup-form id=42 style="inline"]', 'shortcode'],
    ['Related: Our free weekly newsletter tells you what the council decided.', 'newsletter-plug'],
    ['Subscribe to our harbour newsletter and never miss a sailing.', 'newsletter-plug'],
    ['Contact staff writer Mara Quill at 555-0134 or on Signal.', 'contact-line'],
    ['Since you read to the end, we have a small favor to ask.', 'appeal'],
    ['Advertisement - Continue Reading Below', 'ad-label'],
    ['Thank you for subscribing to the harbour briefing.', 'newsletter-plug'],
    ['Written by Mara Quill', 'byline-line'],
    ['14comments', 'toolbar'],
    ['Press enter or click to view image in full size', 'toolbar'],
    ['Download chart image | Chart data', 'chart-credit'],
  ])('removes %j', (text, rule) => {
    expect(line(text)).toBe(rule);
  });

  it('removes a line of handles only at the end of the story', () => {
    expect(line('@maraquill', true)).toBe('contact-line');
    expect(line('@maraquill', false)).toBeNull();
  });

  it.each([
    'The page continues a tradition begun by the first editor in 1921.',
    'Sign in to your bank account only on a device you trust, the police advised.',
    '[citation needed]',
    '[stack trace omitted]',
    'The newsletter, which the two teachers started in a school cupboard, now has readers in forty countries.',
    'Contact with the ferry was lost at 9 pm, the coastguard said.',
    'He asked for a favor: a lift to the station.',
    'Email addresses like @home were common then.',
    'Continue reading below the map for the full timetable.',
    'Written by hand in 1890, the ledger lists every ship.',
    'Thank you for the kind words, the harbour master wrote.',
    '14 comments from residents were read out at the meeting.',
    'Learn more about the ferry timetable at the harbour office.',
    'Book now, the organisers said, because the last trip sold out.',
  ])('keeps the story line %j', (text) => {
    expect(line(text, true)).toBeNull();
  });

  it('removes an appeal box whole (its pitch and signature too) and keeps the story', () => {
    const box = `<section class="below-content"><h4><strong>You reached the end of this story, so we have a small favor to ask.</strong></h4><div><p>Our newsroom is in its winter drive for readers' gifts, which keep every story free to read.</p><p>If the reporting you just read matters to you, please chip in what you can.</p><p>Thank you.</p><p>Ada Brill</p><p>Managing editor</p></div></section>`;
    const { text, rules } = extracted(page('wordpress', COD, { slots: { [COD.paras.length - 1]: box } }), COD);
    for (const p of COD.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/small favor|winter drive|chip in|Ada Brill|Managing editor/);
    expect(rules).toContain('appeal');
  });
});

describe('more lines of news chrome', () => {
  it('removes a "Read more news like this on" plug, a reading time glued to the date and a picture credit', () => {
    expect(promoLine({ text: 'Read more news like this on Courier.example', len: 44 })).toBe('promo: click-plug');
    expect(stampLine('6 min readMar 2, 2026', 21)).toBe('date-line');
    expect(CREDIT.test('The ferry at the old pier in 1998 (Picture credit: Harbour Archive)')).toBe(true);
    expect(SECTION_LABEL.test('You may also be interested in the following reports:')).toBe(true);
  });
  it('keeps story lines that share their words', () => {
    expect(promoLine({ text: 'Read more about the ferry in the council minutes.', len: 49 })).toBeNull();
    expect(stampLine('6 min read', 10)).toBeNull();
    expect(CREDIT.test('The ferry (pictured: the old pier) left at dawn and reached the island by noon.')).toBe(false);
    expect(SECTION_LABEL.test('You may also be interested in the harbour’s history.')).toBe(false);
  });
  it("takes a date without its year, as a <time> element prints this year's dates, for a date line", () => {
    for (const t of ['3 Dec', 'Dec 3', 'Dec. 3, 10:15 am', 'Politics / 12 April'])
      expect(stampLine(t, t.length)).toBe('date-line');
    for (const t of ['3 December protesters returned', 'Dec 3 hearing set', 'Around 3 Dec'])
      expect(stampLine(t, t.length)).toBeNull();
  });
});

describe('bios at the head of the story', () => {
  it('removes a bio that opens with the author’s name and a bio verb', () => {
    expect(isBio('Mara is Harbour Editor at the Courier. She has won two awards.', 'Mara Quill', 'Mara', false)).toBe(
      true,
    );
  });
  it.each([
    'Mara Quill, PhD ; Tom Ashby, MS ; Department of Marine Biology',
    'Mara Quill asked the harbour master why the ferry editor had been sacked.',
    'Jane Smith is a reporter who covered the strike for the union paper, she told the inquiry.',
  ])('keeps %j', (text) => {
    expect(isBio(text, 'Mara Quill', 'Mara', false)).toBe(false);
  });
});

describe('breadcrumb trails', () => {
  const run = (html: string): { text: string; seen: string[] } => {
    const doc = parseHtml(`<body><div id="a">${html}</div></body>`);
    const seen: string[] = [];
    removeChromeBoxes(doc.getElementById('a')!, (rule, text) => seen.push(`${rule}: ${text}`));
    return { text: squash(doc.getElementById('a')!.textContent ?? ''), seen };
  };
  const story = BRIDGE.paras.map((p) => `<p>${p}</p>`).join('');

  it('removes a list that starts with a link home at the top', () => {
    const { text, seen } = run(
      `<ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li>${BRIDGE.title}</li></ul>${story}`,
    );
    expect(seen).toEqual([`breadcrumb: Home > Local > ${BRIDGE.title}`]);
    expect(text).toBe(squash(BRIDGE.paras.join('')));
  });

  it('keeps a list of steps that starts with "Home" without a link, and one far down the story', () => {
    const steps = '<ol><li>Home</li><li>Settings</li><li>Privacy</li></ol>';
    expect(run(`${steps}${story}`).seen).toEqual([]);
    const late = `${story}<ul><li><a href="/">Home</a></li><li><a href="/x">Garden</a></li></ul>`;
    expect(run(late).seen).toEqual([]);
  });
});
