#!/usr/bin/env node
// The `deltafeed` command (CONTRACT §1).
import { enableCompileCache } from 'node:module';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ExitError } from './cli/exit-error.js';

// Every command is a fresh process that loads the same modules: Node keeps their compiled code on disk (in the
// system's temporary folder), which saves a short command (topics try, check) part of its start-up. The
// commands themselves are imported only when chosen, after this.
enableCompileCache();

const USAGE = `usage: deltafeed <command> [options]   (deltafeed <command> --help prints this)

  run [--config FILE] [--role all|api|worker|scheduler]   the long-running service (default role: all)
  once [--config FILE] [--timeout 120s]                   poll every source once, process everything, print a JSON summary
  check [--config FILE]                                   validate the config and reach Redis
  reload [--config FILE] [--wait 5s]                      every process on the same Redis re-reads its config (as SIGHUP)
  extract [--url URL] [--text] [--explain] < page.html    clean one page (deltafeed extract --help for its options)
  extract --serve [--threads N]                           the same on JSON lines {"id","url","html"}
  cluster [--config FILE] [--window 3d] < articles.jsonl  story clustering and dedup on JSONL, no Redis
                                                          (--config: the file's dedup section, dedup.split included)
  deliveries replay ID|--failed [--webhook ID] [--config FILE]   send webhook deliveries again
  retry --failed [--source ID] [--config FILE]            send recorded item failures through the pipeline again
  sources import FILE.opml [--config FILE] [--dry-run]    add the feeds of an OPML export to the config's sources
  topics try [--config FILE] [--topic ID | --query Q] [--since 30d] [--json] [--limit 50]
                                                          try a topic or query on the stored articles (changes nothing)

Config: --config, else $DELTAFEED_CONFIG, else config/deltafeed.yaml. Env: REDIS_URL, PORT, DELTAFEED_PREFIX,
DELTAFEED_STORY_SPLIT (a hindsight-split rule or "off" over dedup.split, for backtests),
DELTAFEED_STORY_MODEL (story model weights, default models/story-weights.json).`;

/** `deltafeed <command> --help` (or -h): the usage on stdout, exit 0, whatever else is on the line. */
class HelpRequested extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const opts = (options: NonNullable<ParseArgsConfig['options']>) => {
    const parsed = parseArgs({
      args: rest,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) throw new HelpRequested();
    return parsed;
  };
  try {
    return await dispatch(command, rest, opts);
  } catch (err) {
    if (!(err instanceof HelpRequested)) throw err;
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
}

async function dispatch(
  command: string | undefined,
  rest: string[],
  opts: (options: NonNullable<ParseArgsConfig['options']>) => ReturnType<typeof parseArgs>,
): Promise<number> {
  switch (command) {
    case 'run': {
      const { values } = opts({ config: { type: 'string' }, role: { type: 'string' } });
      const { runCommand } = await import('./cli/run.js');
      return runCommand(values);
    }
    case 'once': {
      const { values } = opts({ config: { type: 'string' }, timeout: { type: 'string' } });
      const { onceCommand } = await import('./cli/once.js');
      return onceCommand(values);
    }
    case 'check': {
      const { values } = opts({ config: { type: 'string' } });
      const { checkCommand } = await import('./cli/check.js');
      return checkCommand(values);
    }
    case 'reload': {
      const { values } = opts({ config: { type: 'string' }, wait: { type: 'string' } });
      const { reloadCommand } = await import('./cli/reload.js');
      return reloadCommand(values);
    }
    case 'extract': {
      const { runExtractCommand } = await import('./cli/extract.js');
      return runExtractCommand(rest, process.stdin, process.stdout);
    }
    case 'cluster': {
      const { values } = opts({ config: { type: 'string' }, window: { type: 'string' } });
      const { clusterCommand } = await import('./cli/cluster.js');
      return clusterCommand(values);
    }
    case 'deliveries': {
      const { values, positionals } = opts({
        config: { type: 'string' },
        failed: { type: 'boolean' },
        webhook: { type: 'string' },
      });
      const { deliveriesCommand } = await import('./cli/deliveries.js');
      return deliveriesCommand(positionals, values);
    }
    case 'retry': {
      const { values } = opts({ config: { type: 'string' }, failed: { type: 'boolean' }, source: { type: 'string' } });
      const { retryCommand } = await import('./cli/retry.js');
      return retryCommand(values);
    }
    case 'sources': {
      const { values, positionals } = opts({ config: { type: 'string' }, 'dry-run': { type: 'boolean' } });
      if (positionals[0] !== 'import') {
        process.stderr.write(
          `deltafeed: unknown sources command "${positionals[0] ?? ''}"; use: deltafeed sources import FILE.opml [--config FILE]\n`,
        );
        return 2;
      }
      const { sourcesImportCommand } = await import('./cli/sources-import.js');
      return sourcesImportCommand(positionals.slice(1), values);
    }
    case 'topics': {
      const { values, positionals } = opts({
        config: { type: 'string' },
        topic: { type: 'string' },
        query: { type: 'string' },
        since: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
      });
      if (positionals[0] !== 'try') {
        process.stderr.write(
          `deltafeed: unknown topics command "${positionals[0] ?? ''}"; use: deltafeed topics try --topic ID | --query Q [--since 30d]\n`,
        );
        return 2;
      }
      const { topicsTryCommand } = await import('./cli/topics-try.js');
      return topicsTryCommand(positionals.slice(1), values);
    }
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`deltafeed: unknown command "${command}"\n${USAGE}\n`);
      return 2;
  }
}

// A library handle left open (a socket to a host that hangs, a connection still reconnecting) must not keep a
// finished command alive, whether it succeeded or failed.
const exitSoon = () => setTimeout(() => process.exit(), 3000).unref();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitSoon();
  },
  (err: unknown) => {
    exitSoon();
    if (err instanceof ExitError) {
      process.stderr.write(`deltafeed: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    const e = err as Error & { code?: string };
    if (e.code === 'STORY_MODEL_INVALID' || e.code === 'SPLIT_RULE_INVALID') {
      process.stderr.write(`deltafeed: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      process.stderr.write(`deltafeed: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`deltafeed: ${e.stack ?? e.message}\n`);
    process.exitCode = 1;
  },
);
