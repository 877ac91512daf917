// Off-topic wire copy: economics, matching no demo topic. Gives the wire feed more than one item.
import type { CorpusArticle } from '../types.js';

export const cwEurozonePmi: CorpusArticle = {
  id: 'cw-eurozone-pmi',
  outlet: 'continental-wire',
  section: 'Markets',
  path: '/continental-wire/markets/euro-zone-factory-slump-deepens-in-november-survey-shows-2024-12-02',
  author: { name: 'Jonas Brandt', slug: 'jonas-brandt' },
  dateline: 'Frankfurt',
  published: '2024-12-02T09:10:00Z',
  photo: {
    file: 'assembly-line.svg',
    alt: 'Workers on a car assembly line',
    caption: 'Employees work on an assembly line at a car plant near Stuttgart, Germany, October 15, 2024.',
    credit: 'Continental Wire/Lena Hartig',
  },
  tags: ['Economy', 'Euro zone', 'Manufacturing'],
  summary: 'Euro zone manufacturing shrank at a faster pace in November as demand fell again, a survey showed.',
  comments: { base: 0, perPhase: 1 },
  versions: [
    {
      phase: 1,
      modified: '2024-12-02T09:10:00Z',
      headline: 'Euro zone factory slump deepens in November, survey shows',
      standfirst: 'New orders fall for a seventh month; German and French output weakest',
      body: [
        'FRANKFURT, Dec 2 (Continental Wire) - Manufacturing activity across the euro zone shrank at a faster pace in November as demand fell for a seventh month in a row, a business survey showed on Monday, adding to the case for further interest rate cuts.',
        'The purchasing managers’ index for the bloc’s factories slipped to 45.2 from 46.0 in October, well below the 50 mark that separates growth from contraction, and in line with an earlier flash estimate.',
        'Germany and France, the two largest economies in the currency union, again reported the steepest declines. Output in Spain held up better, helped by tourism-linked demand and lower energy costs.',
        'Firms cut staff at the fastest pace in four years and reduced their purchases of raw materials, the survey compilers said, while backlogs of work shrank as customers put orders on pause.',
        '“There is no sign yet of the turnaround that manufacturers were hoping for at the start of the year,” said an economist at a Frankfurt bank. “The sector is still running down its stocks.”',
        'Markets now expect the central bank to lower its deposit rate by at least a quarter point at its December meeting. Bond yields fell after the data, and the euro edged down against the dollar.',
        '(Reporting by Jonas Brandt; Editing by Hugo Marsh)',
      ],
    },
  ],
};
