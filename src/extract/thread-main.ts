// An extraction thread's entry point. Node's compile cache is turned on before the cleaner's modules load (the
// static imports of thread.ts would load them before any of its lines ran): a fresh process's threads then
// read jsdom's and the rules' compiled code from disk instead of compiling it again, which is most of the wait
// for a new server's first answer.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./thread.js');
