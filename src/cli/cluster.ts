// `deltafeed cluster [--config FILE] [--window DURATION] < articles.jsonl`: the pipeline's story clustering over a
// file, for backtesting settings on one's own history. --config takes the `dedup` section of a config file
// (nearDuplicate, storyWindow); --window overrides the story window.
import { parseDuration } from '../config/units.js';
import { runClusterCommand, type ClusterOptions } from '../dedup/cluster-command.js';
import { loadStoryModel, StoryModelError } from '../dedup/story-model.js';
import { ExitError, loadConfigOrExit } from './common.js';

export async function clusterCommand(values: { config?: string; window?: string }): Promise<number> {
  const opts: ClusterOptions = {};
  if (values.config !== undefined) {
    const { dedup } = loadConfigOrExit(values.config);
    opts.nearDuplicate = dedup.nearDuplicate;
    opts.storyWindowMs = dedup.storyWindow;
  }
  if (values.window !== undefined) {
    const ms = parseDuration(values.window);
    if (ms === null || ms <= 0)
      throw new ExitError(
        2,
        `invalid --window ${JSON.stringify(values.window)}: expected a duration like "3d" or "72h"`,
      );
    opts.storyWindowMs = ms;
  }
  try {
    opts.model = loadStoryModel();
  } catch (err) {
    if (err instanceof StoryModelError) throw new ExitError(2, err.message);
    throw err;
  }
  return runClusterCommand(process.stdin, process.stdout, opts);
}
