// Validate a JSON Feed document against schemas/jsonfeed (written from the JSON Feed 1.1 spec) with ajv, plus
// the spec's rules a schema cannot say.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under NodeNext its namespace is what `import` gives.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
export const JSON_FEED_SCHEMA = new URL('../../schemas/jsonfeed/jsonfeed-1.1.schema.json', import.meta.url);
const validate = ajv.compile(JSON.parse(readFileSync(JSON_FEED_SCHEMA, 'utf8')) as object);

/** Returns the complaints ([] when valid). `previousNextUrls`: next_url values seen on earlier pages. */
export function jsonFeedErrors(text: string, previousNextUrls: string[] = []): string[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return [`not JSON: ${(err as Error).message}`];
  }
  const errors = validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  const d = doc as { next_url?: string; feed_url?: string };
  if (d.next_url !== undefined && d.next_url === d.feed_url) errors.push('next_url equals feed_url');
  if (d.next_url !== undefined && previousNextUrls.includes(d.next_url))
    errors.push("next_url repeats an earlier page's next_url");
  return errors;
}
