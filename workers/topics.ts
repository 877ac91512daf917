// topics: run one (non-duplicate) article through every configured topic. Each topic's state changes under
// its own lock; an update is announced only once (its id is derived from its content, so a retry finds it).
import type { Job } from 'bullmq';
import type { PipelineDeps } from '../src/deps.js';
import type { QueuePayloads } from '../src/queues.js';
import { applyArticle } from '../src/topics/engine.js';
import { renderTopicUpdate } from '../src/diff/topic-update.js';
import { getArticle } from '../src/store/articles.js';
import { getStory } from '../src/store/stories.js';
import { getStoryFollowed } from '../src/store/story-merges.js';
import { getTopicState, hasTopicUpdate, saveTopicState } from '../src/store/topics.js';
import { withLock } from '../src/store/locks.js';

export function topicsProcessor(deps: PipelineDeps) {
  return async (job: Job<QueuePayloads['topics']>): Promise<string> => {
    const article = await getArticle(deps.ctx, job.data.articleId);
    if (!article || article.duplicateOf) return 'skipped';
    // An article of a story absorbed by a late merge belongs to the survivor now.
    const followed = article.storyId ? await getStoryFollowed(deps.ctx, article.storyId) : null;
    const story = followed?.mergedInto ? await getStory(deps.ctx, followed.mergedInto) : followed;
    const input = {
      id: article.id,
      url: article.url,
      source: article.source,
      title: article.title,
      text: article.text,
      storyId: story?.id ?? article.storyId,
      storyTitle: story?.title ?? null,
      storyAliases: story?.merges?.map((m) => m.id) ?? [],
      isRevision: job.data.kind === 'revision',
    };
    const results: string[] = [];
    const retried = job.attemptsMade > 0 || job.stalledCounter > 0;
    for (const topic of deps.topics) {
      const topicId = topic.id;
      let resumed = null as string | null;
      const out = await withLock(deps.ctx, `topic-${topicId}`, async (lease) => {
        const state = await getTopicState(deps.ctx, topicId);
        const { state: next, update: change, matched } = applyArticle(topic, state, input, deps.now().toISOString());
        if (!matched) return null;
        const update = change && renderTopicUpdate(change);
        const stored = update !== null && (await hasTopicUpdate(deps.ctx, topicId, update.id));
        // An earlier attempt of this job may have saved the article's update and stopped before announcing it.
        if (retried && (!update || stored))
          resumed = state?.updated?.find((m) => m.key === `article:${article.id}`)?.updateId ?? null;
        if (stored) return null;
        lease.assertHeld();
        await saveTopicState(deps.ctx, next, update);
        return update;
      });
      if (!out && resumed) {
        // Announcing twice is harmless: the publish job id and the webhook event id both derive from the update id.
        deps.log.info(
          { topicId, articleId: article.id, updateId: resumed },
          'topic update announced again after an interrupted attempt',
        );
        await deps.enqueue(
          'publish',
          { kind: 'topic.updated', topicId, updateId: resumed },
          { jobId: `topicupd-${topicId}-${resumed}` },
        );
        results.push(`${topicId}:${resumed}`);
        continue;
      }
      if (!out) continue;
      deps.tally('topic.update');
      deps.log.info(
        {
          topicId,
          articleId: article.id,
          storyId: article.storyId,
          updateId: out.id,
          added: out.added.length,
          status: out.status,
        },
        'topic updated',
      );
      await deps.enqueue(
        'publish',
        { kind: 'topic.updated', topicId, updateId: out.id },
        { jobId: `topicupd-${topicId}-${out.id}` },
      );
      results.push(`${topicId}:${out.id}`);
    }
    return results.length ? `updates ${results.join(', ')}` : 'no update';
  };
}
