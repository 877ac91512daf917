// The diff core's public surface.
export { diffVersions, type ArticleVersion, type RevisionLabel, type VersionDiff } from './versions.js';
export { renderListDiff } from './list.js';
export { noiseKey } from './noise.js';
export { escapeHtml, wordDiffHtml } from './html.js';
export { renderTopicUpdate } from './topic-update.js';
