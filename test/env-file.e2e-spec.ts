import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { envWith } from '#testing';

interface Ran {
  code: number;
  output: string;
}

/** Runs an entry point from `cwd` (where its .env is) until it exits by itself. */
function runIn(cwd: string, entry: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((done) => {
    execFile(process.execPath, [resolve(entry)], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

describe('the .env file', () => {
  // Values every concern refuses, so each entry point stops at once, naming what it read.
  const dir = mkdtempSync(join(tmpdir(), 'waypoint-dotenv-'));
  writeFileSync(join(dir, '.env'), 'DATABASE_URL=mysql://db.example/waypoint\nPORT=eighty\n');
  const withoutFile = envWith({ DATABASE_URL: undefined, PORT: undefined });
  const asked = { ...withoutFile, TEST_USE_DOTENV: '1' };

  it('is read the same way by the api, the worker, db:prepare and the seed', async () => {
    const [api, worker, prepare, seed] = await Promise.all([
      runIn(dir, 'dist/apps/api/src/main.js', asked),
      runIn(dir, 'dist/apps/worker/src/main.js', asked),
      runIn(dir, 'dist/libs/database/src/cli/prepare-database.js', asked),
      runIn(dir, 'dist/libs/demo/src/cli/seed-demo.js', asked),
    ]);
    expect(api.code).toBe(1);
    expect(api.output).toContain('"variables":["PORT"]');
    expect(worker.code).toBe(1);
    expect(worker.output).toContain('"variables":["DATABASE_URL"]');
    expect(prepare.code).toBe(1);
    expect(prepare.output).toContain('DATABASE_URL');
    expect(seed.code).toBe(1);
    expect(seed.output).toContain('PORT');
  });

  it('is ignored by tests unless TEST_USE_DOTENV=1, and loses to the environment', async () => {
    const { DATABASE_URL } = envWith({});
    const ignored = await runIn(dir, 'dist/libs/database/src/cli/prepare-database.js', { ...withoutFile, DATABASE_URL });
    expect(ignored).toMatchObject({ code: 0 });
    expect(ignored.output).toContain('"msg":"database ready"');
    const overridden = await runIn(dir, 'dist/libs/database/src/cli/prepare-database.js', { ...asked, DATABASE_URL });
    expect(overridden).toMatchObject({ code: 0 });
  });
});
