// A topic tried on stored articles without touching its real state: which articles and sentences match, which
// claims it would hold, which status rule would fire (with its evidence), and which updates would have been
// announced. Pure: the articles come in, a report goes out. It replays the topic engine itself from an empty
// state in the articles' first-seen order, so what it shows is what the pipeline would have done with them
// (each article once, as last stored: revisions are not replayed one by one).
import type { ArticleRecord, TopicStatusValue } from '../model.js';
import type { TopicConfig } from '../config/schema.js';
import { applyArticle, compileTopic, emptyTopicState, type CompiledTopic, type TopicState } from './engine.js';
import { matchQuery, matchedTerms, prepareText, queryPrefilter } from './query.js';
import { ClaimIndex } from './claim-index.js';
import { splitParagraphs } from '../text/sentences.js';
import { selectTopicSentences, type SentenceReason } from './topic.js';

/** What the replay reads of a stored article (not its HTML, which would double the memory of a long window). */
export type BacktestArticle = Pick<
  ArticleRecord,
  'id' | 'url' | 'source' | 'title' | 'text' | 'storyId' | 'duplicateOf' | 'firstSeen'
>;

export function toBacktestArticle(a: ArticleRecord): BacktestArticle {
  const { id, url, source, title, text, storyId, duplicateOf, firstSeen } = a;
  return { id, url, source, title, text, storyId, duplicateOf, firstSeen };
}

/**
 * The topic to try: a configured one, a query alone, or a query with a configured topic's status rules. Throws
 * QuerySyntaxError (a DeltafeedError) for a query that does not parse.
 */
export function topicToTry(base: TopicConfig | undefined, query: string | undefined): CompiledTopic {
  return compileTopic({
    id: base?.id ?? 'try',
    title: base?.title ?? query ?? '',
    query: query ?? base?.query ?? '',
    statuses: base?.statuses ?? [],
  });
}

export interface BacktestMatch {
  articleId: string;
  url: string;
  source: string;
  title: string;
  firstSeen: string;
  terms: string[];
  sentences: { text: string; reason: SentenceReason }[];
}

export interface BacktestUpdate {
  at: string;
  article: { id: string; url: string; source: string; title: string };
  status: { from: string | null; to: string } | null;
  added: string[];
  corroborated: string[];
}

export interface BacktestReport {
  topic: { id: string; title: string; query: string };
  articles: { scanned: number; duplicates: number; matched: number };
  matches: BacktestMatch[];
  claims: { text: string; outlets: string[]; firstSeen: string }[];
  status: TopicStatusValue | null;
  statusChanges: { at: string; from: string | null; to: string; rule: string; sentence: string; url: string }[];
  updates: BacktestUpdate[];
  /** Lists longer than the limit are cut; these say by how much. */
  omitted: { matches: number; claims: number; updates: number };
}

export function backtestTopic(topic: CompiledTopic, articles: readonly BacktestArticle[], limit = 200): BacktestReport {
  const ordered = [...articles].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id));
  let state: TopicState = emptyTopicState(topic.id);
  const matches: BacktestMatch[] = [];
  const updates: BacktestUpdate[] = [];
  const statusChanges: BacktestReport['statusChanges'] = [];
  let duplicates = 0;
  // One claim index for the whole replay, where the worker builds one per article from the stored state.
  const index = new ClaimIndex();
  const mayMatch = queryPrefilter(topic.query);
  for (const a of ordered) {
    // Copies are skipped, as the topics worker skips them.
    if (a.duplicateOf) {
      duplicates++;
      continue;
    }
    // The query first, on the text prepared once: most stored articles do not match, and the engine would copy
    // the whole state for each of them.
    const joined = `${a.title}\n${a.text}`;
    if (!mayMatch(joined)) continue;
    const whole = prepareText(joined);
    if (!matchQuery(topic.query, whole)) continue;
    // Only the paragraphs that can carry the topic are split into sentences (the costly part): the others
    // give selectTopicSentences nothing.
    const sentences = selectTopicSentences(topic, splitParagraphs(a.text, topic.mayCarry));
    matches.push({
      articleId: a.id,
      url: a.url,
      source: a.source,
      title: a.title,
      firstSeen: a.firstSeen,
      terms: matchedTerms(topic.query, whole),
      sentences: sentences.map((s) => ({ text: s.text, reason: s.reason })),
    });
    const input = {
      id: a.id,
      url: a.url,
      source: a.source,
      title: a.title,
      text: a.text,
      storyId: a.storyId,
      storyTitle: null,
      isRevision: false,
    };
    const result = applyArticle(topic, state, input, a.firstSeen, {
      prepared: whole,
      sentences,
      index,
      // The report lists the claims an update adds and corroborates, not their novelty.
      exactNovelty: false,
    });
    state = result.state;
    const u = result.update;
    if (!u) continue;
    updates.push({
      at: u.at,
      article: u.article,
      status: u.status,
      added: u.added.map((c) => c.text),
      corroborated: u.corroborated.map((c) => c.text),
    });
    if (u.status && state.status) {
      const ev = state.status.evidence;
      statusChanges.push({
        at: u.at,
        from: u.status.from,
        to: u.status.to,
        rule: ev?.rule ?? '',
        sentence: ev?.sentence ?? '',
        url: ev?.url ?? a.url,
      });
    }
  }
  const claims = state.claims.map((c) => ({
    text: c.text,
    outlets: [...new Set(c.sources.map((s) => s.source))],
    firstSeen: c.firstSeen,
  }));
  return {
    topic: { id: topic.id, title: topic.title, query: topic.query.source },
    articles: { scanned: articles.length, duplicates, matched: matches.length },
    matches: matches.slice(-limit).reverse(),
    claims: claims.slice(-limit).reverse(),
    status: state.status,
    statusChanges,
    updates: updates.slice(-limit).reverse(),
    omitted: {
      matches: Math.max(0, matches.length - limit),
      claims: Math.max(0, claims.length - limit),
      updates: Math.max(0, updates.length - limit),
    },
  };
}
