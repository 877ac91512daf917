// One error type for everything the fetch module refuses or fails at. `code` is stable (logs, the API and
// tests match on it); `retryable` is the one place the retry-or-give-up decision is made for network outcomes.
import { DeltafeedError } from '../errors.js';

export type FetchErrorCode =
  | 'BLOCKED_ADDRESS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'HTTP_STATUS'
  | 'BAD_CONTENT_TYPE'
  | 'BAD_ENCODING'
  | 'NETWORK'
  | 'INVALID_URL'
  | 'ABORTED';

export interface FetchErrorDetails {
  retryable: boolean;
  status?: number;
  retryAfterMs?: number;
  url?: string;
  cause?: unknown;
}

export class FetchError extends DeltafeedError {
  declare readonly code: FetchErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** The URL being fetched when it failed (after redirects). */
  readonly url?: string;

  constructor(code: FetchErrorCode, message: string, details: FetchErrorDetails) {
    super(code, message, details.cause === undefined ? undefined : { cause: details.cause });
    this.retryable = details.retryable;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
    if (details.url !== undefined) this.url = details.url;
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}
