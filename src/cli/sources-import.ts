// `deltafeed sources import FILE.opml [--config FILE] [--dry-run]`: the feeds of an OPML subscription list
// become sources in the config file. Exit 0: written (or nothing new to add); 1: the OPML file cannot be used,
// or none of its feeds can; 2: usage, or the config cannot be read or edited. Nothing is written unless the
// result is a config as valid as before.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import { addSourcesToConfigText, ConfigEditError, sourcesInConfigText } from '../config/add-sources.js';
import { parseConfigText, resolveConfigPath } from '../config/load.js';
import { ConfigError } from '../errors.js';
import { planImport, type SkippedFeed } from '../sources/opml/import-plan.js';
import { OpmlError, readOpml } from '../sources/opml/read.js';
import { ExitError } from './common.js';

/** 100,000 outlines of a real export are about 15 MB; past this the file is not a subscription list. */
export const MAX_OPML_BYTES = 32 * 1024 * 1024;

export interface ImportOptions {
  config?: string;
  'dry-run'?: boolean;
}

interface Out {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Out = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** UTF-8 unless the XML declaration names another encoding iconv-lite knows (old exports say ISO-8859-1). */
function decode(bytes: Buffer): string {
  const decl = /^(?:\uFEFF)?<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    bytes.subarray(0, 200).toString('latin1'),
  );
  const enc = decl?.[1]?.toLowerCase();
  const text =
    enc && enc !== 'utf-8' && enc !== 'utf8' && iconv.encodingExists(enc)
      ? iconv.decode(bytes, enc)
      : bytes.toString('utf8');
  return text.replace(/^\uFEFF/, '');
}

function readOpmlFile(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (err) {
    throw new ExitError(
      1,
      `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}); give the path of an OPML file exported by a feed reader`,
    );
  }
  if (size > MAX_OPML_BYTES)
    throw new ExitError(
      1,
      `${file} is ${size} bytes; an OPML file may be at most ${MAX_OPML_BYTES / 1024 / 1024} MiB: import it in parts`,
    );
  return decode(readFileSync(file));
}

/** Problems a config has, [] when valid; the same config and environment give the same list. */
function configProblems(text: string, file: string): string[] {
  try {
    parseConfigText(text, process.env, file);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

function describe(s: SkippedFeed): string {
  const what = [s.title ? `"${s.title.slice(0, 80)}"` : '(untitled)', s.url ? `<${s.url.slice(0, 120)}>` : '']
    .filter(Boolean)
    .join(' ');
  return `  line ${s.line}: ${what}: ${s.reason}\n`;
}

export function sourcesImportCommand(positionals: string[], opts: ImportOptions, io: Out = stdio): number {
  if (positionals.length !== 1)
    throw new ExitError(2, 'usage: deltafeed sources import FILE.opml [--config FILE] [--dry-run]');
  const opmlFile = positionals[0] as string;
  const configFile = resolveConfigPath(opts.config);

  let doc;
  try {
    doc = readOpml(readOpmlFile(opmlFile));
  } catch (err) {
    if (err instanceof OpmlError) throw new ExitError(1, `${opmlFile}: ${err.message}; nothing was imported`);
    throw err;
  }

  let configText: string;
  try {
    configText = readFileSync(configFile, 'utf8');
  } catch (err) {
    throw new ExitError(
      2,
      `cannot read the config file ${configFile} (${(err as NodeJS.ErrnoException).code ?? String(err)}); pass --config FILE (an empty file will do)`,
    );
  }

  let plan;
  let next: string;
  try {
    plan = planImport(doc, sourcesInConfigText(configText));
    next = addSourcesToConfigText(configText, plan.add);
  } catch (err) {
    if (err instanceof ConfigEditError) throw new ExitError(2, `${configFile}: ${err.message}`);
    throw err;
  }

  if (plan.skipped.length) {
    io.err(`skipped ${plan.skipped.length} outline${plan.skipped.length > 1 ? 's' : ''} of ${opmlFile}:\n`);
    for (const s of plan.skipped) io.err(describe(s));
  }
  if (!plan.add.length) {
    const invalid = plan.skipped.filter((s) => !s.reason.startsWith('duplicate')).length;
    if (!doc.feeds.length)
      throw new ExitError(1, `${opmlFile} holds no outline with an xmlUrl: is it a feed reader's subscription export?`);
    if (invalid)
      throw new ExitError(
        1,
        `no source imported from ${opmlFile}: fix the outlines listed above and run the import again`,
      );
    io.out(`nothing to import: every feed of ${opmlFile} is already in ${configFile}\n`);
    return 0;
  }

  const before = configProblems(configText, configFile);
  const introduced = configProblems(next, configFile).filter((p) => !before.includes(p));
  if (introduced.length)
    throw new ExitError(
      2,
      `${configFile}: the imported sources would make the config invalid, so nothing was written:\n  ${introduced.join('\n  ')}`,
    );
  if (before.length)
    io.err(
      `note: ${configFile} already had problems this import did not cause; see npx deltafeed check --config ${configFile}\n`,
    );

  const ids = plan.add.map((s) => s.id);
  const list = ids.length > 8 ? `${ids.slice(0, 8).join(', ')}, … (${ids.length - 8} more)` : ids.join(', ');
  if (opts['dry-run']) {
    io.out(
      `would import ${ids.length} source${ids.length > 1 ? 's' : ''} into ${configFile} (dry run, nothing written): ${list}\n`,
    );
    return 0;
  }
  // Write next to the file and rename, so a crash never leaves half a config; keep the file's mode.
  const tmp = join(dirname(configFile), `.${basename(configFile)}.${process.pid}.tmp`);
  writeFileSync(tmp, next, { mode: statSync(configFile).mode & 0o777 });
  renameSync(tmp, configFile);
  io.out(`imported ${ids.length} source${ids.length > 1 ? 's' : ''} into ${configFile}: ${list}\n`);
  io.out(
    `check the file with: npx deltafeed check --config ${configFile}; then npx deltafeed reload (or SIGHUP) polls them without a restart\n`,
  );
  return 0;
}
