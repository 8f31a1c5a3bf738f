import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** A document id as the client preset writes it (GraphQL over HTTP: "sha256:" and the hex digest). */
const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;
const MANIFEST = z.record(z.string().regex(DOCUMENT_ID), z.string().min(1));

export const documentIdOfText = (text: string): string => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** The operations a client may run: document id → document text. */
export type TrustedDocumentsManifest = ReadonlyMap<string, string>;

/**
 * Reads the manifest that `npm run codegen` writes (persisted-documents.json) and checks that every
 * id is the hash of its document, so an edited manifest cannot smuggle an operation in.
 */
export async function loadTrustedDocumentsManifest(path: string): Promise<TrustedDocumentsManifest> {
  const parsed = MANIFEST.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a trusted-documents manifest: ${parsed.error.issues[0]?.message}`);
  for (const [id, text] of Object.entries(parsed.data)) {
    if (documentIdOfText(text) !== id) throw new Error(`${path}: ${id} is not the hash of its document`);
  }
  return new Map(Object.entries(parsed.data));
}
