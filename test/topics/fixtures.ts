// Invented coverage of Ukraine's NATO bid (late 2024 style) and the CONTRACT §2 example topic.
import type { TopicConfig } from '../../src/config/schema.js';
import type { TopicArticle } from '../../src/topics/engine.js';

export const UKRAINE_NATO: TopicConfig = {
  id: 'ukraine-nato',
  title: "Ukraine's NATO accession",
  query:
    '(ukraine OR kyiv OR kiev OR zelensky*) AND (nato OR "north atlantic") AND (member* OR accession OR invit* OR join*)',
  statuses: [
    { id: 'member', label: 'Member', when: '"joined nato" OR "became a member"' },
    { id: 'invited', label: 'Invited', when: '"formally invited" OR "issued an invitation"' },
    {
      id: 'stalled',
      label: 'Bid stalled',
      when: 'sidestep* OR "hold off" OR delay* OR "not ready" OR "little interest"',
    },
    { id: 'advancing', label: 'Bid advancing', when: '"advance the status" OR irreversible' },
  ],
};

export const T0 = '2024-12-03T10:00:00Z';
export const T1 = '2024-12-03T12:00:00Z';
export const T2 = '2024-12-04T09:00:00Z';
export const T3 = '2024-12-05T09:00:00Z';

function article(
  id: string,
  source: string,
  storyId: string | null,
  title: string,
  paragraphs: string[],
): TopicArticle {
  return {
    id,
    url: `https://${source}.example/${id}`,
    source,
    title,
    text: paragraphs.join('\n\n'),
    storyId,
    storyTitle: title,
    isRevision: false,
  };
}

/** The first report: ministers sidestep the invitation; Kyiv calls it the only real guarantee. */
export const SIDESTEP = article('a1', 'kyiv-daily', 's1', 'NATO ministers sidestep Ukraine invitation', [
  "NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
  'Foreign Minister Andrii Sybiha told reporters that an invitation is the only real security guarantee for Ukraine. ' +
    'Mr. Sybiha said Kyiv would keep pressing allies before the next summit.',
  'Several allies, including the U.S. and Germany, argue that Ukraine cannot join NATO while fighting continues.',
  'Snow fell over Brussels for most of the afternoon.',
]);

/** A wire rewrite of the same report by another outlet. */
export const WIRE_COPY = article('a2', 'wire-europe', 's1', 'NATO ministers sidestep Ukraine invitation request', [
  "BRUSSELS (AP) — NATO foreign ministers meeting in Brussels on Tuesday sidestepped Ukraine's request for an invitation to join the alliance.",
  'Foreign Minister Andrii Sybiha told reporters an invitation is the only real security guarantee for Ukraine. ' +
    'Sybiha said Kyiv would keep pressing allies before the next summit.',
  'Several allies, including the U.S. and Germany, argue Ukraine cannot join NATO while the fighting continues.',
]);

/** A new outlet's story with a new claim, quoting the guarantee line in its own words. */
export const LITTLE_INTEREST = article('a3', 'capitol-post', 's2', "Trump team cool on Kyiv's NATO hopes", [
  "Members of the incoming U.S. administration have shown little interest in Ukraine's bid to join NATO, people familiar with the talks said.",
  "Zelensky has repeatedly said that an invitation to join NATO is 'the only real security guarantee' for his country.",
  "Allies declared at their July summit that Ukraine's path to membership was irreversible.",
]);

/** A third outlet only repeating the guarantee line. */
export const THIRD_QUOTE = article('a4', 'baltic-times', 's3', 'Kyiv repeats call for NATO invitation', [
  'An invitation to join NATO remains, in the words of Ukrainian officials, the only real security guarantee for Kyiv.',
]);

/** The alliance formally invites Ukraine. */
export const INVITED = article('a5', 'kyiv-daily', 's4', 'NATO invites Ukraine', [
  'NATO leaders formally invited Ukraine to join the alliance at an extraordinary meeting on Thursday.',
  'Accession talks are expected to take years, officials in Kyiv cautioned.',
]);

/** Mentions the topic only in a negated or hedged way. */
export const NOT_INVITED = article('a6', 'wire-europe', 's5', 'No invitation yet for Ukraine', [
  'Ukraine has not been formally invited to join NATO, and diplomats say Kyiv would be formally invited only after a ceasefire.',
]);

/** Does not match the topic. */
export const UNRELATED = article('a7', 'kyiv-daily', 's6', 'Grain exports rise', [
  'Ukraine exported more grain through its Black Sea ports in November than in any month since the war began.',
]);
