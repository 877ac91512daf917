// Page shells for the seventh red-team set, in the markup of the page styles the earlier sets did not write
// (styles only: every name, class and text is made up): a classic CMS page with semantic tags (`classic`), a
// JavaScript-framework page with hashed class names, no semantic tags, divs only and `data-testid` attributes
// (`soup`), a page whose body is cut into several containers by ad slots (`split`), and a long read with section
// headings (`longread`, headings before paragraphs 2, 4 and 6). `at[k]` goes after paragraph k inside the body
// (-1: before the first), `tail` after the body inside the article, `after` after the article in the main column,
// `side` in a sidebar.
import type { Story } from './chrome-stories.js';
import { esc, slug } from './chrome-shells.js';
import type { Parts4 } from './redteam4-shells.js';

export type Shell7 = 'classic' | 'soup' | 'split' | 'longread';

/** A link to another article of the same site. */
export const link7 = (text: string, folder = 'news', attrs = ''): string =>
  `<a href="/${folder}/${slug(text).slice(0, 48) || 'a'}-${(text.length * 6151 + 200000).toString()}"${attrs}>${esc(text)}</a>`;

/** The section headings of the long read, before paragraphs 2, 4 and 6. */
export const RIVER_HEADS: Record<number, string> = {
  2: 'A map in the library',
  4: 'The storms that changed the sums',
  6: 'Eighteen months of fences',
};

function doc(story: Story, site: string, bodyHtml: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(story.title)} | ${site}</title><meta property="og:site_name" content="${site}"><meta property="og:type" content="article"><meta name="author" content="${esc(story.byline)}">${head}</head><body>${bodyHtml}</body></html>`;
}

const NAV = ['News', 'Local', 'Business', 'Opinion', 'Sport', 'Obituaries'];

function classic(story: Story, p: Parts4, long: boolean): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    const h = long ? RIVER_HEADS[i] : undefined;
    if (h) out.push(`<h2 id="s${i.toString()}">${esc(h)}</h2>`);
    out.push(`<p>${esc(t)}</p>`, p.at?.[i] ?? '');
  });
  const nav = `<nav class="site-nav"><ul>${NAV.map((n) => `<li><a href="/${slug(n)}">${n}</a></li>`).join('')}</ul></nav>`;
  return doc(
    story,
    'The Alder Courier',
    `<header class="masthead">${nav}</header><main class="layout"><article class="entry"><header class="entry-header"><h1 class="entry-title">${esc(story.title)}</h1><div class="entry-meta"><span class="byline">By <a href="/staff/x">${esc(story.byline)}</a></span> <time datetime="2026-06-10T09:00:00Z">June 10, 2026</time></div></header><div class="entry-content">${out.join('\n')}</div>${p.tail ?? ''}</article>${p.after ?? ''}<aside class="sidebar">${p.side ?? ''}</aside></main><footer class="site-footer"><p>© 2026 The Alder Courier</p></footer>`,
  );
}

/** Hashed class names of the kind CSS-in-JS tools emit. */
const h = (n: number): string => `sc-${(n * 2654435761).toString(36).slice(-6)} ${(n * 40503).toString(36)}`;

function soup(story: Story, p: Parts4): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  story.paras.forEach((t, i) => {
    out.push(`<div class="${h(7)}" data-testid="paragraph-${i.toString()}">${esc(t)}</div>`, p.at?.[i] ?? '');
  });
  const nav = `<div class="${h(1)}" data-testid="nav-bar">${NAV.map((n) => `<div class="${h(2)}"><a class="${h(3)}" href="/${slug(n)}">${n}</a></div>`).join('')}</div>`;
  return doc(
    story,
    'Signal Daily',
    `<div id="__next"><div class="${h(4)}">${nav}<div class="${h(5)}" data-testid="article-page"><div class="${h(6)}" data-testid="headline"><div class="${h(8)}">${esc(story.section)}</div><div class="${h(9)}" role="heading" aria-level="1">${esc(story.title)}</div><div class="${h(10)}" data-testid="byline"><a class="${h(11)}" href="/authors/x">${esc(story.byline)}</a><div class="${h(12)}">Jun 10, 2026</div></div></div><div class="${h(13)}" data-testid="article-body">${out.join('\n')}</div>${p.tail ?? ''}</div>${p.after ?? ''}<div class="${h(14)}" data-testid="right-rail">${p.side ?? ''}</div></div><div class="${h(15)}" data-testid="footer"><div>© 2026 Signal Daily Media</div></div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":"a1"}}}</script>`,
  );
}

/** The body cut in containers of two paragraphs, an ad slot (and `at[k]`, if any) between them. */
function split(story: Story, p: Parts4): string {
  const out: string[] = [p.at?.[-1] ?? ''];
  for (let i = 0; i < story.paras.length; i += 2) {
    const two = story.paras.slice(i, i + 2).map((t) => `<p class="body-text">${esc(t)}</p>`);
    out.push(`<div class="article-body__part" data-part="${(i / 2).toString()}">${two.join('')}</div>`);
    if (i + 2 < story.paras.length)
      out.push(
        `<div class="ad-container ad-container--inline"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-${i.toString()}" class="gpt-slot"></div></div>`,
      );
    out.push(p.at?.[i + 1] ?? '');
  }
  return doc(
    story,
    'Metro Ledger',
    `<header class="header">${NAV.map((n) => `<a href="/${slug(n)}">${n}</a>`).join(' ')}</header><div class="page"><div class="main-col"><div class="article-header"><h1 class="article-header__title">${esc(story.title)}</h1><div class="article-header__byline">By ${esc(story.byline)} | June 10, 2026</div></div><div class="article-body">${out.join('\n')}</div>${p.tail ?? ''}${p.after ?? ''}</div><div class="side-col">${p.side ?? ''}</div></div><div class="footer">© 2026 Metro Ledger Inc.</div>`,
  );
}

export function shell7(kind: Shell7, story: Story, p: Parts4 = {}): string {
  if (kind === 'soup') return soup(story, p);
  if (kind === 'split') return split(story, p);
  return classic(story, p, kind === 'longread');
}
