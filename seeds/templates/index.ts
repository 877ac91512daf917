// One page template per outlet, so every outlet's chrome differs the way real sites do.
import type { OutletId } from '../corpus/types.js';
import type { PageInput } from './common.js';
import { renderMeridianPost } from './meridian-post.js';
import { renderBalticLedger } from './baltic-ledger.js';
import { renderContinentalWire } from './continental-wire.js';
import { renderHarborHerald } from './harbor-herald.js';
import { renderEastgateObserver } from './eastgate-observer.js';

export type { PageInput } from './common.js';

export const pageTemplates: Record<OutletId, (p: PageInput) => string> = {
  'meridian-post': renderMeridianPost,
  'baltic-ledger': renderBalticLedger,
  'continental-wire': renderContinentalWire,
  'harbor-herald': renderHarborHerald,
  'eastgate-observer': renderEastgateObserver,
};
