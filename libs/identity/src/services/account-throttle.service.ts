import { Inject, Injectable } from '@nestjs/common';
import { type AuthConfig, authConfig } from '#config';
import { consumeOne, RateLimiters } from '#rate-limits';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { hmac } from './secret-token.util.js';
import { normaliseEmail } from './users.service.js';

const ADDRESS_WINDOW_SECONDS = 15 * 60;
const ACCOUNT_WINDOW_SECONDS = 60 * 60;
const FIRST_BACKOFF_SECONDS = 10;
const MAX_BACKOFF_SECONDS = 15 * 60;
/** Three weeks: also the longest a per-process fallback counter can live (a timer of under 2^31 ms). */
const KNOWN_ADDRESS_SECONDS = 21 * 24 * 60 * 60;
const EMAIL_WINDOW_SECONDS = 60 * 60;

/**
 * Per-account limits on password guessing, on top of the per-address limits of every auth
 * operation. The counters live in Redis (per process while it is down) under a keyed hash of the
 * email, never the email itself, and they count unknown emails exactly like real accounts, so the
 * answers never tell which exist.
 *
 * - One account from one address: after `failuresPerAddress` failures that address is refused for
 *   15 minutes (the owner elsewhere is unaffected).
 * - One account from everywhere: past `failuresBeforeBackoff` failures in an hour, addresses the
 *   account has not signed in from in the last three weeks must wait between attempts, 10 s doubling
 *   to 15 minutes. The owner's usual addresses are exempt: an attacker cannot lock them out.
 */
@Injectable()
export class AccountThrottle {
  constructor(
    private readonly limiters: RateLimiters,
    @Inject(authConfig.KEY) private readonly config: AuthConfig,
  ) {}

  /** Before a password is checked: refuses with RATE_LIMITED when this attempt must wait. */
  async assertMayTry(email: string, address: string): Promise<void> {
    const account = this.accountKey(email);
    const pair = `${account}:${address}`;
    const [pairFailures, known, backoff] = await Promise.all([
      this.addressFailures().get(pair),
      this.knownAddresses().get(pair),
      this.backoff().get(account),
    ]);
    if (pairFailures && pairFailures.consumedPoints >= this.config.accountThrottle.failuresPerAddress) refuse(pairFailures.msBeforeNext);
    if (!known && backoff) refuse(backoff.msBeforeNext);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const account = this.accountKey(email);
    const [, overall] = await Promise.all([
      consumeOne(this.addressFailures(), `${account}:${address}`),
      consumeOne(this.accountFailures(), account),
    ]);
    if (overall.allowed) return;
    const over = overall.consumed - this.config.accountThrottle.failuresBeforeBackoff;
    const seconds = Math.min(FIRST_BACKOFF_SECONDS * 2 ** Math.min(over - 1, 16), MAX_BACKOFF_SECONDS);
    await this.backoff().set(account, 1, seconds);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    const pair = `${this.accountKey(email)}:${address}`;
    await Promise.all([this.addressFailures().delete(pair), this.knownAddresses().set(pair, 1, KNOWN_ADDRESS_SECONDS)]);
  }

  /** Sign-ups and reset requests naming one email: a few per hour, whoever asks. */
  async assertEmailAttempt(purpose: 'sign-up' | 'password-reset', email: string): Promise<void> {
    const limiter = this.limiters.get(`email-${purpose}`, {
      points: this.config.accountThrottle.emailAttemptsPerHour,
      durationSeconds: EMAIL_WINDOW_SECONDS,
    });
    const outcome = await consumeOne(limiter, this.accountKey(email));
    if (!outcome.allowed) refuse(outcome.retryAfterSeconds * 1000);
  }

  private accountKey(email: string): string {
    return hmac(this.config.jwtSecret, `account:${normaliseEmail(email)}`).slice(0, 32);
  }

  private addressFailures() {
    return this.limiters.get('account-address-failures', {
      points: this.config.accountThrottle.failuresPerAddress,
      durationSeconds: ADDRESS_WINDOW_SECONDS,
    });
  }

  private accountFailures() {
    return this.limiters.get('account-failures', {
      points: this.config.accountThrottle.failuresBeforeBackoff,
      durationSeconds: ACCOUNT_WINDOW_SECONDS,
    });
  }

  /** Present while unknown addresses must wait (expires with the backoff). */
  private backoff() {
    return this.limiters.get('account-backoff', { points: 1, durationSeconds: MAX_BACKOFF_SECONDS });
  }

  /** Addresses that signed in to the account successfully in the last three weeks. */
  private knownAddresses() {
    return this.limiters.get('account-known-addresses', { points: 1, durationSeconds: KNOWN_ADDRESS_SECONDS });
  }
}

function refuse(msBeforeNext: number): never {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  throw new IdentityException(`Too many attempts; try again in ${retryAfterSeconds} s`, IdentityExceptionCode.TOO_MANY_ATTEMPTS, {
    retryAfterSeconds,
  });
}
