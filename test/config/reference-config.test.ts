// config/deltafeed.yaml is the reference the README points to: "every option with its default and a comment".
// These checks keep it so: every option of the schema is named in its section (set, or commented out when it
// has no value to show), and every value it sets is the schema's default.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseConfigText } from '../../src/config/load.js';
import { configSchema } from '../../src/config/schema.js';

const REFERENCE = readFileSync('config/deltafeed.yaml', 'utf8');

/** The parts of a zod 4 schema's definition the walk reads (wrappers: default, prefault, optional, pipe...). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/** Every option's path, `section.key` or `list[].key`, read from the schema itself. */
function optionPaths(schema: z.ZodType, path = '', out: string[] = []): string[] {
  let d = defOf(schema);
  for (;;) {
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) break;
    d = defOf(inner);
  }
  if (d.type === 'object' && d.shape)
    for (const [k, v] of Object.entries(d.shape)) {
      const p = path ? `${path}.${k}` : k;
      out.push(p);
      optionPaths(v, p, out);
    }
  if (d.type === 'array' && d.element) optionPaths(d.element, `${path}[]`, out);
  return out;
}

/** The lines of a top-level section, comments included, up to the next top-level key. */
function sectionText(yaml: string, section: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${section}:`));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^[A-Za-z]/.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Whether `key:` is written in the text, as a key or in a commented-out line. */
const names = (text: string, key: string) => new RegExp(`(^|[\\s{,#-])${key}:`, 'm').test(text);

describe('config/deltafeed.yaml, the reference', () => {
  it('names every option of the schema in its section', () => {
    const paths = optionPaths(configSchema);
    expect(paths).toContain('dedup.split');
    expect(paths).toContain('sources[].title');
    const missing = paths.filter((p) => {
      const [section, ...rest] = p.split('.');
      const key = rest.at(-1) ?? section!.replace('[]', '');
      return !names(sectionText(REFERENCE, section!.replace('[]', '')), key);
    });
    expect(missing).toEqual([]);
  });

  it('a key written in another section, or in prose without its colon, does not count', () => {
    const yaml = 'fetch:\n  timeout: 20s   # like the split of dedup\ndedup:\n  stripParams: []\n';
    expect(names(sectionText(yaml, 'dedup'), 'stripParams')).toBe(true);
    expect(names(sectionText(yaml, 'dedup'), 'timeout')).toBe(false);
    expect(names(sectionText(yaml, 'fetch'), 'split')).toBe(false);
  });

  it('every value it sets is the default', () => {
    const shown = parseConfigText(REFERENCE, {});
    const defaults = parseConfigText('{}', {});
    for (const section of ['redis', 'http', 'fetch', 'websub', 'dedup', 'retention', 'workers', 'log'] as const)
      expect({ section, value: shown[section] }).toEqual({ section, value: defaults[section] });
  });
});
