import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

/** Browser apps on these origins may call the api outside production unless CORS_ORIGINS says otherwise. */
export const DEVELOPMENT_CORS_ORIGINS = [
  'http://localhost:3000',
  'http://localhost:5173',
  'http://127.0.0.1:3000',
  'http://127.0.0.1:5173',
];

/** An origin as browsers send it: scheme, host and optional port, nothing else. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

const origins = z
  .string()
  .optional()
  .transform((value) =>
    value === undefined
      ? undefined
      : value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
  )
  .refine(
    (list) => list === undefined || list.every((origin) => ORIGIN.test(origin)),
    'each origin must be scheme://host[:port], comma-separated',
  );

export type TrustedDocumentsMode = 'enforce' | 'off';

/** What browser and generated clients need from the api: CORS, the GraphQL IDE, trusted documents. */
export const clientsConfig = defineConfig(
  'clients',
  {
    NODE_ENV: z.string().optional(),
    /** Comma-separated origins allowed by CORS. Unset: none in production, local dev servers otherwise. */
    CORS_ORIGINS: origins,
    /** GraphiQL at GET /graphql. Unset: on outside production, off in production. */
    GRAPHQL_IDE: z.enum(['true', 'false', '1', '0']).optional(),
    /** enforce: only operations in the generated manifest run. */
    TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).default('off'),
    /** The manifest `npm run codegen` writes: document id → document. */
    TRUSTED_DOCUMENTS_MANIFEST: z.string().min(1).default('clients/generated/persisted-documents.json'),
  },
  (env) => {
    const production = env.NODE_ENV === 'production';
    return {
      corsOrigins: env.CORS_ORIGINS ?? (production ? [] : DEVELOPMENT_CORS_ORIGINS),
      graphqlIde: env.GRAPHQL_IDE === undefined ? !production : ['true', '1'].includes(env.GRAPHQL_IDE),
      trustedDocuments: env.TRUSTED_DOCUMENTS as TrustedDocumentsMode,
      trustedDocumentsManifest: env.TRUSTED_DOCUMENTS_MANIFEST,
    };
  },
);
export type ClientsConfig = ReturnType<typeof clientsConfig.load>;
