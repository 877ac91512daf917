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
}

export interface RawResponse {
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Decompressed body bytes (capped). */
  body: Buffer;
}

export interface DocumentResponse extends RawResponse {
  /** Body decoded to text with the right charset (header, BOM, XML prolog, meta). */
  text: string;
  charset: string;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
}
