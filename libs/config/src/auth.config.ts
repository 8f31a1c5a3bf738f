import { z } from 'zod';
import { ConfigurationError } from './configuration.error.js';
import { defineConfig, envInt } from './define-config.util.js';
import { developmentSecret } from './dev-secret.util.js';

/** Secrets that were ever written in this repository: anyone can sign tokens with them. */
const PUBLISHED_SECRETS = new Set([
  'waypoint-development-secret-do-not-use-in-production',
  'change-me-to-a-long-random-secret-of-32-chars',
]);
/** The end-to-end suite's own secret: accepted only with NODE_ENV=test. */
export const E2E_TEST_SECRET = 'test-secret-for-the-e2e-suite-0123456789abcdef';
const MIN_DISTINCT_CHARACTERS = 12;

const secretProblem = (secret: string, nodeEnv: string | undefined): string | null => {
  if (PUBLISHED_SECRETS.has(secret) || (secret === E2E_TEST_SECRET && nodeEnv !== 'test')) {
    return 'is a value published with Waypoint; generate your own (e.g. openssl rand -base64 48)';
  }
  return null;
};

export const authConfig = defineConfig(
  'auth',
  {
    NODE_ENV: z.string().optional(),
    JWT_SECRET: z
      .string()
      .min(32, 'must be at least 32 characters')
      .refine((s) => new Set(s).size >= MIN_DISTINCT_CHARACTERS, `must have at least ${MIN_DISTINCT_CHARACTERS} distinct characters`)
      .optional(),
    JWT_ISSUER: z.string().min(1).default('waypoint'),
    JWT_AUDIENCE: z.string().min(1).default('waypoint-api'),
    ACCESS_TOKEN_TTL_SECONDS: envInt(900, 30, 86_400),
    REFRESH_TOKEN_TTL_DAYS: envInt(30, 1, 365),
    INVITATION_TTL_HOURS: envInt(168, 1, 24 * 90),
    PASSWORD_RESET_TTL_MINUTES: envInt(60, 5, 24 * 60),
    /** Failed sign-ins to one account from one address before that address is blocked for it (15 minutes). */
    ACCOUNT_FAILURES_PER_ADDRESS: envInt(5, 1, 1000),
    /** Failed sign-ins to one account from all addresses in an hour before unknown addresses must back off. */
    ACCOUNT_FAILURES_BEFORE_BACKOFF: envInt(20, 1, 100_000),
    /** Sign-ups and password-reset requests naming one email address, per hour. */
    ACCOUNT_EMAIL_ATTEMPTS_PER_HOUR: envInt(5, 1, 100_000),
  },
  (env) => {
    if (!env.JWT_SECRET && env.NODE_ENV === 'production') {
      throw new ConfigurationError('auth', [{ variable: 'JWT_SECRET', problem: 'required in production' }]);
    }
    const problem = env.JWT_SECRET ? secretProblem(env.JWT_SECRET, env.NODE_ENV) : null;
    if (problem) throw new ConfigurationError('auth', [{ variable: 'JWT_SECRET', problem }]);
    return {
      // Outside production, an unset secret is this checkout's own random one (never a published value).
      jwtSecret: env.JWT_SECRET ?? developmentSecret(),
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlHours: env.INVITATION_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      accountThrottle: {
        failuresPerAddress: env.ACCOUNT_FAILURES_PER_ADDRESS,
        failuresBeforeBackoff: env.ACCOUNT_FAILURES_BEFORE_BACKOFF,
        emailAttemptsPerHour: env.ACCOUNT_EMAIL_ATTEMPTS_PER_HOUR,
      },
    };
  },
);
export type AuthConfig = ReturnType<typeof authConfig.load>;
