// Pages of our own writing in the markup of the big publishing platforms, each with a rail of other
// headlines inside the article container: 5, 16 or 40 items, before, within or after the body, with or
// without a heading, as a list or as bare links with " -" / " |" between them. All texts are ours.

export type Platform = 'ghost' | 'wordpress' | 'arc' | 'brightspot' | 'drupal' | 'handmade';
export type Where = 'before' | 'within' | 'after';

export interface RailCase {
  platform: Platform;
  items: number;
  where: Where;
  heading: boolean;
  separator: ' -' | ' |';
}

export const TITLE = 'Valley water board approves filtration plant after years of delay';

export const BODY = [
  'The regional water board voted six to one on Tuesday evening to build a filtration plant on the north bank of the river, ending a dispute over the cost of treatment that has run for almost a decade.',
  'Engineers told the board that the plant will remove sediment and farm runoff before the water reaches the reservoir, where algae blooms closed two swimming beaches for most of last summer.',
  'The project is expected to cost about 84 million, to be paid through a bond issue and a surcharge of four dollars a month on household water bills over the next twenty years.',
  'Residents who spoke at the meeting were divided. Several farmers argued that the surcharge falls hardest on large rural properties, while parents from the lakeside villages asked the board to move faster.',
  'The only member to vote against, a retired hydrologist, said the board had not studied whether wetland restoration upstream could do much of the same work at a fraction of the price.',
  'Construction is due to begin next spring once the state environmental agency signs off on the permits, and the board expects the plant to treat its first water within three years.',
];

/** Headlines of other stories, about anything but water boards. */
export const HEADLINES = [
  'Pop star cancels stadium tour dates after vocal cord surgery',
  'Reality show couple announce surprise wedding on a private island',
  'Actor reveals the diet behind his dramatic superhero transformation',
  'Streaming giant renews teen fantasy drama for a fourth season',
  'Rapper and model spotted holding hands at fashion week party',
  'Late night host mocks rival network over ratings slump',
  'Sitcom reunion special breaks viewing records in its first week',
  'Famous chef opens rooftop restaurant with twelve month waiting list',
  'Boy band member confirms solo album and autumn arena dates',
  'Oscar winner slams studio over sequel casting decision',
  'Influencer apologises after luxury holiday video sparks backlash',
  'Country singer donates guitar collection to children hospital auction',
  'Billionaire heiress shows off new yacht on Mediterranean cruise',
  'Talent show judge quits live final after heated row with host',
  'Hollywood couple split after fourteen years together, sources say',
  'Royal biographer claims palace feud began over a birthday seating plan',
  'Comedian sells out comedy club tour in under ten minutes',
  'Soap opera legend returns to the cobbled street after a decade away',
  'Supermodel launches skincare range aimed at busy teenagers',
  'Film festival jury hands top prize to a debut horror director',
  'Quarterback signs record contract extension before training camp',
  'Tennis champion withdraws from grass court season with wrist injury',
  'Football club sacks manager after five straight league defeats',
  'Golf star hits hole in one on the famous island green',
  'Marathon runner breaks course record in driving rain',
  'Smartphone maker teases folding handset with a bigger battery',
  'Video game sequel delayed again as studio promises more polish',
  'Electric car startup recalls thousands of vehicles over seat belts',
  'Social network tests paid badges for small business accounts',
  'Space agency picks landing site for its next lunar rover',
  'Lottery winner buys his old school and turns it into a cinema',
  'Zoo celebrates birth of rare twin snow leopard cubs',
  'Couple finds wartime love letters hidden under kitchen floorboards',
  'Town crowns giant pumpkin champion after record weigh-in',
  'Stolen painting recovered from attic after forty year hunt',
  'Dog walker rescues swan tangled in fishing line on canal',
  'Baker wins national prize for sourdough made with seaweed',
  'Vintage train returns to mountain line after long restoration',
  'Celebrity gardener reveals secret to growing giant tomatoes',
  'Pensioner completes skydive to celebrate hundredth birthday',
];

const LABELS = ['Trending', 'Most read', 'Latest', 'More from Entertainment', 'Trending now', 'Most popular'];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60);
const href = (h: string): string => `/entertainment/${slug(h)}`;

/** The label of the case's rail (one per platform so every label is seen). */
export function railLabel(c: RailCase): string {
  return LABELS[['ghost', 'wordpress', 'arc', 'brightspot', 'drupal', 'handmade'].indexOf(c.platform)]!;
}

function rail(c: RailCase): string {
  const heads = HEADLINES.slice(0, c.items);
  const label = railLabel(c);
  switch (c.platform) {
    case 'ghost':
      return `<div class="gh-related">${c.heading ? `<h3>${label}</h3>` : ''}<ul class="gh-related-list">${heads
        .map((h) => `<li><a href="${href(h)}">${esc(h)}</a></li>`)
        .join('')}</ul></div>`;
    case 'wordpress':
      return `${c.heading ? `<h2 class="wp-block-heading">${label}</h2>` : ''}<ul class="wp-block-list">${heads
        .map((h) => `<li><a href="${href(h)}">${esc(h)}</a>${c.separator}</li>`)
        .join('\n')}</ul>`;
    case 'arc':
      return `<div class="c-stack b-top-table-list">${c.heading ? `<p class="c-heading">${label}</p>` : ''}${heads
        .map(
          (h) =>
            `<div class="c-stack b-top-table-list__item"><h4 class="c-heading"><a class="c-link" href="${href(h)}">${esc(h)}</a></h4></div>`,
        )
        .join('')}</div>`;
    case 'brightspot':
      return `<div class="List">${c.heading ? `<div class="List-title">${label}</div>` : ''}<div class="List-items">${heads
        .map(
          (h) =>
            `<div class="List-items-item"><div class="PagePromo"><div class="PagePromo-title"><a class="Link" href="${href(h)}">${esc(h)}</a></div></div></div>`,
        )
        .join('')}</div></div>`;
    case 'drupal':
      return `<div class="view-content">${c.heading ? `<h2 class="block-title">${label}</h2>` : ''}${heads
        .map(
          (h) =>
            `<div class="views-row"><span class="field-content"><a href="${href(h)}" hreflang="en">${esc(h)}</a></span>${c.separator}</div>`,
        )
        .join('\n')}</div>`;
    case 'handmade':
      // The case the issue names: a label, a lone separator, then bare links each followed by the separator.
      return `${c.heading ? `<h3>${label}</h3>` : ''}${c.separator.trim()}\n${heads.map((h) => `<a href="${href(h)}">${esc(h)}</a>${c.separator}`).join('\n')}\n`;
  }
}

function body(c: RailCase): string {
  const paras = BODY.map((p) => `<p>${esc(p)}</p>`);
  const r = rail(c);
  if (c.where === 'before') paras.unshift(r);
  else if (c.where === 'after') paras.push(r);
  else paras.splice(3, 0, r);
  return paras.join('\n');
}

const CHROME_TOP = `<header class="site-header"><a href="/">The Valley Courier</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/life">Life</a></nav></header>`;
const CHROME_BOTTOM = `<footer class="site-footer"><p>© The Valley Courier</p><a href="/about">About us</a> <a href="/contact">Contact</a></footer>`;
const BYLINE = 'By Maren Holt';

export function railPage(c: RailCase): string {
  const inner = body(c);
  let article: string;
  switch (c.platform) {
    case 'ghost':
      article = `<main class="site-main"><article class="gh-article post"><header class="gh-article-header gh-canvas"><h1 class="gh-article-title">${TITLE}</h1><p class="gh-article-byline">${BYLINE}</p></header><section class="gh-content gh-canvas">${inner}</section></article></main>`;
      break;
    case 'wordpress':
      article = `<div id="primary" class="content-area"><main id="main" class="site-main"><article id="post-4711" class="post-4711 post type-post status-publish"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1><span class="byline">${BYLINE}</span></header><div class="entry-content">${inner}</div></article></main></div>`;
      break;
    case 'arc':
      article = `<div class="b-article-layout"><h1 class="c-heading b-headline">${TITLE}</h1><div class="c-attribution">${BYLINE}</div><article class="b-article-body">${inner.replace(/<p>/g, '<p class="c-paragraph" data-type="text">')}</article></div>`;
      break;
    case 'brightspot':
      article = `<main class="Page-main"><div class="Page-articleHeader"><h1 class="Page-headline">${TITLE}</h1><div class="Page-byline">${BYLINE}</div></div><div class="RichTextArticleBody RichTextBody">${inner}</div></main>`;
      break;
    case 'drupal':
      article = `<div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${TITLE}</span></h1><div class="node__meta">${BYLINE}</div><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${inner}</div></div></article></div>`;
      break;
    case 'handmade':
      article = `<table width="100%"><tr><td><font size="5"><b>${TITLE}</b></font><br>${BYLINE}<div id="story">${inner}</div></td></tr></table>`;
      break;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE} | The Valley Courier</title></head><body>${CHROME_TOP}${article}${CHROME_BOTTOM}</body></html>`;
}

export const PLATFORMS: Platform[] = ['ghost', 'wordpress', 'arc', 'brightspot', 'drupal', 'handmade'];

/** Every platform with every rail size and position, with and without a heading; separators alternate. */
export function railCases(): RailCase[] {
  const out: RailCase[] = [];
  let i = 0;
  for (const platform of PLATFORMS)
    for (const items of [5, 16, 40])
      for (const where of ['before', 'within', 'after'] as Where[])
        for (const heading of [true, false])
          out.push({ platform, items, where, heading, separator: (i++ >> 1) % 2 ? ' |' : ' -' });
  return out;
}

/** In-body cards that stand for another page; each card's texts must not reach the article text. */
export const CARDS: { name: string; html: string; texts: string[] }[] = [
  {
    name: 'Ghost bookmark card',
    html: `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://other.example/rail-strike"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Freight rail strike ends after overnight talks</div><div class="kg-bookmark-description">Unions and operators agree a three year deal that restores weekend shifts.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/icon.png" alt=""><span class="kg-bookmark-author">The Freight Desk</span><span class="kg-bookmark-publisher">Harbour Weekly</span></div></div><div class="kg-bookmark-thumbnail"><img src="/thumb.jpg" alt=""></div></a></figure>`,
    texts: ['Freight rail strike ends', 'restores weekend shifts', 'Harbour Weekly'],
  },
  {
    name: 'WordPress embed block',
    html: `<figure class="wp-block-embed is-type-wp-embed is-provider-valley-courier wp-block-embed-valley-courier"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="x1"><a href="/2024/03/library-roof">Library roof repairs finally finished</a></blockquote><iframe class="wp-embedded-content" title="Library roof repairs finally finished" src="/2024/03/library-roof/embed/">Library roof repairs finally finished</iframe></div></figure>`,
    texts: ['Library roof repairs'],
  },
  {
    name: 'oEmbed link card',
    html: `<div class="oembed-card"><a href="https://video.example/watch/123"><span class="oembed-title">Drone footage of the spring floods over the old mill</span><span class="oembed-provider">VideoSite</span></a></div>`,
    texts: ['Drone footage of the spring floods', 'VideoSite'],
  },
  {
    name: 'Read also card',
    html: `<aside class="read-also"><span>Read also</span><a href="/news/bridge-closure">Bridge closure adds an hour to school runs</a></aside>`,
    texts: ['Bridge closure adds an hour'],
  },
  {
    name: 'AMP related list',
    html: `<div class="amp-related-posts"><h4>Related</h4><ul><li><a href="/a">County fair returns with a tractor parade</a></li><li><a href="/b">New cycle lane opens on the harbour road</a></li></ul></div>`,
    texts: ['County fair returns', 'New cycle lane opens'],
  },
];

/** A WordPress article with one card after its second paragraph. */
export function cardPage(card: string): string {
  const paras = BODY.map((p) => `<p>${esc(p)}</p>`);
  paras.splice(2, 0, card);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body>${CHROME_TOP}<main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header><div class="entry-content">${paras.join('\n')}</div></article></main>${CHROME_BOTTOM}</body></html>`;
}
