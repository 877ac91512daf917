// What the demo timeline should make the pipeline do, for the end-to-end test and for the demo's narration.
// Article facts (URLs, feeds, phases) are derived from the corpus; the expectations below are the design.
import { articles, feeds, firstPhase, type CorpusArticle } from './corpus/index.js';
import { phases } from './timeline.js';

export interface ScenarioArticle {
  id: string;
  outlet: string;
  /** Source ids (config/demo.yaml) whose feeds list it. */
  sourceIds: string[];
  /** Path of the page and of its canonical URL; prefix with Publisher.url. */
  path: string;
  /** Other paths feeds link to for the same page (tracking parameters): must become the same article. */
  variantPaths: string[];
  /** Headline when it first appears. */
  title: string;
  /** The phase it first appears in. */
  phase: number;
  /** Articles with the same story key must share one story; different keys, different stories. */
  story: string;
  /** Corpus id of the article this one is a near-copy of (wire republication), else null. */
  duplicateOf: string | null;
  /** Topic ids (config/demo.yaml) whose query it matches. Empty: off-topic. */
  topics: string[];
}

export interface ScenarioRevision {
  article: string;
  /** Revision number after the phase (1 = first change since first seen). */
  n: number;
  /** Labels a reader would give it. */
  labels: string[];
  /** Sentences that change, as they read before and after. */
  changed: { before: string; after: string }[];
  /** Sentences that are new. */
  added: string[];
}

export interface ScenarioPhase {
  phase: number;
  at: string;
  summary: string;
  /** Corpus ids that appear for the first time. */
  newArticles: string[];
  /** Corpus ids whose text changes at this phase. */
  revised: string[];
  /** Corpus ids whose feed entry `updated` (and page timestamps) move with no change of text. */
  touched: string[];
  expect: {
    /** New article records (a duplicate is a record; a URL variant is not). */
    newArticles: number;
    /** Story keys first seen at this phase. */
    newStories: string[];
    /** Story keys that gain an article without being new. */
    joinedStories: string[];
    duplicates: { article: string; of: string }[];
    /** New topic updates per topic (at most one per story that brings something new). */
    topicUpdates: Record<string, number>;
    /** Status id per topic after the phase (null: the topic has no status rules). */
    status: Record<string, string | null>;
    /** A status change at this phase: words the evidence sentence must contain, and the articles it may come from. */
    statusChange: {
      topic: string;
      from: string | null;
      to: string;
      evidenceHas: string[];
      fromArticles: string[];
    } | null;
    /** Claims expected to carry several sources once the phase is processed. */
    corroborated: { topic: string; phrase: string; articles: string[] }[];
    revisions: ScenarioRevision[];
  };
}

export interface DemoScenario {
  topics: string[];
  articles: ScenarioArticle[];
  phases: ScenarioPhase[];
}

const STORY: Record<string, string> = {
  'mp-kyiv-letter': 'kyiv-letter',
  'bl-invitation-plea': 'kyiv-letter',
  'cw-nato-letter': 'kyiv-letter',
  'hh-wire-kyiv-case': 'kyiv-letter',
  'mp-ceasefire-idea': 'ceasefire-idea',
  // The outcome of the request the letter made, at the meeting it was made for: the same story.
  'eo-ministers-sidestep': 'kyiv-letter',
  'cw-eurozone-pmi': 'eurozone-factories',
  'hh-east-channel': 'east-channel-dredging',
};

const TOPICS: Record<string, string[]> = {
  'mp-kyiv-letter': ['ukraine-nato'],
  'bl-invitation-plea': ['ukraine-nato'],
  'cw-nato-letter': ['ukraine-nato'],
  'hh-wire-kyiv-case': ['ukraine-nato'],
  'mp-ceasefire-idea': ['ukraine-nato', 'ukraine-ceasefire'],
  'eo-ministers-sidestep': ['ukraine-nato'],
  'cw-eurozone-pmi': [],
  'hh-east-channel': [],
};

function describe(a: CorpusArticle): ScenarioArticle {
  const listing = feeds.filter((f) => f.articles.includes(a.id));
  return {
    id: a.id,
    outlet: a.outlet,
    sourceIds: listing.map((f) => f.id),
    path: a.path,
    variantPaths: listing.filter((f) => f.linkQuery).map((f) => `${a.path}?${f.linkQuery}`),
    title: a.versions[0]?.headline ?? '',
    phase: firstPhase(a),
    story: STORY[a.id] ?? a.id,
    duplicateOf: a.republishes ?? null,
    topics: TOPICS[a.id] ?? [],
  };
}

const idsAt = (n: number) => articles.filter((a) => firstPhase(a) === n).map((a) => a.id);
const revisedAt = (n: number) =>
  articles.filter((a) => a.versions.some((v, i) => i > 0 && v.phase === n)).map((a) => a.id);
const touchedAt = (n: number) => articles.filter((a) => a.touches?.some((t) => t.phase === n)).map((a) => a.id);

const none = { 'ukraine-nato': 0, 'ukraine-ceasefire': 0 };
const stalled = { 'ukraine-nato': 'stalled', 'ukraine-ceasefire': null };

const expectations: ScenarioPhase['expect'][] = [
  {
    newArticles: 6,
    newStories: ['kyiv-letter', 'ceasefire-idea', 'eurozone-factories', 'east-channel-dredging'],
    joinedStories: [],
    duplicates: [],
    // kyiv-letter and ceasefire-idea each bring claims; the ceasefire topic only has the ceasefire-idea story.
    topicUpdates: { 'ukraine-nato': 2, 'ukraine-ceasefire': 1 },
    status: { 'ukraine-nato': 'advancing', 'ukraine-ceasefire': null },
    statusChange: {
      topic: 'ukraine-nato',
      from: null,
      to: 'advancing',
      evidenceHas: ['irreversible'],
      fromArticles: ['mp-kyiv-letter', 'bl-invitation-plea', 'cw-nato-letter'],
    },
    corroborated: [
      {
        topic: 'ukraine-nato',
        phrase: 'the only real security guarantee',
        articles: ['mp-kyiv-letter', 'bl-invitation-plea', 'cw-nato-letter'],
      },
    ],
    revisions: [],
  },
  {
    newArticles: 2,
    newStories: [],
    joinedStories: ['kyiv-letter'],
    duplicates: [{ article: 'hh-wire-kyiv-case', of: 'cw-nato-letter' }],
    // Eastgate's report joins kyiv-letter, which made its update in phase 1, but moves the status: one update
    // (a status change always makes one). The wire copy adds nothing.
    topicUpdates: { 'ukraine-nato': 1, 'ukraine-ceasefire': 0 },
    status: stalled,
    statusChange: {
      topic: 'ukraine-nato',
      from: 'advancing',
      to: 'stalled',
      // Any of the article's stalled sentences (sidestepped, hold off, little interest) may be the evidence.
      evidenceHas: [],
      fromArticles: ['eo-ministers-sidestep'],
    },
    corroborated: [],
    revisions: [],
  },
  {
    newArticles: 0,
    newStories: [],
    joinedStories: [],
    duplicates: [],
    // The revision's new and changed sentences name neither Ukraine-and-NATO nor a status phrase.
    topicUpdates: none,
    status: stalled,
    statusChange: null,
    corroborated: [],
    revisions: [
      {
        article: 'bl-invitation-plea',
        n: 1,
        labels: ['numbers', 'wording', 'new paragraph', 'correction'],
        changed: [
          {
            before: 'Any invitation would require the agreement of all 31 allies.',
            after: 'Any invitation would require the agreement of all 32 allies.',
          },
          {
            before:
              'The ministers are also expected to discuss air defence deliveries for the winter and the alliance’s new command in Wiesbaden, which coordinates training and equipment for Ukraine’s armed forces.',
            after:
              'The ministers also discussed air defence deliveries for the winter and the alliance’s new command in Wiesbaden, which coordinates training and equipment for Ukraine’s armed forces.',
          },
        ],
        added: [
          'A German government spokesperson said on Monday that Berlin’s position was unchanged and that the priority remained military support for Kyiv through the winter.',
          'Ministers ended their talks on Wednesday evening without a decision on the request.',
          'They agreed to return to the question before the leaders’ summit in The Hague next summer.',
          'Editor’s note: This article was updated on 5 December to add the outcome of the meeting and a comment from the German government, and to correct the number of allies, which is 32, not 31.',
        ],
      },
    ],
  },
  {
    // Rails reorder, comment counts grow, timestamps move, three Atom entries are touched: nothing to report.
    newArticles: 0,
    newStories: [],
    joinedStories: [],
    duplicates: [],
    topicUpdates: none,
    status: stalled,
    statusChange: null,
    corroborated: [],
    revisions: [],
  },
];

export const demoScenario: DemoScenario = {
  topics: ['ukraine-nato', 'ukraine-ceasefire'],
  articles: articles.map(describe),
  phases: phases.map((p, i) => ({
    phase: p.n,
    at: p.at,
    summary: p.summary,
    newArticles: idsAt(p.n),
    revised: revisedAt(p.n),
    touched: touchedAt(p.n),
    expect: expectations[i] as ScenarioPhase['expect'],
  })),
};
