import { describe, expect, it } from '@jest/globals';
import { clientsConfig, DEVELOPMENT_CORS_ORIGINS } from './clients.config.js';

const MANIFEST = 'clients/generated/persisted-documents.json';

describe('clientsConfig', () => {
  it('allows no origin and serves no IDE in production by default', () => {
    expect(clientsConfig.load({ NODE_ENV: 'production' })).toEqual({
      corsOrigins: [],
      graphqlIde: false,
      trustedDocuments: 'off',
      trustedDocumentsManifest: MANIFEST,
    });
  });

  it('allows local dev servers and serves the IDE outside production by default', () => {
    expect(clientsConfig.load({ NODE_ENV: 'development' })).toEqual({
      corsOrigins: DEVELOPMENT_CORS_ORIGINS,
      graphqlIde: true,
      trustedDocuments: 'off',
      trustedDocumentsManifest: MANIFEST,
    });
  });

  it('reads a comma-separated allow-list, an IDE switch and trusted documents', () => {
    const config = clientsConfig.load({
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://app.example.com, https://admin.example.com:8443',
      GRAPHQL_IDE: 'true',
      TRUSTED_DOCUMENTS: 'enforce',
    });
    expect(config).toEqual({
      corsOrigins: ['https://app.example.com', 'https://admin.example.com:8443'],
      graphqlIde: true,
      trustedDocuments: 'enforce',
      trustedDocumentsManifest: MANIFEST,
    });
  });

  it('names the offending variable', () => {
    expect(() => clientsConfig.load({ CORS_ORIGINS: 'https://app.example.com/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => clientsConfig.load({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => clientsConfig.load({ TRUSTED_DOCUMENTS: 'maybe' })).toThrow(/TRUSTED_DOCUMENTS/);
  });
});
