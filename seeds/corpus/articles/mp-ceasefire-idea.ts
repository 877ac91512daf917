// Story "ceasefire-idea": a different event from the same week (Zelensky's interview), by the same outlet as
// mp-kyiv-letter. It also feeds the second demo topic (ceasefire talk). No "stalled" wording.
import type { CorpusArticle } from '../types.js';

export const mpCeasefireIdea: CorpusArticle = {
  id: 'mp-ceasefire-idea',
  outlet: 'meridian-post',
  section: 'World / Europe',
  path: '/meridian-post/world/europe/2024/nov/30/zelensky-nato-cover-kyiv-held-territory-hot-phase',
  author: { name: 'Daniel Okafor', role: 'Europe editor', slug: 'daniel-okafor' },
  published: '2024-11-30T07:40:00Z',
  photo: {
    file: 'zelensky-interview.svg',
    alt: 'A man in a khaki sweatshirt sits at a table during an interview',
    caption: 'Volodymyr Zelensky during the interview, recorded in Kyiv on Thursday.',
    credit: 'Photograph: Presidential Office handout',
  },
  tags: ['Volodymyr Zelensky', 'Ukraine', 'Nato', 'Russia-Ukraine war'],
  summary:
    'The Ukrainian president says the “hot phase” of the war could end if Nato protected the territory Kyiv controls.',
  comments: { base: 412, perPhase: 37 },
  versions: [
    {
      phase: 1,
      modified: '2024-11-30T07:40:00Z',
      headline: 'Zelensky floats Nato cover for Kyiv-held territory as a way to end the war’s “hot phase”',
      standfirst:
        'Ukrainian president suggests front line could be frozen if the alliance protects the land his government controls, with occupied regions to be recovered later',
      body: [
        'Volodymyr Zelensky has suggested for the first time that Ukraine could accept a halt to the fighting along the current front line if the territory under Kyiv’s control were brought under Nato’s protection, a marked change of tone after almost three years of full-scale war.',
        'In an interview with a British broadcaster released on Friday, the Ukrainian president said the “hot phase” of the war could end if an invitation to join the alliance covered the parts of the country that his government holds. The occupied regions in the south and east would be returned later “by diplomatic means”, he said.',
        'He stressed that any invitation would have to be addressed to Ukraine within its internationally recognised borders, even if the alliance’s protection applied at first only to the unoccupied part. He added that no such offer had been made to him by anyone.',
        'The idea, sometimes described as a ceasefire-for-membership deal, has circulated among western analysts since the summer. Its supporters point to West Germany’s accession in 1955, when the alliance’s guarantee covered only the territory governed from Bonn while the country remained divided.',
        'Ukrainian officials were quick to say that the proposal did not amount to recognising Russia’s control over occupied land. “We are talking about a security umbrella, not a new border,” an adviser in the presidential office said.',
        'Moscow has repeatedly said that Ukrainian neutrality must be part of any settlement, and Russian officials have described membership of the alliance for Ukraine in any form as unacceptable.',
        'European officials said the proposal would need careful study. A truce without guarantees, several warned, would give Russia time to rebuild its forces, while a guarantee without a truce would expose allied troops to the risk of direct clashes.',
        'Some diplomats also questioned how the eastern edge of such a guarantee would be drawn. A line that runs through contested towns, one said, would have to be monitored by someone, and none of the alliance’s members has offered to do it.',
        'Zelensky said he had not discussed the idea with Donald Trump’s team, which takes office in January and has promised to end the war quickly without saying how.',
      ],
    },
  ],
};
