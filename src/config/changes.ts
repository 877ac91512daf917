// What a reloaded config changes, compared with the one a process runs (pure). Sources, topics, webhooks and
// most settings take effect live; a few are bound to connections, listeners or pools made at start-up and are
// reported as needing a restart, with the running value kept, rather than silently ignored.
import { isDeepStrictEqual } from 'node:util';
import type { Config } from './load.js';

/** Settings read once at start-up (connections, the listener, worker pools, the deduper's index). */
export const RESTART_ONLY = [
  ['redis', 'url'],
  ['redis', 'prefix'],
  ['http', 'port'],
  ['http', 'host'],
  ['workers', 'concurrency'],
  ['workers', 'extractThreads'],
  ['workers', 'extractHeapMb'],
  ['workers', 'lockDuration'],
  ['workers', 'stalledInterval'],
  ['dedup', 'nearDuplicate'],
  ['dedup', 'storyWindow'],
  ['dedup', 'idfPrior'],
  ['dedup', 'loneStoryWait'],
  ['dedup', 'storyMemory'],
  ['dedup', 'split'],
] as const;

type Section = (typeof RESTART_ONLY)[number][0];

export interface ListChanges {
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ConfigChanges {
  sources: ListChanges;
  topics: ListChanges;
  webhooks: ListChanges;
  /** Other settings that changed and apply live, as "section.key". */
  settings: string[];
  /** Settings that changed in the file but keep their running value until a restart: "workers.concurrency: 8 -> 16". */
  needsRestart: string[];
}

function listChanges<T extends { id: string }>(old: readonly T[], next: readonly T[]): ListChanges {
  const before = new Map(old.map((x) => [x.id, x]));
  const after = new Map(next.map((x) => [x.id, x]));
  return {
    added: next.filter((x) => !before.has(x.id)).map((x) => x.id),
    removed: old.filter((x) => !after.has(x.id)).map((x) => x.id),
    changed: next.filter((x) => before.has(x.id) && !isDeepStrictEqual(before.get(x.id), x)).map((x) => x.id),
  };
}

const show = (v: unknown) => (v === undefined ? 'unset' : JSON.stringify(v));

function restartOnly(section: string, key: string): boolean {
  return RESTART_ONLY.some(([s, k]) => s === section && k === key);
}

export function diffConfig(old: Config, next: Config): ConfigChanges {
  const settings: string[] = [];
  const needsRestart: string[] = [];
  for (const section of ['redis', 'http', 'fetch', 'dedup', 'retention', 'workers', 'log', 'websub'] as const) {
    const a = old[section] as Record<string, unknown>;
    const b = next[section] as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (isDeepStrictEqual(a[key], b[key])) continue;
      if (restartOnly(section, key)) needsRestart.push(`${section}.${key}: ${show(a[key])} -> ${show(b[key])}`);
      else settings.push(`${section}.${key}`);
    }
  }
  return {
    sources: listChanges(old.sources, next.sources),
    topics: listChanges(old.topics, next.topics),
    webhooks: listChanges(old.webhooks, next.webhooks),
    settings,
    needsRestart,
  };
}

export function hasChanges(c: ConfigChanges): boolean {
  const lists = [c.sources, c.topics, c.webhooks];
  return (
    lists.some((l) => l.added.length + l.removed.length + l.changed.length > 0) ||
    c.settings.length > 0 ||
    c.needsRestart.length > 0
  );
}

/** The config a process switches to: the new file's, with the restart-only settings it is still running on. */
export function liveConfig(running: Config, next: Config): Config {
  const out = { ...next };
  for (const section of new Set<Section>(RESTART_ONLY.map(([s]) => s))) {
    const merged: Record<string, unknown> = { ...next[section] };
    for (const [s, k] of RESTART_ONLY) if (s === section) merged[k] = (running[section] as Record<string, unknown>)[k];
    (out as unknown as Record<string, unknown>)[section] = merged;
  }
  return out;
}

/** One line per kind of change, for logs and `deltafeed reload`. */
export function describeChanges(c: ConfigChanges): string[] {
  const out: string[] = [];
  for (const kind of ['sources', 'topics', 'webhooks'] as const) {
    const l = c[kind];
    const parts = [
      ...(l.added.length ? [`+${l.added.join(', +')}`] : []),
      ...(l.removed.length ? [`-${l.removed.join(', -')}`] : []),
      ...(l.changed.length ? [`~${l.changed.join(', ~')}`] : []),
    ];
    if (parts.length) out.push(`${kind}: ${parts.join(', ')}`);
  }
  if (c.settings.length) out.push(`settings: ${c.settings.join(', ')}`);
  for (const r of c.needsRestart) out.push(`needs restart: ${r}`);
  return out.length ? out : ['no changes'];
}
