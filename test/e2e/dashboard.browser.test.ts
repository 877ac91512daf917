// The dashboard in a real browser: Debian's chromium driven by playwright-core (no browser download), on a
// store filled with a topic update, a story and a revision. Saves a screenshot under test-output/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { testRedis, type TestRedis } from '../helpers/redis.js';
import { validateConfig } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';
import { saveTopicState } from '../../src/store/topics.js';
import { addToStory } from '../../src/store/stories.js';
import { saveRevision } from '../../src/store/revisions.js';
import type { TopicUpdate } from '../../src/model.js';
import { storedArticle } from '../helpers/stored-article.js';
import { saveArticle } from '../../src/store/articles.js';
import { INVITED } from '../topics/fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let redis: TestRedis;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  redis = testRedis('dashboard');
  const config = validateConfig(
    {
      redis: { prefix: redis.prefix },
      topics: [
        {
          id: 'ukraine-nato',
          title: "Ukraine's NATO accession",
          query: 'ukraine AND nato',
          statuses: [{ id: 'stalled', label: 'Bid stalled', when: 'sidestep*' }],
        },
      ],
    },
    {},
  );
  const at = '2024-12-04T19:05:00.000Z';
  const update: TopicUpdate = {
    id: 'u1',
    topicId: 'ukraine-nato',
    at,
    story: { id: 's-1', title: 'Ministers sidestep Kyiv invitation' },
    article: {
      id: 'a1',
      url: 'http://eastgate.test/a1',
      source: 'eastgate-observer',
      title: 'Ministers sidestep Kyiv invitation',
    },
    status: { from: 'advancing', to: 'stalled' },
    added: [
      {
        id: 'c2',
        text: 'Foreign ministers sidestepped a formal invitation for Ukraine.',
        sources: [{ url: 'http://eastgate.test/a1', source: 'eastgate-observer' }],
      },
    ],
    corroborated: [],
    briefBefore: ['An invitation is the only real guarantee.'],
    briefAfter: [
      'An invitation is the only real guarantee.',
      'Foreign ministers sidestepped a formal invitation for Ukraine.',
    ],
    diffHtml:
      '<ul><li>An invitation is the only real guarantee.</li><li><ins>Foreign ministers sidestepped a formal invitation for Ukraine.</ins></li></ul>',
    why: { rule: 'stalled' },
  };
  await saveTopicState(
    redis,
    {
      topicId: 'ukraine-nato',
      updates: 1,
      status: {
        id: 'stalled',
        label: 'Bid stalled',
        since: at,
        evidence: {
          sentence: 'Ministers sidestepped the invitation.',
          articleId: 'a1',
          url: 'http://eastgate.test/a1',
          source: 'eastgate-observer',
          rule: 'stalled',
        },
      },
      claims: [
        {
          id: 'c2',
          text: 'Foreign ministers sidestepped a formal invitation for Ukraine.',
          firstSeen: at,
          lastSeen: at,
          sources: [
            { articleId: 'a1', url: 'http://eastgate.test/a1', source: 'eastgate-observer', sentence: 'x', at },
          ],
        },
      ],
    },
    update,
  );
  await addToStory(redis, 's-1', {
    id: 'a1',
    url: 'http://eastgate.test/a1',
    source: 'eastgate-observer',
    title: 'Ministers sidestep Kyiv invitation',
    joinedAt: at,
  });
  await saveRevision(redis, {
    articleId: 'a2',
    n: 1,
    at,
    url: 'http://ledger.test/a2',
    source: 'baltic-ledger',
    title: 'Kyiv presses for invitation',
    previousTitle: 'Kyiv presses for invitation',
    added: [],
    removed: [],
    labels: ['numbers-changed'],
    diffHtml: '<p>Support from <del>31</del><ins>32</ins> allies.</p>',
    why: {},
  });
  // One stored article, for the "try a query" box to find.
  const seen = new Date(Date.now() - 86_400_000).toISOString();
  await saveArticle(redis, storedArticle({ ...INVITED, duplicateOf: null, firstSeen: seen }));
  server = createHttpServer({ config, ctx: redis, log: createLogger('silent'), metrics: createMetrics() });
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => server?.close(() => r()));
  await redis?.cleanup();
});

describe('dashboard in a browser', () => {
  it('shows the status, the timeline with its diff, stories and revisions, and fits a phone', async () => {
    expect(existsSync(CHROMIUM), `chromium not found at ${CHROMIUM}: apt-get install chromium`).toBe(true);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    const answer = await page.goto(base);
    expect(answer?.headers()['content-security-policy']).toContain("default-src 'none'");
    await expect(page.locator('.status').first().textContent()).resolves.toBe('Bid stalled');
    expect(await page.locator('.timeline .update').count()).toBe(1);
    await expect(page.locator('.timeline li ins').first().textContent()).resolves.toContain(
      'sidestepped a formal invitation',
    );
    await expect(page.locator('#revisions ins').first().textContent()).resolves.toBe('32');
    await expect(page.locator('#revisions del').first().textContent()).resolves.toBe('31');
    await expect(page.locator('#stories').textContent()).resolves.toContain('eastgate-observer');
    // The stylesheet, a file of its own, applies under the CSP, and the browser refused nothing.
    await expect(page.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor)).resolves.toBe(
      'rgb(29, 53, 87)',
    );
    expect(refused).toEqual([]);
    // Readable on a phone: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/dashboard.png', fullPage: true });
    await page.close();
  });

  it('tries a query in the "try a query" box (a plain form under the CSP) and shows the result', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(base);
    await page.fill('#try input[name="query"]', 'ukraine AND invit*');
    await page.selectOption('#try select[name="topic"]', 'ukraine-nato');
    await page.fill('#try input[name="since"]', '365d');
    await Promise.all([page.waitForURL(/query=/), page.click('#try button[type="submit"]')]);
    expect(new URL(page.url()).searchParams.get('query')).toBe('ukraine AND invit*');
    await expect(page.locator('#try-result').textContent()).resolves.toMatch(/^1 of 1 articles since/);
    await expect(page.locator('#try-result .try-match a').first().textContent()).resolves.toBe(INVITED.title);
    await page.locator('#try').screenshot({ path: 'test-output/dashboard-try.png' });
    await expect(page.locator('#try input[name="query"]').inputValue()).resolves.toBe('ukraine AND invit*');
    await page.fill('#try input[name="query"]', 'ukraine AND (');
    await Promise.all([page.waitForURL(/%28|\(/), page.click('#try button[type="submit"]')]);
    await expect(page.locator('#try-error').textContent()).resolves.toMatch(/^query: /);
    expect(refused).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
