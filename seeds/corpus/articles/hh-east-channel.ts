// Off-topic local story: must match no demo topic, and sits on the page that carries the long "Trending" list.
import type { CorpusArticle } from '../types.js';

export const hhEastChannel: CorpusArticle = {
  id: 'hh-east-channel',
  outlet: 'harbor-herald',
  section: 'Local',
  path: '/harbor-herald/news/local/east-channel-to-close-for-six-weeks-as-dredging-begins.html',
  author: { name: 'Molly Tran', role: 'Waterfront reporter', slug: 'molly-tran' },
  published: '2024-12-01T11:00:00Z',
  photo: {
    file: 'dredger.svg',
    alt: 'A dredging barge with a crane moored beside a harbour wall',
    caption: 'The dredger Marianne Beck arrived at Pier 6 on Friday ahead of the work.',
    credit: 'Harbor Daily Herald photo / Sam Keogh',
  },
  tags: ['Port Alder', 'Waterfront', 'Harbor Authority'],
  summary:
    'The harbor authority will close the East Channel to most boats from Monday while it deepens the shipping lane.',
  comments: { base: 31, perPhase: 6 },
  versions: [
    {
      phase: 1,
      modified: '2024-12-01T11:00:00Z',
      headline: 'East Channel to close for six weeks as dredging begins',
      standfirst: 'Ferries will run to a winter timetable and fishing boats must use the west entrance.',
      body: [
        'The Port Alder Harbor Authority will close the East Channel to most boats from Monday while contractors deepen the shipping lane, the first major dredging of the harbor in more than a decade.',
        'The work, which is expected to last six weeks, will remove about 180,000 cubic yards of silt from the channel and the turning basin near Pier 6. Authority officials said the lane has become too shallow for the larger container ships that now call at the port at low tide.',
        'Commercial fishing boats will be directed to the west entrance for the duration, adding roughly 25 minutes to a round trip for crews based at the Cannery Row moorings. The authority said it would waive mooring fees at the west docks until the channel reopens.',
        'The Island Ferry will switch to its winter timetable a week early, with sailings every 90 minutes instead of every hour. The last evening departure from the mainland will leave at 9:15 p.m.',
        '“Nobody loves a six-week closure, but the alternative is ships waiting offshore for the tide, and that costs every business on the waterfront,” said Dana Whitfield, the authority’s operations director.',
        'The silt will be tested before it is moved. Material that passes will be used to rebuild the eroded marsh at Gull Point; anything that fails will be taken by barge to a licensed facility upriver.',
        'Some residents of the Point neighborhood have raised concerns about noise, since the dredger will work around the clock. The authority said the loudest equipment would be used only between 7 a.m. and 10 p.m. and that a hotline would take complaints.',
        'The $14.6 million project is paid for by a federal port infrastructure grant and the authority’s capital reserve. A public information session will be held Thursday at 6 p.m. at the Harbor Library.',
      ],
    },
  ],
  touches: [{ phase: 4, modified: '2024-12-05T12:15:00Z' }],
};
