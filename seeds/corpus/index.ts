// The demo corpus: every article, in one list, and the look-ups the publisher and the scenario need.
import type { ArticleVersion, CorpusArticle } from './types.js';
import { mpKyivLetter } from './articles/mp-kyiv-letter.js';
import { blInvitationPlea } from './articles/bl-invitation-plea.js';
import { cwNatoLetter } from './articles/cw-nato-letter.js';
import { mpCeasefireIdea } from './articles/mp-ceasefire-idea.js';
import { hhWireKyivCase } from './articles/hh-wire-kyiv-case.js';
import { eoMinistersSidestep } from './articles/eo-ministers-sidestep.js';
import { cwEurozonePmi } from './articles/cw-eurozone-pmi.js';
import { hhEastChannel } from './articles/hh-east-channel.js';

export * from './types.js';
export { outlets, feeds, harborTrending } from './outlets.js';

export const articles: CorpusArticle[] = [
  mpKyivLetter,
  blInvitationPlea,
  cwNatoLetter,
  mpCeasefireIdea,
  hhWireKyivCase,
  eoMinistersSidestep,
  cwEurozonePmi,
  hhEastChannel,
];

export function articleById(id: string): CorpusArticle {
  const a = articles.find((x) => x.id === id);
  if (!a) throw new Error(`no corpus article "${id}"`);
  return a;
}

/** The phase at which an article first appears in its feeds and its page answers. */
export function firstPhase(a: CorpusArticle): number {
  return (a.versions[0] as ArticleVersion).phase;
}

/** The article's text as it stands at a phase, or null before it is published. */
export function versionAt(a: CorpusArticle, phase: number): ArticleVersion | null {
  let v: ArticleVersion | null = null;
  for (const candidate of a.versions) if (candidate.phase <= phase) v = candidate;
  return v;
}

/** dateModified at a phase: the latest version or CMS touch so far. */
export function modifiedAt(a: CorpusArticle, phase: number): string | null {
  const v = versionAt(a, phase);
  if (!v) return null;
  let m = v.modified;
  for (const t of a.touches ?? []) if (t.phase <= phase && t.modified > m) m = t.modified;
  return m;
}
