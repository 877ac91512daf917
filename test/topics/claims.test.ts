import { describe, expect, it } from 'vitest';
import { claimSignature, claimSimilarity, claimText, SAME_CLAIM, similarityBound } from '../../src/topics/claims.js';
import { compileTopic } from '../../src/topics/topic.js';
import { UKRAINE_NATO } from './fixtures.js';

const topic = compileTopic(UKRAINE_NATO);
const sig = (s: string) => claimSignature(s, topic.isTopicWord);
const sim = (a: string, b: string) => claimSimilarity(sig(a), sig(b));

describe('claim signatures and similarity', () => {
  it('leaves out stopwords, reporting verbs and the topic words, and stems the rest', () => {
    expect(sig('Zelensky said an invitation to join NATO is the only real security guarantee for Ukraine.')).toEqual(
      ['guarante', 'onli', 'real', 'secur'].sort(),
    );
  });

  it('matches the guarantee line quoted with different attributions', () => {
    const a =
      'Foreign Minister Andrii Sybiha told reporters that an invitation is the only real security guarantee for Ukraine.';
    const b =
      "Zelensky has repeatedly said that an invitation to join NATO is 'the only real security guarantee' for his country.";
    const c =
      'An invitation to join NATO remains, in the words of Ukrainian officials, the only real security guarantee for Kyiv.';
    expect(sim(a, b)).toBeGreaterThanOrEqual(SAME_CLAIM);
    expect(sim(b, c)).toBeGreaterThanOrEqual(SAME_CLAIM);
    // a and c share less directly; the engine joins them through b's sentence (see engine.test.ts).
    expect(sim(a, c)).toBeLessThan(sim(b, c));
  });

  it('keeps different claims that share the topic phrase apart', () => {
    expect(
      sim(
        "NATO ministers sidestepped Ukraine's bid to join the alliance.",
        "The incoming administration showed little interest in Ukraine's bid to join NATO.",
      ),
    ).toBeLessThan(SAME_CLAIM);
  });

  it('keeps a claim and its negation apart', () => {
    expect(
      sim('Allies say Ukraine is ready to join NATO soon.', "Allies say Ukraine isn't ready to join NATO soon."),
    ).toBeLessThan(SAME_CLAIM);
    expect(
      sim("Allies say Ukraine isn't ready to join NATO soon.", 'Allies say Ukraine is not ready to join NATO soon.'),
    ).toBe(1);
    expect(sig("Allies say Ukraine isn't ready.")).toContain('~not');
  });

  it('strips a wire dateline from the claim text', () => {
    expect(claimText('BRUSSELS (AP) \u2014 NATO ministers  sidestepped the invitation.')).toBe(
      'NATO ministers sidestepped the invitation.',
    );
    expect(claimText('KYIV, Ukraine (Reuters) - Allies hesitate.')).toBe('Allies hesitate.');
    expect(claimText('NATO ministers sidestepped the invitation.')).toBe('NATO ministers sidestepped the invitation.');
  });
});

describe('quotations', () => {
  it('finds the same quote under different framings, and ignores short ones', async () => {
    const { quotations } = await import('../../src/topics/claims.js');
    const a = quotations('Zelensky said an invitation was “the only real security guarantee” for Ukraine.');
    const b = quotations(
      'He has called it "The only real security guarantee" his country can rely on, a “grave” step.',
    );
    expect(a).toEqual(['the only real security guarantee']);
    expect(b).toEqual(a);
    expect(quotations('Officials called the plan “very soon” at best.')).toEqual([]);
  });
});

describe('similarityBound', () => {
  // Random sorted, unique signatures over a small vocabulary (with the negation word), so pairs share words.
  let x = 7;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const vocab = ['~not', ...'abcdefghijklmnop'.split('').map((c) => `w${c}`)];
  const randomSig = () =>
    [
      ...new Set(Array.from({ length: 1 + Math.floor(next() * 12) }, () => vocab[Math.floor(next() * vocab.length)]!)),
    ].sort();

  it('is never below the similarity of signatures sharing at most that many words, and is reached', () => {
    let reached = 0;
    for (let k = 0; k < 5000; k++) {
      const a = randomSig();
      const b = randomSig();
      const common = a.filter((w) => b.includes(w)).length;
      // The engine's count may exceed the true shared words (a claim is filed under several sentences' words).
      const counted = common + Math.floor(next() * 3);
      expect(claimSimilarity(a, b)).toBeLessThanOrEqual(similarityBound(counted, a.length));
      expect(claimSimilarity(a, b)).toBeLessThanOrEqual(similarityBound(common, a.length));
      if (claimSimilarity(a, b) === similarityBound(common, a.length)) reached++;
    }
    // Exact for b made of the shared words only: the Jaccard bound is met.
    const a = ['wa', 'wb', 'wc', 'wd'];
    expect(claimSimilarity(a, ['wa', 'wb'])).toBe(similarityBound(2, a.length));
    expect(reached).toBeGreaterThan(0);
  });
});
