import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

/** Runs codegen with the project's configuration in a child process and returns its files, writing none. */
const GENERATE = `
  import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
  const files = await generate({ ...config, silent: true }, false);
  process.stdout.write(JSON.stringify(files.map(({ filename, content }) => ({ filename, content }))));
`;

describe('generated client (clients/generated)', () => {
  it('is what codegen makes of clients/operations and schema.graphql (run `npm run codegen` after changing either)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', GENERATE], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const files = JSON.parse(stdout) as Array<{ filename: string; content: string }>;
    expect(files.map((f) => f.filename).sort()).toEqual(
      ['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json'].map((name) => `clients/generated/${name}`),
    );
    for (const file of files) {
      expect({ file: file.filename, content: await readFile(file.filename, 'utf8') }).toEqual({
        file: file.filename,
        content: file.content,
      });
    }
  });
});
