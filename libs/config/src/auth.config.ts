import { z } from 'zod';
import { defineConfig, envInt } from './define-config.util.js';

const DEV_SECRET = 'waypoint-development-secret-do-not-use-in-production';

export const authConfig = defineConfig(
  'auth',
  {
    NODE_ENV: z.string().optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_ISSUER: z.string().min(1).default('waypoint'),
    JWT_AUDIENCE: z.string().min(1).default('waypoint-api'),
    ACCESS_TOKEN_TTL_SECONDS: envInt(900, 30, 86_400),
    REFRESH_TOKEN_TTL_DAYS: envInt(30, 1, 365),
    INVITATION_TTL_HOURS: envInt(168, 1, 24 * 90),
  },
  (env) => {
    if (!env.JWT_SECRET && env.NODE_ENV === 'production') {
      throw new Error('Invalid auth configuration: JWT_SECRET: required in production');
    }
    return {
      jwtSecret: env.JWT_SECRET ?? DEV_SECRET,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      invitationTtlHours: env.INVITATION_TTL_HOURS,
    };
  },
);
export type AuthConfig = ReturnType<typeof authConfig.load>;
