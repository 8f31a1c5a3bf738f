import { config } from 'dotenv';

/** The file every entry point reads, relative to the working directory. */
export const ENV_FILE = '.env';

/**
 * Reads `.env` into the environment, the same way for every entry point (api, worker,
 * `db:prepare`, scripts): variables already set win over the file. Under `NODE_ENV=test` the file
 * is ignored unless `TEST_USE_DOTENV=1`, so a developer's `.env` never changes what tests see.
 * Returns whether the file was read.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, path: string = ENV_FILE): boolean {
  if (env.NODE_ENV === 'test' && !['1', 'true'].includes(env.TEST_USE_DOTENV ?? '')) return false;
  const result = config({ path, processEnv: env as Record<string, string>, quiet: true });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ENOENT') throw result.error;
  return !result.error;
}
