#!/usr/bin/env node
// The JSON-lines extraction server as a bare script (`node dist/src/cli/extract-serve-main.js [--threads N]`),
// for benchmarks that must not time the CLI's start-up. Same behaviour as `deltafeed extract --serve`.
// The compile cache is on before anything loads (as in cli.ts), so a fresh server starts from cached code.
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { runExtractCommand } = await import('./extract.js');
process.exitCode = await runExtractCommand(['--serve', ...process.argv.slice(2)], process.stdin, process.stdout);
