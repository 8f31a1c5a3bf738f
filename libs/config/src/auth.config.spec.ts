import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { authConfig, E2E_TEST_SECRET } from './auth.config.js';
import { ConfigurationError } from './configuration.error.js';
import { databaseConfig } from './database.config.js';
import { developmentSecret } from './dev-secret.util.js';

const STRONG = 'k7Q2vX9pL4mN8rT1wY6zA3bC5dE0fG-h';

describe('authConfig', () => {
  it('requires a long, varied JWT secret in production', () => {
    expect(() => authConfig.load({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production/);
    expect(() => authConfig.load({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => authConfig.load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /JWT_SECRET: must have at least 12 distinct/,
    );
    expect(authConfig.load({ NODE_ENV: 'production', JWT_SECRET: STRONG }).jwtSecret).toBe(STRONG);
  });

  it('refuses every secret published in the repository, in any environment', () => {
    for (const NODE_ENV of ['production', 'development', undefined]) {
      for (const secret of [
        'change-me-to-a-long-random-secret-of-32-chars',
        'waypoint-development-secret-do-not-use-in-production',
        E2E_TEST_SECRET,
      ]) {
        expect(() => authConfig.load({ NODE_ENV, JWT_SECRET: secret })).toThrow(ConfigurationError);
      }
    }
    expect(authConfig.load({ NODE_ENV: 'test', JWT_SECRET: E2E_TEST_SECRET }).jwtSecret).toBe(E2E_TEST_SECRET);
  });

  it('names the variable in a ConfigurationError', () => {
    try {
      authConfig.load({ ACCESS_TOKEN_TTL_SECONDS: 'soon' });
      throw new Error('expected a ConfigurationError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).variables).toEqual(['ACCESS_TOKEN_TTL_SECONDS']);
    }
  });
});

describe('developmentSecret', () => {
  it('makes one random secret per checkout, readable only by its owner, and keeps it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'waypoint-secret-')), 'var', 'dev-jwt-secret');
    const first = developmentSecret(file);
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(developmentSecret(file)).toBe(first);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    const other = join(mkdtempSync(join(tmpdir(), 'waypoint-secret-')), 'dev-jwt-secret');
    expect(developmentSecret(other)).not.toBe(first);
  });
});

describe('databaseConfig', () => {
  it('derives the runtime role connection from the owner URL', () => {
    const config = databaseConfig.load({ DATABASE_URL: 'postgres://owner:pw@db.internal:5433/app', DATABASE_APP_PASSWORD: 's3cret' });
    expect(config.appUrl).toBe('postgres://waypoint_app:s3cret@db.internal:5433/app');
    expect(() => databaseConfig.load({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
  });
});
