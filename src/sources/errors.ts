import { DeltafeedError } from '../errors.js';

/** The body is not a feed we can read; `reason` is what the source's status shows. Not retryable. */
export class FeedParseError extends DeltafeedError {
  readonly reason: string;
  constructor(reason: string, cause?: unknown) {
    super('FEED_PARSE', `cannot parse feed: ${reason}`, cause === undefined ? undefined : { cause });
    this.reason = reason;
  }
}
