// Stand-alone entry for `deltafeed cluster` until the CLI routes to it: node dist/src/dedup/cluster-main.js < in.jsonl
import { runClusterCommand } from './cluster-command.js';

process.exitCode = await runClusterCommand(process.stdin, process.stdout);
