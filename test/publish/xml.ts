// Test helpers for rendered feeds: write them under test-output/ and validate them with jing against the
// Atom RELAX NG schema (CONTRACT §4), and parse them to read values back.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';

const run = promisify(execFile);
import { ATOM_RNC } from '../helpers/jing.js';
export { ATOM_RNC };
const OUT = resolve(process.cwd(), 'test-output/feeds');

/**
 * Writes each feed to test-output/feeds/<name>.atom and runs jing once over all of them. Returns jing's
 * complaints ("" when every file is valid). jing reports on stdout; its launcher's classpath warnings on
 * stderr are not about the files and are ignored.
 */
export async function jing(feeds: Record<string, string>): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const files = Object.entries(feeds).map(([name, xml]) => {
    const f = join(OUT, `${name}.atom`);
    writeFileSync(f, xml);
    return f;
  });
  try {
    await run('jing', ['-c', ATOM_RNC, ...files]);
    return '';
  } catch (err) {
    const e = err as { stdout?: string; message: string };
    return e.stdout?.trim() || e.message;
  }
}

const { DOMParser } = new JSDOM('').window;

export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed: ${err.textContent}`);
  return doc;
}

export const children = (el: Element | Document, name: string): Element[] =>
  Array.from(('documentElement' in el ? el.documentElement : el).children).filter((c) => c.localName === name);

export const text = (el: Element | Document, name: string): string | null => children(el, name)[0]?.textContent ?? null;

export const links = (el: Element | Document): { rel: string | null; href: string | null; title: string | null }[] =>
  children(el, 'link').map((l) => ({
    rel: l.getAttribute('rel'),
    href: l.getAttribute('href'),
    title: l.getAttribute('title'),
  }));
