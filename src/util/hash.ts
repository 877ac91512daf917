import { createHash } from 'node:crypto';

/** Hex SHA-1 of the input, cut to `len` characters: for ids and checksums, not for security. */
export function shortHash(input: string | Buffer, len = 16): string {
  return createHash('sha1').update(input).digest('hex').slice(0, len);
}
