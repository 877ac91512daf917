#!/usr/bin/env node
// The JSON-lines extraction server as a bare script (`node dist/src/cli/extract-serve-main.js [--threads N]`),
// for benchmarks that must not time the CLI's start-up. Same behaviour as `deltafeed extract --serve`.
import { runExtractCommand } from './extract.js';

process.exitCode = await runExtractCommand(['--serve', ...process.argv.slice(2)], process.stdin, process.stdout);
