// Story "kyiv-letter", the wire service's original. Harbor Daily Herald republishes it in phase 2
// (hh-wire-kyiv-case), which must be found to be a duplicate of this one.
import type { Block, CorpusArticle } from '../types.js';

export const cwNatoLetterBody: Block[] = [
  'KYIV, Dec 1 (Continental Wire) - Ukraine has asked NATO to issue it an invitation to join the alliance at a meeting of foreign ministers in Brussels this week, officials in Kyiv said on Sunday, raising the pressure on allies before the U.S. administration changes in January.',
  'Foreign Minister Andrii Sybiha set out the request in a letter to the foreign ministers of all 32 member states, a ministry spokesman said. Sybiha wrote that an invitation would be the strongest answer to Russia’s escalation, including the launch of a new intermediate-range missile at the city of Dnipro last month. The ministry did not publish the text.',
  'President Volodymyr Zelensky said an invitation to join NATO was “the only real security guarantee” for Ukraine and would show Moscow that the West would not abandon Kyiv as the war approaches its fourth year. An invitation is the first point of the victory plan he presented to parliament in October.',
  'NATO leaders said at their summit in Washington in July that Ukraine was on an “irreversible” path to membership, but they set no timetable. An invitation requires the unanimous backing of the allies.',
  'Diplomats in Brussels said there was little sign of the consensus needed this week. The United States and Germany have been wary of steps that could bring the alliance into direct conflict with Russia.',
  'Several smaller allies, among them Poland, Lithuania and Estonia, support an invitation now and say the alliance should not give Moscow a say over its membership.',
  'Russia, which launched its full-scale invasion in February 2022, says Ukraine’s membership ambitions are one of the causes of the war and has demanded that Kyiv abandon them in any settlement.',
  'The ministers meet on Tuesday and Wednesday at the alliance’s headquarters. It will be the last such meeting for U.S. Secretary of State Antony Blinken.',
  '(Reporting by Anneke Solberg in Kyiv; Additional reporting by Pieter Lund in Brussels; Editing by Grace Fenwick)',
];

export const cwNatoLetter: CorpusArticle = {
  id: 'cw-nato-letter',
  outlet: 'continental-wire',
  section: 'World',
  path: '/continental-wire/world/europe/ukraine-asks-nato-for-membership-invitation-ahead-of-ministers-meeting-2024-12-01',
  author: { name: 'Anneke Solberg', slug: 'anneke-solberg' },
  dateline: 'Kyiv',
  published: '2024-12-01T16:20:00Z',
  photo: {
    file: 'kyiv-ministry.svg',
    alt: 'The front of a government building in winter',
    caption: 'The foreign ministry building in Kyiv, Ukraine, November 28, 2024.',
    credit: 'Continental Wire/Viktor Moroz',
  },
  tags: ['Ukraine', 'NATO', 'Diplomacy'],
  summary:
    'Ukraine has asked NATO to issue it an invitation to join the alliance at a meeting of foreign ministers in Brussels this week.',
  comments: { base: 4, perPhase: 2 },
  versions: [
    {
      phase: 1,
      modified: '2024-12-01T16:20:00Z',
      headline: 'Ukraine asks NATO for membership invitation ahead of ministers’ meeting',
      standfirst: 'Kyiv says an invitation is the only real guarantee of its security',
      body: cwNatoLetterBody,
    },
  ],
};
