// Story "kyiv-letter", The Meridian Post's own reporting. Phase 1. No "stalled" wording: the first poll must
// leave the topic at "advancing".
import type { CorpusArticle } from '../types.js';

export const mpKyivLetter: CorpusArticle = {
  id: 'mp-kyiv-letter',
  outlet: 'meridian-post',
  section: 'World / Europe',
  path: '/meridian-post/world/europe/2024/dec/01/kyiv-presses-nato-allies-membership-invitation-brussels',
  author: { name: 'Clara Whitcombe', role: 'Brussels correspondent', slug: 'clara-whitcombe' },
  dateline: 'Brussels',
  published: '2024-12-01T19:05:00Z',
  photo: {
    file: 'sybiha-podium.svg',
    alt: 'A man in a dark suit speaks at a podium in front of blue and yellow flags',
    caption:
      'Andrii Sybiha at a press conference in Kyiv last month. His letter asks allies to act at this week’s meeting.',
    credit: 'Photograph: Oksana Hrytsenko/Northlight Images',
  },
  tags: ['Ukraine', 'Nato', 'Europe', 'Russia-Ukraine war'],
  summary:
    'Foreign minister Andrii Sybiha has written to his counterparts asking them to use this week’s meeting to invite Ukraine into the alliance.',
  comments: { base: 148, perPhase: 61 },
  versions: [
    {
      phase: 1,
      modified: '2024-12-01T19:05:00Z',
      headline: 'Kyiv presses Nato allies to extend membership invitation before Brussels talks',
      standfirst:
        'Foreign minister Andrii Sybiha has written to his counterparts asking them to use this week’s meeting to invite Ukraine into the alliance',
      body: [
        'Ukraine has asked Nato’s foreign ministers to agree an invitation for it to join the alliance when they meet in Brussels on Tuesday, arguing that a clear political signal now would shape whatever negotiations end the war.',
        'In a letter sent to each of the alliance’s 32 foreign ministers, Andrii Sybiha, Ukraine’s foreign minister, wrote that an invitation would be the clearest possible answer to Russia’s recent escalation, including the strike on Dnipro last month with a new intermediate-range missile, according to two diplomats who have read it.',
        'The letter does not ask for immediate accession, which would require every ally to ratify a treaty change. What Kyiv wants is the political decision: a sentence in the ministers’ conclusions saying that the door has been opened, with the technical steps to follow.',
        'The request puts allies on the spot. At their summit in Washington in July, Nato leaders declared that Ukraine was on an “irreversible path” to full Euro-Atlantic integration, including membership, but they attached no date to the promise and no conditions that Kyiv could tick off.',
        'President Volodymyr Zelensky has made the invitation the centrepiece of the “victory plan” he presented to parliament in October, and has repeatedly described it as “the only real security guarantee” for Ukraine. Speaking to reporters in Kyiv on Sunday, he said that without it any pause in the fighting would only give Russia time to rebuild its army.',
        { h: 'Unanimity required' },
        'Officials in several capitals said the letter was unlikely to change the outcome this week. An invitation needs the agreement of every member, and the alliance’s largest governments have signalled for months that they would rather concentrate on air defence, ammunition and training for Ukraine’s brigades. Hungary and Slovakia have also voiced doubts about the membership bid.',
        'Supporters of the request, led by Poland and the Baltic states, argue that the decision is political rather than procedural. “An invitation costs nothing on the battlefield and tells Moscow that waiting us out will not work,” one northern European diplomat said.',
        'Nato’s secretary general, Mark Rutte, who took office in October, has avoided putting a date on Ukraine’s membership. Asked about the letter on Friday, he said the alliance’s task for now was to put Kyiv in a position of strength for whatever comes next.',
        'The meeting will be the last for Antony Blinken as US secretary of state before Donald Trump returns to the White House in January. Diplomats said Ukraine’s timing was partly an attempt to lock in a commitment while the outgoing administration is still at the table.',
        'Ukraine applied to join Nato in September 2022, seven months after Russia’s full-scale invasion began.',
      ],
    },
  ],
};
