// Invented reports for the crowded-calendar tests (test/dedup/story-crowd.test.ts): shootings of one city within
// days, each naming the same police chief and hospital, and an arrest in one of them a week and more later.
import type { DedupDoc } from '../../src/dedup/deduper.js';
import { newsStream } from '../../simulation/local-news.js';
import type { Text } from './texts.js';

// After a background of generated local news (2025-01-01 to 01-06), so that document frequencies mean something.
const BACKGROUND = newsStream(5, 150, 5).map(({ id, title, text, published }) => ({ id, title, text, published }));
const T0 = Date.parse('2025-01-07T20:00:00Z');
const HOUR = 3_600_000;

/** The background, then each [id, text, hours after 2025-01-07 20:00 UTC] as a dated article. */
export function crowdedStream(items: readonly [string, Text, number][]): DedupDoc[] {
  const dated = items.map(([id, t, h]) => ({
    id,
    title: t.title,
    text: t.text,
    published: new Date(T0 + h * HOUR).toISOString(),
  }));
  return [...BACKGROUND, ...dated];
}

export const quarryShooting: Text = {
  title: 'Man shot on Quarry Lane in Harrowgate, Chief Delphine Okoro says',
  text: [
    'HARROWGATE — A man was shot several times on Quarry Lane on Monday night, Police Chief Delphine Okoro told reporters outside the station.',
    'The victim, Tobias Wrenfield, 29, was taken to St. Anselm Medical Center in critical condition. Sergeant Marcus Tillbrook said officers found shell casings near a bus shelter.',
    'Okoro said investigators were talking to two people who saw a dark pickup truck leave the block. No arrest has been made, and the department asked for tips.',
    'Neighbors on Quarry Lane said they heard six shots. Wrenfield coaches a youth soccer team at the recreation center, a friend said.',
  ].join('\n\n'),
};

export const ferncliffShooting: Text = {
  title: 'Grandmother hit by stray bullet while unloading groceries on Ferncliff Drive',
  text: [
    'HARROWGATE — Priya Calloway, 52, was carrying groceries into her house on Ferncliff Drive on Tuesday afternoon when a bullet meant for a passing car struck her shoulder.',
    'A man on foot fired at a blue minivan and missed it, Police Chief Delphine Okoro said. Calloway was treated at St. Anselm Medical Center and sent home that evening, and Okoro asked the minivan’s driver to call detectives.',
    'Detectives were reviewing video from a gas station across the street.',
    'Calloway’s neighbor said the street had been calm for years and that families were keeping their children inside.',
  ].join('\n\n'),
};

export const marlowShooting: Text = {
  title: 'Teenager shot near Marlow Park in Harrowgate',
  text: [
    'HARROWGATE — A 17-year-old was shot near the entrance of Marlow Park on Wednesday evening, Police Chief Delphine Okoro said at a news conference.',
    'Dashiell Promise was taken to St. Anselm Medical Center with wounds to his arm and hip. Witnesses said several shots were fired from a silver hatchback that sped away on Orchard Boulevard.',
    'Okoro said officers would add patrols around the park and asked residents with doorbell cameras to share video with detectives.',
    'A classmate said Promise had been walking home from basketball practice with two friends, who were not hurt.',
  ].join('\n\n'),
};

export const quarryArrest: Text = {
  title: 'Arrest in Quarry Lane shooting of Tobias Wrenfield',
  text: [
    'HARROWGATE — Police have arrested a 31-year-old man in the shooting of Tobias Wrenfield on Quarry Lane, Police Chief Delphine Okoro announced Friday.',
    'Corwin Ashgrove was charged with attempted murder after detectives traced the dark pickup truck seen leaving the block to a lot where he works. Sergeant Marcus Tillbrook said a handgun was recovered.',
    'Wrenfield remains at St. Anselm Medical Center and is improving, his family said. Ashgrove is being held on a bond of $500,000 and is due in court next week.',
    'Parents from the youth soccer team Wrenfield coaches had organized a fundraiser for his medical bills.',
  ].join('\n\n'),
};
