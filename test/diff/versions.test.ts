import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../src/diff/versions.js';
import { noiseKey } from '../../src/diff/noise.js';
import { renderListDiff } from '../../src/diff/list.js';

const TITLE = 'NATO ministers sidestep Ukraine invitation';
const P1 =
  'NATO foreign ministers meeting in Brussels on Tuesday declined to issue an invitation to Ukraine. ' +
  'Several allies said the alliance should first focus on arming Kyiv.';
const P2 =
  'Ukrainian officials argued that an invitation is the only real security guarantee against a renewed Russian offensive. ' +
  'The foreign minister said Kyiv would keep pressing its case.';
const P3 = 'The meeting was the last before a new U.S. administration takes office in January.';
const BASE = [P1, P2, P3].join('\n\n');

describe('diffVersions: noise makes no revision', () => {
  it('returns null for identical versions', () => {
    expect(diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: BASE })).toBeNull();
  });

  it('ignores whitespace, punctuation, case and quote style', () => {
    const after =
      BASE.replace('Several allies said', 'Several  allies  said,')
        .replace('Brussels on Tuesday', 'Brussels, on Tuesday')
        .replace(' an invitation is', ' an invitation is\u00a0') + '\n';
    expect(diffVersions({ title: TITLE, text: BASE }, { title: TITLE.toUpperCase() + '.', text: after })).toBeNull();
  });

  it('ignores update stamps, relative dates, counters and reading times', () => {
    const before = `Updated 3:15 p.m. ET\n\n${P1} 2 hours ago.\n\n${P2} 1,234 comments\n\n${P3} 4 min read`;
    const after = `Updated Dec. 3, 2024 at 4:40 p.m. EST\n\n${P1} 5 hours ago.\n\n${P2} 1,301 comments\n\n${P3} 5 min read`;
    expect(diffVersions({ title: TITLE, text: before }, { title: TITLE, text: after })).toBeNull();
    expect(noiseKey('Published: Tuesday, Dec. 3, 2024 10:02 GMT')).toBe('');
    expect(noiseKey('12 shares')).toBe('');
    expect(noiseKey('He sold 12 shares of the company')).toContain('12 shares');
    expect(noiseKey('Markets as of 10:00 UTC')).toBe(noiseKey('Markets as of 09:30 UTC'));
    expect(noiseKey('Talks resume at 10:00 UTC')).not.toBe(noiseKey('Talks resume at 09:30 UTC'));
  });

  it('ignores a paragraph break added inside unchanged text', () => {
    const after = BASE.replace(
      'Brussels on Tuesday declined to issue an invitation to Ukraine. ',
      'Brussels on Tuesday declined to issue an invitation to Ukraine.\n\n',
    );
    expect(diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })).toBeNull();
  });
});

describe('diffVersions: real changes', () => {
  it('marks a reworded sentence word by word and labels it wording', () => {
    const after = BASE.replace('would keep pressing its case', 'would not give up on its bid');
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d).not.toBeNull();
    expect(d.changed).toEqual([
      {
        before: 'The foreign minister said Kyiv would keep pressing its case.',
        after: 'The foreign minister said Kyiv would not give up on its bid.',
      },
    ]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.labels).toEqual(['wording']);
    expect(d.diffHtml).toContain(
      'Kyiv would <del>keep pressing</del><ins>not give up on</ins> its <del>case</del><ins>bid</ins>.</p>',
    );
    // Only the changed paragraph is shown.
    expect(d.diffHtml).not.toContain('Brussels');
    expect(d.diffHtml).toContain('only real security guarantee');
  });

  it('labels a changed number as numbers-changed only', () => {
    const before = BASE.replace('Several allies', 'Twelve allies, including 3 Nordic states,');
    const after = BASE.replace('Several allies', 'Twelve allies, including 4 Nordic states,');
    const d = diffVersions({ title: TITLE, text: before }, { title: TITLE, text: after })!;
    expect(d.labels).toEqual(['numbers-changed']);
    expect(d.diffHtml).toMatch(/<del>3<\/del><ins>4<\/ins>|<del>3 <\/del><ins>4 <\/ins>/);
  });

  it('labels a new paragraph and a correction, and escapes HTML', () => {
    const note =
      "Correction: An earlier version of this story misstated the <b>date</b> of the meeting & the minister's title.";
    const after = `${BASE}\n\n${note}`;
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d.added).toEqual([note]);
    expect(d.labels).toEqual(['correction', 'new-paragraph']);
    expect(d.diffHtml).toBe(
      '<p><ins>Correction: An earlier version of this story misstated the &lt;b&gt;date&lt;/b&gt; of the meeting &amp; the minister&#39;s title.</ins></p>',
    );
  });

  it('labels a removed paragraph and shows it deleted where it stood', () => {
    const after = [P1, P3].join('\n\n');
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d.removed).toHaveLength(2);
    expect(d.labels).toEqual(['removed-paragraph']);
    expect(d.diffHtml).toMatch(/^<p class="removed"><del>Ukrainian officials argued/);
  });

  it('detects a moved paragraph without reporting it added or removed', () => {
    const after = [P3, P1, P2].join('\n\n');
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.labels).toEqual(['moved']);
    expect(d.moved).toHaveLength(1);
    expect(d.diffHtml).toContain('<p class="moved"><span class="moved">The meeting was the last');
  });

  it('labels a headline change and diffs the headline', () => {
    const d = diffVersions(
      { title: TITLE, text: BASE },
      { title: 'NATO ministers hold off on Ukraine invitation', text: BASE },
    )!;
    expect(d.labels).toEqual(['headline']);
    expect(d.diffHtml).toBe(
      '<p class="headline"><strong>Headline:</strong> NATO ministers <del>sidestep</del><ins>hold off on</ins> Ukraine invitation</p>',
    );
  });

  it('keeps an inserted sentence inside its paragraph with the sentence after it', () => {
    const added = 'An incoming U.S. administration has shown little interest in enlarging the alliance.';
    const after = BASE.replace(P3, `${added} ${P3}`);
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d.added).toEqual([added]);
    expect(d.labels).toEqual(['wording']);
    expect(d.diffHtml).toBe(`<p><ins>${added}</ins> ${P3}</p>`);
  });

  it('puts a deleted sentence back where it stood', () => {
    const after = BASE.replace(' Several allies said the alliance should first focus on arming Kyiv.', '');
    const d = diffVersions({ title: TITLE, text: BASE }, { title: TITLE, text: after })!;
    expect(d.removed).toEqual(['Several allies said the alliance should first focus on arming Kyiv.']);
    expect(d.diffHtml).toBe(
      '<p>NATO foreign ministers meeting in Brussels on Tuesday declined to issue an invitation to Ukraine. <del>Several allies said the alliance should first focus on arming Kyiv.</del></p>',
    );
  });
});

describe('renderListDiff', () => {
  it('marks added and removed items and escapes them', () => {
    const html = renderListDiff(
      ['Kyiv wants an invitation', 'Allies <divided>'],
      ['Kyiv wants an invitation', 'Ministers sidestepped the invite'],
    );
    expect(html).toBe(
      '<ul><li>Kyiv wants an invitation</li><li><del>Allies &lt;divided&gt;</del></li><li><ins>Ministers sidestepped the invite</ins></li></ul>',
    );
    expect(renderListDiff([], [])).toBe('<ul></ul>');
  });
});
