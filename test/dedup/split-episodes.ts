// Invented later episodes of the Marisol grounding in split-texts.ts (written for this project; no real outlet's
// copy): months on, the inquiry, the charges and the hearing. Other event words, the same participants: the ship,
// its captain, the point, the channel, the harbour town and the passenger count.
import type { DedupDoc } from '../../src/dedup/deduper.js';

const doc = (id: string, title: string, text: string): DedupDoc => ({ id, title, text, published: null });

/** Three reports of the inquiry and trial that followed the Marisol grounding at Pellam Point. */
export const marisolTrial: DedupDoc[] = [
  doc(
    'k1',
    'Marisol inquiry finds Captain Ruth Okonjo ignored steering alarms before Pellam Point grounding',
    'A maritime inquiry into the Marisol grounding at Pellam Point concluded that Captain Ruth Okonjo ignored three steering alarms in the Harwick channel. The report, published in Harwick on Tuesday, said the 212 passengers had been put at risk by fatigue on the bridge and a skipped maintenance check.',
  ),
  doc(
    'k2',
    'Prosecutors charge Marisol captain Ruth Okonjo with negligence',
    'Prosecutors in Harwick charged Captain Ruth Okonjo with gross negligence over the Marisol grounding off Pellam Point, citing the inquiry report on the steering alarms. Lawyers for Okonjo said she would plead not guilty and that the 212 passengers owed their lives to her orders to lower the lifeboats.',
  ),
  doc(
    'k3',
    'Ruth Okonjo pleads not guilty as Marisol negligence trial opens in Harwick',
    'Captain Ruth Okonjo pleaded not guilty on Wednesday as her negligence trial over the Marisol grounding opened at the Harwick court. Prosecutors told the jury the steering alarms sounded long before the ferry reached Pellam Point, and that the 212 passengers were never warned. The judge adjourned the hearing until next month.',
  ),
];
