// dedup.split: the hindsight-split rule as text, the shipped rule by default ("off" turns it off); DELTAFEED_STORY_SPLIT overrides it; a bad rule is
// refused at start-up with the parser's message, naming the option it came from.
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { diffConfig } from '../../src/config/changes.js';
import { parseSplitRule, SHIPPED_SPLIT_RULE } from '../../src/dedup/story-split.js';
import { problemsOf } from '../helpers/config-problems.js';

describe('dedup.split', () => {
  it('is the shipped rule by default, an online one, and keeps a valid rule or "off" as written', () => {
    expect(parseConfigText('{}', {}).dedup.split).toBe(SHIPPED_SPLIT_RULE);
    expect(parseSplitRule(SHIPPED_SPLIT_RULE)).toMatchObject({ method: 'kmeans', online: true, years: 0.1 });
    expect(parseConfigText('dedup: { split: "off" }\n', {}).dedup.split).toBe('off');
    expect(parseConfigText('dedup: { split: "linkage,online,years=0.5" }\n', {}).dedup.split).toBe(
      'linkage,online,years=0.5',
    );
  });

  it('takes DELTAFEED_STORY_SPLIT over the file, and an empty variable leaves the file alone', () => {
    const text = 'dedup: { split: "kmeans" }\n';
    expect(parseConfigText(text, { DELTAFEED_STORY_SPLIT: 'linkage,online' }).dedup.split).toBe('linkage,online');
    expect(parseConfigText(text, { DELTAFEED_STORY_SPLIT: 'off' }).dedup.split).toBe('off');
    expect(parseConfigText(text, { DELTAFEED_STORY_SPLIT: '' }).dedup.split).toBe('kmeans');
  });

  it('refuses a bad rule, naming the option and what is wrong', () => {
    expect(problemsOf('dedup: { split: "linkage,medoids" }\n')).toEqual([
      expect.stringMatching(/^dedup\.split: unknown option "medoids" \(options: .*; or off\)$/),
    ]);
    expect(problemsOf('dedup: { split: "ratio=x" }\n')).toEqual([
      expect.stringMatching(/^dedup\.split: bad number in "ratio=x"/),
    ]);
    expect(problemsOf('{}', { DELTAFEED_STORY_SPLIT: 'online,ratio=-1' })).toEqual([
      expect.stringMatching(/^DELTAFEED_STORY_SPLIT: bad number in "ratio=-1"/),
    ]);
    // Look-alikes of valid rules are still valid: spaces around options, "on" alone.
    expect(problemsOf('dedup: { split: "linkage, online , ratio=0.4" }\n')).toEqual([]);
    expect(problemsOf('dedup: { split: "on" }\n')).toEqual([]);
  });

  it('needs a restart to change (the composition root builds the groups layer once)', () => {
    const a = parseConfigText('dedup: { split: "off" }\n', {});
    const b = parseConfigText('dedup: { split: "linkage,online" }\n', {});
    expect(diffConfig(a, b).needsRestart).toEqual(['dedup.split: "off" -> "linkage,online"']);
  });
});
