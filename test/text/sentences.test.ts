import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../src/text/sentences.js';

describe('splitSentences', () => {
  it('does not end sentences at titles, initials, dated months or numbered abbreviations', () => {
    const text =
      'Mr. Sybiha met Gen. Cavoli and Dr. Kallas in Brussels on Dec. 3. President-elect Donald J. Trump did not attend. ' +
      'The envoy spoke at No. 10 Downing St. on Tuesday.';
    expect(splitSentences(text)).toEqual([
      'Mr. Sybiha met Gen. Cavoli and Dr. Kallas in Brussels on Dec. 3.',
      'President-elect Donald J. Trump did not attend.',
      'The envoy spoke at No. 10 Downing St. on Tuesday.',
    ]);
  });

  it('keeps dotted acronyms inside a sentence but ends a sentence after one when a new sentence starts', () => {
    expect(
      splitSentences('The U.S. Senate is divided. Kyiv wants guarantees from the U.S. The allies hesitate.'),
    ).toEqual(['The U.S. Senate is divided.', 'Kyiv wants guarantees from the U.S.', 'The allies hesitate.']);
  });

  it('keeps a quotation with its attribution', () => {
    expect(
      splitSentences(
        '"Is an invitation too much to ask?" the minister asked. "It is the only real guarantee." Allies disagreed.',
      ),
    ).toEqual([
      '"Is an invitation too much to ask?" the minister asked.',
      '"It is the only real guarantee."',
      'Allies disagreed.',
    ]);
  });

  it('splits paragraphs on blank lines and never joins across lines', () => {
    expect(splitParagraphs('One sentence. Two sentences.\n\n\nA line without a stop\nAnother line.\n\n   \n')).toEqual([
      ['One sentence.', 'Two sentences.'],
      ['A line without a stop', 'Another line.'],
    ]);
  });

  it('collapses whitespace and drops punctuation-only pieces', () => {
    expect(splitSentences('  Kyiv   waits.   \n\u2014  ')).toEqual(['Kyiv waits.']);
  });
});
