import { defineConfig } from 'vitest/config';

// Pure unit tests: no Redis, no built dist/, no child processes of the service (`npm run test:unit`). Any file
// not listed here is an integration test on the real Redis. A unit test that reaches for Redis fails fast: the
// unit project points REDIS_URL at a closed port.
const UNIT = [
  'test/config/changes.test.ts',
  'test/config/config-fuzz.test.ts',
  'test/dedup/cluster-command.test.ts',
  'test/dedup/deduper.test.ts',
  'test/dedup/df-sketch.test.ts',
  'test/dedup/fingerprint.test.ts',
  'test/dedup/lua-scripts.test.ts',
  'test/dedup/url.test.ts',
  'test/dedup/arrival-order.test.ts',
  'test/dedup/story-evidence.test.ts',
  'test/dedup/details.test.ts',
  'test/dedup/logistic.test.ts',
  'test/dedup/young-stories.test.ts',
  'test/dedup/tfidf-baseline.test.ts',
  'test/dedup/lone-wait.test.ts',
  'test/diff/**/*.test.ts',
  'test/extract/bad-input.test.ts',
  'test/extract/fixtures.test.ts',
  'test/extract/metadata.test.ts',
  'test/extract/prestrip.test.ts',
  'test/extract/jsdom-internals.test.ts',
  'test/extract/text-reads.test.ts',
  'test/extract/jsdom-parse.test.ts',
  'test/extract/tree-removals.test.ts',
  'test/extract/rail-rules.test.ts',
  'test/extract/series-nav.test.ts',
  'test/extract/directory-rules.test.ts',
  'test/extract/serve.test.ts',
  'test/extract/prose-coverage.test.ts',
  'test/extract/body-guide.test.ts',
  'test/extract/promo-rules.test.ts',
  'test/extract/tail-cards.test.ts',
  'test/extract/br-lines.test.ts',
  'test/extract/titles-*.test.ts',
  'test/extract/picks-live.test.ts',
  'test/fetch/**/*.test.ts',
  'test/publish/atom.test.ts',
  'test/publish/events.test.ts',
  'test/publish/retry.test.ts',
  'test/publish/sign.test.ts',
  'test/publish/websub-request.test.ts',
  'test/seeds/publisher.test.ts',
  'test/sources/parse.test.ts',
  'test/sources/feed-quirks.test.ts',
  'test/sources/schedule.test.ts',
  'test/sources/websub.test.ts',
  'test/text/**/*.test.ts',
  'test/topics/claims.test.ts',
  'test/topics/engine.test.ts',
  'test/topics/first-in-order.test.ts',
  'test/topics/query.test.ts',
  'test/topics/status.test.ts',
  'test/util/**/*.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: end-to-end files start real workers and child processes, so keep parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: UNIT, env: { REDIS_URL: 'redis://127.0.0.1:1' } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: UNIT,
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
