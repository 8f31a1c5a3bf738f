import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadEnvFile } from './load-env-file.util.js';

const envFile = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'waypoint-env-')), '.env');
  writeFileSync(path, text);
  return path;
};

describe('loadEnvFile', () => {
  it('fills unset variables from the file; variables already set win', () => {
    const path = envFile('PORT=4100\nLOG_LEVEL=debug\n# a comment\nMAIL_FROM="Waypoint <a@b.c>"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    expect(loadEnvFile(env, path)).toBe(true);
    expect(env).toEqual({ PORT: '4100', LOG_LEVEL: 'warn', MAIL_FROM: 'Waypoint <a@b.c>' });
  });

  it('ignores the file under NODE_ENV=test unless TEST_USE_DOTENV=1', () => {
    const path = envFile('PORT=4100\n');
    const test: NodeJS.ProcessEnv = { NODE_ENV: 'test' };
    expect(loadEnvFile(test, path)).toBe(false);
    expect(test.PORT).toBeUndefined();
    const asked: NodeJS.ProcessEnv = { NODE_ENV: 'test', TEST_USE_DOTENV: '1' };
    expect(loadEnvFile(asked, path)).toBe(true);
    expect(asked.PORT).toBe('4100');
  });

  it('is a no-op without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile(env, join(tmpdir(), 'no-such-dir-waypoint', '.env'))).toBe(false);
    expect(env).toEqual({});
  });
});
