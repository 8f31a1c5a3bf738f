import { randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where a development checkout keeps its own signing secret (ignored by git). */
export const DEV_SECRET_FILE = 'var/dev-jwt-secret';

/**
 * The signing secret of a development checkout: random, made once and kept in `path`, so the api
 * and the worker of one checkout agree while no two checkouts share one. Nothing published in
 * the repository can sign a token. Created atomically: processes starting together read one value.
 */
export function developmentSecret(path: string = DEV_SECRET_FILE): string {
  const existing = readIfPresent(path);
  if (existing) return existing;
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${randomUUID()}`;
  writeFileSync(draft, randomBytes(48).toString('base64url'), { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(path, 'utf8').trim();
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
