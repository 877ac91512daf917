// Story "brussels-outcome": a new outlet (its feed is empty in phase 1) with new claims in phase 2. Carries the
// "stalled" wording (sidestep*, "hold off", "little interest") that moves ukraine-nato from advancing to stalled.
// Deliberately free of ceasefire-topic terms, so only ukraine-nato gets an update from it.
import type { CorpusArticle } from '../types.js';

export const eoMinistersSidestep: CorpusArticle = {
  id: 'eo-ministers-sidestep',
  outlet: 'eastgate-observer',
  section: 'Analysis',
  path: '/eastgate-observer/2024/12/04/allies-sidestep-ukraine-invitation-plea/',
  author: {
    name: 'Helena Sund',
    role: 'Senior fellow, transatlantic security',
    slug: 'helena-sund',
    bio: 'Helena Sund writes about transatlantic security for the Eastgate Observer.',
  },
  published: '2024-12-04T17:45:00Z',
  photo: {
    file: 'ministers-table.svg',
    alt: 'Ministers seated around a large round table',
    caption: 'Foreign ministers at the start of the second day of talks in Brussels on Wednesday.',
    credit: 'Image: Eastgate Observer / pool',
  },
  tags: ['NATO', 'Ukraine', 'United States', 'Germany'],
  summary: 'Foreign ministers ended two days of talks without answering Kyiv’s request, and the next US administration is in no hurry either.',
  comments: { base: 3, perPhase: 2 },
  versions: [
    {
      phase: 2,
      modified: '2024-12-04T17:45:00Z',
      headline: 'Allies sidestep Ukraine’s invitation plea, and Trump’s team shows little appetite to revive it',
      standfirst: 'Foreign ministers ended two days of talks without answering Kyiv’s request. The next US administration is in no hurry either.',
      body: [
        'NATO foreign ministers sidestepped Ukraine’s request for an invitation to join the alliance on Wednesday, closing two days of talks in Brussels with promises of more air defence and no new language on membership.',
        'Mark Rutte, the alliance’s secretary general, told reporters that the priority was to get weapons to Kyiv so that it could bargain from strength, and that the debate about an invitation could come later. Several ministers said they would hold off on any decision until the picture in Washington became clearer.',
        'That picture is not encouraging for Kyiv. People close to President-elect Donald Trump’s transition have shown little interest in Ukraine’s accession, and his choice of special envoy has argued in the past that membership should be taken off the table for years in exchange for a settlement with Moscow.',
        'Germany remains reluctant as well. Officials in Berlin say an invitation while the war continues would risk drawing the alliance into the fighting, a concern the outgoing administration in Washington has shared since the Vilnius summit last year.',
        'Ukraine’s foreign ministry answered on Tuesday with a statement rejecting “any alternatives, surrogates or substitutes” for full membership. Diplomats read it as a reply to proposals for bilateral guarantees, or a long-term presence of European troops, in place of accession.',
        'The promise made at the Washington summit in July, that Ukraine’s road to membership could not be reversed, still stands on paper. But it carries less weight in Kyiv than it did a month ago, when officials hoped this week would turn the commitment into a date.',
        'For Poland and the Baltic states, which pushed hardest for an invitation, the outcome was a disappointment rather than a surprise. “We knew the numbers before we arrived,” a Latvian diplomat said. “Moscow will read this as hesitation, and that is the real cost.”',
        'The next real opportunity is the leaders’ summit in The Hague in June. By then the new president will have set out his approach to the war, and allies will find out whether the words agreed in July survive it.',
      ],
    },
  ],
};
