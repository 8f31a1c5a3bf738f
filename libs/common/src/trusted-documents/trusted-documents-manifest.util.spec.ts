import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { documentIdOfText, loadTrustedDocumentsManifest } from './trusted-documents-manifest.util.js';

async function manifestFile(content: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'waypoint-manifest-')), 'persisted-documents.json');
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe('trusted-documents manifest', () => {
  const text = 'query Me { me { id } }';

  it('loads documents keyed by the sha256 of their text', async () => {
    const manifest = await loadTrustedDocumentsManifest(await manifestFile({ [documentIdOfText(text)]: text }));
    expect([...manifest]).toEqual([[documentIdOfText(text), text]]);
    expect(documentIdOfText(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses a manifest whose document was changed after hashing', async () => {
    const path = await manifestFile({ [documentIdOfText(text)]: 'query Me { me { id email } }' });
    await expect(loadTrustedDocumentsManifest(path)).rejects.toThrow(/is not the hash of its document/);
  });

  it('refuses ids that are not sha256 document ids', async () => {
    await expect(loadTrustedDocumentsManifest(await manifestFile({ abc: text }))).rejects.toThrow(/not a trusted-documents manifest/);
  });
});
