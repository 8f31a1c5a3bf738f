import { describe, expect, it } from '@jest/globals';
import { authConfig } from './auth.config.js';
import { databaseConfig } from './database.config.js';

describe('authConfig', () => {
  it('requires a long JWT secret in production', () => {
    expect(() => authConfig.load({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production/);
    expect(() => authConfig.load({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(authConfig.load({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });
});

describe('databaseConfig', () => {
  it('derives the runtime role connection from the owner URL', () => {
    const config = databaseConfig.load({ DATABASE_URL: 'postgres://owner:pw@db.internal:5433/app', DATABASE_APP_PASSWORD: 's3cret' });
    expect(config.appUrl).toBe('postgres://waypoint_app:s3cret@db.internal:5433/app');
    expect(() => databaseConfig.load({ DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL/);
  });
});
