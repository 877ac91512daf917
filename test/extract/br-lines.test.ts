// Issue 17, precision steps 4: text no block rule saw. Lines joined by <br> inside one block (a footer, a credit or
// a "Follow us" line closing the last paragraph), text loose in a container beside its blocks ("Skip to content"),
// the same passage rendered twice, bare byline labels and "Read full review" buttons. Pages and texts are of our
// own writing; every rule has negative cases in which the story's own text that looks like the chrome is kept.
import { describe, expect, it } from 'vitest';
import { furnitureLine } from '../../src/extract/br-lines.js';
import { chromeLine } from '../../src/extract/chrome-lines.js';
import { CREDIT } from '../../src/extract/junk-text.js';
import { stampLine } from '../../src/extract/stamp-lines.js';
import { esc, page, type Platform } from './chrome-shells.js';
import { BRIDGE, type Story } from './chrome-stories.js';
import { extracted, squash } from './judge.js';

/** A longer story of our own: ten paragraphs, enough prose for a whole copy of it to count as a passage. */
const ORCHARD: Story = {
  slug: 'orchard-replanting',
  title: 'Volunteers replant the old parish orchard with forty heritage trees',
  byline: 'Tamsin Oduya',
  section: 'Local',
  paras: [
    'Forty young apple and pear trees went into the ground at the old parish orchard on Saturday, the first planting there in more than half a century.',
    'The orchard had been left to grass after the last tenant farmer retired, and only six of its original trees were still standing when the parish council bought the field last year.',
    'Volunteers spent the winter clearing brambles and mending the hedge along the lane, and a local nursery grafted the new trees from cuttings taken from the survivors.',
    'Several of the varieties are no longer sold anywhere, according to the nursery, which traced two of them to a seed catalogue printed in the eighteen-nineties.',
    'The council plans to open the orchard to the public on weekend afternoons from the spring, with a path mown through the long grass and benches made from a fallen oak.',
    'Children from the village school will each look after one tree, measuring its growth and recording when it flowers as part of their science lessons.',
    'The first fruit is not expected for three or four years, and the trees will need watering through their first two summers if the weather turns dry.',
    'A rota of volunteers has already signed up for the watering, and the fire service has offered to fill the new tank by the gate during a drought.',
    'Any fruit the orchard produces will be pressed into juice at an autumn fair, with the money going back into the upkeep of the field and its hedges.',
    'The council said it hoped the orchard would become a place where neighbours met, as it had been for the grandparents of many of the people who came to plant.',
  ],
};

const lastPara = (s: Story): string => s.paras[s.paras.length - 1]!;
/** The story's paragraphs, the last one written with extra lines joined by <br>. */
const bodyWithLastLines = (s: Story, before: string[], after: string[]): string =>
  [
    ...s.paras.slice(0, -1).map((p) => `<p>${esc(p)}</p>`),
    `<p>${[...before, esc(lastPara(s)), ...after].join('<br>')}</p>`,
  ].join('\n');

function run(platform: Platform, story: Story, body: string) {
  return extracted(page(platform, story, { body }), story);
}

describe('lines joined by <br> inside one block', () => {
  it.each<Platform>(['wordpress', 'ghost', 'drupal', 'handmade'])(
    'trims closing furniture lines off the last paragraph (%s)',
    (platform) => {
      const body = bodyWithLastLines(
        BRIDGE,
        [],
        [
          'Follow us on Facebook, Instagram and X for the latest updates.',
          '<a href="https://news.example/newsletters">Sign up for our morning newsletter</a> in your inbox',
          '© 2026 The Valley Courier. All rights reserved.',
        ],
      );
      const { text, rules } = run(platform, BRIDGE, body);
      for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
      expect(text).not.toContain('Follow us on');
      expect(text).not.toContain('morning newsletter');
      expect(text).not.toContain('All rights reserved');
      expect(rules.filter((r) => r.startsWith('br-line: '))).toHaveLength(3);
    },
  );

  it('trims an opening photo credit and a date stamp at the head of the story', () => {
    const body = [
      `<p>Photo: Marta Lindqvist<br>March 2, 2026<br>${esc(BRIDGE.paras[0]!)}</p>`,
      ...BRIDGE.paras.slice(1).map((p) => `<p>${esc(p)}</p>`),
    ].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('Marta Lindqvist');
    expect(rules).toContain('br-line: credit');
    expect(rules).toContain('br-line: date-line');
  });

  it('keeps an address, opening hours and a verse written as lines', () => {
    const address = ['The Old Forge Gallery', '12 Harbour Road, Eastfield', 'Open daily from nine until five'];
    const verse = [
      'The river keeps its counsel',
      'beneath the patient stones,',
      'and carries what we tell it',
      'home.',
    ];
    const body = [
      ...BRIDGE.paras.slice(0, 3).map((p) => `<p>${esc(p)}</p>`),
      `<p>${verse.join('<br>')}</p>`,
      ...BRIDGE.paras.slice(3).map((p) => `<p>${esc(p)}</p>`),
      `<p>${address.join('<br>')}</p>`,
    ].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    for (const line of [...address, ...verse]) expect(text).toContain(line);
    expect(rules.some((r) => r.startsWith('br-line'))).toBe(false);
  });

  it('keeps furniture-like lines between two of the story’s lines, and a block made only of such lines', () => {
    const middle = [
      esc(BRIDGE.paras[4]!),
      'Photo: the county highways department',
      'The photograph shows the corroded steel under the eastern span.',
    ];
    const body = [
      ...BRIDGE.paras.slice(0, 4).map((p) => `<p>${esc(p)}</p>`),
      `<p>${middle.join('<br>')}</p>`,
      `<p>${esc(BRIDGE.paras[5]!)}</p>`,
    ].join('\n');
    const { text } = run('wordpress', BRIDGE, body);
    for (const line of middle) expect(text).toContain(squash(line));
  });

  it('keeps story lines that only start like furniture', () => {
    const lines = [
      'Photographs from the county archive show the bridge when it opened in 1952.',
      'Copyright of those pictures passed to the library when the old newspaper closed.',
    ];
    const { text } = run('wordpress', BRIDGE, bodyWithLastLines(BRIDGE, [], lines));
    for (const line of lines) expect(text).toContain(line);
  });
});

describe('text loose in a container beside its blocks', () => {
  const section = (parts: string[]): string => `<section class="story-body">${parts.join('\n')}</section>`;

  it('removes a bare skip link before the story and a back-to-top link after it', () => {
    // In a <section>: Readability wraps a <div>'s loose text in paragraphs itself, not a section's.
    const body = section([
      '<a href="#content">Skip to content</a>',
      ...ORCHARD.paras.map((p) => `<p>${esc(p)}</p>`),
      '<a href="#top">Back to top</a>',
    ]);
    const { text, rules } = run('wordpress', ORCHARD, body);
    for (const p of ORCHARD.paras) expect(text).toContain(squash(p));
    expect(text).not.toContain('Skip to content');
    expect(text).not.toContain('Back to top');
    expect(rules.filter((r) => r === 'loose-line: filler')).toHaveLength(2);
  });

  it('keeps the story’s own loose sentences and a loose line of lines', () => {
    const loose = 'The parish council meets again on Tuesday to agree the opening hours.';
    const lines = ['Planting begins at ten', 'Bring gloves and a spade'];
    const body = section([
      ...ORCHARD.paras.slice(0, 5).map((p) => `<p>${esc(p)}</p>`),
      loose,
      ...ORCHARD.paras.slice(5).map((p) => `<p>${esc(p)}</p>`),
      lines.join('<br>'),
    ]);
    const { text, rules } = run('wordpress', ORCHARD, body);
    expect(text).toContain(loose);
    for (const line of lines) expect(text).toContain(line);
    expect(rules.some((r) => r.startsWith('loose-line'))).toBe(false);
  });
});

describe('a passage rendered twice', () => {
  const paras = (s: string[]): string => s.map((p) => `<p>${esc(p)}</p>`).join('\n');

  it('keeps one copy of a story rendered twice (a desktop and a mobile copy)', () => {
    const body = `<div class="only-desktop">${paras(ORCHARD.paras)}</div><div class="only-mobile">${paras(ORCHARD.paras)}</div>`;
    const { text, rules } = run('wordpress', ORCHARD, body);
    for (const p of ORCHARD.paras) {
      expect(text).toContain(squash(p));
      expect(text.split(squash(p)).length - 1).toBe(1);
    }
    expect(rules).toContain('repeated-passage');
  });

  it('keeps short repeats: a spec sheet under each product and a repeated pair of paragraphs', () => {
    const spec = ['Weight: 2.1 kg', 'Height: 1.4 m', 'Rootstock: semi-dwarf', 'Pollination group: C'];
    const body = [
      ...ORCHARD.paras.slice(0, 4).map((p) => `<p>${esc(p)}</p>`),
      `<ul>${spec.map((s) => `<li>${s}</li>`).join('')}</ul>`,
      ...ORCHARD.paras.slice(4, 8).map((p) => `<p>${esc(p)}</p>`),
      `<ul>${spec.map((s) => `<li>${s}</li>`).join('')}</ul>`,
      ...ORCHARD.paras.slice(8).map((p) => `<p>${esc(p)}</p>`),
      ...ORCHARD.paras.slice(8).map((p) => `<p>${esc(p)}</p>`),
    ].join('\n');
    const { text, rules } = run('wordpress', ORCHARD, body);
    expect(text.split('Rootstock: semi-dwarf').length - 1).toBe(2);
    expect(text.split(squash(lastPara(ORCHARD))).length - 1).toBe(2);
    expect(rules).not.toContain('repeated-passage');
  });
});

describe('lines repeated inside one block', () => {
  /** A pasted page in one paragraph: a menu, a story and a sign-up box, twice, as lines. */
  const menu = ['Home', 'Local', 'Business', 'Sport', 'Opinion', 'Weather'];
  const pasted = [...menu, ...ORCHARD.paras.slice(0, 8), 'Sign up for our newsletter', 'Thank you for subscribing'];

  it('keeps one copy of the lines of a page pasted twice into one paragraph', () => {
    const body = [
      ...BRIDGE.paras.map((p) => `<p>${esc(p)}</p>`),
      `<p>${[...pasted, ...pasted].map(esc).join('<br>')}</p>`,
    ].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    for (const p of BRIDGE.paras) expect(text).toContain(squash(p));
    expect(text.split(squash(ORCHARD.paras[0]!)).length - 1).toBe(1);
    expect(rules).toContain('repeated-lines');
  });

  it('keeps lines that repeat in short runs: a refrain, a timetable', () => {
    const refrain = [
      'Row the boat to Millbrook,',
      'row it past the mill,',
      'row it home by moonlight,',
      'and row it still.',
    ];
    const verse = (n: number) => [`Verse ${n}: the river rose again`, ...refrain];
    const song = [...verse(1), ...verse(2), ...verse(3), ...verse(4)];
    const body = [...BRIDGE.paras.map((p) => `<p>${esc(p)}</p>`), `<p>${song.join('<br>')}</p>`].join('\n');
    const { text, rules } = run('wordpress', BRIDGE, body);
    expect(text.split('row it home by moonlight').length - 1).toBe(4);
    expect(rules).not.toContain('repeated-lines');
  });
});

describe('line rules', () => {
  it('takes bare byline and date labels, only as labels', () => {
    for (const t of ['Edited by', 'Reviewed by', 'Posted On', 'Fact-checked by:', 'WRITTEN BY'])
      expect(stampLine(t, t.length)).toBe('meta-label');
    for (const t of ['Edited by Sam Okafor', 'Updated', 'Posted on the noticeboard by the gate', 'Written by hand'])
      expect(stampLine(t, t.length)).toBeNull();
  });

  it('takes "read full review" buttons, not the writer’s sentences', () => {
    const facts = (text: string) => ({ text, len: text.length, density: 1, tail: false });
    for (const t of [
      'Read full review',
      'Read our full Acme Trail 2 review',
      'See more reviews',
      'Read the full story',
    ])
      expect(chromeLine(facts(t))).toBe('read-on-button');
    for (const t of [
      'Read our full review.',
      'Read the full report before the council meeting on Tuesday',
      'See more of the orchard from the lane',
    ])
      expect(chromeLine(facts(t))).toBeNull();
  });

  it('takes a credit closing a caption, with "by" and quotes, not a sentence about a photo', () => {
    expect(CREDIT.test("The old deck was lifted out in one piece. Photo by: 'Marta Lindqvist'.")).toBe(true);
    expect(CREDIT.test('The old deck was lifted out in one piece. Photo: Marta Lindqvist')).toBe(true);
    expect(CREDIT.test('The report includes a photo: the corroded steel under the eastern span.')).toBe(false);
    expect(CREDIT.test('The walkway opened on Monday. Image by the county, shown at the meeting')).toBe(false);
    expect(
      CREDIT.test('Cameras were banned. Photo: none were allowed inside the court, so she drew the scene instead.'),
    ).toBe(false);
  });

  it('takes a short inbox pitch, not a sentence about email', () => {
    const facts = (text: string) => ({ text, len: text.length, density: 0, tail: false });
    expect(chromeLine(facts('Orchard news and planting tips, delivered to your inbox'))).toBe('newsletter-plug');
    expect(chromeLine(facts('Straight to your inbox every Friday: the week in the garden'))).toBe('newsletter-plug');
    expect(chromeLine(facts('The rota was sent to your inbox'))).toBeNull();
    expect(chromeLine(facts('Volunteers said the rota arrived by email on Friday.'))).toBeNull();
    const long =
      'The council said the watering rota, which was drawn up by the volunteers in March, would be delivered to your inbox only if you had signed the sheet at the gate, and posted on the noticeboard for everyone else.';
    expect(chromeLine(facts(long))).toBeNull();
  });

  it('judges a line by the block rules and the footer rules', () => {
    const nowhere = { head: false, tail: false };
    expect(furnitureLine('© 2026 Example Media Group', 0, nowhere)).toBe('copyright');
    expect(furnitureLine('Email: newsdesk@news.example', 0, nowhere)).toBe('contact-line');
    expect(furnitureLine('Tel: +44 20 7946 0000', 0, nowhere)).toBe('contact-line');
    expect(furnitureLine('March 2, 2026', 0, nowhere)).toBeNull();
    expect(furnitureLine('March 2, 2026', 0, { head: true, tail: false })).toBe('date-line');
    expect(furnitureLine('Email the council before Friday if you want a tree of your own.', 0, nowhere)).toBeNull();
    expect(furnitureLine('Phone lines at the library were busy all morning.', 0, nowhere)).toBeNull();
  });
});
