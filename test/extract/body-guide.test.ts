// body-guide.ts and article-body.ts: the JSON-LD articleBody recovers a cut text, removes chrome the body does
// not hold, and is trusted only when it holds the visible article. Pages and texts are our own.
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, MAX_BODY_CHARS, ShingleIndex, words } from '../../src/extract/article-body.js';
import { applyArticleBody, bodyVerdict } from '../../src/extract/body-guide.js';
import { parseHtml } from '../../src/extract/document.js';
import { extractArticle } from '../../src/extract/index.js';
import { readMetadata } from '../../src/extract/metadata.js';
import { prestrip } from '../../src/extract/prestrip.js';

const STORY = [
  'The orchard cooperative in Vell reported its smallest apple harvest in twenty years after a late frost in April killed most of the blossom on the lower slopes of the valley.',
  'Growers said the trees higher up were spared because cold air settles in the valley floor on still nights, and several now plan to move young trees uphill over the next few seasons.',
  'The cooperative will buy fruit from neighbouring villages to keep its juice press running through the winter, which its chair described as the first time it has had to do so since it was founded.',
  'Insurance covers part of the loss for members who joined the regional frost scheme, but many smaller growers never signed up because the premiums rose sharply after two mild years.',
  'A meeting with the agriculture office is planned for next month to discuss emergency loans and whether frost fans, which stir the air on cold nights, could be paid for jointly.',
  'Members will vote in the spring on whether to plant later-flowering varieties on the lower ground, a change that would take at least five years to bear fruit and cost the group its early-season contracts.',
];
const bodyText = STORY.join('\n\n');

function articleDom(inner: string): Element {
  const doc = parseHtml(`<html><body><div id="content">${inner}</div></body></html>`);
  return doc.getElementById('content')!;
}

function traced(content: Element, body: string): [string, string][] {
  const out: [string, string][] = [];
  applyArticleBody(content, body, (rule, text) => out.push([rule, text]));
  return out;
}

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('the trust rule', () => {
  const base = { bodyWords: 600, textWords: 620, coverage: 0.95, opensTogether: true };
  it('trusts a body that holds nearly all of the extracted prose as a guide', () => {
    expect(bodyVerdict(base)).toBe('guide');
  });
  it('ignores a summary, a truncated body and one that is mostly not the visible text', () => {
    expect(bodyVerdict({ ...base, bodyWords: 60 })).toBeNull();
    expect(bodyVerdict({ ...base, coverage: 0.7 })).toBeNull();
    expect(bodyVerdict({ ...base, coverage: 0.1 })).toBeNull();
  });
  it('takes a much longer body that opens as the visible text does for a cut text', () => {
    expect(bodyVerdict({ bodyWords: 600, textWords: 120, coverage: 0.6, opensTogether: true })).toBe('cut');
    // Longer, but opening elsewhere: perhaps the whole page's text, so never a replacement.
    expect(bodyVerdict({ bodyWords: 600, textWords: 120, coverage: 1, opensTogether: false })).toBe('guide');
    expect(bodyVerdict({ bodyWords: 600, textWords: 120, coverage: 0.6, opensTogether: false })).toBeNull();
    // Only somewhat longer: not a cut.
    expect(bodyVerdict({ bodyWords: 600, textWords: 400, coverage: 0.6, opensTogether: true })).toBeNull();
  });
});

describe('articleBody text', () => {
  it('splits plain text on lines and on lost breaks, and decodes entities', () => {
    const got = bodyParagraphs(
      parseHtml(''),
      'First line of the story.\nThe second one ends here.Then a third &amp; last one&rsquo;s here.',
    );
    expect(got).toEqual(['First line of the story.', 'The second one ends here.', 'Then a third & last one’s here.']);
  });
  it('reads HTML bodies as paragraphs, never running their scripts or keeping their styles', () => {
    const got = bodyParagraphs(
      parseHtml(''),
      '<p>One <b>bold</b> paragraph.</p><script>window.hacked = 1</script><style>p{}</style><p>Another.</p>',
    );
    expect(got).toEqual(['One bold paragraph.', 'Another.']);
  });
  it('reads at most MAX_BODY_CHARS of a huge body', () => {
    const huge = 'Word after word goes on. '.repeat(200_000); // 5 MB
    const got = bodyParagraphs(parseHtml(''), huge);
    expect(got.join(' ').length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(got.length).toBeGreaterThan(0);
  });
  it('finds short and long blocks by their words, whatever the case and punctuation', () => {
    const index = new ShingleIndex(STORY);
    expect(index.share(words('killed most of the blossom on the lower slopes'))).toBe(1);
    expect(index.share(words('Growers said'))).toBe(1);
    expect(index.share(words('Subscribe to our orchard newsletter today'))).toBe(0);
  });
});

describe('the guide', () => {
  const widgets = `<h2>Compare frost fans</h2><ul><li>Model A: quiet, costly</li><li>Model B: loud, cheap</li></ul>
<figcaption>Photo: staff photographer</figcaption><p>Sign up for the harvest letter</p>`;

  it('removes the blocks the body does not hold, with the headings over them, and names the rule', () => {
    const content = articleDom(
      `<p>${STORY[0]}</p><p>${STORY[1]}</p>${widgets}<h2>What growers plan</h2><p>${STORY[2]}</p><p>${STORY[3]}</p><p>${STORY[4]}</p><p>${STORY[5]}</p>`,
    );
    const trace = traced(content, bodyText);
    // Plain-text bodies hold no headings: one over kept text stays.
    expect(text(content)).toContain('What growers plan');
    for (const junk of ['Model A', 'Photo: staff', 'Sign up', 'Compare frost fans'])
      expect(text(content)).not.toContain(junk);
    for (const p of STORY) expect(text(content)).toContain(p);
    expect(trace.map(([rule]) => rule)).toContain('json-ld: not in articleBody');
    expect(trace).toContainEqual(['json-ld: heading over removed blocks', 'Compare frost fans']);
  });

  it('keeps long prose, whole sentences and tables the body leaves out', () => {
    const interlude =
      'Editor’s note: this report was updated on Tuesday to include the figures the cooperative released after its annual meeting, which came later than usual this year.';
    const content = articleDom(
      `<p>${STORY[0]}</p><p>${interlude}</p><table><tr><td>Year</td><td>Tonnes</td></tr><tr><td>2024</td><td>310</td></tr></table>${STORY.slice(
        1,
      )
        .map((p) => `<p>${p}</p>`)
        .join('')}`,
    );
    traced(content, bodyText);
    expect(text(content)).toContain(interlude);
    expect(text(content)).toContain('Tonnes');
  });

  it('changes nothing when the body is a summary or holds little of the visible text', () => {
    const page = `<p>${STORY[0]}</p>${widgets}<p>${STORY[1]}</p><p>${STORY[2]}</p><p>${STORY[3]}</p>`;
    const summary = articleDom(page);
    expect(traced(summary, 'A late frost cut the Vell harvest.')).toEqual([]);
    const other = articleDom(page);
    const unrelated = Array.from(
      { length: 40 },
      (_, i) => `Unrelated sentence number ${i} about the city budget.`,
    ).join(' ');
    expect(traced(other, unrelated)).toEqual([]);
    expect(text(other)).toContain('Model A');
  });

  it('puts back a lead that the body opens with and the extraction lacks', () => {
    const content = articleDom(
      STORY.slice(2)
        .map((p) => `<p>${p}</p>`)
        .join(''),
    );
    const trace = traced(content, STORY.join(' '));
    expect(text(content).indexOf(STORY[0]!)).toBe(0);
    expect(text(content)).toContain(STORY[1]);
    expect(trace.map(([rule]) => rule)).toEqual(['json-ld: lead restored from articleBody']);
  });

  it('replaces a text cut at a paywall with the body', () => {
    const content = articleDom(
      `<p>${STORY[0]}</p><div class="gate"><p>You have reached the end of the free preview. Subscribe to keep reading every story.</p></div>`,
    );
    const trace = traced(content, bodyText);
    expect([...content.children].map((p) => p.textContent)).toEqual(STORY);
    expect(trace).toContainEqual([
      'json-ld cut: not in articleBody',
      'You have reached the end of the free preview. Subscribe to keep reading every story.',
    ]);
  });
});

describe('articleBody in the page', () => {
  const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const metaOf = (head: string) => {
    const s = prestrip(`<html><head>${head}</head><body></body></html>`, { maxChars: 5e6, maxDepth: 160 });
    return readMetadata(parseHtml(s.html), s.jsonLd, 'https://example.test/a');
  };

  it('is read from @graph after a WebPage node, from arrays of objects, and skipped when broken', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', headline: 'Page' },
        { '@type': 'NewsArticle', articleBody: 'The body.' },
      ],
    };
    expect(metaOf(ld(graph)).articleBody).toBe('The body.');
    expect(
      metaOf(ld([{ '@type': 'Organization' }, { '@type': 'BlogPosting', articleBody: 'Posted.' }])).articleBody,
    ).toBe('Posted.');
    expect(
      metaOf(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"unclosed</script>`).articleBody,
    ).toBeNull();
  });

  it('leaves a page whose body is unrelated, huge or broken as it would be without it', () => {
    const article = `<article><h1>Frost cuts harvest</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const page = (head: string): string =>
      `<html><head><title>Frost</title>${head}</head><body>${article}</body></html>`;
    const without = extractArticle(page(''), 'https://example.test/a');
    expect(without.ok).toBe(true);
    const noise = 'Buy cheap tickets for the summer concert series now. '.repeat(30_000); // 1.6 MB
    for (const head of [
      ld({ '@type': 'NewsArticle', articleBody: noise }),
      '<script type="application/ld+json">{"articleBody": </script>',
    ]) {
      const got = extractArticle(page(head), 'https://example.test/a');
      expect(got.ok && got.article.text).toBe(without.ok && without.article.text);
    }
  });
});
