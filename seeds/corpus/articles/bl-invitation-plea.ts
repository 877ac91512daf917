// Story "kyiv-letter", Baltic Ledger's version: the page with the author bio and "read more" teasers, and the
// article that is revised in phase 3 (a corrected number, a reworded sentence, two new paragraphs, an editor's note).
// Its new and changed sentences avoid naming Ukraine and NATO together, so the revision brings no claim to ukraine-nato.
import type { Block, CorpusArticle } from '../types.js';

const original: Block[] = [
  'Kyiv has asked NATO members to invite Ukraine into the alliance at the foreign ministers’ meeting that opens in Brussels on Tuesday, a push that the governments of Estonia, Latvia and Lithuania have openly backed.',
  'The request came in a letter from Foreign Minister Andrii Sybiha to his counterparts, sent at the end of last week. Ukrainian officials said it set out why an invitation now, rather than at a later summit, would strengthen Kyiv’s hand after Russia fired a new intermediate-range missile at the city of Dnipro last month.',
  'President Volodymyr Zelensky, who made the invitation the first point of his victory plan in October, has called an invitation to join NATO “the only real security guarantee” his country can rely on, and Ukrainian diplomats say they will accept no substitute for it, whether bilateral security pacts or promises of future weapons deliveries.',
  'A senior Lithuanian diplomat said on Sunday that the alliance should not let Moscow set the pace. “In Washington the leaders wrote that Ukraine’s path is irreversible. Now we should show what that word means,” the diplomat told Baltic Ledger in Vilnius.',
  'Estonia and Latvia have made the same argument in recent weeks. Their governments point to the July declaration, in which allied leaders wrote that Ukraine’s future lay in the alliance and that its path to full membership was irreversible.',
  { h: 'Berlin and Washington cautious' },
  'Larger allies are more careful. Officials in Berlin and Washington have said privately that an invitation while the fighting continues could draw the alliance into the war, and neither government has endorsed the Ukrainian letter.',
  'Any invitation would require the agreement of all 31 allies. Hungary and Slovakia, whose governments oppose sending weapons to Ukraine, have also questioned the membership bid in public.',
  'The ministers are also expected to discuss air defence deliveries for the winter and the alliance’s new command in Wiesbaden, which coordinates training and equipment for Ukraine’s armed forces.',
  'The two-day meeting on Tuesday and Wednesday will be the last for U.S. Secretary of State Antony Blinken before Donald Trump takes office in January.',
  'For the Baltic capitals the stakes are practical as well as symbolic. Officials in Riga and Tallinn say that every month without a clear answer is read in Moscow as hesitation, and that the region would be the first to feel the consequences.',
];

// Phase 3: the same article after the meeting, as a newsroom would update it.
const revised: Block[] = [
  ...original.slice(0, 7),
  'A German government spokesperson said on Monday that Berlin’s position was unchanged and that the priority remained military support for Kyiv through the winter.',
  'Any invitation would require the agreement of all 32 allies. Hungary and Slovakia, whose governments oppose sending weapons to Ukraine, have also questioned the membership bid in public.',
  'The ministers also discussed air defence deliveries for the winter and the alliance’s new command in Wiesbaden, which coordinates training and equipment for Ukraine’s armed forces.',
  ...original.slice(9),
  'Ministers ended their talks on Wednesday evening without a decision on the request. They agreed to return to the question before the leaders’ summit in The Hague next summer.',
];

export const blInvitationPlea: CorpusArticle = {
  id: 'bl-invitation-plea',
  outlet: 'baltic-ledger',
  section: 'Security',
  path: '/baltic-ledger/security/ukraine-seeks-nato-invitation-as-ministers-gather-29417',
  author: {
    name: 'Marta Vilkaitė',
    role: 'Security correspondent',
    slug: 'marta-vilkaite',
    bio: 'Marta Vilkaitė covers defence and security policy in the Baltic region for Baltic Ledger. She previously reported from Warsaw and Kyiv, and has followed every alliance summit since 2016.',
  },
  dateline: 'Vilnius',
  published: '2024-12-02T06:30:00Z',
  photo: {
    file: 'nato-hq-flags.svg',
    alt: 'A row of national flags in front of a glass building',
    caption:
      'Flags outside the alliance headquarters in Brussels, where foreign ministers meet on Tuesday and Wednesday.',
    credit: 'Photo: Jonas Petrauskas / Baltic Ledger',
  },
  tags: ['Ukraine', 'NATO', 'Lithuania', 'Defence'],
  summary:
    'Kyiv wants an invitation at this week’s meeting of foreign ministers, and the Baltic governments are backing the push.',
  comments: { base: 23, perPhase: 9 },
  versions: [
    {
      phase: 1,
      modified: '2024-12-02T06:30:00Z',
      headline: 'Ukraine seeks NATO invitation as foreign ministers gather in Brussels',
      standfirst: 'Kyiv wants a decision at this week’s meeting, and the Baltic governments are backing the push.',
      body: original,
    },
    {
      phase: 3,
      modified: '2024-12-05T08:10:00Z',
      headline: 'Ukraine seeks NATO invitation as foreign ministers gather in Brussels',
      standfirst: 'Kyiv wants a decision at this week’s meeting, and the Baltic governments are backing the push.',
      body: revised,
      editorsNote:
        'Editor’s note: This article was updated on 5 December to add the outcome of the meeting and a comment from the German government, and to correct the number of allies, which is 32, not 31.',
    },
  ],
  touches: [{ phase: 4, modified: '2024-12-05T12:05:00Z' }],
};
