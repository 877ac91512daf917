// `deltafeed deliveries replay ID|--failed [--webhook ID]`: queue webhook deliveries again (same webhook-id
// and body, so receivers can deduplicate).
import { createApp } from '../app.js';
import { createLogger } from '../log.js';
import { ExitError, ensureRedis, loadConfigOrExit } from './common.js';

export async function deliveriesCommand(
  positionals: string[],
  args: { config?: string; failed?: boolean; webhook?: string },
): Promise<number> {
  const [verb, id] = positionals;
  if (verb !== 'replay') throw new ExitError(2, 'usage: deltafeed deliveries replay ID | --failed [--webhook ID]');
  if (!id && !args.failed)
    throw new ExitError(2, 'deliveries replay: give a delivery ID, or --failed to replay every failed delivery');
  const config = loadConfigOrExit(args.config);
  if (args.webhook && !config.webhooks.some((w) => w.id === args.webhook))
    throw new ExitError(2, `--webhook: unknown webhook "${args.webhook}"`);
  await ensureRedis(config, { allowPrivate: false, say: () => undefined });
  const app = createApp(config, { roles: [], logger: createLogger('warn') });
  try {
    const n = await app.deps.delivery.replay({ deliveryId: id, failed: args.failed, webhookId: args.webhook });
    if (n === 0 && id) {
      const scope = args.webhook ? ` of webhook "${args.webhook}"` : '';
      process.stderr.write(
        `deliveries replay: nothing queued: no delivery "${id}"${scope} is stored, its endpoint is no longer in the config, ` +
          `or its event body has expired (GET /api/deliveries lists the deliveries)\n`,
      );
      return 1;
    }
    process.stdout.write(`queued ${n} deliver${n === 1 ? 'y' : 'ies'} again; a running worker sends them\n`);
    return 0;
  } finally {
    await app.close();
  }
}
