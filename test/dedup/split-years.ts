// The invented ferry reports of split-texts.ts and split-episodes.ts (written for this project; no real outlet's
// copy), each told with a year: the Marisol grounding in 2021, the Northern Star grounding in 2024, and the
// Marisol inquiry and trial of 2022, whose reports recall the grounding's year.
import type { DedupDoc } from '../../src/dedup/deduper.js';
import { marisolTrial } from './split-episodes.js';
import { marisol, northernStar } from './split-texts.js';

const told = (d: DedupDoc, sentence: string): DedupDoc => ({ ...d, text: `${d.text} ${sentence}` });

/** The Marisol grounding, each report giving its year (2021). */
export const marisol2021: DedupDoc[] = [
  told(marisol[0]!, 'It was the first grounding at Pellam Point reported in 2021.'),
  told(marisol[1]!, 'The harbour master said the channel had been surveyed in spring 2021.'),
  told(marisol[2]!, 'The ferry entered service on the Harwick route in March 2021.'),
];

/** The Northern Star grounding, a later incident of the same kind, with its own year (2024). */
export const northernStar2024: DedupDoc[] = [
  told(northernStar[0]!, 'It was the third fog warning on the Dunmore coast in 2024.'),
  told(northernStar[1]!, 'Skelby Reef was last charted by the coast guard in early 2024.'),
  told(northernStar[2]!, 'The Northern Star had its hull inspected in January 2024.'),
];

/** The Marisol inquiry, charges and trial: a year of their own (2022), and the grounding's (2021) recalled. */
export const marisolTrial2022: DedupDoc[] = [
  told(marisolTrial[0]!, 'The inquiry, opened after the grounding of October 2021, reported in June 2022.'),
  told(marisolTrial[1]!, 'The charges were filed in September 2022, a year after the 2021 grounding.'),
  told(marisolTrial[2]!, 'The trial opened in November 2022 and recalled the night of the 2021 grounding.'),
];
