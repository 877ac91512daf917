// Invented reports of two ferry groundings years apart (written for this project; no real outlet's copy): the
// same kind of incident, told with the same words, each with its own ship, place, captain and numbers.
import type { DedupDoc } from '../../src/dedup/deduper.js';

const doc = (id: string, title: string, text: string): DedupDoc => ({ id, title, text, published: null });

/** Three reports of the Marisol running aground at Pellam Point. */
export const marisol: DedupDoc[] = [
  doc(
    'm1',
    'Ferry Marisol runs aground off Pellam Point with 212 passengers aboard',
    'The ferry Marisol ran aground off Pellam Point on Saturday night with 212 passengers aboard, the coast guard said. Captain Ruth Okonjo radioed for help after the hull struck rocks near the Harwick channel. Passengers were rescued by lifeboats and brought to the harbour.',
  ),
  doc(
    'm2',
    'Coast guard rescues 212 from Marisol after grounding near Harwick',
    'All 212 passengers of the Marisol were rescued after the ferry ran aground near Pellam Point, the coast guard said. Captain Ruth Okonjo told investigators the ship lost steering in the Harwick channel before the hull hit the rocks. Tugs will try to tow the ferry off on Monday.',
  ),
  doc(
    'm3',
    'Investigators board the Marisol as tugs wait at Pellam Point',
    'Investigators boarded the grounded ferry Marisol at Pellam Point on Sunday. The coast guard said the 212 passengers rescued overnight were safe in Harwick. Captain Ruth Okonjo said the steering failed moments before the hull struck the rocks, and tugs stood by to tow the ship to the harbour.',
  ),
];

/** Three reports of the Northern Star running aground on Skelby Reef, a later incident of the same kind. */
export const northernStar: DedupDoc[] = [
  doc(
    'n1',
    'Ferry Northern Star runs aground on Skelby Reef, 48 rescued',
    'The ferry Northern Star ran aground on Skelby Reef early on Thursday and the coast guard rescued its 48 passengers, officials in Dunmore said. Captain Anders Vey reported water in the hull after the ship struck the reef in thick fog. Lifeboats brought the passengers to the harbour.',
  ),
  doc(
    'n2',
    'Northern Star captain blames fog for Skelby Reef grounding',
    'Captain Anders Vey said thick fog hid Skelby Reef before the ferry Northern Star ran aground with 48 passengers aboard. The coast guard rescued everyone and Dunmore officials said tugs would tow the ship once the hull was patched.',
  ),
  doc(
    'n3',
    'Tugs free the Northern Star from Skelby Reef',
    'Tugs towed the ferry Northern Star off Skelby Reef on Friday, a day after it ran aground in fog with 48 passengers aboard. The coast guard said Captain Anders Vey and his crew stayed on the ship while the hull was patched, and it reached the Dunmore harbour by evening.',
  ),
];

/** Three more reports of the Marisol: with the first three, a cohesive story of six. */
export const marisolMore: DedupDoc[] = [
  doc(
    'm4',
    'Marisol grounding: steering failure suspected at Pellam Point',
    'A steering failure is suspected in the grounding of the ferry Marisol at Pellam Point, the coast guard said on Monday. Captain Ruth Okonjo had 212 passengers aboard when the hull struck rocks in the Harwick channel; all were rescued.',
  ),
  doc(
    'm5',
    'Harwick ferry Marisol towed off the rocks at Pellam Point',
    'Tugs towed the ferry Marisol off the rocks at Pellam Point on Monday and brought it to the Harwick harbour. The coast guard said the hull was damaged but the 212 passengers rescued on Saturday were all well. Captain Ruth Okonjo will speak to investigators.',
  ),
  doc(
    'm6',
    'Passengers of the Marisol describe the night at Pellam Point',
    'Passengers rescued from the ferry Marisol described a calm evacuation after the ship ran aground at Pellam Point. Captain Ruth Okonjo ordered the 212 passengers into lifeboats when the hull struck rocks in the Harwick channel, and the coast guard brought them to the harbour.',
  ),
];
