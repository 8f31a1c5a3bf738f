import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { newSigningSecret, signatureHeader, signatureOf, verifySignature } from './webhook-signature.util.js';

const SECRET = 'whsec_test-secret';
const BODY = '{"id":"e1","type":"summary.ready","data":{"sessionId":"s1"}}';
const AT = new Date('2026-12-06T10:00:00Z');
const T = AT.getTime() / 1000;

describe('webhook signature', () => {
  it('is HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret, in hex', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(signatureOf(SECRET, T, BODY)).toBe(expected);
    expect(signatureHeader(SECRET, BODY, AT)).toBe(`t=${T},v1=${expected}`);
  });

  it('verifies its own header within the tolerance', () => {
    const header = signatureHeader(SECRET, BODY, AT);
    expect(verifySignature(header, BODY, SECRET, { now: AT })).toBe(true);
    expect(verifySignature(header, BODY, SECRET, { now: new Date(AT.getTime() + 299_000) })).toBe(true);
  });

  it('refuses another body, another secret, a stale or future timestamp, and malformed headers', () => {
    const header = signatureHeader(SECRET, BODY, AT);
    expect(verifySignature(header, `${BODY} `, SECRET, { now: AT })).toBe(false);
    expect(verifySignature(header, BODY, 'whsec_other', { now: AT })).toBe(false);
    expect(verifySignature(header, BODY, SECRET, { now: new Date(AT.getTime() + 301_000) })).toBe(false);
    expect(verifySignature(header, BODY, SECRET, { now: new Date(AT.getTime() - 301_000) })).toBe(false);
    expect(verifySignature(`t=${T + 1},v1=${signatureOf(SECRET, T, BODY)}`, BODY, SECRET, { now: AT })).toBe(false);
    expect(verifySignature(`t=${T}`, BODY, SECRET, { now: AT })).toBe(false);
    expect(verifySignature(`v1=${signatureOf(SECRET, T, BODY)}`, BODY, SECRET, { now: AT })).toBe(false);
    expect(verifySignature(`t=${T},v1=abc`, BODY, SECRET, { now: AT })).toBe(false);
  });

  it('accepts the header when any of several v1 signatures matches', () => {
    const header = `t=${T},v1=${signatureOf('whsec_old', T, BODY)},v1=${signatureOf(SECRET, T, BODY)}`;
    expect(verifySignature(header, BODY, SECRET, { now: AT })).toBe(true);
  });

  it('makes a new random secret each time', () => {
    const a = newSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(a);
  });
});
