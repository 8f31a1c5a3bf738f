import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the operations in clients/operations, from the committed schema.graphql,
 * and the trusted-documents manifest (sha256 of each normalised document → the document).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['clients/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'clients/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
