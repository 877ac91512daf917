// One synthetic article page: the article wrapped in the heavy chrome of a commercial news site (mega menus,
// cookie banner, inline CSS and JSON state, SVG sprites, ad slots, teaser rails, comments, footer link farms),
// padded with more of the same until it reaches the page size asked for. Pure: same input, same bytes.
import type { ArticleText } from './article-text.js';
import { createRng, type Rng } from './prng.js';
import { ADJECTIVES, CHROME_PHRASES, NOUNS, SECTIONS } from './words/index.js';

export interface PageInput {
  siteName: string;
  origin: string;
  url: string;
  section: string;
  published: Date;
  text: ArticleText;
  /** Titles and URLs of other articles of the site, for the teaser rails. */
  related: { title: string; url: string }[];
  /** The page grows past its essentials up to this many bytes (never shrinks below them). */
  targetBytes: number;
  seed: number;
}

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function cssChunk(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = `c-${rng.pick(NOUNS)}-${rng.int(0, 999)}`;
    out += `.${c}{display:${rng.pick(['flex', 'grid', 'block'])};margin:${rng.int(0, 32)}px ${rng.int(0, 32)}px;padding:${rng.int(0, 24)}px;color:#${rng.int(0, 0xffffff).toString(16).padStart(6, '0')};font:${rng.int(12, 22)}px/1.${rng.int(2, 8)} var(--font-${rng.pick(['sans', 'serif', 'mono'])})}\n`;
    out += `@media (min-width:${rng.int(480, 1440)}px){.${c}>.${rng.pick(ADJECTIVES)}{grid-template-columns:repeat(${rng.int(2, 6)},1fr);gap:${rng.int(4, 24)}px}}\n`;
  }
  return out;
}

function navChunk(rng: Rng, origin: string, links: number): string {
  const section = rng.pick(SECTIONS);
  let out = `<li class="menu__group"><button class="menu__toggle" aria-expanded="false" data-track="nav-${slug(section)}">${section}</button><ul class="menu__list">`;
  for (let i = 0; i < links; i++) {
    const label = `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
    out += `<li class="menu__item"><a class="menu__link" href="${origin}/${slug(section)}/${slug(label)}" data-track="nav-${i}">${label}</a></li>`;
  }
  return `${out}</ul></li>`;
}

function stateChunk(rng: Rng, n: number): string {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push({
      id: rng.int(100000, 999999),
      slot: `${rng.pick(NOUNS)}-${rng.int(1, 9)}`,
      sizes: [
        [300, 250],
        [728, 90],
        [rng.int(160, 970), rng.int(50, 600)],
      ],
      targeting: {
        section: rng.pick(SECTIONS).toLowerCase(),
        kw: [rng.pick(NOUNS), rng.pick(ADJECTIVES), rng.pick(NOUNS)],
        pos: rng.int(1, 12),
      },
      experiment: {
        bucket: rng.int(0, 99),
        variant: rng.pick(['control', 'a', 'b']),
        hash: rng.int(0, 0x7fffffff).toString(36),
      },
    });
  }
  return items.map((x) => JSON.stringify(x)).join(',');
}

function spriteChunk(rng: Rng, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    let d = `M${rng.int(0, 24)} ${rng.int(0, 24)}`;
    for (let j = 0; j < 12; j++) d += ` L${rng.int(0, 24)}.${rng.int(0, 9)} ${rng.int(0, 24)}.${rng.int(0, 9)}`;
    out += `<symbol id="icon-${rng.pick(NOUNS)}-${i}" viewBox="0 0 24 24"><path d="${d}Z"/></symbol>`;
  }
  return out;
}

function teaserChunk(rng: Rng, related: PageInput['related'], n: number): string {
  let out = '';
  for (let i = 0; i < n && related.length; i++) {
    const r = rng.pick(related);
    out +=
      `<div class="card card--${rng.pick(['small', 'wide', 'tall'])}" data-position="${i}"><a class="card__link" href="${esc(r.url)}?ref=rail">` +
      `<img class="card__img" src="/img/${rng.int(1000, 9999)}.jpg" alt="" loading="lazy" width="320" height="180">` +
      `<h3 class="card__title">${esc(r.title)}</h3><span class="card__meta">${rng.int(1, 59)} min ago</span></a></div>`;
  }
  return out;
}

function adChunk(rng: Rng): string {
  return `<div class="ad-slot" id="ad-${rng.int(0, 99999)}" data-ad-unit="/${rng.int(1000, 9999)}/${rng.pick(SECTIONS).toLowerCase()}" data-sizes="300x250,300x600" data-lazy="true" data-refresh="${rng.int(15, 60)}"><span class="ad-slot__label">${rng.pick(CHROME_PHRASES)}</span></div>`;
}

function footerChunk(rng: Rng, origin: string, n: number): string {
  let out = '<ul class="footer__col">';
  for (let i = 0; i < n; i++) {
    const label = rng.pick(CHROME_PHRASES);
    out += `<li><a href="${origin}/${slug(label)}?i=${i}">${label}</a></li>`;
  }
  return `${out}</ul>`;
}

export function renderPage(p: PageInput): string {
  const rng = createRng(p.seed);
  const t = p.text;
  const iso = p.published.toISOString();
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: t.title,
    datePublished: iso,
    author: [{ '@type': 'Person', name: t.byline }],
    publisher: { '@type': 'Organization', name: p.siteName },
    mainEntityOfPage: p.url,
  });
  const body = t.paragraphs
    .map((para, i) => {
      const extra =
        i === 2
          ? `<figure class="inline-figure"><img src="/img/${rng.int(1000, 9999)}.jpg" alt="" width="800" height="450"><figcaption>Photograph: ${esc(p.siteName)} archive</figcaption></figure>`
          : '';
      return `${extra}<p>${esc(para)}</p>`;
    })
    .join('\n');

  const head = [cssChunk(rng, 6)];
  const nav = [navChunk(rng, p.origin, 12), navChunk(rng, p.origin, 12)];
  const sprites = [spriteChunk(rng, 4)];
  const rail = [teaserChunk(rng, p.related, 4)];
  const footer = [footerChunk(rng, p.origin, 10)];
  const state = [stateChunk(rng, 3)];
  const ads = [adChunk(rng)];

  const assemble = () => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(t.title)} | ${esc(p.siteName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(t.summary)}">
<meta property="og:title" content="${esc(t.title)}"><meta property="og:type" content="article"><meta property="og:url" content="${esc(p.url)}">
<meta property="article:published_time" content="${iso}"><meta name="author" content="${esc(t.byline)}">
<link rel="canonical" href="${esc(p.url)}"><link rel="stylesheet" href="${p.origin}/static/site.css">
<script type="application/ld+json">${jsonLd}</script>
<style>${head.join('')}</style>
</head><body class="page page--article">
<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${sprites.join('')}</svg>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show you relevant advertising.</p><button>Accept all</button><button>Reject optional</button></div>
<header class="site-header"><a class="logo" href="${p.origin}/">${esc(p.siteName)}</a><nav class="menu" aria-label="Main"><ul>${nav.join('')}</ul></nav></header>
${ads[0] ?? ''}
<main id="content"><nav class="breadcrumb"><a href="${p.origin}/">Home</a> / <a href="${p.origin}/${slug(p.section)}">${esc(p.section)}</a></nav>
<article class="story">
<header class="story__header"><h1 class="story__title">${esc(t.title)}</h1>
<p class="story__byline">By <a rel="author" href="${p.origin}/authors/${slug(t.byline)}">${esc(t.byline)}</a></p>
<time datetime="${iso}">${p.published.toUTCString()}</time>
<div class="share"><button>Share this story</button><button>Copy link</button><button>Print</button></div></header>
<div class="story__body">
${body}
</div>
<aside class="newsletter"><h2>Newsletter: the morning digest</h2><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form></aside>
</article>
<section class="comments"><h2>Comments</h2><ol><li><p>First!</p></li><li><p>Who pays for all this?</p></li></ol></section>
</main>
<aside class="rail"><h2>Most read</h2>${rail.join('')}${ads.slice(1).join('')}</aside>
<footer class="site-footer">${footer.join('')}<p>&copy; ${esc(p.siteName)}</p></footer>
<script>window.__STATE__={ads:[${state.join(',')}]};</script>
<script>(function(){var q=window.dataLayer=window.dataLayer||[];q.push({event:"pageview",section:${JSON.stringify(p.section)}});})();</script>
</body></html>
`;

  // Grow every region in turn until the page is as heavy as asked: markup (menus, rails, footer, sprites,
  // ads) and text blobs (CSS, JSON state) in about the proportions real pages have.
  let size = Buffer.byteLength(assemble());
  const growers: (() => number)[] = [
    () => {
      const s = cssChunk(rng, 8);
      head.push(s);
      return s.length;
    },
    () => {
      const s = navChunk(rng, p.origin, 16);
      nav.push(s);
      return s.length;
    },
    () => {
      const s = teaserChunk(rng, p.related, 6);
      rail.push(s);
      return s.length;
    },
    () => {
      const s = stateChunk(rng, 8);
      state.push(s);
      return s.length + 1;
    },
    () => {
      const s = footerChunk(rng, p.origin, 16);
      footer.push(s);
      return s.length;
    },
    () => {
      const s = spriteChunk(rng, 6);
      sprites.push(s);
      return s.length;
    },
    () => {
      const s = adChunk(rng);
      ads.push(s);
      return s.length;
    },
  ];
  for (let i = 0; size < p.targetBytes; i++) size += (growers[i % growers.length] as () => number)();
  return assemble();
}
