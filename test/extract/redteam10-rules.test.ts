// The rules the tenth red-team set (redteam10-pages30.ts, -pages31.ts) led to, each with a case that must go and a
// look-alike of the story's own text that must stay. Texts are of our own writing.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { esc } from './chrome-shells.js';
import type { Story } from './chrome-stories.js';
import { squash } from './judge.js';
import { link10, shell10 } from './redteam10-shells.js';
import { FERRIES, FUEL, H10, METRO, POTHOLE, TRADE } from './redteam10-stories.js';

/** The page's text and every rule the cleaner traced. */
function run(story: Story, html: string) {
  const rules: string[] = [];
  const r = extractArticle(html, `https://news.example/region/${story.slug}`, { trace: (rule) => rules.push(rule) });
  if (!r.ok) throw new Error(`no article: ${r.detail ?? ''}`);
  return { text: squash(r.article.text), rules };
}
/** The story with `line` as a paragraph of its own after paragraph `at`. */
const withLine = (s: Story, at: number, line: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, at + 1), line, ...s.paras.slice(at + 1)],
});
const keeps = (story: Story, text: string): void => {
  for (const p of story.paras) expect(text).toContain(squash(p));
};

describe('pointer-line: a hand-over label and a linked headline, anywhere in the story', () => {
  it('"Don’t Miss:" with a curly quote and "READ:" in capitals go mid-story', () => {
    const r = run(
      FERRIES,
      shell10('isles', FERRIES, {
        at: {
          1: `<p><strong>Don’t Miss:</strong> ${link10(H10(20))}</p>`,
          2: `<p><strong>READ:</strong> ${link10(H10(21))}</p>`,
        },
      }),
    );
    expect(r.text).not.toContain(H10(20));
    expect(r.text).not.toContain(H10(21));
    expect(r.rules).toContain('pointer-line');
    keeps(FERRIES, r.text);
  });

  it('a story’s "Read: <a>the ruling</a>" in mixed case and an unlinked "Don’t miss:" sentence stay', () => {
    const read = 'Read: the full ruling of the appeals court on the levies';
    const miss = 'Don’t miss: the deadline for comments on the levies is Friday, the notice said in bold letters.';
    const s = withLine(withLine(FUEL, 1, read), 3, miss);
    const html = shell10('mvp', s).replace(
      `<p>${esc(read)}</p>`,
      `<p>Read: ${link10('the full ruling of the appeals court on the levies', 'documents')}</p>`,
    );
    const r = run(s, html);
    expect(r.text).toContain(read);
    expect(r.text).toContain(miss);
    expect(r.rules).not.toContain('pointer-line');
  });
});

describe('date-line: a "First published:" stamp at the story’s end', () => {
  it('"First published: <date>, <time> IST" after the last paragraph goes', () => {
    const r = run(METRO, shell10('desk', METRO, { at: { 4: '<p>First published: May 4, 2026, 09:12 IST</p>' } }));
    expect(r.text).not.toContain('First published');
    keeps(METRO, r.text);
  });

  it('a closing sentence that opens "First published in 1952" stays', () => {
    const s = withLine(METRO, 4, 'First published in 1952, the city’s transit map now shows three lines.');
    expect(run(s, shell10('desk', s)).text).toContain('First published in 1952');
  });
});

describe('labelled-plug: a channel or app plug after a short label', () => {
  it('"Stay updated: Join our Telegram channel ..." goes', () => {
    const r = run(
      METRO,
      shell10('desk', METRO, { at: { 1: '<p><b>Stay updated:</b> Join our Telegram channel for city alerts.</p>' } }),
    );
    expect(r.text).not.toContain('Telegram channel');
    expect(r.rules).toContain('labelled-plug');
  });

  it('"Stay calm: ..." in a quote of the story stays', () => {
    const s = withLine(
      FUEL,
      2,
      'Stay calm: the union said it would not join any strike before the committee reported.',
    );
    expect(run(s, shell10('mvp', s)).text).toContain('Stay calm: the union said');
  });
});

describe('rights-notice: what may not be done with the publisher’s material', () => {
  it('"may not be reproduced, published, broadcast, rewritten or redistributed" closing the body goes', () => {
    const notice =
      'All rights reserved. This material may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without written permission.';
    const r = run(FUEL, shell10('mvp', FUEL, { at: { 4: `<p><em>${notice}</em></p>` } }));
    expect(r.text).not.toContain('may not be reproduced');
    expect(r.rules).toContain('rights-notice');
  });

  it('a story’s sentence that photographs "may not be reproduced" stays', () => {
    const s = withLine(
      TRADE,
      3,
      'The court ruled that the border photographs may not be reproduced without the hauliers’ consent, their lawyer said.',
    );
    expect(run(s, shell10('wirecopy', s)).text).toContain('may not be reproduced without');
  });
});

describe('contact-line and more-news-plug', () => {
  it('"Contact: <address>" and "For more news ..., visit <site>" closing the body go', () => {
    const r = run(
      FERRIES,
      shell10('isles', FERRIES, {
        at: {
          4: '<p>Contact: desk@visaran.example</p><p>For more news from the regions, visit <a href="/regions">our regions page</a>.</p>',
        },
      }),
    );
    expect(r.text).not.toContain('desk@visaran.example');
    expect(r.text).not.toContain('For more news');
    expect(r.rules).toContain('contact-line');
    expect(r.rules).toContain('more-news-plug');
  });

  it('"For more information, visit ..." and a contact sentence with an address of the story stay', () => {
    const info = 'For more information about evacuation centres, residents can visit the provincial website.';
    const mail = 'Contact: the provincial disaster office at the capitol, open through the night.';
    const s = withLine(withLine(FERRIES, 4, mail), 5, info);
    const r = run(s, shell10('isles', s));
    expect(r.text).toContain(info);
    expect(r.text).toContain(mail);
  });
});

describe('headline-kicker: the short label right over the headline', () => {
  it('a magazine theme’s section over its <h1> and a republisher’s "World / Wire" go', () => {
    const mvp = run(FUEL, shell10('mvp', FUEL));
    expect(mvp.text.startsWith(squash(FUEL.paras[0] ?? ''))).toBe(true);
    expect(mvp.rules).toContain('headline-kicker');
    const wire = run(TRADE, shell10('wirecopy', TRADE));
    expect(wire.text).not.toContain('World / Wire');
  });

  it('a short line of the story over a chapter <h1>, on a page whose headline is an <h2>, stays', () => {
    const lead = 'Then the rain came';
    const html = `<!DOCTYPE html><html lang="en"><head><title>${esc(POTHOLE.title)}</title></head><body><header><a href="/">Home</a></header><main><article><h2>${esc(POTHOLE.title)}</h2><div class="body"><p>${esc(POTHOLE.paras[0] ?? '')}</p><p>${esc(POTHOLE.paras[1] ?? '')}</p><div>${lead}</div><h1>What the council says about the potholes on her street</h1>${POTHOLE.paras
      .slice(2)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('')}</div></article></main></body></html>`;
    const r = run(POTHOLE, html);
    expect(r.rules).not.toContain('headline-kicker');
    expect(r.text).toContain(lead);
    keeps(POTHOLE, r.text);
  });
});

describe('second wave: feed-note, story-call, subscription-offer', () => {
  it('an unedited-feed note, "Do you have a story to share? Get in touch ..." and a bundle offer go', () => {
    const r = run(
      METRO,
      shell10('desk', METRO, {
        at: {
          1: '<p>Subscribe to DESK PREMIUM to get access to every city edition and our archive since 1990.</p>',
          4: '<p><em>(This story is auto-generated from a syndicated feed and has not been edited by our staff.)</em></p><p>Do you have a story to share? Get in touch at tips@desk.example</p>',
        },
      }),
    );
    for (const gone of ['syndicated feed', 'story to share', 'DESK PREMIUM']) expect(r.text).not.toContain(gone);
    for (const rule of ['feed-note', 'story-call', 'subscription-offer']) expect(r.rules).toContain(rule);
    keeps(METRO, r.text);
  });

  it('the story’s own sentences about a feed, a reader’s story and a subscription stay', () => {
    const feed =
      'The corporation said the timetable on its syndicated feed for map apps had not been edited since the trial runs.';
    const ask = 'Do you have a story to share about the first ride? The corporation asked passengers on its posters.';
    const sub = 'Subscribe to the smart card scheme to get a fifth of each fare back, the corporation said.';
    const s = withLine(withLine(withLine(METRO, 1, feed), 2, ask), 3, sub);
    const r = run(s, shell10('desk', s));
    for (const line of [feed, ask, sub]) expect(r.text).toContain(line);
  });
});
