// prose-coverage.ts: a pick holding a fraction of the page's prose is replaced by the element holding most
// of it, never by a comment thread or a block that leaves the pick's own paragraphs out.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/extract/document.js';
import { holdsAll, pageProse, proseContainer, tooLittle } from '../../src/extract/prose-coverage.js';

const para = (topic: string): string =>
  `<p>The ${topic} section explains, in a few plain sentences, what the reader needs to know before starting, what it costs, and how long it usually takes to finish the job properly, with the tools and the weather it calls for.</p>`;

const page = `<body><div class="top"><h1>Guide</h1></div>
<main-column><div class="row"><div class="a"><section>${para('first')}${para('second')}</section></div></div>
<div class="row"><div class="b"><section>${para('third')}${para('fourth')}</section></div></div>
<div class="row"><div class="c"><section>${para('fifth')}${para('sixth')}${para('seventh')}</section></div></div></main-column>
<div id="comments">${para('comment one')}${para('comment two')}${para('comment three')}${para('comment four')}${para('comment five')}${para('comment six')}${para('comment seven')}${para('comment eight')}</div>
</body>`;

describe('prose coverage', () => {
  it('finds a pick that holds one section of several, and the container of all of them', () => {
    const doc = parseHtml(page);
    const prose = pageProse(doc.body);
    const pick = doc.querySelector('.a')!;
    const held = tooLittle(prose, pick);
    expect(held).not.toBeNull();
    const box = proseContainer(doc.body)!;
    expect(box.querySelectorAll('section')).toHaveLength(3);
    expect(box.querySelector('#comments')).toBeNull();
    expect(holdsAll(box, held!)).toBe(true);
  });

  it('leaves a pick that holds most of the prose alone, and never counts reader comments', () => {
    const doc = parseHtml(page);
    const pick = doc.querySelector('main-column')!;
    expect(tooLittle(pageProse(doc.body), pick)).toBeNull();
    const comments = doc.getElementById('comments')!;
    expect(holdsAll(comments, tooLittle(pageProse(doc.body), doc.querySelector('.a')!)!)).toBe(false);
  });
});
