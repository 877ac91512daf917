// The bench's short-text cuts (bench/support/short-texts.ts, issue 16, branch `short`): every text of a corpus
// cut to its first N words, as short local reports are, with its own line breaks kept so that the lead is still
// the opening lines; a text already shorter than N words, and N = 0, leave it whole.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../bench/support/corpora.js';
import { firstWords, shortTexts, shortWordsFrom } from '../../bench/support/short-texts.js';

const report = 'Fire crews were called to a barn on Mill Road late on Sunday.\n\nNo one was hurt, a spokesman said.';

describe('short-text cuts', () => {
  it('keeps the first N words with the line breaks between them', () => {
    expect(firstWords(report, 3)).toBe('Fire crews were');
    expect(firstWords(report, 14)).toBe('Fire crews were called to a barn on Mill Road late on Sunday.\n\nNo');
  });

  it('leaves a text of N words or fewer, and any text at N = 0, whole', () => {
    expect(firstWords(report, 20)).toBe(report);
    expect(firstWords(report, 0)).toBe(report);
    expect(firstWords('  \n ', 5)).toBe('  \n ');
  });

  it('cuts every text of a corpus and nothing else: headlines, ids, dates and gold stay', () => {
    const c: Corpus = {
      name: 'tiny',
      file: 'tiny.jsonl',
      sha256: '',
      docs: [
        { id: 'a', title: 'Barn fire on Mill Road', text: report, published: '2024-03-03' },
        { id: 'b', title: 'Short', text: 'Two words', published: null },
      ],
      gold: ['fire', 'other'],
    };
    const cut = shortTexts(c, 5);
    expect(cut.name).toBe('tiny/first-5');
    expect(cut.docs.map((d) => d.text)).toEqual(['Fire crews were called to', 'Two words']);
    expect(cut.docs.map((d) => [d.id, d.title, d.published])).toEqual(c.docs.map((d) => [d.id, d.title, d.published]));
    expect(cut.gold).toBe(c.gold);
    expect(shortTexts(c, 0)).toBe(c);
  });

  it('reads the word counts from the arguments, else SHORT_WORDS, else 80 150 300; refuses others', () => {
    expect(shortWordsFrom([], undefined)).toEqual([80, 150, 300]);
    expect(shortWordsFrom(['60', '0'], '5')).toEqual([60, 0]);
    expect(shortWordsFrom([], '40,120')).toEqual([40, 120]);
    expect(() => shortWordsFrom(['lots'])).toThrow(/word counts/);
    expect(() => shortWordsFrom(['-3'])).toThrow(/word counts/);
  });
});
