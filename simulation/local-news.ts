// Synthetic local news for the dedup benchmark: events (fires, crashes, council votes, ...) in invented towns,
// each told by several outlets in their own phrasing, plus wire copies with syndication chrome. Deterministic
// (seeded), so figures are comparable between runs. Every sentence is generated here: no third-party text.

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const SYL = [
  'bar',
  'ton',
  'mel',
  'ric',
  'dal',
  'ven',
  'or',
  'ash',
  'bro',
  'ka',
  'lin',
  'mor',
  'nes',
  'pel',
  'quin',
  'ras',
  'sel',
  'tor',
  'ul',
  'var',
  'wick',
  'yar',
  'zen',
  'cal',
  'den',
  'fen',
  'gar',
  'hol',
  'is',
  'jor',
  'kel',
  'lo',
  'mar',
];
function name(r: Rng, syllables: number): string {
  let s = '';
  for (let i = 0; i < syllables; i++) s += pick(r, SYL);
  return s[0]!.toUpperCase() + s.slice(1);
}

export interface SynthEvent {
  id: string;
  kind: string;
  town: string;
  person: string;
  official: string;
  street: string;
  place: string;
  n1: number;
  n2: number;
  n3: number;
  time: number;
}

export interface SynthArticle {
  id: string;
  title: string;
  text: string;
  published: string;
  /** Gold story (the event). */
  event: string;
  /** Set for a wire copy: the id of the article it copies, and how it was changed. */
  copyOf: string | null;
  variant?: VariantKind;
}

type Phr = (e: SynthEvent, r: Rng) => string;

// Several phrasings per fact, so that two outlets telling one event share its facts but not its sentences.
const KINDS: Record<string, { titles: Phr[]; facts: Phr[][] }> = {
  fire: {
    titles: [
      (e) => `Fire destroys ${e.place} on ${e.street} in ${e.town}`,
      (e) => `${e.n1} firefighters battle blaze at ${e.town} ${e.place}`,
      (e) => `${e.town} ${e.place} lost to overnight fire`,
    ],
    facts: [
      [
        (e) =>
          `A fire destroyed the ${e.place} on ${e.street} in ${e.town} early on the morning of the blaze, officials said.`,
        (e) => `Flames tore through the ${e.place} on ${e.street} overnight, fire officials in ${e.town} said.`,
      ],
      [
        (e) =>
          `Fire chief ${e.official} said ${e.n1} firefighters from several departments fought the fire for ${e.n2} hours.`,
        (e) =>
          `It took ${e.n1} firefighters about ${e.n2} hours to bring the fire under control, according to chief ${e.official}.`,
      ],
      [
        (e) => `${e.person}, who owns the building, said the damage could reach $${e.n3} thousand.`,
        (e) => `The owner, ${e.person}, put the loss at roughly $${e.n3} thousand.`,
      ],
      [
        () => 'No injuries were reported, and the cause of the fire is under investigation.',
        () => 'Investigators have not yet said what started the fire. Nobody was hurt.',
      ],
    ],
  },
  crash: {
    titles: [
      (e) => `${e.n1} hurt in crash on ${e.street} in ${e.town}`,
      (e) => `Crash closes ${e.street} in ${e.town} for hours`,
      (e) => `${e.town} police identify driver in ${e.street} crash`,
    ],
    facts: [
      [
        (e) =>
          `${e.n1} people were taken to the hospital after a crash involving a truck and two cars on ${e.street} in ${e.town}.`,
        (e) => `A truck collided with two cars on ${e.street} in ${e.town}, sending ${e.n1} people to the hospital.`,
      ],
      [
        (e) => `Police identified the truck driver as ${e.person}, ${e.n2}, of ${e.town}.`,
        (e) => `The driver of the truck, ${e.person}, ${e.n2}, was questioned at the scene, police said.`,
      ],
      [
        (e) =>
          `${e.street} was closed for ${(e.n3 % 9) + 2} hours while crews cleared the wreckage, said police spokesperson ${e.official}.`,
        (e) => `Police spokesperson ${e.official} said the road reopened after about ${(e.n3 % 9) + 2} hours.`,
      ],
      [
        () => 'The cause of the crash remains under investigation, and no charges have been filed.',
        () => 'No charges had been filed as of Tuesday evening.',
      ],
    ],
  },
  council: {
    titles: [
      (e) => `${e.town} council approves $${e.n3} thousand plan for ${e.place}`,
      (e) => `${e.town} votes ${(e.n1 % 5) + 3}-2 to fund ${e.place} upgrade`,
      (e) => `Council backs ${e.place} project after long debate in ${e.town}`,
    ],
    facts: [
      [
        (e) =>
          `The ${e.town} city council voted ${(e.n1 % 5) + 3}-2 on Monday to spend $${e.n3} thousand on the ${e.place} near ${e.street}.`,
        (e) =>
          `After a debate of almost ${(e.n2 % 4) + 2} hours, ${e.town} council members approved $${e.n3} thousand for the ${e.place}.`,
      ],
      [
        (e) => `Mayor ${e.official} said the project was "long overdue" and would begin in the spring.`,
        (e) => `"This has been overdue for years," Mayor ${e.official} said after the vote.`,
      ],
      [
        (e) => `Resident ${e.person} spoke against the plan, saying the money should go to road repairs instead.`,
        (e) => `Among the critics was ${e.person}, who argued that roads needed the money more.`,
      ],
      [(e) => `About ${e.n2} people attended the meeting.`, (e) => `The meeting drew a crowd of roughly ${e.n2}.`],
    ],
  },
  storm: {
    titles: [
      (e) => `Storm knocks out power to ${e.n1}00 homes in ${e.town}`,
      (e) => `${e.town} cleans up after storm topples trees on ${e.street}`,
      (e) => `Thousands without power in ${e.town} after storm`,
    ],
    facts: [
      [
        (e) => `A line of strong storms knocked out power to about ${e.n1}00 homes in ${e.town}, the utility said.`,
        (e) => `Roughly ${e.n1}00 customers in ${e.town} lost power as storms moved through the area.`,
      ],
      [
        (e) =>
          `Winds of up to ${e.n2} miles per hour toppled trees along ${e.street}, said emergency manager ${e.official}.`,
        (e) => `Emergency manager ${e.official} said gusts reached ${e.n2} mph and brought down trees on ${e.street}.`,
      ],
      [
        (e) => `A tree fell onto the home of ${e.person}, who was not injured.`,
        (e) => `${e.person} said a tree crashed through the roof of the family's home but nobody was hurt.`,
      ],
      [
        (e) => `Crews expect to restore power by Thursday, and the ${e.place} will serve as a cooling center.`,
        (e) => `The ${e.place} will stay open as a shelter until power returns.`,
      ],
    ],
  },
  court: {
    titles: [
      (e) => `${e.town} man sentenced to ${e.n1} years in ${e.place} robbery`,
      (e) => `${e.person} gets ${e.n1}-year sentence for robbery`,
      (e) => `Judge sentences ${e.person} in ${e.town} robbery case`,
    ],
    facts: [
      [
        (e) =>
          `${e.person}, ${e.n2}, of ${e.town}, was sentenced to ${e.n1} years in prison for robbing the ${e.place} on ${e.street}.`,
        (e) => `A judge sentenced ${e.person} to ${e.n1} years for the armed robbery of the ${e.place} on ${e.street}.`,
      ],
      [
        (e) => `Judge ${e.official} said the defendant had shown "no remorse" during the trial.`,
        (e) => `In court, Judge ${e.official} noted what she called a lack of remorse.`,
      ],
      [
        (e) => `Prosecutors said ${e.person} took about $${e.n3} from the register.`,
        (e) => `About $${e.n3} was taken in the robbery, prosecutors said.`,
      ],
      [() => 'The defense said it would appeal.', () => 'Lawyers for the defendant plan to appeal the sentence.'],
    ],
  },
};

const PLACES = [
  'warehouse',
  'community center',
  'library',
  'bakery',
  'high school',
  'fire station',
  'park',
  'marina',
  'hardware store',
  'bus depot',
  'senior center',
  'gas station',
  'clinic',
  'diner',
  'pool',
  'museum',
];
const STREET_KINDS = ['Street', 'Avenue', 'Road', 'Lane', 'Boulevard', 'Drive'];

// Context every outlet adds, shared across events: the overlapping vocabulary of local news.
const FILLER: ((e: SynthEvent) => string)[] = [
  (e) => `${e.town} has seen several similar incidents this year, according to city records.`,
  () => 'Officials asked residents to avoid the area and to follow updates on the city website.',
  () => 'Neighbors said they were shocked by what happened and praised the quick response of emergency crews.',
  (e) => `The ${e.town} police department and the county sheriff's office are assisting.`,
  () => 'The city council is expected to discuss the matter at its next meeting.',
  () => 'Anyone with information is asked to contact the local police department.',
];

export function makeEvent(r: Rng, i: number, time: number, towns: readonly string[]): SynthEvent {
  const kind = pick(r, Object.keys(KINDS));
  return {
    id: `ev${i}`,
    kind,
    town: pick(r, towns),
    person: `${name(r, 2)} ${name(r, 2)}`,
    official: `${name(r, 2)} ${name(r, 3)}`,
    street: `${name(r, 2)} ${pick(r, STREET_KINDS)}`,
    place: pick(r, PLACES),
    n1: int(r, 2, 60),
    n2: int(r, 10, 90),
    n3: int(r, 100, 990),
    time,
  };
}

export function makeTowns(r: Rng, n: number): string[] {
  return Array.from({ length: n }, () => name(r, int(r, 2, 3)));
}

/**
 * One outlet's article about an event: its own choice of phrasing, order and context. `phrasing` picks the
 * wording of each fact (0 and 1 share no fact sentence); by default it is random.
 */
export function tellEvent(r: Rng, e: SynthEvent, id: string, minutesLater: number, phrasing?: number): SynthArticle {
  const k = KINDS[e.kind]!;
  const facts = k.facts.map((alts, f) =>
    (phrasing === undefined ? pick(r, alts) : alts[(phrasing + f) % alts.length]!)(e, r),
  );
  const lead = facts.shift()!;
  facts.sort(() => r() - 0.5);
  const filler = [...FILLER]
    .sort(() => r() - 0.5)
    .slice(0, int(r, 1, 3))
    .map((f) => f(e));
  const sentences = [lead, ...facts, ...filler];
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paras.push(sentences.slice(i, i + 2).join(' '));
  return {
    id,
    title: pick(r, k.titles)(e, r),
    text: paras.join('\n\n'),
    published: new Date(e.time + minutesLater * 60_000).toISOString(),
    event: e.id,
    copyOf: null,
  };
}

export type VariantKind = 'intro' | 'headline' | 'trimmed' | 'chrome' | 'all' | 'edited';
export const VARIANT_KINDS: readonly VariantKind[] = ['intro', 'headline', 'trimmed', 'chrome', 'all', 'edited'];

const OUTLETS = ['Valley Wire', 'County Courier', 'Metro Daily', 'Riverside Post', 'Evening Ledger', 'Tri-State News'];

/**
 * A syndicated copy of an article: an intro line, another headline, a trimmed ending, other chrome, all four,
 * or a copy-edited one (about one word in twelve changed, plus an intro line).
 */
export function syndicate(r: Rng, a: SynthArticle, id: string, kind: VariantKind, minutesLater: number): SynthArticle {
  const outlet = pick(r, OUTLETS);
  let paras = a.text.split('\n\n');
  let title = a.title;
  const intro = () =>
    paras.unshift(pick(r, [`This article first appeared in the ${outlet}.`, `By ${outlet} staff`, `(${outlet}) —`]));
  const trim = () => (paras = paras.slice(0, Math.max(2, Math.ceil(paras.length * 0.7))));
  const chrome = () => {
    paras.splice(1, 0, 'Advertisement');
    paras.push(
      `Sign up for the ${outlet} newsletter to get local news in your inbox every morning.`,
      `© ${outlet}. All rights reserved.`,
    );
  };
  const headline = () => (title = `${pick(r, ['Update:', 'Local:', 'Watch:', 'Read:'])} ${a.title.toLowerCase()}`);
  if (kind === 'intro') intro();
  if (kind === 'headline') headline();
  if (kind === 'trimmed') trim();
  if (kind === 'chrome') chrome();
  if (kind === 'edited') {
    paras = paras.map((p) =>
      p
        .split(' ')
        .map((w, i) => (i % 12 === 5 ? pick(r, ['also', 'reportedly', 'then', 'now', 'about', 'some']) : w))
        .join(' '),
    );
    intro();
  }
  if (kind === 'all') {
    trim();
    intro();
    chrome();
    headline();
  }
  return {
    ...a,
    id,
    title,
    text: paras.join('\n\n'),
    published: new Date(Date.parse(a.published) + minutesLater * 60_000).toISOString(),
    copyOf: a.id,
    variant: kind,
  };
}

/**
 * A stream of `n` articles over `days` days: each event told by 1-4 outlets within a day, and about one article
 * in five a wire copy of another. Sorted by publication time.
 */
export function newsStream(seed: number, n: number, days: number, towns = 40): SynthArticle[] {
  const r = rng(seed);
  const townNames = makeTowns(r, towns);
  const start = Date.parse('2025-01-01T00:00:00Z');
  const out: SynthArticle[] = [];
  let ev = 0;
  while (out.length < n) {
    const e = makeEvent(r, ev++, start + Math.floor(r() * days * 86_400_000), townNames);
    const tellers = int(r, 1, 4);
    for (let t = 0; t < tellers && out.length < n; t++) {
      const a = tellEvent(r, e, `${e.id}-o${t}`, int(r, 0, 20 * 60));
      out.push(a);
      if (r() < 0.25 && out.length < n) out.push(syndicate(r, a, `${a.id}-c`, pick(r, VARIANT_KINDS), int(r, 5, 600)));
    }
  }
  return out.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}
