// The wire story republished by a second outlet: the same body under another headline, with an intro line of the
// Herald's own and the Herald's chrome. A near-copy of cw-nato-letter: a duplicate, never a topic update.
import type { CorpusArticle } from '../types.js';
import { cwNatoLetterBody } from './cw-nato-letter.js';

export const hhWireKyivCase: CorpusArticle = {
  id: 'hh-wire-kyiv-case',
  outlet: 'harbor-herald',
  section: 'Nation & World',
  path: '/harbor-herald/news/world/ukraine-makes-its-case-for-a-nato-invitation-as-ministers-meet.html',
  author: { name: 'Anneke Solberg, Continental Wire', slug: 'continental-wire' },
  published: '2024-12-03T07:00:00Z',
  photo: {
    file: 'wire-kyiv-ministry.svg',
    alt: 'The front of a government building in winter',
    caption: 'The foreign ministry in Kyiv.',
    credit: 'Continental Wire',
  },
  tags: ['World', 'Ukraine'],
  summary: 'Kyiv wants allies meeting in Brussels to open the door to membership.',
  comments: { base: 7, perPhase: 3 },
  republishes: 'cw-nato-letter',
  versions: [
    {
      phase: 2,
      modified: '2024-12-03T07:00:00Z',
      headline: 'Ukraine makes its case for a NATO invitation as ministers meet',
      standfirst: 'Kyiv wants allies meeting in Brussels to open the door to membership.',
      body: [
        'As NATO foreign ministers meet in Brussels today, here is the request Ukraine has put before them.',
        ...cwNatoLetterBody,
      ],
    },
  ],
  touches: [{ phase: 4, modified: '2024-12-05T12:10:00Z' }],
};
