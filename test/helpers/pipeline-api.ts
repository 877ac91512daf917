// A config file for a test's pipeline (run by `deltafeed once` processes) and the HTTP API served in-process on
// the same Redis prefix, to read what the pipeline did through the public surface.
import type { Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadConfigFile, type Config } from '../../src/config/load.js';
import { createHttpServer, listen } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createMetrics } from '../../src/metrics.js';
import type { StoreCtx } from '../../src/store/context.js';

export interface PipelineApi {
  configFile: string;
  config: Config;
  /** Base URL of the API server. */
  api: string;
  close(): Promise<void>;
}

export async function servePipelineApi(cfg: Record<string, unknown>, ctx: StoreCtx): Promise<PipelineApi> {
  const configFile = join(mkdtempSync(join(tmpdir(), 'dftest-')), 'config.yaml');
  writeFileSync(
    configFile,
    stringify({ ...cfg, redis: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: ctx.prefix } }),
  );
  const config = loadConfigFile(configFile, {});
  const server: Server = createHttpServer({ config, ctx, log: createLogger('silent'), metrics: createMetrics() });
  const api = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  return { configFile, config, api, close: () => new Promise<void>((r) => server.close(() => r())) };
}
