// Stories of our own writing for the recall steps 7 tests (recall7*.test.ts): stories with section headings,
// in-body lists and prose boxes, the parts of an article the cleaner used to drop.
import type { Story } from './chrome-stories.js';

/** A story in four sections; each section's heading comes before its two paragraphs. */
export const LIBRARY: Story & { sections: string[] } = {
  slug: 'riverside-library-reopens',
  title: 'Riverside library reopens after a two-year rebuild',
  byline: 'Tomasz Okafor',
  section: 'Local',
  sections: ['What changed inside', 'A community room at last', 'Paying for the work', 'What comes next'],
  paras: [
    'The Riverside branch library opened its doors again on Saturday morning, two years after a burst water main flooded its basement and ruined most of the children’s collection.',
    'Staff said more than four hundred people came through in the first hour, many of them families who had been travelling across town to the central library since the closure.',
    'The new building keeps the old brick front but replaces everything behind it, with a reading hall lit from above and shelving low enough for small children to reach every book.',
    'A room for neighbourhood groups, which residents had asked for in three separate consultations, can be booked free of charge by any group that meets at least once a month.',
    'The rebuild cost eleven million, of which the city paid a little over half; the rest came from the state’s library fund and a drive by the Friends of Riverside Library.',
    'The branch manager said the drive raised more than anyone expected, largely through small gifts from people who had used the library as children and now live far away.',
    'The library will keep longer hours on weekdays until the summer, when staff will decide from visitor counts whether the evening opening should become permanent.',
    'A second phase, turning the old car park into a garden with outdoor seating for readers, is due to begin in the autumn if the city approves the planning application.',
  ],
};

/** Headings with the given tag and attributes, each before its section's paragraphs. */
export function sectioned(story: typeof LIBRARY, heading: (title: string, i: number) => string): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return story.sections
    .map((title, i) => {
      const [a, b] = [story.paras[2 * i] ?? '', story.paras[2 * i + 1] ?? ''];
      return `${heading(esc(title), i)}<p>${esc(a)}</p><p>${esc(b)}</p>`;
    })
    .join('\n');
}
