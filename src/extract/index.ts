// HTML page -> the article alone, with its metadata. Pure and synchronous: no IO, no Redis, no network.
//
//   raw HTML --prestrip--> small, bounded HTML --jsdom--> Document --prunePage--> Readability
//     --pruneArticle (structure + topical distance)--> learned templates --> JSON-LD articleBody as a guide
//     --> text, display HTML, blocks
//
// Every failure, including a bug or a pathological page, ends as { ok: false, reason: "no article found" }
// with a `detail`: one bad page must never take a worker down.
import type { ExtractOutcome, ExtractedArticle } from '../model.js';
import { blockHashes, dropBoilerplate } from './blocks.js';
import { applyArticleBody } from './body-guide.js';
import { trimBrLines } from './br-lines.js';
import { parseHtml, withoutNamedProperties } from './document.js';
import { MAX_DEPTH, MAX_ELEMENTS, MAX_PARSE_CHARS, MAX_TEXT_CHARS, MIN_TEXT_CHARS, MIN_WORDS } from './limits.js';
import { bylineDate, cleanByline, isoDate, readMetadata } from './metadata.js';
import { prestrip } from './prestrip.js';
import { removePlaceholders } from './placeholders.js';
import { removeLoneTeasers } from './lone-teasers.js';
import { removeClosingTeasers } from './closing-teasers.js';
import { removeLinkRuns } from './link-runs.js';
import { removeCardGrids } from './card-grids.js';
import { removeSearchTerms } from './search-terms.js';
import { removeGallerySlides } from './gallery-slides.js';
import { removeGluedTeasers } from './glued-teasers.js';
import { removeImageCaptions } from './image-captions.js';
import { pruneArticle } from './prune-article.js';
import { readArticle } from './reader.js';
import { removeRepeatedPassages } from './repeated-passages.js';
import { removeEmbedFallbacks } from './embed-fallbacks.js';
import { removeEmailSignups } from './email-signup.js';
import { keepFactBoxes } from './fact-boxes.js';
import { keepTrailingLists } from './trailing-lists.js';
import { prunePage } from './prune-page.js';
import { neutralHeadingNames } from './heading-names.js';
import { neutralBuilderNames } from './builder-names.js';
import { holdsAll, pageProse, proseContainer, tooLittle } from './prose-coverage.js';
import { sanitizedHtml } from './sanitize.js';
import { chooseTitle } from './title.js';
import { mastheadDate } from './byline.js';
import { resolveStreamedSegments } from './streamed-segments.js';
import { notAPage } from './sniff.js';
import { toParagraphs } from './text.js';
import { headlineDivsAsParagraphs } from './headline-divs.js';
import { removeHeadlineKickers } from './headline-kickers.js';
import { removeOffscreenText } from './offscreen-text.js';
import { removePublisherBoxes } from './publisher-boxes.js';
import { removeTopicRows } from './topic-rows.js';
import { removeGamblingPromos } from './gambling-promos.js';
import { dropHeadline, dropHeadlineBlock, looksLikeNoArticle } from './verdict.js';
import { NO_ARTICLE } from './no-article.js';
import { keepLiveSummary, liveUpdates } from './live-summary.js';

export interface ExtractOptions {
  /** Hashes of text blocks known to recur on this host (learned templates, see store/templates.ts). */
  boilerplate?: ReadonlySet<string>;
  /** Told about every block the cleaner removes, before and after Readability (rule, text): `extract --explain`, tests, tuning. */
  trace?: (rule: string, text: string) => void;
  /**
   * Only the text and metadata are read (`extract --serve`): the display HTML is left empty and the block
   * hashes are not computed. Neither changes the text.
   */
  textOnly?: boolean;
}

export type ExtractResult = ExtractOutcome & {
  /** Hashes of the page's candidate text blocks, for learning the host's templates. */
  blocks?: string[];
  /** Why there is no article, for logs. */
  detail?: string;
};

export { NO_ARTICLE };

export function extractArticle(html: string, url: string, opts: ExtractOptions = {}): ExtractResult {
  try {
    return extract(typeof html === 'string' ? html : '', url, opts);
  } catch (err) {
    return noArticle(`extractor failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300));
  }
}

function noArticle(detail: string): ExtractResult {
  return { ok: false, reason: NO_ARTICLE, detail };
}

function extract(html: string, url: string, opts: ExtractOptions): ExtractResult {
  const bad = notAPage(html);
  if (bad) return noArticle(bad);
  const pageUrl = safeUrl(url);

  const stripped = prestrip(html, { maxChars: MAX_PARSE_CHARS, maxDepth: MAX_DEPTH });
  const doc = parseHtml(stripped.html);
  if (stripped.streamed) resolveStreamedSegments(doc);
  const meta = readMetadata(doc, stripped.jsonLd, pageUrl);

  prepareForReader(doc, stripped.offscreen, opts.trace);
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) return noArticle('page too large to clean');
  const prose = doc.body ? pageProse(doc.body) : null;

  const parsed = readArticle(withoutNamedProperties(doc));
  let content = parsed?.content;
  if (!parsed || !content) return noArticle('no main text block');
  const missing = prose ? tooLittle(prose, content) : null;
  if (missing) content = wholerPick(stripped, content, missing, opts.trace);

  // Readability hands back a detached tree; attached, the pruning can tell removed nodes by isConnected.
  const holder = doc.body ?? doc.documentElement ?? doc.appendChild(doc.createElement('html'));
  holder.replaceChildren(content);

  const title = chooseTitle(meta.titles, parsed.title ?? null);
  const declared = meta.published ?? isoDate(parsed.publishedTime ?? null);
  // A day the masthead only shows, read before the cleaning takes its line off; wanted when none is declared.
  const dateline = declared ? null : mastheadDate(content);
  let byline = meta.byline ?? cleanByline(parsed.byline ?? null) ?? meta.shownByline;

  removeRepeatedPassages(content, opts.trace);
  removePlaceholders(content, opts.trace);
  removeLoneTeasers(content, opts.trace);
  removeGluedTeasers(content, opts.trace);
  removeLinkRuns(content, opts.trace, { first: true });
  removeGallerySlides(content, opts.trace);
  removeImageCaptions(content, opts.trace);
  // Lines are judged before the blocks (a block rule would take a block's story lines with its furniture line)
  // and again after them, when the rails are gone and the head and tail of the story are known.
  trimBrLines(content, opts.trace, { rescue: true });
  pruneArticle(content, { title, byline, trace: opts.trace });
  removePublisherBoxes(content, { names: meta.titles.siteNames, url: pageUrl }, opts.trace);
  removeTopicRows(content, opts.trace);
  removeGamblingPromos(content, opts.trace);
  // After the pruning: its head and tail are measured on the story as Readability gave it.
  removeLinkRuns(content, opts.trace);
  removeClosingTeasers(content, opts.trace);
  removeCardGrids(content, pageUrl, opts.trace);
  removeSearchTerms(content, opts.trace);
  trimBrLines(content, opts.trace);
  keepLiveSummary(content, liveUpdates(stripped.jsonLd), opts.trace);
  const blocks = opts.textOnly ? undefined : blockHashes(content);
  if (opts.boilerplate?.size) dropBoilerplate(content, opts.boilerplate, opts.trace);
  applyArticleBody(content, meta.articleBody, opts.trace);

  dropHeadlineBlock(content, title);
  const top = dropHeadline(toParagraphs(content), title, byline);
  const paragraphs = capParagraphs(top.paragraphs, MAX_TEXT_CHARS);
  byline ??= cleanByline(top.byline);
  const text = paragraphs.join('\n\n');
  const verdict = looksLikeNoArticle(text, content, { minChars: MIN_TEXT_CHARS, minWords: MIN_WORDS });
  if (verdict) return noArticle(verdict);

  const shown = declared ? null : (bylineDate(parsed.byline ?? null) ?? dateline ?? bylineDate(top.dateLine));
  const article: ExtractedArticle = {
    title,
    byline,
    published: declared ?? shown,
    ...(shown ? { publishedShown: true as const } : {}),
    modified: meta.modified,
    canonicalUrl: meta.canonicalUrl,
    lang: meta.lang ?? (parsed.lang ? parsed.lang : null),
    image: meta.image,
    text,
    html: opts.textOnly ? '' : sanitizedHtml(content, meta.baseUrl),
  };
  return blocks ? { ok: true, article, blocks } : { ok: true, article };
}

/** What the page gets before Readability reads it: chrome pruned, and names that only look like chrome taken off. */
function prepareForReader(doc: Document, offscreen: boolean, trace?: ExtractOptions['trace']): void {
  if (offscreen && doc.body) removeOffscreenText(doc.body, trace);
  prunePage(doc, trace);
  if (!doc.body) return;
  removeHeadlineKickers(doc.body, trace);
  removeEmbedFallbacks(doc.body, trace);
  removeEmailSignups(doc.body, trace);
  keepFactBoxes(doc.body);
  keepTrailingLists(doc.body);
  headlineDivsAsParagraphs(doc.body);
  neutralHeadingNames(doc.body);
  neutralBuilderNames(doc.body);
}

/**
 * Readability kept a part of the article (prose-coverage.ts): the page is parsed and pruned again and the
 * element holding most of its prose replaces the pick, unless it is no better.
 */
function wholerPick(
  stripped: { html: string; streamed: boolean; offscreen: boolean },
  pick: Element,
  held: readonly string[],
  trace: ExtractOptions['trace'],
): Element {
  const again = parseHtml(stripped.html);
  if (stripped.streamed) resolveStreamedSegments(again);
  prepareForReader(again, stripped.offscreen);
  const body = again.body;
  const box = body ? proseContainer(body) : null;
  if (!box || (box.textContent?.length ?? 0) <= (pick.textContent?.length ?? 0) || !holdsAll(box, held)) return pick;
  trace?.('prose-coverage: wider container', (pick.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200));
  return pick.ownerDocument.importNode(box, true);
}

function capParagraphs(paragraphs: string[], maxChars: number): string[] {
  let total = 0;
  const out: string[] = [];
  for (const p of paragraphs) {
    total += p.length + 2;
    if (total > maxChars) break;
    out.push(p);
  }
  return out;
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch {
    // not a URL: relative links then stay relative and are dropped from the display HTML
  }
  return 'https://invalid.invalid/';
}
