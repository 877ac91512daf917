// Validate an Atom document against RFC 4287's schema with jing (installed by .ci/run).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ATOM_RNC = fileURLToPath(new URL('../../schemas/atom/atom.rnc', import.meta.url));

/** Returns jing's complaints ('' when valid). */
export function jingErrors(xml: string, name: string): string {
  const dir = resolve('test-output', 'feeds');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, xml);
  const r = spawnSync('jing', ['-c', ATOM_RNC, file], { encoding: 'utf8' });
  if (r.error) throw new Error(`jing could not run (${r.error.message}); install it: apt-get install jing`);
  // jing prints JVM/classpath warnings on stderr on some machines: its verdict is the exit code and stdout.
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`.trim() || `jing exited ${r.status}`;
}
