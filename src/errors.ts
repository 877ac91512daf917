// Errors with a stable name and code, so logs, the API and tests can tell them apart without parsing messages.

export class DeltafeedError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The configuration is invalid; `problems` lists every problem, each starting with its path. */
export class ConfigError extends DeltafeedError {
  readonly problems: string[];
  constructor(problems: string[], file?: string) {
    super('CONFIG_INVALID', `${file ? `${file}: ` : ''}invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

/** Redis did not answer; the message says how to get one. */
export class RedisUnavailableError extends DeltafeedError {
  constructor(url: string, cause?: unknown) {
    super(
      'REDIS_UNAVAILABLE',
      `cannot reach Redis at ${url}: start one (e.g. "redis-server" or "docker run -p 6379:6379 redis:7") or set REDIS_URL`,
      { cause },
    );
  }
}
