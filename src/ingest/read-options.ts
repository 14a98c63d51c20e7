/** Options shared by every input reader. All optional; defaults are stated per field. */
export interface ReadOptions {
  /** Largest document accepted, in bytes, after decompression. Default 20 MB (`DEFAULT_MAX_BYTES`). */
  readonly maxBytes?: number
  /** Outlet name for every document read (`--outlet`); wins over anything a container or page says. */
  readonly outlet?: string
  /** Allow fetching loopback, private, link-local and cloud-metadata addresses (`--allow-private`). Default false. */
  readonly allowPrivate?: boolean
  /** Where `-` reads from. Default `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>
  /** Receives one-line notes a user may want (records skipped in a WARC). Default: none. */
  readonly log?: (line: string) => void
  /** HTTP settings for URL inputs and feed items. */
  readonly http?: HttpOptions
}

export interface HttpOptions {
  /** Milliseconds to establish a connection. Default 10 000. */
  readonly connectTimeoutMs?: number
  /** Milliseconds for the whole request, body included. Default 30 000. */
  readonly totalTimeoutMs?: number
  /** Redirects followed before giving up. Default 5 (browsers allow 20; news pages need 1–2). */
  readonly maxRedirects?: number
  /** Milliseconds between two requests to the same host. Default 1000. */
  readonly perHostDelayMs?: number
  readonly userAgent?: string
  /**
   * Replaces the SSRF address check (default `isBlockedAddress`). Tests use it to reach a 127.0.0.1 server
   * while the guard still runs on every hop.
   */
  readonly isBlockedAddress?: (address: string) => boolean
}

/** 20 MB: the largest news pages in the extraction benchmark are ~1.5 MB; 20 MB leaves room for inline images. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
