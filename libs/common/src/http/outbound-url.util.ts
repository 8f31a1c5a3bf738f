/** Longest endpoint URL an organisation may store (model endpoints, webhooks). */
export const MAX_OUTBOUND_URL = 500;

/**
 * Whether `value` may be stored as an endpoint that the servers will call: an absolute http(s)
 * URL with a host, no credentials in it, at most `MAX_OUTBOUND_URL` characters.
 */
export function isOutboundUrl(value: string): boolean {
  if (value.length > MAX_OUTBOUND_URL) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The host of an endpoint URL as it is compared with allow lists: lower case, IPv6 without brackets. */
export function outboundHostOf(value: string): string {
  return new URL(value).hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

/** Whether a deployment's allow list (`'*'` or host names; IPv6 with or without brackets) lets the servers call this URL's host. */
export function isAllowedOutboundHost(value: string, allowed: '*' | readonly string[]): boolean {
  return allowed === '*' || allowed.includes(outboundHostOf(value)) || allowed.includes(new URL(value).hostname.toLowerCase());
}
