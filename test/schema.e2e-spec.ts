import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { testEnv } from '#testing';

describe('schema.graphql', () => {
  it('is the schema the code generates (run `npm run schema:generate` after changing GraphQL types)', async () => {
    const target = join(await mkdtemp(join(tmpdir(), 'waypoint-schema-')), 'schema.graphql');
    await promisify(execFile)(process.execPath, ['dist/apps/api/src/print-schema.js', target], {
      env: { ...testEnv(), LOG_LEVEL: 'silent' },
    });
    const [generated, committed] = await Promise.all([readFile(target, 'utf8'), readFile('schema.graphql', 'utf8')]);
    expect(committed).toBe(generated);
  });
});
