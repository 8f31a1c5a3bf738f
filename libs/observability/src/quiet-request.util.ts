/** Paths polled by probes and scrapers: their requests are not logged. */
export const QUIET_PATHS: ReadonlySet<string> = new Set(['/health/live', '/metrics']);

/**
 * Whether a request is a probe's or a scraper's. Reads the URL the client sent: a middleware
 * mounted on a route pattern sees `url` rewritten relative to its mount point, `originalUrl` not.
 */
export function isQuietRequest(req: { url?: string; originalUrl?: string }): boolean {
  const url = req.originalUrl ?? req.url ?? '';
  return QUIET_PATHS.has(url.split('?')[0]);
}
