import { describe, expect, it } from 'vitest';
import {
  containment,
  estimateJaccard,
  MINHASH,
  normalizeText,
  shingleHashes,
  sketchShingles,
  sketchText,
  textFingerprint,
  tokenize,
} from '../../src/dedup/fingerprint.js';
import { articleTerms, entitiesOf } from '../../src/dedup/features.js';
import { bridgeWire, chineseStory, russianStory } from './texts.js';

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

describe('normalizeText and textFingerprint', () => {
  it('folds case, accents, punctuation, spacing and compatibility forms', () => {
    expect(normalizeText('  Café  DON’T—stop!\n\nＡＢＣ  ')).toBe('cafe dont stop abc');
    expect(normalizeText('Ёлка, ЙОГУРТ.')).toBe('елка иогурт');
    expect(normalizeText('東京タワー、２０２０年。')).toBe('東京タワー 2020年');
  });

  it('keeps kana voicing marks (they change the letter)', () => {
    expect(normalizeText('がぎ')).toBe('がぎ');
  });

  it('is equal for texts that differ only in noise, different otherwise', () => {
    const a = textFingerprint(bridgeWire.text);
    expect(textFingerprint(bridgeWire.text.replace(/\n\n/g, '\n').replace(/ /g, '  ').toUpperCase())).toBe(a);
    expect(textFingerprint(bridgeWire.text.replace('$2.3 million', '$2.4 million'))).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('handles empty and one-word texts', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('...')).toBe('');
    expect(textFingerprint('')).toBe(textFingerprint('  !! '));
    expect(tokenize(normalizeText('Hello!'))).toEqual(['hello']);
  });
});

describe('tokenize', () => {
  it('splits Cyrillic on words', () => {
    expect(tokenize(normalizeText('Мост через Упу закрыт.'))).toEqual(['мост', 'через', 'упу', 'закрыт']);
  });

  it('cuts CJK runs into overlapping bigrams, keeps other runs whole', () => {
    expect(tokenize(normalizeText('临江市老桥 iPhone 2020年'))).toEqual([
      '临江',
      '江市',
      '市老',
      '老桥',
      'iphone',
      '2020',
      '年',
    ]);
    expect(tokenize(normalizeText('東京タワー'))).toEqual(['東京', '京タ', 'タワ', 'ワー']);
  });

  it('stops at the limit', () => {
    expect(tokenize('a b c d e', 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('MinHash', () => {
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('estimates Jaccard similarity of shingle sets within sampling error', () => {
    const base = words(400, 'w');
    for (const keep of [1, 0.8, 0.5, 0.2]) {
      const other = [...base.slice(0, Math.round(400 * keep)), ...words(Math.round(400 * (1 - keep)), 'x')];
      const ha = shingleHashes(base, 1);
      const hb = shingleHashes(other, 1);
      const truth = jaccard(new Set(base), new Set(other));
      const est = estimateJaccard(sketchShingles(ha).signature, sketchShingles(hb).signature);
      // 64 permutations: standard error at most 0.0625.
      expect(Math.abs(est - truth)).toBeLessThan(0.2);
    }
  });

  it('gives unrelated texts an estimate near zero and no shared band', () => {
    const a = sketchText(normalizeText(words(300, 'a').join(' ')));
    const b = sketchText(normalizeText(words(300, 'b').join(' ')));
    expect(estimateJaccard(a.signature, b.signature)).toBeLessThan(0.1);
    expect(a.bands.filter((x) => b.bands.includes(x))).toEqual([]);
  });

  it('hashes shingles to 64 bits: 200,000 distinct shingles stay distinct', () => {
    const h = shingleHashes(words(200_003, 'tok'), 4);
    expect(h.length / 2).toBe(200_000);
  });

  it('has 21 bands of 3 rows over 64 permutations, all 31-bit', () => {
    const s = sketchText(normalizeText(bridgeWire.text));
    expect(s.signature.length).toBe(MINHASH.permutations);
    expect(s.bands.length).toBe(MINHASH.bands);
    for (const b of s.bands) expect(b >= 0 && b < 2 ** 31 && Number.isInteger(b)).toBe(true);
  });

  it('is deterministic and identical for identical texts', () => {
    const a = sketchText(normalizeText(russianStory.text));
    const b = sketchText(normalizeText(russianStory.text));
    expect(a.bands).toEqual(b.bands);
    expect(estimateJaccard(a.signature, b.signature)).toBe(1);
  });

  it('sketches empty, one-word, Cyrillic and CJK texts sanely', () => {
    const empty = sketchText('');
    expect(empty.shingles).toBe(0);
    expect(empty.bands).toEqual([]);
    expect(estimateJaccard(empty.signature, empty.signature)).toBe(0);
    const one = sketchText(normalizeText('Breaking'));
    expect(one.shingles).toBe(1);
    expect(one.bands.length).toBe(MINHASH.bands);
    expect(sketchText(normalizeText(russianStory.text)).shingles).toBeGreaterThan(50);
    expect(sketchText(normalizeText(chineseStory.text)).shingles).toBeGreaterThan(100);
  });

  it('bounds the work on a 1 MB text: only the head is shingled, the fingerprint covers all', () => {
    const para = `${bridgeWire.text}\n\n`;
    const big = para.repeat(Math.ceil(1_048_576 / para.length));
    expect(big.length).toBeGreaterThan(1_000_000);
    const normalized = normalizeText(big);
    const s = sketchText(normalized);
    expect(s.shingles).toBeLessThanOrEqual(MINHASH.maxTokens);
    expect(textFingerprint(big)).not.toBe(textFingerprint(`${big} tail`));
    const terms = articleTerms('Title', big);
    expect(terms.words).toBeLessThanOrEqual(500);
  });

  it('derives containment from Jaccard and set sizes', () => {
    // A (100) inside B (200): |A∩B| = 100, J = 0.5.
    expect(containment(0.5, 100, 200)).toBeCloseTo(1, 5);
    expect(containment(0.5, 200, 100)).toBeCloseTo(0.5, 5);
    expect(containment(0, 0, 10)).toBe(0);
  });
});

describe('features', () => {
  it('finds names inside sentences, not capitalized sentence starts or headings', () => {
    const e = entitiesOf(
      'Public works director Ines Okafor said the U.S. Department of Transportation will help. Police said the bridge is closed.\nThe Bridge Will Stay Closed Until Spring',
    );
    expect(e).toContain('ines okafor');
    expect(e).toContain('us department of transportation');
    expect(e).not.toContain('the bridge will stay closed until spring');
    expect(e).not.toContain('spring');
  });

  it('reads plain text by hand exactly as the Unicode scanner reads it', () => {
    // A trailing lowercase Cyrillic word sends the same text through the regex scanner; it names nothing itself.
    const texts = [
      'Defence minister Rustem Umerov’s aide said “NATO’s door is open.” Kyiv-based analysts at the Razumkov Centre agreed with Dana O’Brien.',
      "Mayor Dana O'Brien met G7 envoys on Route 9A at 10:30. The A-10s flew over Pier 39\u00a0yesterday; Police said so!",
      'THE HEADLINE IN CAPS\nSecretary-General Mark Rutte — speaking in Brussels — said the U.S. and E.U. agree… "We Will" he said.',
      "Lviv's mayor Andriy Sadovyi said x-ray abc-de12 Zelensky\u2011Biden talks were 'productive'.\n\nKharkiv Mayor Ihor Terekhov",
    ];
    for (const t of texts) expect(entitiesOf(`${t} привет`)).toEqual(entitiesOf(t));
    expect(entitiesOf(texts[0]!)).toEqual(expect.arrayContaining(['rustem umerov', 'razumkov centre', 'dana obrien']));
  });

  it('makes title, entity and number terms from any script', () => {
    const en = articleTerms(bridgeWire.title, bridgeWire.text);
    expect(en.tf.get('t:girder')).toBe(1);
    expect(en.tf.has('n:2.3')).toBe(true);
    expect(en.tf.has('n:11400')).toBe(true);
    expect(en.tf.has('e:ines okafor')).toBe(true);
    expect(en.tf.has('e:street')).toBe(true);
    expect(en.facts).toContain('e:mill street');
    expect(en.facts).not.toContain('e:street');
    const ru = articleTerms(russianStory.title, russianStory.text);
    expect(ru.tf.has('e:анна белова')).toBe(true);
    expect(ru.tf.has('w:мост')).toBe(true);
    const zh = articleTerms(chineseStory.title, chineseStory.text);
    expect(zh.tf.has('t:老桥')).toBe(true);
    expect(zh.words).toBeGreaterThan(50);
    expect(articleTerms('', '').tf.size).toBe(0);
  });
});
