// Story "kyiv-letter": the outcome of the request Kyiv's letter made, at the meeting it was made for (Baltic
// Ledger's later revision adds the same outcome). A new outlet (its feed is empty in phase 1) with new claims in
// phase 2. Carries the "stalled" wording (sidestep*, "hold off", "little interest") that moves ukraine-nato from
// advancing to stalled: joining a story that already made its update, it makes one through the status change.
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
  summary:
    'Foreign ministers ended two days of talks without answering Kyiv’s request, and the next US administration is in no hurry either.',
  comments: { base: 3, perPhase: 2 },
  versions: [
    {
      phase: 2,
      modified: '2024-12-04T17:45:00Z',
      headline: 'Allies sidestep Ukraine’s invitation plea, and Trump’s team shows little appetite to revive it',
      standfirst:
        'Foreign ministers ended two days of talks without answering Kyiv’s request. The next US administration is in no hurry either.',
      body: [
        'NATO foreign ministers sidestepped Ukraine’s request for an invitation to join the alliance on Wednesday, closing two days of talks in Brussels with pledges of more air defence and no new language on membership.',
        'Mark Rutte, the alliance’s secretary general, said the priority was to get weapons to the front so that Ukraine could bargain from strength, and that the debate about an invitation could come later. Several ministers said they would hold off on any decision until the picture in Washington became clearer.',
        'That picture is not encouraging for Kyiv. People close to President-elect Donald Trump’s transition have shown little interest in Ukraine’s accession. His choice of special envoy co-wrote a plan in the spring that would take membership off the table for years, freeze the front line and tie further American aid to Kyiv’s willingness to negotiate.',
        'The transition team has said nothing in public about the meeting, and the nominee for secretary of state, who must first be confirmed by the Senate, has avoided the subject in interviews. Until the inauguration on January 20, allies have little to work with beyond campaign speeches and the occasional social media post.',
        'Germany remains reluctant as well, and so does the outgoing administration: officials in Berlin and at the State Department argue that an invitation during the war would risk drawing the alliance into the fighting.',
        'Ukraine’s foreign ministry answered on Tuesday with a statement rejecting “any alternatives, surrogates or substitutes” for full membership. Diplomats read it as a reply to proposals for bilateral guarantees, or a long-term presence of European troops, in place of accession.',
        'Those proposals have not gone away. Diplomats describe early talk in Paris and London of a coalition of willing countries that could station trainers or air defence crews in western Ukraine after a settlement, an arrangement that would not need the consent of every ally.',
        'The summit declaration’s promise of a road to membership that cannot be reversed still stands on paper. But it weighs less in Kyiv than it did a month ago, when officials hoped this week would turn the commitment into a date.',
        'The next real opportunity is the leaders’ summit in The Hague in June. By then the new president will have set out his approach to the war, and allies will find out whether the words agreed last summer survive it.',
      ],
    },
  ],
};
