// Function words that carry no event identity, in their folded form (see normalizeText). Short on purpose:
// the online document frequencies demote everything else that is common in the stream being clustered.

const ENGLISH = `a about above after again against all almost also although always am among an and another any
anyone anything are around as at back be became because become been before being below between both but by
can cannot could did do does doing done down during each either else even ever every few for from further
get gets got had has have having he her here hers herself him himself his how however i if in into is it its
itself just least less let like made make many may me might more most much must my myself near neither never
no nor not now of off often on once one only or other others otherwise our ours ourselves out over own per
perhaps rather same several she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too toward towards under until up upon us very via was we
were what whatever when where whether which while who whom whose why will with within without would yet you
your yours yourself yourselves said says say saying told tell according mr mrs ms dr just really still
including include includes well way ways new week weeks day days time times year years today yesterday
tomorrow`;

const MONTHS_AND_DAYS = `january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`;

const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять
уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто
чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем
чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти
нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой
им более всегда конечно всю между это также заявил сказал`;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...words(ENGLISH),
  ...words(MONTHS_AND_DAYS),
  ...words(RUSSIAN),
]);

/** Month and weekday names: capitalized, but dates, not entities. */
export const CALENDAR_WORDS: ReadonlySet<string> = words(MONTHS_AND_DAYS);

/** Titles before a name: "Sen. Jane Roe" and "Jane Roe" are one entity. */
export const HONORIFICS: ReadonlySet<string> = words(`mr mrs ms miss dr sen rep gov lt gen sgt col capt cpt maj
adm prof rev sir dame lord president senator representative governor mayor judge justice officer detective
chief minister secretary general sheriff deputy coach`);

/** Lowercase words allowed inside a name: "Bank of America", "Ludwig van Beethoven". */
export const NAME_CONNECTORS: ReadonlySet<string> = words(
  'of de del della da di van von der den la le al bin du dos das y',
);
