import { describe, expect, it } from '@jest/globals';
import { isAllowedOutboundHost, isOutboundUrl } from './outbound-url.util.js';
import { isPrivateAddress } from './private-address.util.js';
import { assertPublicHost, PrivateAddressError } from './public-address-lookup.util.js';

describe('outbound endpoint rules', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not an address',
  ])('%s is private or reserved', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:2800:220:1:248:1893:25c8:1946', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('takes http(s) URLs with a host and no credentials', () => {
    expect(isOutboundUrl('https://hooks.example.com/waypoint')).toBe(true);
    expect(isOutboundUrl('ftp://hooks.example.com/')).toBe(false);
    expect(isOutboundUrl('https://user:pw@hooks.example.com/')).toBe(false);
    expect(isOutboundUrl(`https://hooks.example.com/${'a'.repeat(500)}`)).toBe(false);
    expect(isOutboundUrl('not a url')).toBe(false);
  });

  it('compares hosts with an allow list case-insensitively', () => {
    expect(isAllowedOutboundHost('http://LLM.internal:8000/v1', ['llm.internal'])).toBe(true);
    expect(isAllowedOutboundHost('http://other.internal/v1', ['llm.internal'])).toBe(false);
    expect(isAllowedOutboundHost('http://[::1]:8000/v1', ['::1'])).toBe(true);
    expect(isAllowedOutboundHost('http://[::1]:8000/v1', ['[::1]'])).toBe(true);
    expect(isAllowedOutboundHost('http://anything/v1', '*')).toBe(true);
  });

  it('refuses literal private addresses unless the host is explicitly allowed', async () => {
    await expect(assertPublicHost('http://169.254.169.254/latest/meta-data', [])).rejects.toBeInstanceOf(PrivateAddressError);
    await expect(assertPublicHost('http://[::1]:8080/hook', [])).rejects.toBeInstanceOf(PrivateAddressError);
    await expect(assertPublicHost('http://127.0.0.1:8080/hook', ['127.0.0.1'])).resolves.toBeUndefined();
    await expect(assertPublicHost('http://8.8.8.8/hook', [])).resolves.toBeUndefined();
  });

  it('refuses a name that resolves to loopback', async () => {
    await expect(assertPublicHost('http://localhost:8080/hook', [])).rejects.toBeInstanceOf(PrivateAddressError);
  });
});
