// The generic wording of blocks that are never the story: section labels of recirculation rails, bios,
// disclosures, sign-up boxes, credits, share rows. These are the words every publisher uses for these
// widgets, not a list of sites. Each pattern is only applied to short blocks, and most only where the
// structure agrees (see prune-article.ts).

import { INTL_SECTION_LABELS, INTL_TEASER_OPENINGS } from './intl-labels.js';

/** Labels of sections that are not the article: what follows them goes with them. */
export const SECTION_LABEL = new RegExp(
  '^(?:the )?(?:' +
    [
      'most (?:read|popular|viewed|shared|commented|watched)',
      'trending(?: now| stories| news| topics)?',
      'related(?: stories| articles| posts| reading| content| coverage| news| links| topics| videos| guides| reports)?(?: include)?',
      'read (?:more|next|this next|also)',
      'more (?:from|on|in|about|stories|news|articles|like this|to read|to explore|for you|coverage|reading)\\b.*',
      'recommended(?: for you| reading| stories| articles| videos)?',
      '(?:if you (?:liked|enjoyed) (?:this|that) (?:post|article|story|piece),? )?you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested(?: in)?)(?: (?:the following|these)(?: \\w+){0,3})?',
      'more (?:\\w+ )?(?:recommendations|articles|posts|stories|guides) (?:by|from) [^:]{1,40}',
      'related (?:articles|posts|stories|reading) and (?:links|resources)',
      '(?:this|these) might (?:also )?(?:be )?interest(?:ing to)? you',
      'related (?:articles|posts|stories|publications|reading)(?: (?:that|which) (?:may|might) interest you| on [\\w.-]+)',
      'related publications',
      'also in the news',
      "(?:don['’]?t|do not) miss",
      'popular(?: now| stories| articles| posts| on \\S+)?',
      'latest(?: news| stories| articles| posts| videos)?',
      'latest from (?:the |our )?[^:]{1,40}',
      'top (?:stories|news|picks|articles)',
      "editors?['’]?s? (?:picks?|choice)",
      'also (?:read|see|on|watch)',
      'see also',
      'check also',
      'further reading',
      'what to read next',
      'keep reading',
      'up next',
      'in (?:case you missed it|other news)',
      'around the (?:web|site)',
      'from (?:our|the) (?:partners?|network|web)',
      'sponsored(?: content| stories| links)?',
      'promoted(?: stories| content)?',
      'more coverage',
      'topics',
      'explore (?:other|more|all) topics',
      'photos',
      'photo (?:gallery|album)',
      'explore more',
      'similar (?:posts|articles|stories)',
      'other (?:stories|articles|posts)',
      'you may have missed',
      'join the conversation',
      '(?:live|latest) (?:scores|results)',
      'scoreboard',
      'more (?:\\w+ ){0,2}(?:recipes|posts|articles|stories|guides|reads|videos|podcasts|episodes)',
      'recent (?:articles|posts|stories|news|videos)',
      'discover more(?: from [^:]{1,60})?',
      '(?:important|useful|helpful) resources',
      'our services',
      ...INTL_SECTION_LABELS,
    ].join('|') +
    ')[:.!?…]*$',
  'i',
);

/** A sentence that hands the reader on to a list of other pages: "... check out these articles!" */
export const RAIL_INVITE =
  /\b(?:check out|read|see|explore|browse|try) (?:these|those|our|my|some of (?:our|my|these)|more of (?:our|my))(?: \w+){0,3} (?:articles|posts|guides|stories|recipes|reads)\b[\s.!:…]*$/i;

/** Labels after which, near the end, the rest of the page is reader comments or the author's box. */
export const TAIL_LABEL =
  /^(?:\d+\s+)?(?:comments?|comentários|comentarios|commentaires|commenti|kommentare|reacties|komentarze|reader comments|leave a (?:comment|reply)|post a comment|add a comment|join the discussion|responses(?=\s*\(\d+\))|about the authors?|author(?:['’]s)? bio|meet the authors?|über (?:den autor|die autorin|die autor(?:inn)?en)|l['’]aut(?:ore|rice)|gli autori|over de auteur|o autorze|sobre (?:o autor|a autora)|om (?:forfatteren|författaren)|sobre (?:el autor|la autora|los autores)|à propos de l['’]auteur|share (?:this|the) (?:article|story|post|page)|share this|share your story|cite this(?: (?:article|commentary|page|publication|report|paper))?|suggested citation|how to cite(?: this)?|(?:got|have) a (?:news )?tip|send us (?:your |a )?(?:news )?tips?)\s*(?:\(\d+\))?[:.!?]*$/i;

/** Affiliate and advertising disclosures, legal footers (matched near the start of a block). */
export const DISCLOSURE =
  /\b(?:(?:contains?|uses?|includes?|may have|through) (?:some )?affiliate links?|affiliate commissions?|(?:we|i|site) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|share of (?:the )?sales)|purchases? (?:made )?through (?:our |these )?links|financial compensation|advertiser disclosure|editorial (?:independence|integrity)|(?:products|items) (?:are|were) (?:chosen|selected) independently|paid (?:partnership|promotion)|sponsored (?:post|content|by)|at no (?:additional|extra) cost to you|not (?:intended as|a substitute for) (?:professional|medical|legal|financial) advice|past performance (?:is|does) not)\b/i;

/** Sign-up boxes and calls to action: an imperative to subscribe, or the small print of a form. */
export const SIGNUP =
  /^(?:sign up|subscribe|join|get|enter your email|stay (?:informed|up to date|in the loop|connected)|(?:don['’]?t|never) miss)\b.{0,120}\b(?:newsletters?|inbox|e-?mails?|updates|alerts)\b|\bby (?:signing up|subscribing|submitting (?:this form|your (?:e-?mail|phone|information)))\b|\bunsubscribe at any time\b|\bthis field is (?:for validation|required|hidden)\b|\brequired fields are marked\b|^fill out the form\b|(?:^\W*|[.!?(]\s*|\b(?:please|and|or|to|can|also|now|simply|just)\s+)(?:sign up (?:for|to) (?:our|the) .{0,40}newsletter\b|subscribe to (?:our|the) .{0,40}(?:newsletter|channel|podcast)\b)/i;

/** Photo credits and captions ("Foto:", "Bildquelle:", "Imagen:" for German and Spanish pages). */
export const CREDIT =
  /^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|credits?|courtesy|fotos?|bild(?:quelle)?|bildnachweis|imagen|fotografía)(?: by| courtesy| credit| source)?\s*[:©|/]|(?:photo(?:graph)?|image|illustration) (?:by|courtesy|credit|via)\b|fot\. [^.!?]{2,60}$|(?:image|picture|screenshot)s? (?:from|via|source)\b(?![^.!?]*\b(?:shows?|showed|shown|reveals?|appears?|is|are|was|were)\b)[^.!?]{0,70}\.?$|©|\(photo|\[photo)|[.!?]\s+(?:photo|foto|bild)(?: by)?\s?:\s*['"‘“]?[^.!?:'"‘“’”]{2,40}['"’”]?\.?$|\((?:photo|picture|image)s?(?: credit)?\s*:\s*[^()]{2,60}\)\s*$|\b(?:getty images|ap photo|reuters\/|afp via getty|shutterstock|istock(?:photo)?|alamy|imago|epa-efe|photo illustration)\b/i;

/** Share rows and social prompts. */
export const SHARE =
  /^(?:share(?: (?:this|on|via|the|article|story|post))?|tweet|pin(?: it)?|email|print|copy link|link copied|follow (?:us|me|him|her|them)\b.*|(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|telegram|flipboard|copy link|print)(?:[\s,|•·/]+(?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|email|telegram|flipboard|copy link|print|share))+)[:.!]?$/i;

/**
 * One-line placeholders, ad labels, widget buttons (Show more, Back to top) and a bare Unix time (a live blog's
 * entry stamp without its script). Bare scores ("8.5", "4/5") were tried: numbered steps and code line numbers
 * are lines of their own too, and the ground truths keep them.
 */
export const FILLER =
  /^(?:advertisement|advertisement \d{1,2}|this advertisement has not loaded yet\b.*|article content|video|(?:view|see) (?:the )?(?:full |whole |entire )?(?:photo )?(?:album|gallery)|advertising|ad|sponsored|paid content|promoted|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|reklama|реклама|advertentie|weiterlesen nach der anzeige|(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|la suite (?:de l['’]article )?après (?:cette|la) publicité|l['’]article continue (?:ci-dessous|après (?:cette|la) publicité)|dalsza część (?:artykułu|tekstu) (?:pod|poniżej|po) (?:materiałem(?: wideo| filmowym)?|wideo|reklamą|reklamie)|продовження (?:статті|новини|матеріалу) (?:нижче|після реклами)|l['’]articolo continua (?:sotto|dopo la pubblicità)|el artículo continúa (?:debajo|después de la publicidad)|zur startseite|volver a la portada|back to (?:the )?home ?page|story continues below(?: advertisement)?|article continues (?:below|after (?:this )?advertisement)|continue reading(?: below)?|scroll to continue(?: with content)?|loading(?: \w+)?(?:\.\.\.|…)?|comments are (?:closed|disabled)\b.*|skip (?:to|past) (?:main )?content|skip advertisement|this content is (?:not available|imported from)\b.*|watch:?|listen(?: to this article)?:?|your browser does not support (?:iframes|the \w+ (?:tag|element))\.?|\d+ min(?:ute)?s? (?:read|left|remaining)|\d{10}|table of contents|contents|in this (?:article|guide|post)|on this page|jump to(?: section)?|toggle|show (?:more|less)|(?:previous|next) (?:item|slide)(?: in (?:the )?carousel)?|read less|expand|collapse|close|menu|(?:back|scroll|go|return) to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|[-–—]{1,2} ?(?:advertisement|advertising|sponsored|ad) ?[-–—]{1,2}|print|share|no posts(?: found)?|current issue|contact us|leave a (?:comment|reply)|(?:last )?(?:updated|published|posted)(?: on)?:? (?:\w+ )?(?:\d{1,4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\w ,./:-]{0,40})$/i;

/** "Read more: <headline>" style inline teasers. */
export const INLINE_TEASER = new RegExp(
  `^(?:read (?:more|also|next|this)|related(?: (?:videos?|stor(?:y|ies)|articles?|content|reading|coverage|links?|posts?|podcasts?|news))?|see also|also read|more|recommended|must read|don'?t miss|watch|listen|opinion|analysis|explainer|latest|click here|more on this|live(?: updates| coverage| blog)?|${INTL_TEASER_OPENINGS.join('|')})\\s*[:|>»–—-]\\s*\\S`,
  'i',
);

/** The start of an author bio: "Jane Doe is a senior reporter ...", "Jane covers ...". */
export const BIO_START =
  /^(?:\*\s*)?(?:(?:dr|prof|mr|mrs|ms)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|del|da|la|le|bin|al)){0,4},?\s+(?:\([^)]{1,40}\)\s+)?(?:(?:is|was) (?:a|an|the|our|one of)\b|(?:covers|writes|reports|joined|holds|has (?:been|written|covered|worked|spent|reported))\b)/u;
export const BIO_ROLE =
  /\b(?:writer|editor|reporter|journalist|correspondent|author|contributor|columnist|analyst|freelancer?|founder|co-founder|director|owner|producer|blogger|photographer|critic|expert|specialist|attorney|lawyer|consultant|strategist|researcher|professor|ceo|cto|cfo|fellow|host|md|phd|degree|graduate|experience|covers?|covering|writes?|writing about|report(?:s|ed|ing)? (?:on|about)|based in|bylines?|work has appeared|has written|follow (?:him|her|them|\p{Lu}\p{L}+) on)\b/iu;

/**
 * Cards that stand in the body for another page: Ghost bookmark and embed cards, WordPress embed blocks and
 * their wp-embedded-content fallback, oEmbed/Embedly/Iframely link cards, "Read also" / related cards and
 * AMP related lists. Their text is another article's title and blurb.
 */
export const CARD_CLASS =
  /(?:^|\s)(?:kg-bookmark-card|kg-embed-card|wp-block-embed|wp-embedded-content|wp-block-rss|jp-relatedposts|embedly-card|oembed[\w-]*|iframely[\w-]*|link-?card|link-preview|(?:inline-)?read-?also(?:-\w+)?|readalso|related-(?:card|link|article|post|story|content|stories|posts|articles|links)|inline-related[\w-]*|amp-related[\w-]*|embed-card|story-card-embed)(?:\s|$)/i;
export const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|image-?credit|media-?credit|wp-caption-text|copyright)(?:[\s_-]|$)/i;
