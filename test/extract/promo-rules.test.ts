// Issue 17, precision: the publisher's plugs inside the body (promo-lines.ts), rows of the site's links
// written into a paragraph (link-rows.ts), credit lines, "Related video:" teasers, live-blog time stamps and
// rails labelled "More videos" / "Recent posts", and testimonials kept out of the page's prose
// (prose-coverage.ts). Every page is of our own writing; each rule has a negative case in which the story's
// own prose that looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/document.js';
import { removeLinkRows } from '../../src/extract/link-rows.js';
import { promoLine } from '../../src/extract/promo-lines.js';
import { pageProse } from '../../src/extract/prose-coverage.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { page } from './chrome-shells.js';
import { extracted, squash } from './judge.js';
import { BRIDGE, COD } from './chrome-stories.js';

const line = (text: string): string | null => promoLine({ text, len: text.length });

describe('promo lines', () => {
  it.each([
    ['Follow us on Instagram for more pictures from the valley.', 'promo: follow-us'],
    ['*** Follow me on YouTube, Instagram or TikTok for a daily walk through the old town ***', 'promo: follow-us'],
    [
      'Our reviewers test hundreds of kettles a year. Follow the Courier on Facebook, X, Instagram or Threads for the latest.',
      'promo: follow-us',
    ],
    ['Join our WhatsApp channel for breaking news alerts', 'promo: channel-plug'],
    ["We're on Telegram: get the headlines first", 'promo: channel-plug'],
    ['Listen to our weekly politics podcast on Spotify or Apple Podcasts.', 'promo: podcast-plug'],
    ['Podcast: Play in new window | Download (Duration: 21:04) | Embed', 'promo: podcast-plug'],
    ['Download our free app to get the scores as they happen.', 'promo: app-plug'],
    ['Click here to subscribe to the morning briefing.', 'promo: click-plug'],
    ['Sign up today and get your first month free.', 'promo: call-to-action'],
    ['Best prices today:', 'promo: price-widget'],
    ['Check price on Amazon', 'promo: price-widget'],
    ['$129.99 at Walmart', 'promo: price-widget'],
  ])('removes %j', (text, rule) => {
    expect(line(text)).toBe(rule);
  });

  it.each([
    // The story's own sentences about podcasts, apps and following: not plugs.
    'The council said residents can follow the works on its website, where a camera on the east pier posts a picture every hour.',
    'Join us at the harbour on Saturday, the organisers wrote, promising boat trips and a brass band.',
    'The podcast, which the two teachers started in a school cupboard, now has listeners in forty countries.',
    'Download speeds in the valley are half the national average, the regulator found.',
    'Click here, the message said, and a parent who did lost access to her bank account within an hour.',
    'The kettle costs $129 at most shops, the maker said.',
    'Buy now, pay later schemes have doubled in the valley since 2024.',
  ])('keeps the story line %j', (text) => {
    expect(line(text)).toBeNull();
  });

  it('removes the plugs between the paragraphs of a story and keeps every paragraph', () => {
    const html = page('wordpress', BRIDGE, {
      slots: {
        1: '<p><strong>Like us on Facebook for updates on the closure.</strong></p>',
        3: '<p>Listen to our podcast, The Courier Weekly, wherever you get your podcasts.</p><p>Download our app for traffic alerts on your route.</p>',
        4: '<p>Image source: County Highways Department</p>',
      },
    });
    const { text, rules } = extracted(html, BRIDGE);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/Like us|our podcast|our app|Image source/);
    expect(rules).toEqual(
      expect.arrayContaining(['promo: follow-us', 'promo: podcast-plug', 'promo: app-plug', 'credit']),
    );
  });
});

describe('credit, teaser and time-stamp lines', () => {
  const cases = `<p>The trawler fleet tied up in the harbour on Tuesday. Photo: Harbour Press</p>
<p>Related video: Skippers explain the new quota in ninety seconds</p>
<p>1767600000</p>
<p>Back to top</p>`;
  it('removes a caption ending in its photo credit, a "Related video:" teaser, a bare Unix time and a button', () => {
    const { text, rules } = extracted(page('ghost', COD, { slots: { 0: cases } }), COD);
    for (const p of COD.paras) expect(text).toContain(squash(p));
    expect(text).not.toMatch(/Harbour Press|Related video|1767600000|Back to top/);
    expect(rules).toEqual(expect.arrayContaining(['credit', 'inline-teaser', 'filler']));
  });

  it('keeps prose that mentions photographs and related stories, and a bare number (a step, a score)', () => {
    const own = [
      '8.5',
      'Pictures from the harbour camera show the fleet leaving at dawn, a week before the quota took effect.',
      'Related stories of quota cuts in the north have ended in court, the fishermen’s association said.',
    ];
    const html = page('ghost', COD, { slots: { 0: own.map((p) => `<p>${p}</p>`).join('') } });
    const { text } = extracted(html, COD);
    for (const p of [...COD.paras, ...own]) expect(text).toContain(squash(p));
  });
});

describe('date lines', () => {
  it.each(['March 2, 2026 6:00 am (Updated 6:41 am)', 'Politics / February 28, 2026', 'Jan 13, 2026 |', '2026-03-02'])(
    'removes the stamp %j',
    (text) => {
      expect(stampLine(text, text.length)).toBe('date-line');
    },
  );
  it.each(['On March 2, 2026 the bridge closed.', 'March 2, 2026: the day the bridge closed', 'Monday'])(
    'keeps %j',
    (text) => {
      expect(stampLine(text, text.length)).toBeNull();
    },
  );
});

describe('link rows written into a paragraph', () => {
  const links = [
    'Plumbers Austin',
    'Plumbers Dallas',
    'Plumbers Houston',
    'Plumbers El Paso',
    'Plumbers Waco',
    'Plumbers Tyler',
  ];
  const row = (href: (i: number) => string, sep: string): string =>
    links.map((t, i) => `<a href="${href(i)}">${t}</a>`).join(sep);

  it('removes a same-site row after a line break, with its label, and keeps the paragraph', () => {
    const doc = parseHtml(
      `<body><div id="a"><p>We fix leaks across the state, and most calls are answered within the hour.<br><br><span>Looking for: ${row((i) => `/plumbers-${i}`, ' / ')}</span></p></div></body>`,
    );
    const seen: string[] = [];
    removeLinkRows(doc.getElementById('a')!, (rule, text) => seen.push(`${rule}: ${text}`));
    const text = squash(doc.getElementById('a')!.textContent ?? '');
    expect(text).toBe('We fix leaks across the state, and most calls are answered within the hour.');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^link-row: Looking for: Plumbers Austin/);
  });

  it('keeps links to several sites, a row joined by commas, and a short row', () => {
    const other = `<p>Sources: ${row((i) => `https://site${i}.example/report`, ' / ')}</p>`;
    const commas = `<p>The tour stops in ${row((i) => `/city-${i}`, ', ')} before the final in Austin.</p>`;
    const short = `<p>See ${links
      .slice(0, 3)
      .map((t, i) => `<a href="/p-${i}">${t}</a>`)
      .join(' | ')}</p>`;
    const doc = parseHtml(`<body><div id="a">${other}${commas}${short}</div></body>`);
    const before = squash(doc.getElementById('a')!.textContent ?? '');
    removeLinkRows(doc.getElementById('a')!, undefined);
    expect(squash(doc.getElementById('a')!.textContent ?? '')).toBe(before);
  });
});

describe('testimonials and video rails', () => {
  const quote = (n: number): string =>
    `<div class="testimonial"><p>“The staff were kind and patient with our twins, and the appointment started on time, which never happens anywhere else we have been, visit ${n}.”</p><div class="testimonial-name">Parent ${n}</div></div>`;

  it('does not count testimonials as the page’s prose', () => {
    const doc = parseHtml(
      `<body><article><p>${BRIDGE.paras[0]}</p></article><div class="slider">${[1, 2, 3].map(quote).join('')}</div></body>`,
    );
    expect(pageProse(doc.body).snippets).toHaveLength(1);
  });

  it('removes a "More videos" list and a "Recent posts" list after the story', () => {
    const vids = [
      'How the deck is cut out by crane',
      'A walk along the temporary footbridge',
      'The detour route, driven at rush hour',
    ];
    const posts = [
      'Harbour festival returns with tall ships',
      'New bus timetable starts next week',
      'Library extends its weekend hours',
    ];
    const list = (items: string[]): string =>
      `<ul>${items.map((t, i) => `<li><a href="/video/${i}-${t.length}">${t}</a></li>`).join('')}</ul>`;
    const html = page('brightspot', BRIDGE, {
      after: `<h2>More Videos</h2>${list(vids)}<h2>Recent Posts</h2>${list(posts)}`,
    });
    const { text } = extracted(html, BRIDGE);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    for (const t of [...vids, ...posts]) expect(text).not.toContain(t);
  });
});
