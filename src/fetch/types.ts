// The fetch module's public shapes. Everything the project reads from or posts to the web goes through
// httpRequest (src/fetch/request.ts) or fetchDocument (src/fetch/document.ts).

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'HEAD';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Opens loopback and private ranges; link-local and cloud metadata stay refused. */
  allowPrivateNetworks?: boolean;
  /** Total deadline for the whole exchange, body included. */
  timeoutMs?: number;
  /** Cap on the body after decompression. */
  maxBytes?: number;
  /** 0 = do not follow (webhooks); default 5. */
  maxRedirects?: number;
  userAgent?: string;
  signal?: AbortSignal;
  /**
   * Called with the final response's status and headers before its body is read; throw (a FetchError) to
   * refuse it without reading the body (fetchDocument uses it for content-type checks).
   */
  onResponseHead?: (head: ResponseHead) => void;
}

export interface ResponseHead {
  status: number;
  url: string;
  headers: Record<string, string>;
}

export interface RedirectHop {
  status: number;
  from: string;
  to: string;
}

export interface RawResponse {
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Decompressed body bytes (capped). */
  body: Buffer;
  /** Redirects followed to get here, in order. */
  redirects?: RedirectHop[];
  /** The final URL when every redirect followed was permanent (301/308): where the caller should move. */
  permanentUrl?: string | null;
}

export interface DocumentResponse extends RawResponse {
  /** Body decoded to text with the right charset (header, BOM, XML prolog, meta). */
  text: string;
  charset: string;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
  /** sha256 (hex) of the body bytes: lets a caller skip an unchanged body when the server sends no validators. */
  bodyHash?: string;
}
