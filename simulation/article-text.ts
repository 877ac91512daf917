// Article text for the synthetic publisher: made-up but readable news prose, generated from a seed. Every
// article gets its own people, place and organisation (syllable-built names) and its own sentences, so no two
// articles are near-duplicates; articles of one event share the names (and so may form one story) but not
// their sentences. A share of events concern the test topic and carry sentences with its terms.
import { createRng, subSeed, type Rng } from './prng.js';
import { ADJECTIVES, ADVERBS, DAYS, MONTHS, NOUNS, ORG_KINDS, ROLES, SYLLABLES, VERBS } from './words/index.js';

/** The topic the scale tests and the benchmark configure; only topic events use these words. */
export const TOPIC = {
  id: 'quarry-moratorium',
  title: 'Quarry moratorium',
  query: 'quarry AND (moratorium OR suspension)',
} as const;

export interface EventEntities {
  person: string;
  rival: string;
  place: string;
  org: string;
  subject: string;
  topic: boolean;
}

export interface ArticleText {
  title: string;
  byline: string;
  summary: string;
  paragraphs: string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function name(rng: Rng, syllables: number): string {
  let s = '';
  for (let i = 0; i < syllables; i++) s += rng.pick(SYLLABLES);
  return cap(s);
}

export function eventEntities(seed: number, eventIndex: number, topicShare: number): EventEntities {
  const rng = createRng(subSeed(seed, 'event', eventIndex));
  const place = name(rng, rng.int(2, 3));
  return {
    person: `${name(rng, 2)} ${name(rng, rng.int(2, 3))}`,
    rival: `${name(rng, 2)} ${name(rng, rng.int(2, 3))}`,
    place,
    org: `${name(rng, 2)} ${rng.pick(ORG_KINDS)}`,
    subject: `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`,
    topic: rng.chance(topicShare),
  };
}

type Slots = Record<
  | 'P'
  | 'R'
  | 'PL'
  | 'ORG'
  | 'S'
  | 'N'
  | 'N2'
  | 'A'
  | 'A2'
  | 'V'
  | 'VB'
  | 'ADV'
  | 'DAY'
  | 'MONTH'
  | 'ROLE'
  | 'NUM'
  | 'PCT'
  | 'YEAR',
  string
>;

// Sentence shapes; {X} are slots. Several mention no entity at all, as real reports do.
const SENTENCES = [
  '{P}, the {ROLE} of the {ORG}, said on {DAY} that the {S} would be {V} before {MONTH}.',
  'The {ORG} {V} the {A} {N} plan after {NUM} residents of {PL} wrote to the council.',
  'According to figures seen by this newspaper, the {S} has cost {NUM} thousand so far, {PCT} percent more than planned.',
  '{R} {ADV} {V} the decision, calling the {N} in {PL} a {A} mistake.',
  'Officials in {PL} expect the {N2} to {VB} the {A2} {N} by the end of {YEAR}.',
  'A {A} review of the {N} found that {PCT} percent of the {N2} budget had gone unspent.',
  '"We have {V} every option," {P} told reporters outside the {N2} on {DAY}.',
  'The {ROLE} said the {A} {N2} would {VB} only if the {ORG} agreed to share the costs.',
  'Critics, including {R}, argue that the {S} was {V} without a proper {N} in {PL}.',
  'Work on the {A2} {N} began in {MONTH} and was {ADV} {V} twice since then.',
  'Residents of {PL} have been asked to comment on the {N} before {DAY} week.',
  'The {ORG} has {V} {NUM} {N2} contracts this year, its annual report shows.',
  'In a statement, the {ORG} said it would {VB} the {A} {N} and publish the {N2} in {MONTH}.',
  'Neither {P} nor {R} would say whether the {N2} in {PL} would be {V}.',
  'The {A} {N} is the largest of its kind since {YEAR}, when a {A2} {N2} was {V} nearby.',
  'Local businesses told the {ORG} that the {S} had {ADV} {V} their trade.',
  'Some {NUM} people attended a {A} meeting about the {N} at the {N2} in {PL}.',
  '{P} {ADV} {V} suggestions that the {N} had been {V2}.',
  'The {N2} will {VB} the {A} {N} from {MONTH}, the {ROLE} confirmed.',
  'Records show the {ORG} first {V} the {S} in {YEAR}.',
] as const;

const TOPIC_SENTENCES = [
  'The {ORG} {V} a quarry moratorium covering {NUM} hectares near {PL} on {DAY}.',
  '{P} said the quarry moratorium in {PL} would stay in place until the {N} was {V}.',
  'Under the moratorium, no new quarry permits will be issued in {PL} before {YEAR}.',
  '{R} called the quarry suspension in {PL} a {A} blow to the {N2} trade.',
  'The {ROLE} of the {ORG} confirmed that the quarry at {PL} faces a {A2} moratorium of {NUM} days.',
] as const;

function slots(rng: Rng, e: EventEntities): Slots & { V2: string } {
  const [vb, v] = rng.pick(VERBS);
  return {
    P: e.person,
    R: e.rival,
    PL: e.place,
    ORG: `${e.org}`,
    S: e.subject,
    N: rng.pick(NOUNS),
    N2: rng.pick(NOUNS),
    A: rng.pick(ADJECTIVES),
    A2: rng.pick(ADJECTIVES),
    V: v,
    VB: vb,
    V2: rng.pick(VERBS)[1],
    ADV: rng.pick(ADVERBS),
    DAY: rng.pick(DAYS),
    MONTH: rng.pick(MONTHS),
    ROLE: rng.pick(ROLES),
    NUM: String(rng.int(3, 980)),
    PCT: String(rng.int(2, 64)),
    YEAR: String(rng.int(1978, 2024)),
  };
}

function fill(template: string, s: Record<string, string>): string {
  return cap(
    template.replace(/\{([A-Z0-9]+)\}/g, (_, k: string) => s[k] ?? k).replace(/\b([Aa]) ([aeiou])/g, '$1n $2'),
  );
}

/** A sentence from a shape not used yet in this article while there are unused ones. */
function sentence(rng: Rng, e: EventEntities, pool: readonly string[], used: Set<string>): string {
  let shape = rng.pick(pool);
  for (let tries = 0; used.has(shape) && tries < 8; tries++) shape = rng.pick(pool);
  used.add(shape);
  if (used.size >= pool.length) used.clear();
  return fill(shape, slots(rng, e));
}

export interface TextOptions {
  /** Paragraphs per article, inclusive range. */
  paragraphs: [number, number];
}

/** The text of one article of an event; `articleSeed` makes it differ from the event's other articles. */
export function articleText(articleSeed: number, e: EventEntities, opts: TextOptions): ArticleText {
  const rng = createRng(articleSeed);
  const s = slots(rng, e);
  const title = fill(
    rng.pick([
      '{PL} {ORG} {V} {S} plan',
      '{P} defends {A} {N} in {PL}',
      '{S} in {PL} {V} after {NUM} objections',
      '{ORG} and {R} at odds over {N}',
      '{PL}: {A} {N} {V} as costs rise {PCT} percent',
    ]),
    s,
  );
  const paragraphs: string[] = [];
  const count = rng.int(opts.paragraphs[0], opts.paragraphs[1]);
  const topicAt = e.topic ? rng.int(0, Math.min(2, count - 1)) : -1;
  const used = new Set<string>();
  const usedTopic = new Set<string>();
  for (let i = 0; i < count; i++) {
    const n = rng.int(2, 4);
    const parts: string[] = [];
    for (let j = 0; j < n; j++)
      parts.push(
        i === topicAt && j < 2 ? sentence(rng, e, TOPIC_SENTENCES, usedTopic) : sentence(rng, e, SENTENCES, used),
      );
    paragraphs.push(parts.join(' '));
  }
  const byline = `${name(rng, 2)} ${name(rng, 2)}`;
  return { title, byline, summary: paragraphs[0]?.split('. ')[0]?.concat('.') ?? title, paragraphs };
}
