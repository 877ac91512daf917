// Run the sample publisher by hand: node dist/seeds/publisher-main.js --port 8081 --phase 1 [--host H] [--advance 30s]
// Type a phase number and Enter to switch phases; --advance steps through the timeline on its own.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseDuration } from '../src/config/units.js';
import { startPublisher } from './publisher.js';
import { phaseAt } from './timeline.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8081' },
      host: { type: 'string', default: '127.0.0.1' },
      phase: { type: 'string', default: '1' },
      advance: { type: 'string' },
    },
  });
  const pub = await startPublisher({ port: Number(values.port), host: values.host, phase: Number(values.phase) });
  const announce = () => console.log(`phase ${pub.phase}/${pub.phases}: ${phaseAt(pub.phase).summary}`);
  console.log(`sample publisher at ${pub.url}`);
  for (const f of pub.feeds) console.log(`  ${f.id.padEnd(18)} ${f.url}`);
  announce();

  let timer: NodeJS.Timeout | undefined;
  if (values.advance) {
    const ms = parseDuration(values.advance);
    if (ms === null || ms <= 0) throw new Error(`--advance: expected a duration like "30s", got "${values.advance}"`);
    timer = setInterval(() => {
      if (pub.phase >= pub.phases) return clearInterval(timer);
      pub.setPhase(pub.phase + 1);
      announce();
    }, ms);
  }
  const rl = process.stdin.isTTY ? createInterface({ input: process.stdin }) : undefined;
  rl?.on('line', (line) => {
    try {
      pub.setPhase(Number(line.trim()));
      announce();
    } catch (err) {
      console.error((err as Error).message);
    }
  });

  const stop = async () => {
    clearInterval(timer);
    rl?.close();
    await pub.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
