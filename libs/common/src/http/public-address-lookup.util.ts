import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { outboundHostOf } from './outbound-url.util.js';
import { isPrivateAddress } from './private-address.util.js';

/** Thrown when a host resolves to an address outbound calls must not reach; names the host only. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(readonly host: string) {
    super(`${host} resolves to a private or reserved address`);
    this.name = 'PrivateAddressError';
  }
}

/**
 * Resolves a URL's host and fails when any of its addresses is private or reserved, unless the
 * host is in `allowedPrivateHosts` (an explicit deployment allowance, e.g. a local test receiver).
 * Used when an endpoint is registered; `publicAddressLookup` repeats the check at connection time.
 */
export async function assertPublicHost(url: string, allowedPrivateHosts: readonly string[]): Promise<void> {
  const host = outboundHostOf(url);
  if (allowedPrivateHosts.includes(host)) return;
  const addresses = isIP(host) ? [host] : (await lookupAll(host)).map((entry) => entry.address);
  if (!addresses.length || addresses.some(isPrivateAddress)) throw new PrivateAddressError(host);
}

/**
 * A `lookup` for `http.request` / `https.request` that refuses private and reserved addresses,
 * so the address connected to is the address checked (a DNS answer that changed since the
 * endpoint was registered cannot reach an internal service).
 */
export function publicAddressLookup(allowedPrivateHosts: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const host = hostname.toLowerCase();
      const blocked =
        !allowedPrivateHosts.includes(host) && (!addresses.length || addresses.some((entry) => isPrivateAddress(entry.address)));
      if (blocked) return callback(new PrivateAddressError(host), '', 0);
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      callback(null, first!.address, first!.family);
    });
  };
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}
