// What parseConfigText refuses a text for: the problems of its ConfigError, or none when it parses.
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/errors.js';

export function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfigText(yaml, env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}
