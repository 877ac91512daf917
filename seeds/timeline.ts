// The demo's timeline. Each phase is a moment of simulated publisher time: what the feeds list and what the pages
// say follow from the phase alone, so a test that sets a phase always sees the same bytes.

export interface Phase {
  n: number;
  /** Simulated wall-clock time of the publisher at this phase (feed build dates, page timestamps). */
  at: string;
  summary: string;
}

export const phases: Phase[] = [
  {
    n: 1,
    at: '2024-12-02T10:00:00Z',
    summary:
      'First poll: three outlets cover Kyiv’s letter asking for an invitation (one story), the Meridian Post covers Zelensky’s ceasefire-for-membership idea (another story), plus two off-topic items. The Eastgate Observer feed is empty.',
  },
  {
    n: 2,
    at: '2024-12-04T19:00:00Z',
    summary:
      'The Harbor Daily Herald republishes the wire story (a duplicate), and the Eastgate Observer, new to the feeds, reports that ministers sidestepped the invitation and that the incoming US team shows little interest (the outcome of Kyiv’s request: it joins that story).',
  },
  {
    n: 3,
    at: '2024-12-05T09:00:00Z',
    summary:
      'Baltic Ledger revises its article at the same URL: a corrected number, a reworded sentence, two new paragraphs and an editor’s note.',
  },
  {
    n: 4,
    at: '2024-12-05T12:30:00Z',
    summary:
      'Only noise: most-read rails reorder, comment counts grow, page timestamps move and three Atom entries are touched.',
  },
];

export const PHASE_COUNT = phases.length;

export function phaseAt(n: number): Phase {
  const p = phases[n - 1];
  if (!p) throw new RangeError(`phase ${n} is not between 1 and ${PHASE_COUNT}`);
  return p;
}
