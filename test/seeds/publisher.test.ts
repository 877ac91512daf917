// The sample publisher on a real port: feeds and pages per phase, conditional GETs, the junk every page must
// carry for the cleaner to remove, and the corpus properties the demo timeline relies on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import Parser from 'rss-parser';
import { startPublisher, demoScenario, PublisherPhaseError, type Publisher } from '../../seeds/publisher.js';
import { articles, feeds, firstPhase, versionAt, type CorpusArticle, type OutletId } from '../../seeds/corpus/index.js';
import { loadConfigFile } from '../../src/config/load.js';
import { compileQuery, matchQuery } from '../../src/topics/query.js';

/** Where each outlet's chrome lives; every page must have all of it. `body` selects the article's paragraphs. */
const CHROME: Record<
  OutletId,
  Record<'cookie' | 'nav' | 'mostRead' | 'newsletter' | 'share' | 'footer' | 'comments' | 'credit' | 'body', string>
> = {
  'meridian-post': {
    cookie: '#sp_message_container_821',
    nav: 'nav.mp-pillars a',
    mostRead: '.mp-most-viewed li',
    newsletter: '.mp-inline-signup form',
    share: '.mp-share a',
    footer: 'footer.mp-footer',
    comments: '.mp-comment-count',
    credit: 'figcaption .mp-credit',
    body: '.mp-article__body p.dcr-p',
  },
  'baltic-ledger': {
    cookie: '#gdpr-consent',
    nav: 'nav.main-menu a',
    mostRead: '.widget.popular li',
    newsletter: '.newsletter-signup form',
    share: '.social-share a',
    footer: 'footer.site-footer',
    comments: '.comment-counter',
    credit: '.image-caption .image-author',
    body: '.article-content > p:not(.read-more-inline):not(.editors-note)',
  },
  'continental-wire': {
    cookie: '#onetrust-banner-sdk',
    nav: 'header nav a',
    mostRead: '[data-testid="Trending"] li',
    newsletter: '[data-testid="NewsletterSignup"]',
    share: '[data-testid="ShareButton"] a',
    footer: 'footer',
    comments: '.discussion-count',
    credit: '.image-caption__credit',
    body: '[data-testid^="paragraph-"]',
  },
  'harbor-herald': {
    cookie: '.cc-window',
    nav: '#topnav a',
    mostRead: '.most-popular li',
    newsletter: '.newsletter-box form',
    share: '.story-tools a',
    footer: '#footer',
    comments: '.comment-link',
    credit: '.photo-credit',
    body: '#story-text > p:not(.wire-credit)',
  },
  'eastgate-observer': {
    cookie: '#cookie-law-info-bar',
    nav: '#site-navigation a',
    mostRead: '.widget_most_read li',
    newsletter: '.mc4wp-form',
    share: '.sharedaddy a',
    footer: '#colophon',
    comments: '.comments-link',
    credit: 'figcaption em',
    body: '.entry-content > p',
  },
};

const paragraphs = (a: CorpusArticle, phase: number): string[] =>
  (versionAt(a, phase)?.body ?? []).filter((b): b is string => typeof b === 'string');

const sentences = (paras: string[]): string[] => paras.flatMap((p) => p.split(/(?<=[.!?”])\s+(?=[A-Z“(])/));

let pub: Publisher;
const parser = new Parser<Record<string, unknown>, { updated?: string }>({ customFields: { item: ['updated'] } });

async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

function feedUrl(id: string): string {
  const f = pub.feeds.find((x) => x.id === id);
  if (!f) throw new Error(`no feed ${id}`);
  return f.url;
}

async function page(id: string): Promise<Document> {
  const res = await get(pub.articleUrl(id));
  expect(res.status).toBe(200);
  return new JSDOM(res.body).window.document;
}

function texts(doc: Document, selector: string): string[] {
  return [...doc.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
}

beforeAll(async () => {
  pub = await startPublisher({ port: 0 });
});

afterAll(async () => {
  await pub?.close();
});

describe('sample publisher', () => {
  it('starts at phase 1 on loopback with one feed per configured source', () => {
    expect(pub.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(pub.phase).toBe(1);
    expect(pub.phases).toBe(4);
    expect(pub.feeds.map((f) => f.id).sort()).toEqual(feeds.map((f) => f.id).sort());
    expect(() => pub.setPhase(0)).toThrow(PublisherPhaseError);
    expect(() => pub.setPhase(2.5)).toThrow(PublisherPhaseError);
    expect(pub.phase).toBe(1);
  });

  it('lists in each feed exactly the articles the scenario puts there, per phase, in RSS and Atom', async () => {
    const formats = new Set<string>();
    for (let phase = 1; phase <= pub.phases; phase++) {
      pub.setPhase(phase);
      for (const f of feeds) {
        const res = await get(feedUrl(f.id));
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain(
          f.format === 'atom' ? 'application/atom+xml' : 'application/rss+xml',
        );
        // Well-formed XML: jsdom's XML parser throws on the first error.
        const root = new JSDOM(res.body, { contentType: 'text/xml' }).window.document.documentElement.localName;
        expect(root).toBe(f.format === 'atom' ? 'feed' : 'rss');
        formats.add(root);
        const parsed = await parser.parseString(res.body);
        const expected = demoScenario.articles
          .filter((a) => a.sourceIds.includes(f.id) && a.phase <= phase)
          .map((a) => `${pub.url}${a.variantPaths.find((v) => f.linkQuery && v.endsWith(f.linkQuery)) ?? a.path}`);
        expect(parsed.items.map((i) => i.link).sort()).toEqual(expected.sort());
      }
    }
    expect([...formats].sort()).toEqual(['feed', 'rss']);
    pub.setPhase(1);
  });

  it('identifies items by guid, by Atom id, and (one outlet) by link alone', async () => {
    const meridian = await get(feedUrl('meridian-world'));
    expect(meridian.body).toMatch(/<guid isPermaLink="false">meridianpost-\d+<\/guid>/);
    const wire = await get(feedUrl('continental-wire'));
    expect(wire.body).toMatch(/<guid isPermaLink="true">http:/);
    pub.setPhase(2);
    const eastgate = await get(feedUrl('eastgate-observer'));
    expect(eastgate.body).toContain('<item>');
    expect(eastgate.body).not.toContain('<guid');
    pub.setPhase(1);
  });

  it('serves the same page under the tracking-parameter URL the Europe feed links to', async () => {
    const [variant] = demoScenario.articles.flatMap((a) => a.variantPaths);
    expect(variant).toMatch(/\?utm_source=/);
    const clean = await get(pub.articleUrl('mp-kyiv-letter'));
    const tracked = await get(`${pub.url}${variant}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toBe(clean.body);
    expect(clean.body).toContain(`<link rel="canonical" href="${pub.articleUrl('mp-kyiv-letter')}">`);
  });

  it('answers conditional GETs with 304 and anything unknown with a plain 404', async () => {
    for (const url of [feedUrl('baltic-ledger'), pub.articleUrl('hh-east-channel')]) {
      const first = await get(url);
      const etag = first.headers.get('etag');
      const lastModified = first.headers.get('last-modified');
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(lastModified).toBeTruthy();
      expect((await get(url, { 'If-None-Match': etag as string })).status).toBe(304);
      expect((await get(url, { 'If-None-Match': `"other", W/${etag}` })).status).toBe(304);
      expect((await get(url, { 'If-Modified-Since': lastModified as string })).status).toBe(304);
      // If-None-Match decides when both are sent.
      expect((await get(url, { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified as string })).status).toBe(
        200,
      );
      expect((await get(url, { 'If-Modified-Since': 'Sat, 30 Nov 2024 00:00:00 GMT' })).status).toBe(200);
    }
    const head = await fetch(pub.articleUrl('hh-east-channel'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    const missing = await get(`${pub.url}/no/such/page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/plain');
    // Phase 2's articles do not exist yet.
    expect((await get(pub.articleUrl('eo-ministers-sidestep'))).status).toBe(404);
    expect((await fetch(`${pub.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('keeps a feed that did not change across phases answerable with 304', async () => {
    pub.setPhase(1);
    const baltic1 = await get(feedUrl('baltic-ledger'));
    const harbor1 = await get(feedUrl('harbor-herald'));
    pub.setPhase(2);
    // Baltic Ledger publishes nothing in phase 2; the Herald adds the wire copy.
    expect(
      (await get(feedUrl('baltic-ledger'), { 'If-None-Match': baltic1.headers.get('etag') as string })).status,
    ).toBe(304);
    const harbor2 = await get(feedUrl('harbor-herald'), { 'If-None-Match': harbor1.headers.get('etag') as string });
    expect(harbor2.status).toBe(200);
    pub.setPhase(3);
    expect(
      (await get(feedUrl('harbor-herald'), { 'If-None-Match': harbor2.headers.get('etag') as string })).status,
    ).toBe(304);
    // Last-Modified stays at the phase where the bytes last changed.
    expect((await get(feedUrl('harbor-herald'))).headers.get('last-modified')).toBe(
      harbor2.headers.get('last-modified'),
    );
    pub.setPhase(1);
  });

  it('phase 2: the wire story reappears on the Herald with a new headline, an intro line and other chrome', async () => {
    pub.setPhase(2);
    const wire = await page('cw-nato-letter');
    const copy = await page('hh-wire-kyiv-case');
    const wireBody = texts(wire, CHROME['continental-wire'].body);
    const copyBody = texts(copy, CHROME['harbor-herald'].body);
    expect(copyBody.slice(1)).toEqual(wireBody);
    expect(copyBody[0]).toMatch(/^As NATO foreign ministers meet in Brussels today/);
    expect(copy.querySelector('h1')?.textContent).not.toBe(wire.querySelector('h1')?.textContent);
    expect(copy.querySelector('meta[name="original-source"]')?.getAttribute('content')).toBe(
      pub.articleUrl('cw-nato-letter'),
    );
    expect(copy.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(pub.articleUrl('hh-wire-kyiv-case'));
    pub.setPhase(1);
  });

  it('phase 3: the revised article changes text at the same URL and its Atom entry gets a new updated date', async () => {
    pub.setPhase(2);
    const before = await page('bl-invitation-plea');
    const atomBefore = await parser.parseString((await get(feedUrl('baltic-ledger'))).body);
    pub.setPhase(3);
    const after = await page('bl-invitation-plea');
    const atomAfter = await parser.parseString((await get(feedUrl('baltic-ledger'))).body);
    expect(atomAfter.items[0]?.link).toBe(atomBefore.items[0]?.link);
    expect(atomAfter.items[0]?.updated).not.toBe(atomBefore.items[0]?.updated);

    const body = CHROME['baltic-ledger'].body;
    const removed = sentences(texts(before, body)).filter((s) => !sentences(texts(after, body)).includes(s));
    const added = sentences(texts(after, body)).filter((s) => !sentences(texts(before, body)).includes(s));
    const rev = demoScenario.phases[2]?.expect.revisions[0];
    expect(rev?.article).toBe('bl-invitation-plea');
    expect(removed.sort()).toEqual(rev?.changed.map((c) => c.before).sort());
    const note = after.querySelector('.editors-note')?.textContent ?? '';
    expect([...added, note].sort()).toEqual(
      [...(rev?.changed.map((c) => c.after) ?? []), ...(rev?.added ?? [])].sort(),
    );
    expect(before.querySelector('.editors-note')).toBeNull();
    pub.setPhase(1);
  });

  it('phase 4: only rails, comment counts and timestamps change; touched Atom entries move their dates', async () => {
    const snapshot = async (phase: number) => {
      pub.setPhase(phase);
      const out = new Map<
        string,
        { raw: string; body: string[]; title: string; mostRead: string[]; comments: string }
      >();
      for (const a of articles) {
        const raw = (await get(pub.articleUrl(a.id))).body;
        const doc = new JSDOM(raw).window.document;
        const c = CHROME[a.outlet];
        out.set(a.id, {
          raw,
          body: texts(doc, c.body),
          title: doc.querySelector('h1')?.textContent ?? '',
          mostRead: texts(doc, c.mostRead),
          comments: texts(doc, c.comments).join(),
        });
      }
      return out;
    };
    const p3 = await snapshot(3);
    const p4 = await snapshot(4);
    for (const a of articles) {
      const x = p3.get(a.id);
      const y = p4.get(a.id);
      expect(y?.raw, a.id).not.toBe(x?.raw);
      expect(y?.body, a.id).toEqual(x?.body);
      expect(y?.title, a.id).toBe(x?.title);
      expect(y?.mostRead, a.id).not.toEqual(x?.mostRead);
      expect(y?.comments, a.id).not.toBe(x?.comments);
    }
    const touched = demoScenario.phases[3]?.touched ?? [];
    expect(touched.length).toBeGreaterThan(0);
    for (const id of ['baltic-ledger', 'harbor-herald']) {
      pub.setPhase(3);
      const before = await parser.parseString((await get(feedUrl(id))).body);
      pub.setPhase(4);
      const after = await parser.parseString((await get(feedUrl(id))).body);
      for (const item of after.items) {
        const old = before.items.find((i) => i.link === item.link);
        expect(old?.title).toBe(item.title);
        const a = articles.find((x) => item.link === `${pub.url}${x.path}`);
        expect(item.updated !== old?.updated, item.link).toBe(touched.includes(a?.id ?? ''));
      }
    }
    pub.setPhase(1);
  });

  it('wraps every page in its outlet’s chrome and metadata, with the required junk blocks', async () => {
    pub.setPhase(4);
    for (const a of articles) {
      const doc = await page(a.id);
      const c = CHROME[a.outlet];
      for (const [what, selector] of Object.entries(c))
        expect(doc.querySelectorAll(selector).length, `${a.id} ${what}`).toBeGreaterThan(0);
      expect(texts(doc, c.body), a.id).toEqual(paragraphs(a, 4));
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(pub.articleUrl(a.id));
      for (const p of ['og:title', 'og:url', 'og:image', 'og:type', 'article:published_time']) {
        expect(doc.querySelector(`meta[property="${p}"]`), `${a.id} ${p}`).not.toBeNull();
      }
      expect(doc.querySelector('time[datetime]'), a.id).not.toBeNull();
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
        (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>,
      );
      const nodes = ld.flatMap((x) => (Array.isArray(x['@graph']) ? (x['@graph'] as Record<string, unknown>[]) : [x]));
      const news = nodes.find((n) => n['@type'] === 'NewsArticle');
      expect(news?.headline, a.id).toBe(versionAt(a, 4)?.headline);
      expect(news?.datePublished, a.id).toBe(a.published);
      // The photo is served, with its caption and credit on the page.
      expect((await get(doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '')).status).toBe(
        200,
      );
    }
    const herald = await page('hh-east-channel');
    expect(herald.querySelectorAll('#story-text .trending-now li').length).toBeGreaterThanOrEqual(15);
    const baltic = await page('bl-invitation-plea');
    expect(baltic.querySelector('.author-bio')?.textContent).toContain('covers defence and security policy');
    expect(baltic.querySelectorAll('.read-more-block .teaser-card').length).toBeGreaterThanOrEqual(3);
    expect(baltic.querySelectorAll('.article-content .read-more-inline').length).toBeGreaterThan(0);
    // Chrome differs between outlets: no two outlets share their cookie-banner markup.
    const banners = Object.values(CHROME).map((c) => c.cookie);
    expect(new Set(banners).size).toBe(banners.length);
    pub.setPhase(1);
  });
});

describe('demo corpus', () => {
  const config = loadConfigFile('config/demo.yaml');
  const topic = (id: string) => {
    const t = config.topics.find((x) => x.id === id);
    if (!t) throw new Error(`no topic ${id}`);
    return t;
  };
  const rule = (topicId: string, statusId: string) =>
    compileQuery(topic(topicId).statuses.find((s) => s.id === statusId)?.when ?? '');

  it('config/demo.yaml polls every publisher feed from port 8081', () => {
    expect(config.sources.map((s) => s.id).sort()).toEqual(feeds.map((f) => f.id).sort());
    for (const s of config.sources) {
      const f = feeds.find((x) => x.id === s.id);
      expect(s.url).toBe(`http://127.0.0.1:8081${f?.path}`);
      expect(s.allowPrivateNetworks).toBe(true);
      expect(s.every).toBe(10_000);
    }
    expect(config.topics.map((t) => t.id)).toEqual(demoScenario.topics);
  });

  it('has at least 8 articles of 5 to 12 paragraphs from at least four outlets', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(4);
    for (const a of articles) {
      for (const v of a.versions) {
        const n = v.body.filter((b) => typeof b === 'string').length;
        expect(n, a.id).toBeGreaterThanOrEqual(5);
        expect(n, a.id).toBeLessThanOrEqual(12);
      }
    }
  });

  it('matches each article to exactly the topics the scenario names', () => {
    for (const s of demoScenario.articles) {
      const a = articles.find((x) => x.id === s.id) as CorpusArticle;
      for (let phase = firstPhase(a); phase <= 4; phase++) {
        const v = versionAt(a, phase);
        const text = `${v?.headline}\n${paragraphs(a, phase).join('\n')}`;
        const matched = config.topics.filter((t) => matchQuery(compileQuery(t.query), text)).map((t) => t.id);
        expect(matched, `${s.id} at phase ${phase}`).toEqual(s.topics);
      }
    }
  });

  it('moves ukraine-nato from advancing to stalled only with phase 2, and never to invited or member', () => {
    const sentencesAt = (phase: number, which: (a: CorpusArticle) => boolean) =>
      articles
        .filter((a) => firstPhase(a) <= phase && which(a))
        .flatMap((a) => sentences([versionAt(a, phase)?.headline ?? '', ...paragraphs(a, phase)]));
    const hits = (statusId: string, list: string[]) =>
      list.filter((s) => matchQuery(rule('ukraine-nato', statusId), s));
    const onTopic = (a: CorpusArticle) =>
      demoScenario.articles.find((s) => s.id === a.id)?.topics.includes('ukraine-nato') ?? false;
    const phase1 = sentencesAt(1, onTopic);
    expect(hits('advancing', phase1).length).toBeGreaterThan(0);
    expect(hits('stalled', phase1)).toEqual([]);
    for (let phase = 1; phase <= 4; phase++) {
      const all = sentencesAt(phase, () => true);
      expect(hits('member', all)).toEqual([]);
      expect(hits('invited', all)).toEqual([]);
    }
    const eastgate = sentencesAt(2, (a) => a.id === 'eo-ministers-sidestep');
    expect(hits('stalled', eastgate).length).toBeGreaterThanOrEqual(3);
    // The revision adds no stalled wording of its own.
    const revised = articles.find((a) => a.id === 'bl-invitation-plea') as CorpusArticle;
    expect(hits('stalled', sentences(paragraphs(revised, 3)))).toEqual([]);
  });

  it('keeps demoScenario consistent with the corpus', () => {
    for (const p of demoScenario.phases) {
      expect(p.expect.newArticles, `phase ${p.phase}`).toBe(p.newArticles.length);
      for (const d of p.expect.duplicates)
        expect(demoScenario.articles.find((a) => a.id === d.article)?.duplicateOf).toBe(d.of);
      const stories = new Set(demoScenario.articles.filter((a) => a.phase < p.phase).map((a) => a.story));
      const fresh = [
        ...new Set(demoScenario.articles.filter((a) => a.phase === p.phase && !a.duplicateOf).map((a) => a.story)),
      ];
      expect(p.expect.newStories.sort(), `phase ${p.phase}`).toEqual(fresh.filter((s) => !stories.has(s)).sort());
    }
    expect(demoScenario.phases.map((p) => p.revised)).toEqual([[], [], ['bl-invitation-plea'], []]);
  });

  it('quotes "the only real security guarantee" in each article of the first story', () => {
    const corroborated = demoScenario.phases[0]?.expect.corroborated[0];
    for (const id of corroborated?.articles ?? []) {
      const a = articles.find((x) => x.id === id) as CorpusArticle;
      expect(paragraphs(a, 1).join(' '), id).toContain(corroborated?.phrase);
    }
    expect(corroborated?.articles.length).toBeGreaterThanOrEqual(3);
  });
});
