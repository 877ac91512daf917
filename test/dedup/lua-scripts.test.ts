import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LUA_CONSTANTS, luaConstants } from '../../src/store/dedup/constants.js';
import { DOC_RECORD, STORY_RECORD, type Field } from '../../src/store/dedup/records.js';
import { SCRIPTS, scriptSource } from '../../src/store/dedup/scripts.js';

const LUA_DIR = new URL('../../src/store/dedup/lua/', import.meta.url);
const LUA_KEYWORDS = new Set(
  'and break do else elseif end false for function if in local nil not or repeat return then true until while'.split(
    ' ',
  ),
);

/** A Lua file's code without its comments and string literals: what is left are names, numbers and operators. */
function code(file: string): string {
  return readFileSync(new URL(file, LUA_DIR), 'utf8')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    .replace(/--.*$/gm, '');
}

const luaFiles = readdirSync(LUA_DIR).filter((f) => f.endsWith('.lua'));
const names = (src: string) => new Set(src.match(/\b[A-Za-z_][A-Za-z0-9_]*\b/g) ?? []);

describe('the dedup index Lua scripts', () => {
  it('use no constant the prelude does not define, and the prelude defines none that no script uses', () => {
    expect(luaFiles.sort()).toEqual([
      'commit.lua',
      'common.lua',
      'df.lua',
      'duplicate.lua',
      'lookup.lua',
      'recall.lua',
      'stories.lua',
    ]);
    const used = new Set<string>();
    for (const file of luaFiles) {
      const upper = [...names(code(file))].filter((n) => /^[A-Z][A-Z0-9_]*$/.test(n));
      for (const n of upper) used.add(n);
      expect(
        upper.filter((n) => !(n in LUA_CONSTANTS)),
        file,
      ).toEqual([]);
    }
    expect(Object.keys(LUA_CONSTANTS).filter((n) => !used.has(n))).toEqual([]);
  });

  it('read their arguments by name only, and use every one', () => {
    for (const file of luaFiles) expect(code(file), file).not.toMatch(/\b(ARGV|KEYS)\b/);
    // A helper of common.lua named like an argument would hide it from the script that follows.
    const helpers = [...code('common.lua').matchAll(/local function (\w+)/g)].map((m) => m[1]);
    expect(helpers).toContain('stories');
    for (const s of SCRIPTS) {
      const body = names(code(`${s.file}.lua`));
      const withCommon = s.common ? new Set([...body, ...names(code('common.lua'))]) : body;
      for (const arg of s.argv) {
        expect(arg, s.file).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(LUA_KEYWORDS.has(arg), arg).toBe(false);
        expect(helpers, `${s.file}.lua: argument ${arg} is hidden by a helper`).not.toContain(arg);
        expect(withCommon.has(arg), `${s.file}.lua uses its argument ${arg}`).toBe(true);
      }
      expect(new Set(s.argv).size).toBe(s.argv.length);
    }
  });

  it('get the TypeScript values, as Lua reads them back, in a prelude before the arguments', () => {
    const prelude = luaConstants();
    for (const [name, value] of Object.entries(LUA_CONSTANTS)) {
      const m = new RegExp(`^local ${name} = (\\S+)$`, 'm').exec(prelude);
      expect(m, name).not.toBeNull();
      expect(Number(m![1])).toBe(value);
    }
    expect(LUA_CONSTANTS.MAX_QUERY_SHARE).toBe(0.2);
    expect(LUA_CONSTANTS.QUERY_SHARE_MIN_DOCS).toBe(30);
    const lookup = scriptSource(SCRIPTS[0]);
    expect(lookup.startsWith(prelude)).toBe(true);
    expect(lookup).toContain('local base = ARGV[1]\nlocal buckets = ARGV[2]\n');
  });
});

describe('the dedup index records', () => {
  const fields = (r: Record<string, Field | number>) =>
    Object.entries(r).filter((e): e is [string, Field] => typeof e[1] === 'object');

  it('lay their fields out back to back, and fill their slots exactly', () => {
    for (const r of [DOC_RECORD, STORY_RECORD]) {
      let at = 0;
      for (const [, f] of fields(r)) {
        expect(f.offset).toBe(at);
        at += f.width * f.count;
      }
      expect(r.SIZE).toBe(at);
    }
    // The layout stored in Redis today: a change here is a new layout (old slots would be misread).
    expect(DOC_RECORD.SIZE).toBe(161);
    expect(DOC_RECORD.factCount.offset).toBe(144);
    expect(STORY_RECORD.SIZE).toBe(251);
    expect(STORY_RECORD.weights.offset).toBe(203);
    expect(LUA_CONSTANTS.DOC_SLOT).toBe(161);
  });
});
