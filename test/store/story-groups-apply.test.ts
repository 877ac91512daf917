// The public records of hindsight splits, on real Redis: a GroupsStep built by hand (the core's output) becomes
// story records (exact members, splitFrom / splitInto, mergedInto), redirects and moved articles' story ids;
// applying the same step again changes nothing; a plain join only adds the article to its group's story.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import type { ArticleRecord } from '../../src/model.js';
import type { GroupsStep } from '../../src/dedup/story-groups-types.js';
import { addToStory, getStory, listStories } from '../../src/store/stories.js';
import { getArticle, getStoredArticles, saveArticle } from '../../src/store/articles.js';
import { applyGroupsStep } from '../../src/store/story-groups-apply.js';
import { getStoryFollowed, resolveStoryIds } from '../../src/store/story-merges.js';

let redis: TestRedis;
beforeAll(() => {
  redis = testRedis('groupsapply');
});
afterAll(async () => {
  await redis.cleanup();
});

const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 8, i)).toISOString();

function article(id: string, storyId: string, i: number): ArticleRecord {
  return {
    id,
    url: `https://news.test/${id}`,
    canonicalUrl: `https://news.test/${id}`,
    urls: [`https://news.test/${id}`],
    source: `outlet-${i % 3}`,
    title: `Report ${id}`,
    byline: null,
    published: null,
    modified: null,
    lang: 'en',
    image: null,
    text: `Text of ${id}.`,
    html: '',
    fingerprint: id,
    storyId,
    duplicateOf: null,
    dedupWhy: { score: 0.5 },
    revisions: 0,
    firstSeen: at(i),
    updatedAt: at(i),
  };
}

/** Articles saved and joined to their story as the pipeline does with splits off. */
async function seed(storyId: string, ids: string[], from = 0): Promise<void> {
  for (const [n, id] of ids.entries()) {
    const a = article(id, storyId, from + n);
    await saveArticle(redis, a);
    await addToStory(redis, storyId, {
      id,
      url: a.url,
      source: a.source,
      title: a.title,
      joinedAt: a.firstSeen,
      score: 0.5,
    });
  }
}

const ids = (s: { articles: { id: string }[] } | null) => s?.articles.map((a) => a.id);

describe('applyGroupsStep', () => {
  it('a cut: two stories of exactly their members, linked both ways, moved articles renamed', async () => {
    await seed('s-00000000000a', ['a1', 'b1', 'a2', 'b2']);
    // a5 arrives and the group is cut: the b's go to a story of their own, labelled by its first article.
    await saveArticle(redis, article('a5', 's-00000000000a', 10));
    const step: GroupsStep = {
      storyId: 's-00000000000a',
      indexStoryId: 's-00000000000a',
      groups: [
        { label: 's-00000000000a', members: ['a1', 'a2', 'a5'] },
        { label: 's-00000000000b', members: ['b1', 'b2'], splitFrom: 's-00000000000a' },
      ],
      gone: [],
      regrouped: true,
    };
    const changed = await applyGroupsStep(redis, step, { articleId: 'a5', at: at(10) });
    expect(changed.sort()).toEqual(['s-00000000000a', 's-00000000000b']);
    const kept = await getStory(redis, 's-00000000000a');
    const cut = await getStory(redis, 's-00000000000b');
    expect(ids(kept)).toEqual(['a1', 'a2', 'a5']);
    expect(kept?.splitInto).toEqual(['s-00000000000b']);
    expect(kept?.splitFrom).toBeUndefined();
    expect(ids(cut)).toEqual(['b1', 'b2']);
    expect(cut?.splitFrom).toBe('s-00000000000a');
    expect(cut?.title).toBe('Report b1');
    expect(cut?.firstSeen).toBe(at(1));
    // The moved entries keep their join times; the new one is built from its article.
    expect(cut?.articles[1]?.joinedAt).toBe(at(3));
    expect(kept?.articles[2]).toMatchObject({ id: 'a5', joinedAt: at(10), source: 'outlet-1' });
    expect((await getArticle(redis, 'b1'))?.storyId).toBe('s-00000000000b');
    expect((await getArticle(redis, 'a1'))?.storyId).toBe('s-00000000000a');
    const feed = (await listStories(redis, 0, 10)).items.map((s) => s.id);
    expect(feed).toEqual(expect.arrayContaining(['s-00000000000a', 's-00000000000b']));

    // The same step again (a resumed attempt): nothing to write.
    const before = await redis.redis.mget(
      `${redis.prefix}:story:s-00000000000a`,
      `${redis.prefix}:story:s-00000000000b`,
    );
    expect(await applyGroupsStep(redis, step, { articleId: 'a5', at: at(11) })).toEqual([]);
    const again = await redis.redis.mget(
      `${redis.prefix}:story:s-00000000000a`,
      `${redis.prefix}:story:s-00000000000b`,
    );
    expect(again).toEqual(before);
  });

  it('a plain join only adds the article to its group, and touches no other record', async () => {
    await saveArticle(redis, article('b3', 's-00000000000a', 12));
    const step: GroupsStep = {
      storyId: 's-00000000000b',
      indexStoryId: 's-00000000000a',
      groups: [
        { label: 's-00000000000a', members: ['a1', 'a2', 'a5'] },
        { label: 's-00000000000b', members: ['b1', 'b2', 'b3'], splitFrom: 's-00000000000a' },
      ],
      gone: [],
      regrouped: false,
    };
    const keptBefore = await getStory(redis, 's-00000000000a');
    expect(await applyGroupsStep(redis, step, { articleId: 'b3', at: at(12) })).toEqual(['s-00000000000b']);
    expect(await getStory(redis, 's-00000000000a')).toEqual(keptBefore);
    const cut = await getStory(redis, 's-00000000000b');
    expect(ids(cut)).toEqual(['b1', 'b2', 'b3']);
    expect(cut?.updated).toBe(at(12));
    // Its record named the index story (saved before the step): it is renamed to its group.
    expect((await getStoredArticles(redis, ['b3'])).get('b3')?.storyId).toBe('s-00000000000b');
  });

  it('a merge placing a group: the gone label answers mergedInto, redirects, and leaves the feed', async () => {
    // Index story c (two groups c and d) is absorbed by a late merge into a's; its groups join a's groups.
    await seed('s-00000000000c', ['c1', 'c2'], 20);
    await seed('s-00000000000d', ['d1', 'd2'], 22);
    await saveArticle(redis, article('a6', 's-00000000000a', 30));
    const step: GroupsStep = {
      storyId: 's-00000000000a',
      indexStoryId: 's-00000000000a',
      groups: [
        { label: 's-00000000000a', members: ['a1', 'a2', 'a5', 'c1', 'c2', 'a6'] },
        { label: 's-00000000000b', members: ['b1', 'b2', 'b3', 'd1', 'd2'], splitFrom: 's-00000000000a' },
      ],
      gone: [
        { label: 's-00000000000c', into: 's-00000000000a' },
        { label: 's-00000000000d', into: 's-00000000000b' },
      ],
      regrouped: true,
    };
    const changed = await applyGroupsStep(redis, step, { articleId: 'a6', at: at(30) });
    expect(changed.sort()).toEqual(['s-00000000000a', 's-00000000000b', 's-00000000000c', 's-00000000000d']);
    expect(ids(await getStory(redis, 's-00000000000a'))).toEqual(['a1', 'a2', 'a5', 'c1', 'c2', 'a6']);
    expect(ids(await getStory(redis, 's-00000000000b'))).toEqual(['b1', 'b2', 'b3', 'd1', 'd2']);
    expect((await getStory(redis, 's-00000000000a'))?.merges).toEqual([
      { id: 's-00000000000c', articleId: 'a6', at: at(30) },
    ]);
    expect((await getStoryFollowed(redis, 's-00000000000d'))?.mergedInto).toBe('s-00000000000b');
    expect((await resolveStoryIds(redis, ['s-00000000000c'])).get('s-00000000000c')).toBe('s-00000000000a');
    expect((await getArticle(redis, 'd1'))?.storyId).toBe('s-00000000000b');
    expect((await getStoredArticles(redis, ['c2'])).get('c2')?.storyId).toBe('s-00000000000a');
    const feed = (await listStories(redis, 0, 10)).items.map((s) => s.id);
    expect(feed.sort()).toEqual(['s-00000000000a', 's-00000000000b']);
    expect(await applyGroupsStep(redis, step, { articleId: 'a6', at: at(31) })).toEqual([]);
  });

  it('an index redirect the late merge made is kept, so the deduper still finds the index story', async () => {
    // The deduper absorbed index story e into a and said so; its group then joined a's cut group b.
    await seed('s-00000000000e', ['e1'], 40);
    await redis.redis.hset(`${redis.prefix}:stories:merged`, 's-00000000000e', 's-00000000000a');
    const step: GroupsStep = {
      storyId: 's-00000000000b',
      indexStoryId: 's-00000000000a',
      groups: [
        { label: 's-00000000000a', members: ['a1', 'a2', 'a5', 'c1', 'c2', 'a6'] },
        { label: 's-00000000000b', members: ['b1', 'b2', 'b3', 'd1', 'd2', 'e1'], splitFrom: 's-00000000000a' },
      ],
      gone: [{ label: 's-00000000000e', into: 's-00000000000b' }],
      regrouped: true,
    };
    await applyGroupsStep(redis, step, { articleId: 'e1', at: at(40) });
    expect((await resolveStoryIds(redis, ['s-00000000000e'])).get('s-00000000000e')).toBe('s-00000000000a');
    expect((await getStory(redis, 's-00000000000e'))?.mergedInto).toBe('s-00000000000b');
    // The API follows the record (the group that holds e1 now), not the index story's redirect.
    expect((await getStoryFollowed(redis, 's-00000000000e'))?.mergedInto).toBe('s-00000000000b');
    expect((await getStoredArticles(redis, ['e1'])).get('e1')?.storyId).toBe('s-00000000000b');
  });

  it('a story from before splits were on keeps the articles its groups do not know', async () => {
    await seed('s-00000000000f', ['f1', 'f2', 'f3'], 50);
    await saveArticle(redis, article('f4', 's-00000000000f', 53));
    // The groups layer starts with the article that arrives after the option was turned on.
    const step: GroupsStep = {
      storyId: 's-00000000000f',
      indexStoryId: 's-00000000000f',
      groups: [{ label: 's-00000000000f', members: ['f4'] }],
      gone: [],
      regrouped: false,
    };
    expect(await applyGroupsStep(redis, step, { articleId: 'f4', at: at(53) })).toEqual(['s-00000000000f']);
    expect(ids(await getStory(redis, 's-00000000000f'))).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(await applyGroupsStep(redis, step, { articleId: 'f4', at: at(54) })).toEqual([]);
  });

  it('a label the index redirected that comes back as a live group answers as itself', async () => {
    // Index story g was absorbed into a (the deduper's redirect), then a cut part starting with g's first article
    // took g's label again: the story and its articles are g's, though the redirect stays for the deduper.
    await seed('s-00000000000g', ['g1', 'g2'], 60);
    await redis.redis.hset(`${redis.prefix}:stories:merged`, 's-00000000000g', 's-00000000000a');
    const g = (await getStory(redis, 's-00000000000g'))!;
    await redis.redis.set(
      `${redis.prefix}:story:s-00000000000g`,
      JSON.stringify({ ...g, mergedInto: 's-00000000000a' }),
    );
    const step: GroupsStep = {
      storyId: 's-00000000000g',
      indexStoryId: 's-00000000000a',
      groups: [
        { label: 's-00000000000a', members: ['a1', 'a2', 'a5', 'c1', 'c2', 'a6'] },
        { label: 's-00000000000g', members: ['g1', 'g2'], splitFrom: 's-00000000000a' },
      ],
      gone: [],
      regrouped: true,
    };
    await applyGroupsStep(redis, step, { articleId: 'g2', at: at(62) });
    expect((await getStoryFollowed(redis, 's-00000000000g'))?.mergedInto).toBeUndefined();
    expect((await getArticle(redis, 'g1'))?.storyId).toBe('s-00000000000g');
    expect((await listStories(redis, 0, 10)).items.map((x) => x.id)).toContain('s-00000000000g');
    // A plain absorbed story still sends its articles to the survivor.
    expect((await resolveStoryIds(redis, ['s-00000000000g'])).get('s-00000000000g')).toBe('s-00000000000a');
  });
});
