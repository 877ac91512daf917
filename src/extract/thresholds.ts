// The cleaner's cut-offs, by stage, in the order a page meets them: prestrip (raw HTML), prune-page (the
// parsed page, before Readability), prune-article (what Readability kept) with the rail, block and
// vocabulary helpers it uses, and the verdict on the result. Lengths are characters of collapsed text unless said otherwise; shares are of the text of the
// page or the story. The values were tuned on the extraction devset: change one, rerun `npm run bench:extract`.
// The page-wide bounds on cost (parse size, depth, element count) live in limits.ts.

/** prestrip.ts: the linear pass over raw HTML. */
export const PRESTRIP = {
  /** Page chrome (nav, footer, aside, header) with less text than this is dropped as text: menus are short. */
  chromeMaxText: 2000,
  /** The same bar for <form>, lower: some frameworks wrap the whole page, article included, in one form. */
  formMaxText: 400,
  /** Chrome with less text than this goes whatever its links: too short to be an article. */
  chromeAlwaysText: 400,
  /** Chrome goes when it has one link per this many characters of text or more: a menu, not prose. */
  chromeCharsPerLink: 40,
  /** How far down the open-element stack an end tag is matched; bounds the work on hostile nesting. */
  stackSearch: 256,
  /** Tries of the slow attribute regex (values with "<" in them) per page; keeps hostile pages linear. */
  looseAttrBudget: 2000,
  /** After this many unclosed elements of one name, the rest of that name are no longer searched for. */
  unclosedBudget: 16,
  /** Attributes read per tag; more is junk or an attack, and the cleaner reads none of them. */
  maxAttrs: 64,
  /** JSON-LD blocks kept for metadata; a page's real ones come first and are few. */
  maxJsonLd: 32,
  /** Characters of one JSON-LD block kept; larger ones are data dumps, not article metadata. */
  maxJsonLdChars: 2_000_000,
  /** Characters of <title> kept: a title is a line, not a document. */
  maxTitleChars: 2000,
  /** Attribute values longer than this are emptied (inline data, JSON state): no reader uses them. */
  maxAttrValue: 4000,
  /** Nested same-name elements followed when looking for a dropped subtree's end; then it counts as unclosed. */
  nestedCloserSearch: 64,
} as const;

/** prune-page.ts: page chrome, widgets and consent notices, before Readability. */
export const PRUNE_PAGE = {
  /** A candidate with at least this much text (whitespace not counted) is never "small", whatever the page's size. */
  smallMinChars: 400,
  /** Always-chrome (nav, hidden, modal) goes under this share of the page: more is a mis-marked main column. */
  chromeShare: 0.4,
  /** Landmarks (header, footer, aside) outside the article go if under this share of the page... */
  landmarkShare: 0.25,
  /** ...or if more of their text than this is links. */
  landmarkLinkDensity: 0.5,
  /** Widget-classed blocks (promo, share, related) go if under this share of the page. */
  widgetShare: 0.15,
  /** A consent notice is searched for in containers up to this many characters: a banner, not the page. */
  consentMaxChars: 2500,
  /** Distinct consent terms a container needs to be a consent notice rather than a mention of cookies. */
  consentMinTerms: 3,
  /** A <p> of at least this many characters counts as prose when measuring where the page's prose is. */
  proseParagraphChars: 80,
  /** A chrome-marked container holding at least this share of the page's prose is the article: its markers go. */
  shieldProseShare: 0.5,
  /** A widget-classed <p> this long with few links is real prose styled as a widget, and stays. */
  widgetProseChars: 150,
  /** ...few links meaning a link density under this. */
  widgetProseLinkDensity: 0.3,
} as const;

/** collapsed-prose.ts: a hidden block kept as a collapsed part of the text (accordion, tab, "show more"). */
export const COLLAPSED_PROSE = {
  /** At least this much text (whitespace not counted): a panel, not a tooltip or a hidden label. */
  minChars: 80,
  /** A paragraph (p, li, dd, td) this long counts as prose... */
  paragraphChars: 80,
  /** ...and such paragraphs make at least this share of the block's text. */
  proseShare: 0.5,
  /** Link text under this share of the block's text. */
  maxLinkDensity: 0.25,
} as const;

/** prose-coverage.ts: when Readability's pick is only a part of the article. */
export const PROSE_COVERAGE = {
  /** A paragraph this long (characters) with few links is prose... */
  paragraphChars: 80,
  /** ...few links meaning link text under this share of it. */
  maxLinkDensity: 0.3,
  /** Characters of a paragraph's opening matched against the pick. */
  snippetChars: 60,
  /** Pages with less prose than this (characters) are left to Readability. */
  minPageProse: 1500,
  /** The pick is too little when it holds under this share of the page's prose. */
  minCoverage: 0.5,
  /** The replacement is the deepest element holding at least this share of the page's prose. */
  containerShare: 0.8,
  /** ...and holds at least this share of the paragraphs the pick held: a wider pick, not another block. */
  heldShare: 0.5,
} as const;

/** prune-article.ts: what Readability kept that is not the story. */
export const PRUNE_ARTICLE = {
  /** Nothing removed in one step may take more than this share of the story's prose (the share guard). */
  maxShare: 0.4,
  /** Prose that has to remain for a list to go: a page that is all links stays for the verdict to judge. */
  minProseLeft: 200,
  /** A block is prose from this many characters (with a sentence mark and few links): it builds the vocabulary. */
  proseMinChars: 120,
  /** ...few links meaning a link density under this. */
  proseLinkDensity: 0.3,
  /** An embed card is at most this long: larger is a section of the story under a card-like class. */
  cardMaxText: 1200,
  /** A card with at least this share of link text is a card whatever else it holds. */
  cardLinkShare: 0.5,
  /** A card shorter than this is a card even without links: a title and a blurb. */
  cardShortChars: 300,
  /** Caption- or credit-classed elements go when shorter than this: longer ones are text under a styling class. */
  captionMaxChars: 400,
  /** Heading-like lines and section labels are at most this long: a label is a few words. */
  headingMaxChars: 80,
  /** A tail label ("Related", "More from") cuts the rest only in the second half of the story. */
  tailLabelStart: 0.5,
  /** A labelled section takes at most this many characters of non-link text (and at most maxShare). */
  sectionMaxChars: 4000,
  /** A label's container is the section only if it holds more than the label plus this many characters. */
  sectionMinExtra: 20,
  /** ...and is at least this share links (or holds a list): a rail, not a stretch of the story. */
  sectionLinkDensity: 0.3,
  /** A sibling after a lone label is a list of links (taken whatever its length) from this share of links. */
  sectionLinkListDensity: 0.6,
  /** A sibling after a lone label is a teaser from this share of links... */
  teaserLinkDensity: 0.3,
  /** ...or when shorter than this and not ending like a sentence. */
  teaserMaxChars: 160,
  /** Fewest children, and items, of a group judged as a list of teasers. */
  minGroupItems: 3,
  /** A teaser list's median item is at most this long: headlines, not paragraphs. */
  teaserMedianChars: 140,
  /** ...and its longest item at most this long. */
  teaserItemMaxChars: 400,
  /** An item from this long that does not end like a sentence is headline-like. */
  headlineMinChars: 15,
  /** Vocabulary overlap under this makes a teaser list off-topic. */
  offTopicOverlap: 0.25,
  /** Where the tail of the story starts, as a share of its text: rails and link lines sit there. */
  tailStart: 0.6,
  /** Every item of an off-topic headline list has at least this many words. */
  wordyMinWords: 4,
  /** Headlines average at least this many words; linked names or products in a guide are shorter. */
  headlineMeanWords: 5,
  /** A teaser group is a link list from this share of link text. */
  linkListDensity: 0.6,
  /** ...with this share of headline-like items when it sits at the tail. */
  linkListHeadlineShare: 0.6,
  /** Share of headline-like items for an off-topic headline list at the tail... */
  offTopicHeadlineShare: 0.8,
  /** ...whose vocabulary overlap with the story is under this: plainly about something else. */
  offTopicHeadlinesOverlap: 0.12,
  /** Where the head of the story ends, as a share of its text: disclosures and link lines sit there. */
  headEnd: 0.15,
  /** The first this many blocks are the head, however short the story. */
  headBlocks: 2,
  /** The last this many blocks are the tail, however short the story. */
  tailBlocks: 3,
  /** Bios close the article: only the last this many blocks qualify. */
  bioBlocks: 4,
  /** Longest filler line ("Advertisement", "Continue reading"). */
  fillerMaxChars: 80,
  /** Longest share row. */
  shareMaxChars: 160,
  /** Longest photo or story credit line. */
  creditMaxChars: 250,
  /** Longest inline teaser ("Read more: ..."). */
  inlineTeaserMaxChars: 250,
  /** An inline teaser is one if at least this share is link text (or it does not end like a sentence). */
  inlineTeaserLinkDensity: 0.3,
  /** Longest disclosure block. */
  disclosureMaxChars: 400,
  /** A disclosure's wording has to start within this many characters of its block. */
  disclosureStartChars: 80,
  /** Longest sign-up box. */
  signupMaxChars: 250,
  /** Longest author bio. */
  bioMaxChars: 1000,
  /** The author's card (bio.ts removeBioCard) starts within the last this many blocks... */
  bioCardBlocks: 6,
  /** ...and holds at most this much text. */
  bioCardMaxChars: 1500,
  /** A bio says the role within this many characters: "Jane Doe is a senior reporter who ...". */
  bioOpeningChars: 160,
  /** A bio that does not open with the author's name names them within this many characters. */
  bioNameChars: 60,
  /** ...after a role of at most this many words ("Senior courts correspondent"). */
  bioRoleWords: 4,
  /** An author's first name shorter than this is too common a prefix to find their bio by. */
  bioMinNameChars: 3,
  /** Longest stray link line at the head or tail. */
  linkLineMaxChars: 120,
  /** A stray link line is at least this share link text. */
  linkLineDensity: 0.9,
  /** Vocabulary overlap under this makes a single block off-topic. */
  blockOffTopicOverlap: 0.3,
  /** A sign-up or share box grows to ancestors holding at most this factor of its text... */
  boxGrowth: 1.6,
  /** ...or this many characters more, whichever is larger: its button and small print. */
  boxSlackChars: 160,
} as const;

/** chrome-lines.ts: single blocks and small boxes of news-site chrome. */
export const CHROME_LINES = {
  /** Longest toolbar line (share targets, print, text size...). */
  toolbarMaxChars: 200,
  /** A toolbar names at least this many tools (fewer only for the unambiguous ones: "Enlarge this image"). */
  toolbarMinWords: 2,
  /** Longest paywall, contact, wire-footer, cut-off or teaser line, and appeal inside the story. */
  lineMaxChars: 300,
  /** A tag line: its label and a few short tags ("Tags: Courts, Housing, City Council"). */
  tagLineMaxChars: 200,
  tagMaxWords: 5,
  /** A tag row without a colon or separators ("Tags buses Maple Valley"): this share of it is link text. */
  tagRowLinkDensity: 0.6,
  /** Longest invitation to comment: in a longer paragraph it is the blogger's own sign-off. */
  inviteMaxChars: 160,
  /** A line with this many distinct offer terms ("Already a subscriber?", "Unlimited access") is a paywall. */
  offerMinTerms: 2,
  /** Longest appeal for money in the last blocks (they run to a paragraph or two; two asks needed). */
  appealTailMaxChars: 1000,
  /** An arrow or bracket teaser is at least this share link text. */
  arrowLinkDensity: 0.6,
  /** A sponsored or sign-up box is at most this long... */
  boxMaxChars: 400,
  /** ...and at most this share of the story's text. */
  boxMaxShare: 0.3,
  /** A sponsor label is at most this long. */
  labelMaxChars: 40,
  /** A breadcrumb trail has at most this many items (a longer list holding Home is a site menu, rails.ts)... */
  crumbsMaxItems: 5,
  /** ...each at most this long (the last may be the headline)... */
  crumbsItemMaxChars: 160,
  /** ...and starts in the first characters of the story, or in its first share of them. */
  crumbsHeadChars: 300,
  crumbsHeadShare: 0.15,
  /** A trail written as one line: at most this long, at least this share link text. */
  crumbsMaxChars: 200,
  crumbsLinkDensity: 0.5,
} as const;

/** rails.ts: lists of other headlines inside the article container. */
export const RAILS = {
  /** Fewest items that make a rail without a label or topical evidence. */
  minBareItems: 5,
  /** Fewest items that make a labelled or off-topic rail. */
  minItems: 3,
  /** A rail item is a link from this many characters: shorter is a tag or a button. */
  linkItemMinChars: 12,
  /** ...up to this many: longer is a card with a blurb. */
  linkItemMaxChars: 160,
  /** A rail item is at least this share link text (a kicker, date or source may sit next to the link). */
  linkItemShare: 0.7,
  /** A headline has at least this many words... */
  headlineMinWords: 3,
  /** ...and at most this many. */
  headlineMaxWords: 20,
  /** At least this share of a rail's items are link items. */
  linkItemsShare: 0.75,
  /** At least this share of a rail's text is link text: cards with a blurb under the link are a guide's entries. */
  linkedTextShare: 0.7,
  /** At least this share of a rail's links are headline-shaped. */
  headlineShare: 0.6,
  /** A rail's links average at least this many words: product names and tags are shorter. */
  minMeanWords: 4,
  /** Vocabulary overlap under this makes a rail off-topic, labelled or not. */
  offTopicOverlap: 0.3,
  /** A bare list of links of minBareItems or more is a rail unless its overlap reaches this. */
  linkListOverlap: 0.5,
  /** A rail label is at most this long: "Most read", "More from the section". */
  labelMaxChars: 40,
  /** A sentence inviting to read the list after it ("check out these articles!") is at most this long. */
  inviteMaxChars: 200,
  /** A row of links about the site itself (About us, Write for us) has at least this many items... */
  siteInfoMinItems: 4,
  /** ...and at least this share of them name a page about the site. */
  siteInfoShare: 0.5,
  /** Fewest items of a table of contents. */
  tocMinItems: 3,
  /** Each table-of-contents item is at least this share link text. */
  tocLinkShare: 0.7,
} as const;

/** blocks.ts: text blocks, their hashes and learned templates. */
export const BLOCKS = {
  /** Block hashes recorded per page: enough for any article, bounded for the per-host store. */
  maxBlocks: 400,
  /** Normalised blocks shorter than this get no hash: too common to tell a template from chance. */
  minBlockChars: 12,
  /** Learned template blocks are not removed if they would take more than this share of the text. */
  maxBoilerplateShare: 0.5,
  /** Fewest bare links in a run for it to be wrapped as a list of its own. */
  minLooseLinks: 3,
  /** Sibling paragraphs that are each one link, in a row, that are judged as one list. */
  minLinkBlocks: 5,
  /** A loose link's text has at least this many words: a headline, not "here" or a name. */
  looseLinkMinWords: 3,
} as const;

/** topical.ts: the story's vocabulary, used by prune-article and rails. */
export const TOPICAL = {
  /** A vocabulary with fewer distinct words than this is too small to judge a list as off-topic. */
  minVocabulary: 20,
  /** A text with fewer distinct content words than this gets no overlap: too little to say. */
  minContentWords: 3,
  /** Content words are cut to this many letters, a cheap stem ("election", "elections" -> "elect"). */
  stemChars: 5,
} as const;

/** verdict.ts: when the cleaned result is "no article", and which masthead lines come off its top. */
export const VERDICT = {
  /** A result with more link text than this share is an index page. */
  indexLinkDensity: 0.65,
  /** Consent and paywall notices are judged only on texts shorter than this: an article may mention both. */
  noticeMaxChars: 3000,
  /** A consent notice names at least this many consent terms... */
  consentMinTerms: 4,
  /** ...at least one per this many words. */
  consentWordsPerTerm: 40,
  /** A paywall or sign-in notice names at least this many paywall terms... */
  wallMinTerms: 3,
  /** ...at least one per this many words. */
  wallWordsPerTerm: 25,
  /** A heading is a link to another page from this share of link text. */
  teaserHeadingLinkShare: 0.6,
  /** A section front has at least this many linked headings... */
  teaserGridMinHeadings: 4,
  /** ...making at least this share of its blocks... */
  teaserGridHeadingShare: 0.25,
  /** ...and fewer than teaserGridMaxProse blocks of prose, a block of prose being at least this long. */
  teaserGridProseChars: 250,
  /** Blocks of prose below which a grid of linked headings is a section front. */
  teaserGridMaxProse: 2,
  /** A grid of at most this many linked headings after an opening paragraph of prose is a listicle or briefing... */
  introListMaxHeadings: 8,
  /** ...that paragraph being a sentence of at least this many characters with no link. */
  introMinChars: 120,
  /** ...and each linked heading is over its item's own text (no link) of at least this many characters. */
  introItemMinChars: 60,
  /** Masthead lines (headline, byline, dateline) are looked for in the first this many paragraphs. */
  mastheadParagraphs: 3,
  /** A line shorter than this is matched to the headline only exactly: a prefix that short is chance. */
  headlinePrefixMinChars: 20,
  /** A line that is a prefix of the headline (or it of the line) differs in length by under this share. */
  headlineLengthSlack: 0.3,
  /** Longest "By Jane Doe" line, and longest name taken from it. */
  bylineMaxChars: 100,
  /** Longest line starting with the known byline that is still the byline line. */
  knownBylineMaxChars: 80,
  /** Longest bare dateline. */
  datelineMaxChars: 60,
} as const;

/** Site directories and related-post cards in the article container (directory-lists.ts). */
export const DIRECTORY = {
  /** Fewest one-link items that make a directory of the site's pages. */
  minItems: 4,
  /** A directory item is a name: at most this many words... */
  maxWords: 6,
  /** ...and this many characters. */
  maxChars: 60,
  /** A directory written as one line has at most this much text besides its links ("Find us in"). */
  lineLabelMaxChars: 40,
  /** A card's repeated title has at least this many words (a heading "Tips" over a "Tips" link is a section). */
  echoMinWords: 4,
  /** A post's slug has at least this many words. */
  echoSlugWords: 3,
  /** Fewest cards in one container: one repeated title can be the article's own pointer. */
  echoMinCards: 2,
} as const;

/** The publisher's plugs inside the body: follow us, our podcast, our app (promo-lines.ts). */
export const PROMO_LINES = {
  /** Longest plug: a line or two; a paragraph that mentions the podcast in passing is the story's. */
  lineMaxChars: 220,
  /** Longest call to action ("Sign up today and ..."): a button's line, not a paragraph about signing up. */
  ctaMaxChars: 120,
  /** Longest shop-widget line ("Check price on Amazon", "$129 at Walmart"). */
  priceMaxChars: 80,
} as const;

/** Rows of the site's links written into a paragraph (link-rows.ts). */
export const LINK_ROWS = {
  /** Fewest links joined by separators that make a row: a sentence names two or three places, not six. */
  minLinks: 6,
  /** A row's link is a name of a few words; a longer one is a headline and the rail rules judge it. */
  maxWords: 6,
} as const;

/** Buttons, counters, live stamps, author cards and unlabelled polls of newsletter and React stacks (stack-chrome.ts). */
export const STACK_CHROME = {
  /** Longest line a widget rule reads: a button's label or a stamp, or a row of labels run together. */
  lineMaxChars: 80,
  /** Longest pointer to a media player ("VIDEO ABOVE: ...") or sign-up box heading. */
  pointerMaxChars: 160,
  /** Longest print-edition note: the note, the print headline and the reprint links. */
  printMaxChars: 400,
  /** Longest poll box: a question, a handful of short options and the vote control. */
  pollMaxChars: 400,
} as const;
