import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import {
  documentIdOfText,
  loadTrustedDocumentsManifest,
  TrustedDocumentException,
  TrustedDocumentExceptionCode,
  type TrustedDocumentsManifest,
} from '#common';
import { type ClientsConfig, clientsConfig } from '#config';

const reject = (reason: TrustedDocumentExceptionCode, message: string, status: number): GraphQLError =>
  new GraphQLError(message, { originalError: new TrustedDocumentException(message, reason), extensions: { http: { status } } });

const UNTRUSTED = (): GraphQLError =>
  reject(
    TrustedDocumentExceptionCode.UNTRUSTED_DOCUMENT,
    'Only trusted documents run here: send the documentId of a generated operation',
    403,
  );

const UNKNOWN = (): GraphQLError => reject(TrustedDocumentExceptionCode.UNKNOWN_DOCUMENT_ID, 'documentId names no trusted document', 404);

/** Stands in for a refused document that was named by id only. */
const PLACEHOLDER = '{ __typename }';

/** `documentId` of the request body (GraphQL over HTTP, persisted documents), if any. */
function documentIdOf(request: GraphQLRequest): string | null {
  const body = request.http?.body as { documentId?: unknown } | undefined;
  return typeof body?.documentId === 'string' ? body.documentId : null;
}

/** The document id of an Apollo persisted-query request that sends only the hash, if it is one. */
function persistedQueryIdOf(request: GraphQLRequest): string | null {
  const hash = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof hash === 'string' && request.query === undefined ? `sha256:${hash}` : null;
}

/**
 * Trusted documents: a request may name an operation of the manifest by its id instead of sending
 * its text. With TRUSTED_DOCUMENTS=enforce, nothing else runs: an operation whose text is not in the
 * manifest is refused (FORBIDDEN, UNTRUSTED_DOCUMENT) before it runs.
 */
@Plugin()
@Injectable()
export class TrustedDocumentsPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('TrustedDocuments');
  private manifest: TrustedDocumentsManifest = new Map();

  constructor(@Inject(clientsConfig.KEY) private readonly clients: ClientsConfig) {}

  async serverWillStart() {
    try {
      this.manifest = await loadTrustedDocumentsManifest(this.clients.trustedDocumentsManifest);
    } catch (error) {
      // Enforcing without a manifest would refuse everything: refuse to start instead.
      if (this.clients.trustedDocuments === 'enforce') throw error;
      this.logger.warn({ err: error }, 'no trusted-documents manifest: documentId requests will not resolve');
    }
  }

  async requestDidStart({ request }: GraphQLRequestContext<object>): Promise<GraphQLRequestListener<object> | undefined> {
    const enforced = this.clients.trustedDocuments === 'enforce';
    const documentId = documentIdOf(request);
    const persistedQueryId = persistedQueryIdOf(request);
    const named = documentId ?? persistedQueryId;
    if (named !== null) {
      const text = this.manifest.get(named);
      if (text !== undefined) {
        request.query = text;
        return;
      }
      if (documentId !== null) return this.refuse(request, UNKNOWN());
      // A hash Apollo's own persisted queries may know: theirs, unless only trusted documents may run.
      return enforced ? this.refuse(request, UNTRUSTED()) : undefined;
    }
    if (enforced && (request.query === undefined || !this.manifest.has(documentIdOfText(request.query))))
      return this.refuse(request, UNTRUSTED());
  }

  /**
   * Refused before anything runs: Apollo's documented way to stop an operation is an error thrown
   * once it is resolved. A request that named a document by id runs a constant one in its place,
   * which is never executed either.
   */
  private refuse(request: GraphQLRequest, error: GraphQLError): GraphQLRequestListener<object> {
    if (request.query === undefined) {
      request.query = PLACEHOLDER;
      if (request.extensions) delete request.extensions.persistedQuery;
    }
    return {
      async didResolveOperation() {
        throw error;
      },
    };
  }
}
