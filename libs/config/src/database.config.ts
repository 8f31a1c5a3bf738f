import { z } from 'zod';
import { defineConfig, envBoolean, envInt } from './define-config.util.js';

/** The runtime role, created by the first migration: owns nothing, cannot bypass row-level security. */
export const APP_DATABASE_ROLE = 'waypoint_app';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/waypoint';

export const databaseConfig = defineConfig(
  'database',
  {
    /** Owner connection: creates the database and runs migrations. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default(DEFAULT_DATABASE_URL),
    DATABASE_APP_PASSWORD: z.string().optional(),
    DATABASE_POOL_SIZE: envInt(10, 1, 200),
    /** node-postgres pipeline mode: statements sent together share a round trip (off: one round trip each, for comparison). */
    DATABASE_PIPELINE: envBoolean(true),
    /** How long `db:prepare` waits for PostgreSQL to accept connections (first boot of a container). */
    DATABASE_WAIT_SECONDS: envInt(60, 0, 3600),
  },
  (env) => {
    const appUrl = new URL(env.DATABASE_URL);
    appUrl.username = APP_DATABASE_ROLE;
    appUrl.password = env.DATABASE_APP_PASSWORD ?? '';
    return {
      ownerUrl: env.DATABASE_URL,
      appUrl: appUrl.toString(),
      appPassword: env.DATABASE_APP_PASSWORD,
      poolSize: env.DATABASE_POOL_SIZE,
      pipeline: env.DATABASE_PIPELINE,
      waitSeconds: env.DATABASE_WAIT_SECONDS,
    };
  },
);
export type DatabaseConfig = ReturnType<typeof databaseConfig.load>;
