// Learned site templates grow over time, so a page cleaned today may lose a block that was kept when the same
// page was cleaned last week. Before two versions of an article are compared, both are filtered with the host's
// current template knowledge, so what the cleaner learned never looks like an edit by the publisher.
import { blockHash } from './blocks.js';

export function withoutTemplateBlocks(text: string, boilerplate: ReadonlySet<string>): string {
  if (!boilerplate.size) return text;
  return text
    .split(/\n{2,}/)
    .filter((p) => {
      const h = blockHash(p);
      return !h || !boilerplate.has(h);
    })
    .join('\n\n');
}
