// An item's failure in words for the operator (/api/sources, the dashboard), from the stable code the stage
// gave it. The code stays for metrics and counts; the words say what happened and, where it helps, what to do.

const WORDS: Record<string, string> = {
  BLOCKED_ADDRESS: 'refused: the link leads to a blocked address (private, link-local or cloud-metadata network)',
  TOO_LARGE: 'refused: the page is larger than fetch.maxBytes',
  BAD_CONTENT_TYPE: 'refused: not a web page (its content type cannot be an article)',
  NOT_AN_ARTICLE: 'refused: no article found on the page',
  INVALID_URL: 'refused: the link is not a valid http(s) URL',
  NO_LINK: 'refused: the feed item has no http(s) link (nor a permalink guid) to fetch',
  HTTP_STATUS: 'the server answered with an error status',
  TIMEOUT: 'timed out',
  TOO_MANY_REDIRECTS: 'too many redirects',
  NETWORK: 'network error',
  BAD_ENCODING: 'unreadable character encoding',
  RAW_EXPIRED: 'the fetched page expired before it was cleaned (raise retention.rawHtml)',
  STALLED: 'the worker handling it stopped repeatedly',
  BAD_SIGNATURE: "discarded: content pushed by the source's WebSub hub without a valid signature",
  WEBSUB_NOT_LIVE: "refused: content pushed by the source's hub outside a live subscription (polling covers the feed)",
  WEBSUB_DENIED: "the source's WebSub hub refused our subscription (polling continues)",
};

const MAX_CHARS = 300;

/** "words: detail", without repeating the detail when the words already say it. */
export function failureReason(code: string, detail: string): string {
  const words = WORDS[code] ?? `failed after its retries (${code})`;
  const text = detail && !words.includes(detail) ? `${words}: ${detail}` : words;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** The stable code of an error: its `code` when it has a string one, else its class name. */
export function failureCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z_][\w.-]{0,40}$/.test(code)) return code;
  return err instanceof Error ? err.name : 'Error';
}
